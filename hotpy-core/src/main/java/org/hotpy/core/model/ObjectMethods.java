package org.hotpy.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.ops.Attr;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/**
 * The attributes of {@code object}. The descriptors of {@code __getattribute__},
 * {@code __setattr__} and {@code __delattr__} are kept in fields so that attribute access can
 * recognise the default implementation by identity and run it inline.
 */
public final class ObjectMethods {
    private ObjectMethods() {}

    /** {@code object.__getattribute__}, the generic algorithm itself (Attr.get would dispatch back to an override). */
    private static PyObject getAttribute(PyObject self, PyObject name) {
        String n = attrName(name);
        PyObject v = Attr.genericGet(self, n);
        if (v == null) {
            throw Attr.missing(self, n);
        }
        return v;
    }

    private static PyObject methodGetAttribute(PyObject self, PyObject name) {
        String n = attrName(name);
        PyObject v = Attr.genericGet(self, n);
        if (v == null && self instanceof org.hotpy.core.types.function.PyBoundMethod m) {
            v = Attr.getOrNull(m.function, n);
        }
        if (v == null) {
            throw Attr.missing(self, n);
        }
        return v;
    }

    public static final PyObject GETATTRIBUTE = new PyMethodDescr(PyType.OBJECT,
            JavaMethod.Impl.of1("__getattribute__", "name, /", Fn.GETATTRIBUTE));
    public static final PyObject SETATTR = new PyMethodDescr(PyType.OBJECT,
            JavaMethod.Impl.of2("__setattr__", "name, value, /", Fn.SETATTR));
    public static final PyObject DELATTR = new PyMethodDescr(PyType.OBJECT,
            JavaMethod.Impl.of1("__delattr__", "name, /", Fn.DELATTR));
    /** {@code method.__getattribute__}: forwards unknown attributes to {@code __func__}. */
    public static final PyObject METHOD_GETATTRIBUTE = new PyMethodDescr(PyType.OBJECT,
            JavaMethod.Impl.of1("__getattribute__", "name, /", Fn.METHOD_GETATTRIBUTE));

    static final PyObject INIT = new PyMethodDescr(PyType.OBJECT,
            JavaMethod.Impl.ofN("__init__", "*args, **kwargs", Fn.INIT));
    static PyObject newFunction;

    /** An attribute name argument: must be a str. */
    public static String attrName(PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw Errors.typeError("attribute name must be string, not '%s'", name.type().tpName());
        }
        return s.value();
    }

    static void define(TypeDef t) {
        PyType type = t.type();
        type.putDuringDefinition("__getattribute__", GETATTRIBUTE);
        type.putDuringDefinition("__setattr__", SETATTR);
        type.putDuringDefinition("__delattr__", DELATTR);
        type.putDuringDefinition("__init__", INIT);
        t.newMethod("*args, **kwargs", Fn.NEW);
        t.textSignature("");
        newFunction = type.dict.get("__new__");
        t.method0("__repr__", Fn.REPR);
        t.method0("__str__", Fn.STR);
        t.method0("__hash__", Fn.HASH);
        t.binary("__eq__", Fn.EQ);
        t.binary("__ne__", Fn.NE);
        for (String cmp : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
            t.binary(cmp, Fn.COMPARE);
        }
        t.method1("__format__", "format_spec, /", Fn.FORMAT);
        t.getset("__class__", Fn.CLASS, Fn.CLASS);
        t.method0("__dir__", Fn.DIR);
        t.method0("__sizeof__", Fn.SIZEOF);
        t.method1("__reduce_ex__", "protocol, /", Fn.REDUCE_EX);
        t.method0("__reduce__", Fn.REDUCE);
        t.method0("__getstate__", Fn.GETSTATE);
        t.constant("__init_subclass__", new PyClassMethodDescr(PyType.OBJECT, JavaMethod.Impl.ofN(
                "__init_subclass__", "", Fn.INIT_SUBCLASS)));
        t.constant("__subclasshook__", new PyClassMethodDescr(PyType.OBJECT, JavaMethod.Impl.ofN(
                "__subclasshook__", "*args", Fn.SUBCLASSHOOK)));
        t.constant("__doc__", PyStr.of("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments "
                + "and returns a new featureless instance that has no instance attributes and cannot be given any.\n"));
    }

    private static PyObject notEqual(PyObject self, PyObject other) {
        PyObject eq = self.type().lookup(Slot.EQ);
        PyObject r = Call.callSpecial(eq, self, other);
        if (r == PyNotImplemented.INSTANCE) {
            return r;
        }
        return PyBool.of(!Protocols.isTrue(r));
    }

    public static String defaultRepr(PyObject self) {
        PyType t = self.type();
        String mod = t.moduleName();
        String name = mod.equals("builtins") ? t.qualname() : mod + "." + t.qualname();
        return "<" + name + " object at 0x" + Protocols.idHex(self) + ">";
    }

    private static boolean excessArgs(PyObject[] a) {
        return ((PyTuple) a[0]).size() > 0 || ((PyDict) a[1]).size() > 0;
    }

    /** {@code object.__new__(cls, *args, **kwargs)}, with CPython's rules about extra arguments. */
    private static PyObject newObject(PyType cls, PyObject[] a) {
        if (excessArgs(a)) {
            if (cls.lookup(Slot.NEW) != newFunction) {
                throw Errors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (cls.lookup(Slot.INIT) == INIT) {
                throw Errors.typeError("%s() takes no arguments", cls.name());
            }
        }
        return instantiate(cls);
    }

    /** Allocates an instance, refusing abstract classes as CPython's object_new does. */
    public static PyObject instantiate(PyType cls) {
        PyObject abstracts = cls.dict().get("__abstractmethods__");
        if (abstracts != null && Protocols.isTrue(abstracts)) {
            List<String> names = new ArrayList<>();
            org.hotpy.core.ops.Iteration.forEach(abstracts, n -> names.add(Protocols.str(n).value()));
            java.util.Collections.sort(names);
            throw Errors.typeError("Can't instantiate abstract class %s with abstract method%s %s", cls.name(),
                    names.size() == 1 ? "" : "s", String.join(", ", names));
        }
        if (cls.isBuiltin() && cls != PyType.OBJECT) {
            throw Errors.typeError("object.__new__(%s) is not safe, use %s.__new__()", cls.name(), cls.name());
        }
        return cls.allocate();
    }

    private static PyObject init(PyObject self, PyObject[] a) {
        if (excessArgs(a)) {
            PyType t = self.type();
            if (t.lookup(Slot.INIT) != INIT) {
                throw Errors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (t.lookup(Slot.NEW) == newFunction) {
                throw Errors.typeError("%s() takes no arguments", t.name());
            }
        }
        return PyNone.NONE;
    }

    /** {@code obj.__class__ = cls}: only between user classes with the same layout. */
    private static void setClass(PyObject self, PyObject value) {
        if (value == null) {
            throw Errors.typeError("can't delete __class__ attribute");
        }
        if (!(value instanceof PyType cls)) {
            throw Errors.typeError("__class__ must be set to a class, not '%s' object", value.type().tpName());
        }
        if (!(self instanceof Instance inst) || cls.isBuiltin()) {
            throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        PyType old = self.type();
        if (old.layoutBase() != cls.layoutBase() || old.slotCount() != cls.slotCount()
                || old.hasInstanceDict() != cls.hasInstanceDict()) {
            throw Errors.typeError("__class__ assignment: '%s' object layout differs from '%s'", cls.name(), old.name());
        }
        InstanceAttrs.dict(inst); // shapes belong to one type: move the attributes to a dict
        inst.setType(cls);
    }

    /** {@code object.__dir__}: instance attributes plus everything along the class's MRO, sorted by dir(). */
    private static PyObject dir(PyObject self) {
        TreeSet<String> names = new TreeSet<>();
        if (self instanceof Instance inst && (inst.shape() != null || inst.dict() != null)) {
            if (inst.shape() != null) {
                for (int i = 0; i < inst.shape().size(); i++) {
                    names.add(inst.shape().name(i));
                }
            } else {
                for (PyObject k : inst.dict().keysArray()) {
                    names.add(Protocols.str(k).value());
                }
            }
        } else if (self instanceof HasDict hd) {
            for (PyObject k : hd.getDict().keysArray()) {
                names.add(Protocols.str(k).value());
            }
        }
        for (PyType t : self.type().mro()) {
            names.addAll(t.dict().keySet());
        }
        PyObject[] out = new PyObject[names.size()];
        int i = 0;
        for (String n : names) {
            out[i++] = PyStr.of(n);
        }
        return PyList.wrap(out);
    }

    /** The function copy/pickle protocols call to recreate an instance: {@code cls.__new__(cls, *args)}. */
    private static final PyObject NEWOBJ = org.hotpy.core.types.function.PyBuiltinFunction.of("__newobj__",
            "cls, *args", Fn.NEWOBJ);

    private static PyObject newobj(PyObject[] a) {
        PyObject cls = a[0];
        PyObject[] rest = ((PyTuple) a[1]).toArray();
        PyObject[] full = new PyObject[rest.length + 1];
        full[0] = cls;
        System.arraycopy(rest, 0, full, 1, rest.length);
        return Call.callArgs(Attr.get(cls, "__new__"), full, null);
    }

    /** {@code object.__reduce_ex__}: {@code (__newobj__, (cls,), state, None, None)}. */
    private static PyObject reduce(PyObject self) {
        PyObject state = self instanceof Instance inst && inst.type().hasInstanceDict() ? InstanceAttrs.dict(inst)
                : PyNone.NONE;
        return PyTuple.of(NEWOBJ, PyTuple.of(self.type()), state, PyNone.NONE, PyNone.NONE);
    }

    private static PyObject format(PyObject self, PyObject spec) {
        String s = Protocols.strArg(spec, "format_spec", "__format__");
        if (!s.isEmpty()) {
            throw Errors.typeError("unsupported format string passed to %s.__format__", self.type().tpName());
        }
        return Protocols.str(self);
    }

    /**
     * One constant per method and a switch per arity, not a lambda each: each lambda was linked
     * when a program first used the type (~0.25 ms apiece on JDK 17, with class-data sharing).
     */
    private enum Fn implements
            JavaMethod.M0<PyObject>, JavaMethod.M1<PyObject>, JavaMethod.MN<PyObject>,
            JavaMethod.M2<PyObject>, JavaMethod.Setter<PyObject>,
            org.hotpy.core.types.function.PyBuiltinFunction.Body {
        REPR, STR, HASH, CLASS, DIR, SIZEOF, REDUCE, GETSTATE, EQ, NE, COMPARE, FORMAT, REDUCE_EX, NEW,
        GETATTRIBUTE, SETATTR, DELATTR, METHOD_GETATTRIBUTE, INIT, INIT_SUBCLASS, SUBCLASSHOOK, NEWOBJ;

        @Override
        public PyObject call(PyObject self) {
            return switch (this) {
                case REPR -> PyStr.of(defaultRepr(self));
                case STR -> Protocols.repr(self);
                case HASH -> PyInt.of(System.identityHashCode(self));
                case CLASS -> self.type();
                case DIR -> dir(self);
                case SIZEOF -> PyInt.of(16);
                case REDUCE -> reduce(self);
                case GETSTATE -> self instanceof Instance inst && inst.type().hasInstanceDict()
                        ? InstanceAttrs.dict(inst)
                        : PyNone.NONE;
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyObject self, PyObject a) {
            return switch (this) {
                case EQ -> self == a ? PyBool.TRUE : PyNotImplemented.INSTANCE;
                case NE -> notEqual(self, a);
                case COMPARE -> PyNotImplemented.INSTANCE;
                case GETATTRIBUTE -> getAttribute(self, a);
                case DELATTR -> { Attr.genericSet(self, attrName(a), null); yield PyNone.NONE; }
                case METHOD_GETATTRIBUTE -> methodGetAttribute(self, a);
                case FORMAT -> format(self, a);
                case REDUCE_EX -> reduce(self);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyObject self, PyObject[] args) {
            return switch (this) {
                case NEW -> newObject((PyType) self, args);
                case INIT -> init(self, args);
                case INIT_SUBCLASS -> PyNone.NONE;
                case SUBCLASSHOOK -> PyNotImplemented.INSTANCE;
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyObject self, PyObject a, PyObject b) {
            return switch (this) {
                case SETATTR -> { Attr.genericSet(self, attrName(a), b); yield PyNone.NONE; }
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyObject[] args) {
            return switch (this) {
                case NEWOBJ -> newobj(args);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public void set(PyObject self, PyObject value) {
            switch (this) {
                case CLASS -> setClass(self, value);
                default -> throw new IllegalStateException(name() + " has no setter");
            }
        }
    }
}
