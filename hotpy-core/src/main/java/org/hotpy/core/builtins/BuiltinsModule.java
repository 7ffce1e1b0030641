package org.hotpy.core.builtins;

import java.util.Map;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.model.ArgSpec;
import org.hotpy.core.model.PyEllipsis;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyNotImplemented;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.ops.Attr;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Operators;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyFrozenSet;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.collection.PyRange;
import org.hotpy.core.types.collection.PySet;
import org.hotpy.core.types.collection.PySlice;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.exception.ExceptionTypes;
import org.hotpy.core.types.function.PyBuiltinFunction;
import org.hotpy.core.types.function.PyClassMethod;
import org.hotpy.core.types.function.PyProperty;
import org.hotpy.core.types.function.PyStaticMethod;
import org.hotpy.core.types.function.PySuper;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyComplex;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyByteArray;
import org.hotpy.core.types.text.PyBytes;
import org.hotpy.core.types.text.PyStr;
import org.hotpy.core.types.text.StrRepr;

/**
 * The {@code builtins} module: the builtin types, the exception classes and the builtin
 * functions. Functions are grouped by theme in {@link NumericBuiltins}, {@link IoBuiltins},
 * {@link ReflectionBuiltins} and {@link CodeBuiltins}.
 */
public final class BuiltinsModule {
    private BuiltinsModule() {}

    public static PyModule create(InterpreterState st) {
        PyModule m = new PyModule("builtins").markBuiltin();
        PyDict d = m.dict();
        d.putStr("__doc__", PyStr.of("Built-in functions, exceptions, and other objects."));
        for (PyType t : new PyType[] {PyType.OBJECT, PyType.TYPE, PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE,
            PyComplex.TYPE, PyStr.TYPE, PyBytes.TYPE, PyByteArray.TYPE, PyList.TYPE, PyTuple.TYPE, PyDict.TYPE,
            PySet.TYPE, PyFrozenSet.TYPE, PyRange.TYPE, PySlice.TYPE, PyProperty.TYPE, PyStaticMethod.TYPE,
            PyClassMethod.TYPE, PySuper.TYPE, BuiltinIterators.Enumerate.TYPE, BuiltinIterators.Zip.TYPE,
            BuiltinIterators.MapIter.TYPE, BuiltinIterators.FilterIter.TYPE, BuiltinIterators.Reversed.TYPE,
            org.hotpy.core.types.text.PyMemoryView.TYPE}) {
            d.putStr(t.name(), t);
        }
        for (Map.Entry<String, PyType> e : ExceptionTypes.all().entrySet()) {
            d.putStr(e.getKey(), e.getValue());
        }
        d.putStr("EnvironmentError", ExceptionTypes.OS_ERROR);
        d.putStr("IOError", ExceptionTypes.OS_ERROR);
        d.putStr("None", PyNone.NONE);
        d.putStr("True", PyBool.TRUE);
        d.putStr("False", PyBool.FALSE);
        d.putStr("Ellipsis", PyEllipsis.INSTANCE);
        d.putStr("NotImplemented", PyNotImplemented.INSTANCE);
        d.putStr("__debug__", PyBool.TRUE);
        d.putStr("__name__", PyStr.of("builtins"));
        defineCore(m);
        NumericBuiltins.define(m);
        IoBuiltins.define(m, st);
        ReflectionBuiltins.define(m);
        CodeBuiltins.define(m, st);
        SiteBuiltins.define(m);
        return m;
    }

    static void def(PyModule m, String name, String sig, PyBuiltinFunction.Body body) {
        m.put(name, PyBuiltinFunction.of(name, sig, body).inModule(m));
    }

    /**
     * The core functions: one enum constant each (Python name and signature) and one switch for
     * their bodies. A lambda per function would be linked at every start-up, for functions most
     * programs never call: ~0.1 ms each, against a few microseconds for an enum constant.
     */
    private enum Core implements PyBuiltinFunction.Body {
        LEN("len", "obj, /"),
        REPR("repr", "obj, /"),
        ASCII("ascii", "obj, /"),
        HASH("hash", "obj, /"),
        ID("id", "obj, /"),
        CALLABLE("callable", "obj, /"),
        ITER("iter", "object, sentinel=?, /"),
        NEXT("next", "iterator, default=?, /"),
        ISINSTANCE("isinstance", "obj, class_or_tuple, /"),
        ISSUBCLASS("issubclass", "cls, class_or_tuple, /"),
        GETATTR("getattr", "object, name, default=?, /"),
        SETATTR("setattr", "obj, name, value, /"),
        DELATTR("delattr", "obj, name, /"),
        HASATTR("hasattr", "obj, name, /"),
        ALL("all", "iterable, /"),
        ANY("any", "iterable, /"),
        SORTED("sorted", "iterable, /, **kwargs", ArgSpec.Style.UNPACK_STACK),
        FORMAT("format", "value, format_spec='', /"),
        CHR("chr", "i, /"),
        ORD("ord", "c, /"),
        BUILD_CLASS("__build_class__", "func, name, /, *bases, **kwds");

        private final String pyName;
        private final String sig;
        /** Which CPython argument parser its argument errors are worded after. */
        private final ArgSpec.Style style;

        Core(String pyName, String sig) {
            this(pyName, sig, ArgSpec.Style.CLINIC);
        }

        Core(String pyName, String sig, ArgSpec.Style style) {
            this.pyName = pyName;
            this.sig = sig;
            this.style = style;
        }

        @Override
        public PyObject call(PyObject[] a) {
            return switch (this) {
                case LEN -> PyInt.of(Protocols.lenLong(a[0]));
                case REPR -> Protocols.repr(a[0]);
                case ASCII -> PyStr.of(StrRepr.escapeNonAscii(Protocols.repr(a[0]).value()));
                case HASH -> PyInt.of(Protocols.hash(a[0]));
                case ID -> PyInt.of(Protocols.id(a[0]));
                case CALLABLE -> PyBool.of(Call.callableOrNull(a[0]) != null);
                case ITER -> BuiltinIterators.iter(a[0], a[1]);
                case NEXT -> next(a[0], a[1]);
                case ISINSTANCE -> PyBool.of(TypeChecks.instance(a[0], a[1]));
                case ISSUBCLASS -> PyBool.of(TypeChecks.subclass(a[0], a[1]));
                case GETATTR -> getattr(a[0], attrName(a[1], "getattr"), a[2]);
                case SETATTR -> {
                    Attr.set(a[0], attrName(a[1], "setattr"), a[2]);
                    yield PyNone.NONE;
                }
                case DELATTR -> {
                    Attr.delete(a[0], attrName(a[1], "delattr"));
                    yield PyNone.NONE;
                }
                case HASATTR -> PyBool.of(Attr.getOrNull(a[0], attrName(a[1], "hasattr")) != null);
                case ALL -> PyBool.of(allOrAny(a[0], false));
                case ANY -> PyBool.of(allOrAny(a[0], true));
                case SORTED -> sorted(a[0], (PyDict) a[1]);
                case FORMAT -> Protocols.format(a[0], Protocols.strArg(a[1], "format_spec", "format"));
                case CHR -> chr(a[0]);
                case ORD -> ord(a[0]);
                case BUILD_CLASS -> BuildClass.buildClass(a);
            };
        }
    }

    /**
     * The implementation of {@code next}, shared by every interpreter's builtins, so that a call
     * site can recognise the builtin (CALL_NEXT) however many interpreters there are.
     */
    private static final org.hotpy.core.model.JavaMethod.Impl NEXT_IMPL =
            PyBuiltinFunction.of(Core.NEXT.pyName, Core.NEXT.sig, Core.NEXT).impl();

    /** The implementation of {@code len}, shared likewise (CALL_LEN). */
    private static final org.hotpy.core.model.JavaMethod.Impl LEN_IMPL =
            PyBuiltinFunction.of(Core.LEN.pyName, Core.LEN.sig, Core.LEN).impl();

    private static void defineCore(PyModule m) {
        for (Core f : Core.values()) {
            if (f == Core.NEXT) {
                m.put(f.pyName, new PyBuiltinFunction(NEXT_IMPL, null).inModule(m));
            } else if (f == Core.LEN) {
                m.put(f.pyName, new PyBuiltinFunction(LEN_IMPL, null).inModule(m));
            } else {
                m.put(f.pyName, PyBuiltinFunction.of(f.pyName, f.sig, f.style, f).inModule(m));
            }
        }
    }

    /** Whether {@code f} is the builtin {@code next} (not one shadowing it). */
    public static boolean isNext(PyBuiltinFunction f) {
        return f.impl() == NEXT_IMPL;
    }

    /** Whether {@code f} is the builtin {@code len} (not one shadowing it). */
    public static boolean isLen(PyBuiltinFunction f) {
        return f.impl() == LEN_IMPL;
    }

    private static PyObject getattr(PyObject o, String name, PyObject dflt) {
        if (dflt == null) {
            return Attr.get(o, name);
        }
        PyObject v = Attr.getOrNull(o, name);
        return v == null ? dflt : v;
    }

    /** all() ({@code want} false) stops at the first false item, any() at the first true one. */
    private static boolean allOrAny(PyObject iterable, boolean want) {
        PyObject it = Protocols.iter(iterable);
        for (PyObject x = Protocols.next(it); x != null; x = Protocols.next(it)) {
            if (Protocols.isTrue(x) == want) {
                return want;
            }
        }
        return !want;
    }

    /** Like CPython, sorted() forwards its keywords to list.sort(), which validates them. */
    private static PyObject sorted(PyObject iterable, PyDict kw) {
        PyList l = BuiltinIterators.toList(iterable);
        PyObject[] values = new PyObject[kw.size()];
        String[] names = new String[kw.size()];
        int i = 0;
        for (PyObject[] item : kw.itemsSnapshot()) {
            names[i] = item[0].toString();
            values[i++] = item[1];
        }
        Call.callArgs(Attr.get(l, "sort"), values, names);
        return l;
    }

    private static PyObject chr(PyObject o) {
        PyObject i = Protocols.index(o);
        if (!(i instanceof PyInt pi)) {
            throw Errors.overflowError("Python int too large to convert to C int");
        }
        if (pi.value < 0 || pi.value > 0x10ffff) {
            throw Errors.valueError("chr() arg not in range(0x110000)");
        }
        return PyStr.ofCodePoint((int) pi.value);
    }

    static String attrName(PyObject o, String fname) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("attribute name must be string, not '%s'", o.type().tpName());
        }
        return s.value();
    }

    private static PyObject next(PyObject it, PyObject dflt) {
        if (!(it instanceof org.hotpy.core.types.collection.PyIterator)
                && !(it instanceof org.hotpy.core.types.function.PyGenerator)
                && it.type().lookup(org.hotpy.core.model.Slot.NEXT) == null) {
            throw Errors.typeError("'%s' object is not an iterator", it.type().tpName());
        }
        if (dflt == null) {
            if (it instanceof org.hotpy.core.types.function.PyGenerator g) {
                return g.send(PyNone.NONE);
            }
            PyObject v = Protocols.next(it);
            if (v == null) {
                if (it instanceof org.hotpy.core.types.collection.PyIterator) {
                    throw Errors.stopIteration(null);
                }
                // a Python __next__ raised StopIteration: re-raise it with its value
                return Call.callSpecial(it.type().lookup(org.hotpy.core.model.Slot.NEXT), it);
            }
            return v;
        }
        PyObject v = Protocols.next(it);
        return v == null ? dflt : v;
    }

    private static PyObject ord(PyObject c) {
        if (c instanceof PyStr s) {
            if (s.length() != 1) {
                throw Errors.typeError("ord() expected a character, but string of length %d found", s.length());
            }
            return PyInt.of(s.codePointAt(0));
        }
        if (c instanceof PyBytes b) {
            if (b.size() != 1) {
                throw Errors.typeError("ord() expected a character, but string of length %d found", b.size());
            }
            return PyInt.of(b.data()[0] & 0xff);
        }
        if (c instanceof PyByteArray b) {
            if (b.size() != 1) {
                throw Errors.typeError("ord() expected a character, but string of length %d found", b.size());
            }
            return PyInt.of(b.toArray()[0] & 0xff);
        }
        throw Errors.typeError("ord() expected string of length 1, but %s found", c.type().tpName());
    }

    /** Binary operator helper for builtins such as divmod. */
    static PyObject binary(PyObject a, PyObject b, Operators.BinOp op) {
        return Operators.binary(a, b, op);
    }
}
