package org.hotpy.core.types.collection;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.JavaMethod;
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
        t.newMethod("*args, **kwargs", Fn.NEW);
        t.methodN("__init__", "*args, **kwargs", Fn.INIT);
        t.unhashable();
        t.method0("__len__", Fn.LEN);
        t.method1("__getitem__", "key, /", Fn.GETITEM);
        t.method2("__setitem__", "key, value, /", Fn.SETITEM);
        t.method1("__delitem__", "key, /", Fn.DELITEM);
        t.method1("__contains__", "key, /", Fn.CONTAINS);
        t.method0("__iter__", Fn.ITER);
        t.method0("__reversed__", Fn.REVERSED);
        t.method0("__repr__", Fn.REPR);
        t.binary("__eq__", Fn.EQ);
        t.binary("__ne__", Fn.NE);
        t.binary("__or__", Fn.OR);
        t.binary("__ror__", Fn.ROR);
        t.binary("__ior__", Fn.IOR);
        t.method0("keys", Fn.KEYS);
        t.method0("values", Fn.VALUES);
        t.method0("items", Fn.ITEMS);
        t.method2("get", "key, default=None, /", Fn.GET);
        t.method2("setdefault", "key, default=None, /", Fn.SETDEFAULT);
        t.method2("pop", "key, default=?, /", Fn.POP);
        t.method0("popitem", Fn.POPITEM);
        t.methodN("update", "*args, **kwargs", Fn.UPDATE);
        t.method0("clear", Fn.CLEAR);
        t.method0("copy", Fn.COPY);
        t.classMethod("fromkeys", "iterable, value=None, /", Fn.FROMKEYS);
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

    private static PyObject init(PyDict s, PyObject[] a) {
        PyTuple args = (PyTuple) a[0];
        if (args.size() > 1) {
            throw Errors.typeError("dict expected at most 1 argument, got %d", args.size());
        }
        if (args.size() == 1) {
            update(s, args.get(0));
        }
        s.putAll((PyDict) a[1]);
        return NONE;
    }

    private static PyObject delitem(PyDict s, PyObject k) {
        if (s.remove(k) == null) {
            throw Errors.keyError(k);
        }
        return NONE;
    }

    private static PyObject or(PyDict s, PyObject o) {
        if (!(o instanceof PyDict d)) {
            return NI;
        }
        PyDict r = copyOf(s);
        r.putAll(d);
        return r;
    }

    private static PyObject ror(PyDict s, PyObject o) {
        if (!(o instanceof PyDict d)) {
            return NI;
        }
        PyDict r = d.copy();
        r.putAll(s);
        return r;
    }

    private static PyObject setdefault(PyDict s, PyObject k, PyObject d) {
        return s.setDefault(k, d);
    }

    private static PyObject pop(PyDict s, PyObject k, PyObject d) {
        PyObject v = s.remove(k);
        if (v == null) {
            if (d == null) {
                throw Errors.keyError(k);
            }
            return d;
        }
        return v;
    }

    private static PyObject popitemMethod(PyDict s) {
        PyObject[] kv = s.popLast();
        if (kv == null) {
            throw Errors.keyError(PyStr.of("popitem(): dictionary is empty"));
        }
        return PyTuple.of(kv[0], kv[1]);
    }

    private static PyObject updateMethod(PyDict s, PyObject[] a) {
        PyTuple args = (PyTuple) a[0];
        if (args.size() > 1) {
            throw Errors.typeError("update expected at most 1 argument, got %d", args.size());
        }
        if (args.size() == 1) {
            update(s, args.get(0));
        }
        s.putAll((PyDict) a[1]);
        return NONE;
    }

    private static PyObject fromkeys(PyType cls, PyObject[] a) {
        PyObject d = cls == PyDict.TYPE ? new PyDict() : Call.call(cls);
        PyObject v = a[1];
        if (d instanceof PyDict pd && d.type().lookup(Slot.SETITEM) == PyDict.TYPE.lookup(Slot.SETITEM)) {
            Iteration.forEach(a[0], k -> pd.put(k, v));
        } else {
            Iteration.forEach(a[0], k -> Protocols.setItem(d, k, v));
        }
        return d;
    }

    /**
     * One constant per method and a switch per arity, not a lambda each: each lambda was linked
     * when a program first used the type (~0.25 ms apiece on JDK 17, with class-data sharing).
     */
    private enum Fn implements
            JavaMethod.M0<PyDict>, JavaMethod.M1<PyDict>, JavaMethod.M2<PyDict>,
            JavaMethod.MN<PyObject> {
        LEN, ITER, REVERSED, REPR, KEYS, VALUES, ITEMS, POPITEM, CLEAR, COPY, GETITEM, DELITEM, CONTAINS, EQ,
        NE, OR, ROR, IOR, SETITEM, GET, SETDEFAULT, POP, NEW, INIT, UPDATE, FROMKEYS;

        @Override
        public PyObject call(PyDict self) {
            return switch (this) {
                case LEN -> PyInt.of(self.size);
                case ITER -> new DictViews.DictIterator(self, DictViews.Kind.KEYS, false);
                case REVERSED -> new DictViews.DictIterator(self, DictViews.Kind.KEYS, true);
                case REPR -> repr(self);
                case KEYS -> new DictViews.View(self, DictViews.Kind.KEYS);
                case VALUES -> new DictViews.View(self, DictViews.Kind.VALUES);
                case ITEMS -> new DictViews.View(self, DictViews.Kind.ITEMS);
                case POPITEM -> popitemMethod(self);
                case CLEAR -> { self.clear(); yield NONE; }
                case COPY -> self.copy();
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyDict self, PyObject a) {
            return switch (this) {
                case GETITEM -> getItem(self, a);
                case DELITEM -> delitem(self, a);
                case CONTAINS -> PyBool.of(self.containsKey(a));
                case EQ -> a instanceof PyDict d ? PyBool.of(equal(self, d)) : NI;
                case NE -> a instanceof PyDict d ? PyBool.of(!equal(self, d)) : NI;
                case OR -> or(self, a);
                case ROR -> ror(self, a);
                case IOR -> { update(self, a); yield self; }
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyDict self, PyObject a, PyObject b) {
            return switch (this) {
                case SETITEM -> { self.put(a, b); yield NONE; }
                case GET -> { PyObject v = self.get(a); yield v == null ? b : v; }
                case SETDEFAULT -> setdefault(self, a, b);
                case POP -> pop(self, a, b);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyObject self, PyObject[] args) {
            return switch (this) {
                case NEW -> ((PyType) self) == PyDict.TYPE ? new PyDict() : new PyDict.Derived(((PyType) self));
                case INIT -> init(((PyDict) self), args);
                case UPDATE -> updateMethod(((PyDict) self), args);
                case FROMKEYS -> fromkeys(((PyType) self), args);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }
    }
}
