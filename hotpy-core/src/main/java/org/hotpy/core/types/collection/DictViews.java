package org.hotpy.core.types.collection;

import org.hotpy.core.errors.Errors;
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
    }

    private static final PyObject NI = PyNotImplemented.INSTANCE;

    static final PyType KEYS_TYPE = viewType(Kind.KEYS);
    static final PyType VALUES_TYPE = viewType(Kind.VALUES);
    static final PyType ITEMS_TYPE = viewType(Kind.ITEMS);

    private static PyType viewType(Kind kind) {
        return PyType.builtin(kind.viewName, PyType.OBJECT, View.class, t -> defineView(t, kind)).notSubclassable();
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

    private static void defineView(TypeDef t, Kind kind) {
        t.method0("__len__", (View v) -> PyInt.of(v.dict.size));
        t.method0("__iter__", (View v) -> new DictIterator(v.dict, v.kind, false));
        t.method0("__reversed__", (View v) -> new DictIterator(v.dict, v.kind, true));
        t.method0("__repr__", DictViews::repr);
        t.getter("mapping", (View v) -> new PyMappingProxy(v.dict));
        if (kind == Kind.VALUES) {
            return;     // CPython's values view has no __contains__: "in" iterates
        }
        t.method1("__contains__", "key, /", (View v, PyObject k) -> PyBool.of(v.contains(k)));
        t.unhashable();
        t.binary("__and__", (View v, PyObject o) -> setOp(v, o, "intersection", false));
        t.binary("__rand__", (View v, PyObject o) -> setOp(v, o, "intersection", true));
        t.binary("__or__", (View v, PyObject o) -> setOp(v, o, "union", false));
        t.binary("__ror__", (View v, PyObject o) -> setOp(v, o, "union", true));
        t.binary("__sub__", (View v, PyObject o) -> setOp(v, o, "difference", false));
        t.binary("__rsub__", (View v, PyObject o) -> setOp(v, o, "difference", true));
        t.binary("__xor__", (View v, PyObject o) -> setOp(v, o, "symmetric_difference", false));
        t.binary("__rxor__", (View v, PyObject o) -> setOp(v, o, "symmetric_difference", true));
        t.method1("isdisjoint", "other, /", (View v, PyObject o) -> {
            for (PyObject x : Iteration.toArray(o)) {
                if (v.contains(x)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        t.binary("__eq__", (View v, PyObject o) -> compare(v, o, Compare.Op.EQ));
        t.binary("__ne__", (View v, PyObject o) -> compare(v, o, Compare.Op.NE));
        t.binary("__le__", (View v, PyObject o) -> compare(v, o, Compare.Op.LE));
        t.binary("__lt__", (View v, PyObject o) -> compare(v, o, Compare.Op.LT));
        t.binary("__ge__", (View v, PyObject o) -> compare(v, o, Compare.Op.GE));
        t.binary("__gt__", (View v, PyObject o) -> compare(v, o, Compare.Op.GT));
    }

    private static boolean setLike(PyObject o) {
        return o instanceof PySet || (o instanceof View v && v.kind != Kind.VALUES);
    }

    private static PyObject setOp(View v, PyObject o, String op, boolean reflected) {
        if (o.type().lookup(org.hotpy.core.model.Slot.ITER) == null) {
            return NI;
        }
        PySet self = new PySet();
        SetMethods.addAll(self, v);
        PySet other = new PySet();
        SetMethods.addAll(other, o);
        PySet a = reflected ? other : self;
        PySet b = reflected ? self : other;
        switch (op) {
            case "intersection": return SetMethods.intersection(a, b, false);
            case "union": {
                PySet r = SetMethods.copy(a, false);
                r.addAll(b);
                return r;
            }
            case "difference": {
                PySet r = SetMethods.copy(a, false);
                for (PyObject e : b.toArray()) {
                    r.discard(e);
                }
                return r;
            }
            default: {
                PySet r = SetMethods.copy(a, false);
                for (PyObject e : b.toArray()) {
                    if (!r.discard(e)) {
                        r.add(e);
                    }
                }
                return r;
            }
        }
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
                    PyIterator::defineSizedIteratorMethods).notSubclassable();
            ITER_TYPES[k.ordinal() * 2 + 1] = PyType.builtin(k.reverseName, PyType.OBJECT, DictIterator.class,
                    PyIterator::defineSizedIteratorMethods).notSubclassable();
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
}
