package org.hotpy.core.model;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.ops.Attr;
import org.hotpy.core.ops.Descriptors;
import org.hotpy.core.types.ExactTypeCalls;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.function.PyBuiltinFunction;
import org.hotpy.core.types.function.PyFunction;
import org.hotpy.core.types.function.PyMappingProxy;
import org.hotpy.core.types.function.PyStaticMethod;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.text.PyStr;

/** The attributes of {@code type}, and calling a type to make an instance. */
public final class TypeMethods {
    private TypeMethods() {}

    public static final PyObject GETATTRIBUTE = new PyMethodDescr(PyType.TYPE,
            JavaMethod.Impl.of1("__getattribute__", "name, /", Fn.GETATTRIBUTE));
    public static final PyObject SETATTR = new PyMethodDescr(PyType.TYPE,
            JavaMethod.Impl.of2("__setattr__", "name, value, /", Fn.SETATTR));
    public static final PyObject DELATTR = new PyMethodDescr(PyType.TYPE,
            JavaMethod.Impl.of1("__delattr__", "name, /", Fn.DELATTR));
    private static final PyObject NO_ARGS_INIT = PyNone.NONE;
    /** {@code type.__call__}: recognised by identity so that PyType.call can skip the lookup. */
    static PyObject CALL;

    /** Adapts callType to the vectorcall convention for calls that carry keywords. */
    private static final class TypeCaller extends PyObject {
        private final PyType type;

        TypeCaller(PyType type) {
            this.type = type;
        }

        @Override
        public PyType type() {
            return PyType.OBJECT;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            return callType(type, args, kwnames);
        }
    }

    /** Calling a class: through its metaclass's {@code __call__} when the metaclass overrides it. */
    /**
     * Whether calling {@code type} is plain construction: the metatype's {@code __call__} is
     * {@code type.__call__}, {@code __new__} is {@code object.__new__} and the class is not
     * abstract, so a call allocates an instance and runs {@code __init__}. The answer holds while
     * the versions of the type and its metatype are unchanged.
     */
    public static boolean isPlainConstruction(PyType type) {
        PyType meta = type.type();
        if (type.isBuiltin() || meta != PyType.TYPE && meta.lookup(Slot.CALL) != CALL) {
            return false;
        }
        if (type.lookup(Slot.NEW) != ObjectMethods.newFunction) {
            return false;
        }
        PyObject abstracts = type.dict().get("__abstractmethods__");
        return abstracts == null || !org.hotpy.core.ops.Protocols.isTrue(abstracts);
    }

    /** {@code object.__init__}, which plain construction skips when there are no arguments. */
    public static boolean isObjectInit(PyObject init) {
        return init == ObjectMethods.INIT;
    }

    static PyObject call(PyType type, PyObject[] args, String[] kwnames) {
        PyType meta = type.type();
        if (meta != PyType.TYPE) {
            PyObject c = meta.lookup(Slot.CALL);
            if (c != null && c != CALL) {
                PyObject[] full = new PyObject[args.length + 1];
                full[0] = type;
                System.arraycopy(args, 0, full, 1, args.length);
                if (c instanceof org.hotpy.core.types.function.PyFunction f) {
                    return f.call(full, kwnames);
                }
                return Descriptors.get(c, type, meta).call(args, kwnames);
            }
        }
        return callType(type, args, kwnames);
    }

    static void define(TypeDef t) {
        PyType type = t.type();
        type.putDuringDefinition("__getattribute__", GETATTRIBUTE);
        type.putDuringDefinition("__setattr__", SETATTR);
        type.putDuringDefinition("__delattr__", DELATTR);
        t.newMethod("*args, **kwargs", Fn.NEW);
        t.methodN("__init__", "*args, **kwargs", Fn.INIT);
        CALL = new PyMethodDescr(PyType.TYPE, JavaMethod.Impl.ofN("__call__", "*args, **kwargs", Fn.CALL));
        type.putDuringDefinition("__call__", CALL);
        t.method0("__repr__", Fn.REPR);
        t.getset("__name__", Fn.NAME, Fn.NAME);
        t.getset("__qualname__", Fn.QUALNAME, Fn.QUALNAME);
        t.getset("__module__", Fn.MODULE, Fn.MODULE);
        t.getset("__doc__", Fn.DOC, Fn.DOC);
        t.getter("__text_signature__", Fn.TEXT_SIGNATURE);
        t.getter("__bases__", Fn.BASES);
        t.getter("__base__", Fn.BASE);
        t.getter("__mro__", Fn.MRO);
        t.getter("__dict__", Fn.DICT);
        t.getset("__abstractmethods__", Fn.ABSTRACTMETHODS, Fn.ABSTRACTMETHODS);
        t.method0("mro", Fn.MRO_METHOD);
        t.method0("__subclasses__", Fn.SUBCLASSES);
        t.method1("__instancecheck__", "instance, /", Fn.INSTANCECHECK);
        t.method1("__subclasscheck__", "subclass, /", Fn.SUBCLASSCHECK);
        t.constant("__prepare__", new PyClassMethodDescr(PyType.TYPE, JavaMethod.Impl.ofN("__prepare__",
                "*args, **kwargs", Fn.PREPARE)));
        t.binary("__or__", Fn.OR);
        t.binary("__ror__", Fn.ROR);
        t.method0("__sizeof__", Fn.SIZEOF);
        t.method0("__dir__", Fn.DIR);
    }

    private static boolean recursiveClassCheck(PyObject o, PyType cls) {
        PyObject c = Attr.getOrNull(o, "__class__");
        return c instanceof PyType ct && ct != o.type() && ct.isSubtypeOf(cls);
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    private static void checkMutable(PyType t, String name) {
        if (t.isBuiltin()) {
            throw Errors.typeError("cannot set '%s' attribute of immutable type '%s'", name, t.name());
        }
    }

    /** CPython's check of what {@code __init__} returned, for every path that calls it. */
    public static void checkInitReturnedNone(PyObject r) {
        if (r != PyNone.NONE) {
            throw Errors.typeError("__init__() should return None, not '%s'", r.type().tpName());
        }
    }

    private static String stringValue(PyObject v, String attr, PyType t) {
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError("can only assign string to %s.%s, not '%s'", t.name(), attr,
                    v == null ? "NoneType" : v.type().tpName());
        }
        return s.value();
    }

    public static String repr(PyType t) {
        String mod = t.moduleName();
        if (mod.equals("builtins")) {
            return "<class '" + t.qualname() + "'>";
        }
        return "<class '" + mod + "." + t.qualname() + "'>";
    }

    /** {@code type(x)} or {@code type(name, bases, dict)}. */
    private static PyObject newType(PyType meta, PyObject[] a) {
        PyTuple args = (PyTuple) a[0];
        PyDict kwargs = (PyDict) a[1];
        if (meta == PyType.TYPE && args.size() == 1 && kwargs.size() == 0) {
            return args.get(0).type();
        }
        if (args.size() != 3) {
            throw Errors.typeError("type() takes 1 or 3 arguments");
        }
        if (!(args.get(0) instanceof PyStr name)) {
            throw Errors.typeError("type.__new__() argument 1 must be str, not %s", Errors.argTypeName(args.get(0)));
        }
        if (!(args.get(1) instanceof PyTuple bases)) {
            throw Errors.typeError("type.__new__() argument 2 must be tuple, not %s", args.get(1).type().tpName());
        }
        if (!(args.get(2) instanceof PyDict ns)) {
            throw Errors.typeError("type.__new__() argument 3 must be dict, not %s", args.get(2).type().tpName());
        }
        // CPython's type_new: a more derived metaclass with its own __new__ builds the class.
        PyType winner = ClassBuilder.winnerMeta(meta, ClassBuilder.checkBases(bases.toArray()));
        PyObject winnerNew = winner.lookup("__new__");
        if (winner != meta && winnerNew != null && winnerNew != PyType.TYPE.lookup("__new__")) {
            PyObject[] all = new PyObject[args.size() + 1];
            all[0] = winner;
            System.arraycopy(args.toArray(), 0, all, 1, args.size());
            return org.hotpy.core.ops.Call.callWithTupleDict(org.hotpy.core.ops.Descriptors.getFromType(winnerNew, winner),
                    PyTuple.of(all), kwargs);
        }
        return ClassBuilder.build(meta, name.value(), bases.toArray(), ns, kwargs);
    }

    /**
     * {@code cls(*args, **kwargs)}: {@code __new__}, then {@code __init__} when the result is an
     * instance of {@code cls}. User classes that inherit {@code object.__new__} are allocated
     * directly, which is the common case the interpreter also specialises.
     */
    public static PyObject callType(PyType type, PyObject[] args, String[] kwnames) {
        if (type.exactCallCheck != null) {
            type.exactCallCheck.check(args, kwnames);
        }
        if (kwnames == null) {
            if (type == PyType.TYPE && args.length == 1) {
                return args[0].type();
            }
            PyObject made = ExactTypeCalls.call(type, args);
            if (made != null) {
                return made;
            }
        }
        PyObject newAttr = type.lookup(Slot.NEW);
        PyObject obj;
        if (newAttr == ObjectMethods.newFunction) {
            PyObject init = type.lookup(Slot.INIT);
            if (args.length > 0 && init == ObjectMethods.INIT) {
                throw Errors.typeError("%s() takes no arguments", type.name());
            }
            obj = ObjectMethods.instantiate(type);
        } else {
            obj = callNew(newAttr, type, args, kwnames);
        }
        if (!obj.type().isSubtypeOf(type)) {
            return obj;
        }
        PyObject init = obj.type().lookup(Slot.INIT);
        if (init == ObjectMethods.INIT) {
            // object.__init__ accepts extra arguments when __new__ is overridden (CPython's
            // object_init), so calling it could only succeed: tuple(x), int(x), str(x) skip it.
            // When obj is of this type, its __new__ is newAttr, overridden if we got here.
            if (newAttr == ObjectMethods.newFunction || args.length == 0 || obj.type() == type
                    || obj.type().lookup(Slot.NEW) != ObjectMethods.newFunction) {
                return obj;
            }
        }
        PyObject r;
        if (init instanceof PyFunction f) {
            PyObject[] full = new PyObject[args.length + 1];
            full[0] = obj;
            System.arraycopy(args, 0, full, 1, args.length);
            r = f.call(full, kwnames);
        } else if (init instanceof PyMethodDescr md) {
            r = md.callMethod(obj, args, kwnames);
        } else {
            r = Descriptors.get(init, obj, obj.type()).call(args, kwnames);
        }
        checkInitReturnedNone(r);
        return obj;
    }

    private static PyObject callNew(PyObject newAttr, PyType type, PyObject[] args, String[] kwnames) {
        PyObject f = newAttr instanceof PyStaticMethod sm ? sm.callable : newAttr;
        PyObject[] full = new PyObject[args.length + 1];
        full[0] = type;
        System.arraycopy(args, 0, full, 1, args.length);
        if (f instanceof PyBuiltinFunction || f instanceof PyFunction) {
            return f.call(full, kwnames);
        }
        return Descriptors.getFromType(newAttr, type).call(full, kwnames);
    }

    private static PyObject init(PyType self, PyObject[] a) {
        int n = ((PyTuple) a[0]).size();
        if (n != 1 && n != 3) {
            throw Errors.typeError("type.__init__() takes 1 or 3 arguments");
        }
        return NO_ARGS_INIT;
    }

    private static void setNameValue(PyType self, PyObject v) {
        checkMutable(self, "__name__");
        self.setName(stringValue(v, "__name__", self));
        self.modified();
    }

    private static void setQualnameValue(PyType self, PyObject v) {
        checkMutable(self, "__qualname__");
        self.setQualname(stringValue(v, "__qualname__", self));
    }

    private static void setModule(PyType self, PyObject v) {
        checkMutable(self, "__module__");
        self.setAttribute("__module__", v);
    }

    private static void setDoc(PyType self, PyObject v) {
        checkMutable(self, "__doc__");
        self.setAttribute("__doc__", v);
    }

    private static PyObject abstractmethods(PyType self) {
        PyObject v = self == PyType.TYPE ? null : self.dict().get("__abstractmethods__");
        if (v == null) {
            throw Errors.attributeError(self, "__abstractmethods__", "__abstractmethods__");
        }
        return v;
    }

    private static PyObject subclasscheck(PyType self, PyObject c) {
        if (!(c instanceof PyType ct)) {
            throw Errors.typeError("issubclass() arg 1 must be a class");
        }
        return PyBool.of(ct.isSubtypeOf(self));
    }

    /** {@code type.__getattribute__}. */
    private static PyObject getAttribute(PyType self, PyObject name) {
        String n = ObjectMethods.attrName(name);
        PyObject v = Attr.typeGet(self, n);
        if (v == null) {
            throw Attr.missing(self, n);
        }
        return v;
    }

    /** {@code type.__call__}: keywords go through a TypeCaller. */
    private static PyObject callMethod(PyType self, PyObject[] a) {
        PyTuple args = (PyTuple) a[0];
        PyDict kw = (PyDict) a[1];
        if (kw.size() == 0) {
            return callType(self, args.toArray(), null);
        }
        return org.hotpy.core.ops.Call.callWithTupleDict(new TypeCaller(self), args, kw);
    }

    private static PyObject dir(PyType self) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        for (PyType m : self.mro()) {
            names.addAll(m.dict().keySet());
        }
        PyObject[] out = new PyObject[names.size()];
        int i = 0;
        for (String n : names) {
            out[i++] = PyStr.of(n);
        }
        return PyList.wrap(out);
    }

    /**
     * One constant per method and a switch per arity, not a lambda each: each lambda was linked
     * when a program first used the type (~0.25 ms apiece on JDK 17, with class-data sharing).
     */
    private enum Fn implements
            JavaMethod.M0<PyType>, JavaMethod.M1<PyType>, JavaMethod.M2<PyType>, JavaMethod.MN<PyObject>,
            JavaMethod.Setter<PyType> {
        REPR, NAME, QUALNAME, TEXT_SIGNATURE, MODULE, DOC, BASES, BASE, MRO, DICT, ABSTRACTMETHODS, MRO_METHOD, SUBCLASSES,
        SIZEOF, DIR, INSTANCECHECK, SUBCLASSCHECK, OR, ROR, NEW, INIT, GETATTRIBUTE, SETATTR, DELATTR, CALL,
        PREPARE;

        @Override
        public PyObject call(PyType self) {
            return switch (this) {
                case REPR -> PyStr.of(repr(self));
                case NAME -> PyStr.of(self.name());
                case QUALNAME -> PyStr.of(self.qualname());
                case TEXT_SIGNATURE -> self.textSignature() == null ? PyNone.NONE : PyStr.of(self.textSignature());
                case MODULE -> self.isBuiltin() ? PyStr.of(self.moduleName()) : orNone(self.dict().get("__module__"));
                case DOC -> {
                    PyObject d = self.dict().get("__doc__");
                    yield d == null ? PyNone.NONE : Descriptors.hasGet(d) ? Descriptors.getFromType(d, self) : d;
                }
                case BASES -> PyTuple.of(self.bases().clone());
                case BASE -> self.base() == null ? PyNone.NONE : self.base();
                case MRO -> PyTuple.of(self.mro().clone());
                case DICT -> new PyMappingProxy(self);
                case ABSTRACTMETHODS -> abstractmethods(self);
                case MRO_METHOD -> PyList.wrap(self.mro().clone());
                case SUBCLASSES -> PyList.wrap(self.subclasses().toArray(new PyObject[0]));
                case SIZEOF -> org.hotpy.core.types.number.PyInt.of(880);
                case DIR -> dir(self);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyType self, PyObject a) {
            return switch (this) {
                case INSTANCECHECK -> PyBool.of(a.type().isSubtypeOf(self) || recursiveClassCheck(a, self));
                case SUBCLASSCHECK -> subclasscheck(self, a);
                case OR -> UnionTypes.union(self, a);
                case GETATTRIBUTE -> getAttribute(self, a);
                case DELATTR -> { Attr.typeSet(self, ObjectMethods.attrName(a), null); yield PyNone.NONE; }
                case ROR -> UnionTypes.union(a, self);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyType self, PyObject a, PyObject b) {
            return switch (this) {
                case SETATTR -> { Attr.typeSet(self, ObjectMethods.attrName(a), b); yield PyNone.NONE; }
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyObject self, PyObject[] args) {
            return switch (this) {
                case NEW -> newType((PyType) self, args);
                case CALL -> callMethod((PyType) self, args);
                case PREPARE -> new PyDict();
                case INIT -> init(((PyType) self), args);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public void set(PyType self, PyObject value) {
            switch (this) {
                case NAME -> setNameValue(self, value);
                case QUALNAME -> setQualnameValue(self, value);
                case MODULE -> setModule(self, value);
                case DOC -> setDoc(self, value);
                case ABSTRACTMETHODS -> self.setAttribute("__abstractmethods__", value);
                default -> throw new IllegalStateException(name() + " has no setter");
            }
        }
    }
}
