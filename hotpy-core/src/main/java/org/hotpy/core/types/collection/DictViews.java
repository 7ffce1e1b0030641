package org.hotpy.core.types.collection;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.JavaMethod;
import org.hotpy.core.model.PyNotImplemented;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Compare;
import org.hotpy.core.ops.Iteration;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.ops.ReprGuard;
import org.hotpy.core.types.function.PyMappingProxy;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/** {@code dict_keys}, {@code dict_values}, {@code dict_items} and the dict iterators. */
public final class DictViews {
    private DictViews() {}

    /** Which part of the entries a view or iterator yields. */
    public enum Kind {
        KEYS("dict_keys", "dict_keyiterator", "dict_reversekeyiterator"),
        VALUES("dict_values", "dict_valueiterator", "dict_reversevalueiterator"),
        ITEMS("dict_items", "dict_itemiterator", "dict_reverseitemiterator");

        final String viewName;
        final String iterName;
        final String reverseName;

        Kind(String viewName, String iterName, String reverseName) {
            this.viewName = viewName;
            this.iterName = iterName;
            this.reverseName = reverseName;
        }

        CollectionTypeDefs definer() {
            return switch (this) {
                case KEYS -> CollectionTypeDefs.KEYS_VIEW;
                case VALUES -> CollectionTypeDefs.VALUES_VIEW;
                case ITEMS -> CollectionTypeDefs.ITEMS_VIEW;
            };
        }
    }

    private static final PyObject NI = PyNotImplemented.INSTANCE;

    static final PyType KEYS_TYPE = viewType(Kind.KEYS);
    static final PyType VALUES_TYPE = viewType(Kind.VALUES);
    static final PyType ITEMS_TYPE = viewType(Kind.ITEMS);

    private static PyType viewType(Kind kind) {
        return PyType.builtin(kind.viewName, PyType.OBJECT, View.class, kind.definer()).notSubclassable();
    }

    /** A live view of a dict. */
    public static final class View extends PyObject {
        final PyDict dict;
        final Kind kind;

        View(PyDict dict, Kind kind) {
            this.dict = dict;
            this.kind = kind;
        }

        @Override
        public PyType type() {
            return kind == Kind.KEYS ? KEYS_TYPE : kind == Kind.VALUES ? VALUES_TYPE : ITEMS_TYPE;
        }

        public PyDict dict() {
            return dict;
        }

        public Kind kind() {
            return kind;
        }

        boolean contains(PyObject o) {
            switch (kind) {
                case KEYS: return dict.containsKey(o);
                case ITEMS:
                    if (!(o instanceof PyTuple t) || t.size() != 2) {
                        return false;
                    }
                    PyObject v = dict.get(t.get(0));
                    return v != null && (v == t.get(1) || Compare.eq(v, t.get(1)));
                default:
                    for (PyObject x : Iteration.toArray(this)) {
                        if (x == o || Compare.eq(x, o)) {
                            return true;
                        }
                    }
                    return false;
            }
        }
    }

    static void defineView(TypeDef t, Kind kind) {
        t.method0("__len__", Fn.LEN);
        t.method0("__iter__", Fn.ITER);
        t.method0("__reversed__", Fn.REVERSED);
        t.method0("__repr__", Fn.REPR);
        t.getter("mapping", Fn.MAPPING);
        if (kind == Kind.VALUES) {
            return;     // CPython's values view has no __contains__: "in" iterates
        }
        t.method1("__contains__", "key, /", Fn.CONTAINS);
        t.unhashable();
        t.binary("__and__", Fn.AND);
        t.binary("__rand__", Fn.RAND);
        t.binary("__or__", Fn.OR);
        t.binary("__ror__", Fn.ROR);
        t.binary("__sub__", Fn.SUB);
        t.binary("__rsub__", Fn.RSUB);
        t.binary("__xor__", Fn.XOR);
        t.binary("__rxor__", Fn.RXOR);
        t.method1("isdisjoint", "other, /", Fn.ISDISJOINT);
        t.binary("__eq__", Fn.EQ);
        t.binary("__ne__", Fn.NE);
        t.binary("__le__", Fn.LE);
        t.binary("__lt__", Fn.LT);
        t.binary("__ge__", Fn.GE);
        t.binary("__gt__", Fn.GT);
    }

    private static boolean setLike(PyObject o) {
        return o instanceof PySet || (o instanceof View v && v.kind != Kind.VALUES);
    }

    private static PyObject setOp(View v, PyObject o, String op, boolean reflected) {
        if (o.type().lookup(org.hotpy.core.model.Slot.ITER) == null) {
            return NI;
        }
        // as CPython's dictviews_or/_sub/_xor: a set of the left operand (the dict itself for
        // the keys of an exact dict), updated with the right; the order of the result follows
        PyObject left = reflected ? o : v;
        PyObject right = reflected ? v : o;
        switch (op) {
            case "intersection": return intersect(v, o);
            case "union": {
                PySet r = viewToSet(left);
                SetMethods.addAll(r, right);
                return r;
            }
            case "difference": {
                PySet r = viewToSet(left);
                SetMethods.differenceUpdate(r, right);
                return r;
            }
            default: {
                PySet r = viewToSet(left);
                SetMethods.symmetricInPlace(r, right);
                return r;
            }
        }
    }

    private static PySet viewToSet(PyObject o) {
        PySet s = new PySet();
        if (o instanceof View w && w.kind == Kind.KEYS && w.dict.getClass() == PyDict.class) {
            SetMethods.addAll(s, w.dict);
        } else {
            SetMethods.addAll(s, o);
        }
        return s;
    }

    /** {@code view & other} in CPython's order (_PyDictView_Intersect). */
    private static PyObject intersect(View v, PyObject o) {
        int lenSelf = v.dict.size;
        if (o.getClass() == PySet.class && lenSelf <= ((PySet) o).size) {
            return SetMethods.intersection((PySet) o, v, false);
        }
        PyObject self = v;
        PyObject other = o;
        if (o instanceof View w && w.kind != Kind.VALUES && w.dict.size > lenSelf) {
            self = o;
            other = v;
        }
        PySet r = new PySet();
        PyObject it = Protocols.iter(other);
        for (PyObject e = Protocols.next(it); e != null; e = Protocols.next(it)) {
            if (Protocols.contains(self, e)) {
                r.add(e);
            }
        }
        return r;
    }

    private static PyObject compare(View v, PyObject o, Compare.Op op) {
        if (!setLike(o)) {
            return NI;
        }
        int n = Protocols.len(o);
        int m = v.dict.size;
        boolean sub = m <= n && all(v, o);
        boolean sup = n <= m && allIn(o, v);
        switch (op) {
            case EQ: return PyBool.of(m == n && sub);
            case NE: return PyBool.of(!(m == n && sub));
            case LE: return PyBool.of(sub);
            case LT: return PyBool.of(m < n && sub);
            case GE: return PyBool.of(sup);
            default: return PyBool.of(m > n && sup);
        }
    }

    private static boolean all(View v, PyObject o) {
        for (PyObject x : Iteration.toArray(v)) {
            if (!Protocols.contains(o, x)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allIn(PyObject o, View v) {
        for (PyObject x : Iteration.toArray(o)) {
            if (!v.contains(x)) {
                return false;
            }
        }
        return true;
    }

    private static PyObject repr(View v) {
        if (!ReprGuard.enter(v)) {
            return PyStr.of("...");
        }
        try {
            StringBuilder sb = new StringBuilder(v.kind.viewName).append("([");
            PyObject[] items = Iteration.toArray(v);
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Protocols.repr(items[i]).value());
            }
            return PyStr.of(sb.append("])").toString());
        } finally {
            ReprGuard.exit(v);
        }
    }

    private static final PyType[] ITER_TYPES = new PyType[6];

    static {
        for (Kind k : Kind.values()) {
            ITER_TYPES[k.ordinal() * 2] = PyType.builtin(k.iterName, PyType.OBJECT, DictIterator.class,
                    CollectionTypeDefs.SIZED_ITERATOR).notSubclassable();
            ITER_TYPES[k.ordinal() * 2 + 1] = PyType.builtin(k.reverseName, PyType.OBJECT, DictIterator.class,
                    CollectionTypeDefs.SIZED_ITERATOR).notSubclassable();
        }
    }

    /** Iterates a dict's entries in (reverse) insertion order; changing its size is an error. */
    public static final class DictIterator extends PyIterator {
        private PyDict dict;
        private final Kind kind;
        private final boolean reverse;
        /** The size the dict must keep; -1 once a change was reported (CPython's sticky di_used = -1). */
        private int expectedSize;
        private int pos;
        private int remaining;

        public DictIterator(PyDict dict, Kind kind, boolean reverse) {
            this.dict = dict;
            this.kind = kind;
            this.reverse = reverse;
            this.expectedSize = dict.size;
            this.remaining = dict.size;
            this.pos = reverse ? dict.usedSlots() - 1 : 0;
        }

        @Override
        public PyType type() {
            return ITER_TYPES[kind.ordinal() * 2 + (reverse ? 1 : 0)];
        }

        /**
         * The next key, value or item, as CPython's dictiter_iternext*: a change of size is an error
         * (reported again on every later call), and an entry found after as many as the dict held
         * when iteration began means its keys changed.
         */
        @Override
        public PyObject next() {
            PyDict d = dict;
            if (d == null) {
                return null;
            }
            if (d.size != expectedSize) {
                expectedSize = -1;
                throw Errors.runtimeError("dictionary changed size during iteration");
            }
            int e = reverse ? Math.min(pos, d.usedSlots() - 1) : pos;
            if (reverse) {
                while (e >= 0 && d.keyAt(e) == null) {
                    e--;
                }
                pos = e - 1;
            } else {
                while (e < d.usedSlots() && d.keyAt(e) == null) {
                    e++;
                }
                pos = e + 1;
            }
            if (e < 0 || e >= d.usedSlots()) {
                dict = null;
                return null;
            }
            if (remaining == 0 && !reverse) {
                dict = null;
                throw Errors.runtimeError("dictionary keys changed during iteration");
            }
            remaining--;
            PyObject k = d.keyAt(e);
            switch (kind) {
                case KEYS: return k;
                case VALUES: return d.valueAt(e);
                default: return PyTuple.of(k, d.valueAt(e));
            }
        }

        @Override
        public int lengthHint() {
            return dict != null && dict.size == expectedSize ? remaining : 0;
        }
    }

    private static PyObject isdisjoint(View v, PyObject o) {
        for (PyObject x : Iteration.toArray(o)) {
            if (v.contains(x)) {
                return PyBool.FALSE;
            }
        }
        return PyBool.TRUE;
    }

    /**
     * One constant per method and a switch per arity, not a lambda each: each lambda was linked
     * when a program first used the type (~0.25 ms apiece on JDK 17, with class-data sharing).
     */
    private enum Fn implements JavaMethod.M0<View>, JavaMethod.M1<View> {
        LEN, ITER, REVERSED, REPR, MAPPING, CONTAINS, AND, RAND, OR, ROR, SUB, RSUB, XOR, RXOR, ISDISJOINT,
        EQ, NE, LE, LT, GE, GT;

        @Override
        public PyObject call(View self) {
            return switch (this) {
                case LEN -> PyInt.of(self.dict.size);
                case ITER -> new DictIterator(self.dict, self.kind, false);
                case REVERSED -> new DictIterator(self.dict, self.kind, true);
                case REPR -> repr(self);
                case MAPPING -> new PyMappingProxy(self.dict);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(View self, PyObject a) {
            return switch (this) {
                case CONTAINS -> PyBool.of(self.contains(a));
                case AND -> setOp(self, a, "intersection", false);
                case RAND -> setOp(self, a, "intersection", true);
                case OR -> setOp(self, a, "union", false);
                case ROR -> setOp(self, a, "union", true);
                case SUB -> setOp(self, a, "difference", false);
                case RSUB -> setOp(self, a, "difference", true);
                case XOR -> setOp(self, a, "symmetric_difference", false);
                case RXOR -> setOp(self, a, "symmetric_difference", true);
                case ISDISJOINT -> isdisjoint(self, a);
                case EQ -> compare(self, a, Compare.Op.EQ);
                case NE -> compare(self, a, Compare.Op.NE);
                case LE -> compare(self, a, Compare.Op.LE);
                case LT -> compare(self, a, Compare.Op.LT);
                case GE -> compare(self, a, Compare.Op.GE);
                case GT -> compare(self, a, Compare.Op.GT);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }
    }
}
