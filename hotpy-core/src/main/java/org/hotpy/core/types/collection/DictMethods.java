package org.hotpy.core.types.collection;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyNotImplemented;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Slot;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Attr;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Compare;
import org.hotpy.core.ops.Iteration;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.ops.ReprGuard;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/** The methods of {@code dict}. Views and iterators are in {@link DictViews}. */
public final class DictMethods {
    private DictMethods() {}

    private static final PyObject NONE = PyNone.NONE;
    private static final PyObject NI = PyNotImplemented.INSTANCE;

    static void define(TypeDef t) {
        t.newMethod("*args, **kwargs", (cls, a) -> cls == PyDict.TYPE ? new PyDict() : new PyDict.Derived(cls));
        t.methodN("__init__", "*args, **kwargs", (PyDict s, PyObject[] a) -> {
            PyTuple args = (PyTuple) a[0];
            if (args.size() > 1) {
                throw Errors.typeError("dict expected at most 1 argument, got %d", args.size());
            }
            if (args.size() == 1) {
                update(s, args.get(0));
            }
            s.putAll((PyDict) a[1]);
            return NONE;
        });
        t.unhashable();
        t.method0("__len__", (PyDict s) -> PyInt.of(s.size));
        t.method1("__getitem__", "key, /", DictMethods::getItem);
        t.method2("__setitem__", "key, value, /", (PyDict s, PyObject k, PyObject v) -> {
            s.put(k, v);
            return NONE;
        });
        t.method1("__delitem__", "key, /", (PyDict s, PyObject k) -> {
            if (s.remove(k) == null) {
                throw Errors.keyError(k);
            }
            return NONE;
        });
        t.method1("__contains__", "key, /", (PyDict s, PyObject k) -> PyBool.of(s.containsKey(k)));
        t.method0("__iter__", (PyDict s) -> new DictViews.DictIterator(s, DictViews.Kind.KEYS, false));
        t.method0("__reversed__", (PyDict s) -> new DictViews.DictIterator(s, DictViews.Kind.KEYS, true));
        t.method0("__repr__", DictMethods::repr);
        t.binary("__eq__", (PyDict s, PyObject o) -> o instanceof PyDict d ? PyBool.of(equal(s, d)) : NI);
        t.binary("__ne__", (PyDict s, PyObject o) -> o instanceof PyDict d ? PyBool.of(!equal(s, d)) : NI);
        t.binary("__or__", (PyDict s, PyObject o) -> {
            if (!(o instanceof PyDict d)) {
                return NI;
            }
            PyDict r = copyOf(s);
            r.putAll(d);
            return r;
        });
        t.binary("__ror__", (PyDict s, PyObject o) -> {
            if (!(o instanceof PyDict d)) {
                return NI;
            }
            PyDict r = d.copy();
            r.putAll(s);
            return r;
        });
        t.binary("__ior__", (PyDict s, PyObject o) -> {
            update(s, o);
            return s;
        });
        t.method0("keys", (PyDict s) -> new DictViews.View(s, DictViews.Kind.KEYS));
        t.method0("values", (PyDict s) -> new DictViews.View(s, DictViews.Kind.VALUES));
        t.method0("items", (PyDict s) -> new DictViews.View(s, DictViews.Kind.ITEMS));
        t.method2("get", "key, default=None, /", (PyDict s, PyObject k, PyObject d) -> {
            PyObject v = s.get(k);
            return v == null ? d : v;
        });
        t.method2("setdefault", "key, default=None, /", (PyDict s, PyObject k, PyObject d) -> {
            PyObject v = s.get(k);
            if (v == null) {
                s.put(k, d);
                return d;
            }
            return v;
        });
        t.method2("pop", "key, default=?, /", (PyDict s, PyObject k, PyObject d) -> {
            PyObject v = s.remove(k);
            if (v == null) {
                if (d == null) {
                    throw Errors.keyError(k);
                }
                return d;
            }
            return v;
        });
        t.method0("popitem", (PyDict s) -> {
            PyObject[] kv = s.popLast();
            if (kv == null) {
                throw Errors.keyError(PyStr.of("popitem(): dictionary is empty"));
            }
            return PyTuple.of(kv[0], kv[1]);
        });
        t.methodN("update", "*args, **kwargs", (PyDict s, PyObject[] a) -> {
            PyTuple args = (PyTuple) a[0];
            if (args.size() > 1) {
                throw Errors.typeError("update expected at most 1 argument, got %d", args.size());
            }
            if (args.size() == 1) {
                update(s, args.get(0));
            }
            s.putAll((PyDict) a[1]);
            return NONE;
        });
        t.method0("clear", (PyDict s) -> {
            s.clear();
            return NONE;
        });
        t.method0("copy", (PyDict s) -> s.copy());
        t.classMethod("fromkeys", "iterable, value=None, /", (cls, a) -> {
            PyObject d = cls == PyDict.TYPE ? new PyDict() : Call.call(cls);
            PyObject v = a[1];
            if (d instanceof PyDict pd && d.type().lookup(Slot.SETITEM) == PyDict.TYPE.lookup(Slot.SETITEM)) {
                Iteration.forEach(a[0], k -> pd.put(k, v));
            } else {
                Iteration.forEach(a[0], k -> Protocols.setItem(d, k, v));
            }
            return d;
        });
        t.constant("__class_getitem__", org.hotpy.core.types.function.GenericAliasSupport.classGetItem());
    }

    private static PyDict copyOf(PyDict s) {
        return s.copy();
    }

    static PyObject getItem(PyDict s, PyObject key) {
        PyObject v = s.get(key);
        if (v != null) {
            return v;
        }
        if (s.getClass() != PyDict.class) {
            PyObject missing = s.type().lookup(Slot.MISSING);
            if (missing != null) {
                return Call.callSpecial(missing, s, key);
            }
        }
        throw Errors.keyError(key);
    }

    /** {@code dict.update(other)}: a mapping (has keys()) or an iterable of pairs. */
    public static void update(PyDict s, PyObject other) {
        if (other instanceof PyDict d && other.type().lookup("keys") == PyDict.TYPE.lookup("keys")
                && d.type().lookup(Slot.ITER) == PyDict.TYPE.lookup(Slot.ITER)) {
            s.putAll(d);
            return;
        }
        if (Attr.lookupSpecial(other, "keys") != null) {
            PyObject keys = Call.callMethod(other, "keys");
            Iteration.forEach(keys, k -> s.put(k, Protocols.getItem(other, k)));
            return;
        }
        int[] n = {0};
        Iteration.forEach(other, item -> {
            PyObject[] pair;
            try {
                pair = Iteration.toArray(item);
            } catch (org.hotpy.core.errors.PyException e) {
                if (e.matches(org.hotpy.core.types.exception.ExceptionTypes.TYPE_ERROR)) {
                    throw Errors.typeError("cannot convert dictionary update sequence element #%d to a sequence", n[0]);
                }
                throw e;
            }
            if (pair.length != 2) {
                throw Errors.valueError("dictionary update sequence element #%d has length %d; 2 is required",
                        n[0], pair.length);
            }
            s.put(pair[0], pair[1]);
            n[0]++;
        });
    }

    static boolean equal(PyDict a, PyDict b) {
        if (a.size != b.size) {
            return false;
        }
        for (int e = 0; e < a.used; e++) {
            PyObject k = a.keyAt(e);
            if (k == null) {
                continue;
            }
            PyObject bv = b.get(k);
            if (bv == null) {
                return false;
            }
            PyObject av = a.valueAt(e);
            if (av != bv && !Compare.eq(av, bv)) {
                return false;
            }
        }
        return true;
    }

    private static PyObject repr(PyDict s) {
        if (s.size == 0) {
            return PyStr.of("{}");
        }
        if (!ReprGuard.enter(s)) {
            return PyStr.of("{...}");
        }
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (int e = 0; e < s.used; e++) {
                PyObject k = s.keyAt(e);
                if (k == null) {
                    continue;
                }
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Protocols.repr(k).value()).append(": ").append(Protocols.repr(s.valueAt(e)).value());
            }
            return PyStr.of(sb.append('}').toString());
        } finally {
            ReprGuard.exit(s);
        }
    }

    /** Typed access for the builtins module: {@code dict(**kw)} style helpers. */
    public static PyDict newFromType(PyType cls) {
        return cls == PyDict.TYPE ? new PyDict() : new PyDict.Derived(cls);
    }
}
