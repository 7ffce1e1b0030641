package org.hotpy.core.ops;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyNotImplemented;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Slot;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/** Rich comparison with Python's reflection rules (CPython's do_richcompare). */
public final class Compare {
    private Compare() {}

    /** The six comparison operators, with their reflections. */
    public enum Op {
        LT("__lt__", "<", Slot.LT), LE("__le__", "<=", Slot.LE), EQ("__eq__", "==", Slot.EQ),
        NE("__ne__", "!=", Slot.NE), GT("__gt__", ">", Slot.GT), GE("__ge__", ">=", Slot.GE);

        public final String dunder;
        public final String symbol;
        public final Slot slot;

        Op(String dunder, String symbol, Slot slot) {
            this.dunder = dunder;
            this.symbol = symbol;
            this.slot = slot;
        }

        /** The operator with swapped operands: a < b is b > a. */
        public Op reflected() {
            switch (this) {
                case LT: return GT;
                case LE: return GE;
                case GT: return LT;
                case GE: return LE;
                default: return this;
            }
        }

        private static final Op[] VALUES = values();

        public static Op of(int ordinal) {
            return VALUES[ordinal];
        }
    }

    /** {@code a op b} as a Python object. */
    public static PyObject richCompare(PyObject a, PyObject b, Op op) {
        PyType ta = a.type();
        PyType tb = b.type();
        boolean checkedReverse = false;
        if (ta != tb && tb.isSubtypeOf(ta)) {
            PyObject rm = tb.lookup(op.reflected().slot);
            if (rm != null && rm != ta.lookup(op.reflected().slot)) {
                checkedReverse = true;
                PyObject r = Call.callSpecial(rm, b, a);
                if (r != PyNotImplemented.INSTANCE) {
                    return r;
                }
            }
        }
        PyObject m = ta.lookup(op.slot);
        if (m != null) {
            PyObject r = Call.callSpecial(m, a, b);
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        if (!checkedReverse) {
            PyObject rm = tb.lookup(op.reflected().slot);
            if (rm != null) {
                PyObject r = Call.callSpecial(rm, b, a);
                if (r != PyNotImplemented.INSTANCE) {
                    return r;
                }
            }
        }
        switch (op) {
            case EQ: return PyBool.of(a == b);
            case NE: return PyBool.of(a != b);
            default:
                throw Errors.typeError("'%s' not supported between instances of '%s' and '%s'", op.symbol,
                        ta.tpName(), tb.tpName());
        }
    }

    /** Equality as containers test it: identity first, then {@code ==} (PyObject_RichCompareBool). */
    public static boolean eq(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        Class<?> ca = a.getClass();
        if (ca == b.getClass()) {
            if (ca == PyInt.class) {
                return ((PyInt) a).value == ((PyInt) b).value;
            }
            if (ca == PyStr.class) {
                return ((PyStr) a).value().equals(((PyStr) b).value());
            }
            if (ca == PyFloat.class) {
                return ((PyFloat) a).value == ((PyFloat) b).value;
            }
            if (ca == PyTuple.class) {
                // tuple.__eq__ without the call and its bool (dict keys and sort keys are often tuples)
                PyObject[] x = ((PyTuple) a).itemsUnsafe();
                PyObject[] y = ((PyTuple) b).itemsUnsafe();
                return sequenceEqual(x, x.length, y, y.length);
            }
        }
        return Protocols.isTrue(richCompare(a, b, Op.EQ));
    }

    /** {@code a < b} as a Java boolean, as sorting and min/max use it. */
    public static boolean lt(PyObject a, PyObject b) {
        Class<?> ca = a.getClass();
        if (ca == b.getClass()) {
            if (ca == PyInt.class) {
                return ((PyInt) a).value < ((PyInt) b).value;
            }
            if (ca == PyFloat.class) {
                return ((PyFloat) a).value < ((PyFloat) b).value;
            }
            if (ca == PyStr.class) {
                return ((PyStr) a).compareTo((PyStr) b) < 0;
            }
            if (ca == PyTuple.class) {
                // tuple.__lt__ without the call and its bool (sort keys are often tuples)
                return tupleLt(((PyTuple) a).itemsUnsafe(), ((PyTuple) b).itemsUnsafe());
            }
        }
        return Protocols.isTrue(richCompare(a, b, Op.LT));
    }

    /** {@link #sequenceCompare} for LT as a Java boolean. */
    private static boolean tupleLt(PyObject[] a, PyObject[] b) {
        return tupleLtFrom(a, b, 0);
    }

    /** Tuple {@code <} when the items before {@code start} are known to be equal (for sorting). */
    public static boolean tupleLtFrom(PyObject[] a, PyObject[] b, int start) {
        int n = Math.min(a.length, b.length);
        for (int i = start; i < n; i++) {
            int c = threeWay(a[i], b[i]);
            if (c == UNKNOWN) {
                if (eq(a[i], b[i])) {
                    continue;
                }
                return lt(a[i], b[i]);
            }
            if (c != 0) {
                return c < 0;
            }
        }
        return a.length < b.length;
    }

    /** {@link #threeWay}'s answer when the generic {@code ==} and {@code <} must decide. */
    private static final int UNKNOWN = Integer.MIN_VALUE;

    /**
     * The order of two tuple items in one pass where {@code ==} then {@code <} would look twice:
     * negative, zero or positive for identical objects and pairs of exact ints, floats (not NaN),
     * strs and tuples of these, as {@code ==} and {@code <} would answer (neither has side effects
     * for these types); {@link #UNKNOWN} for anything else.
     */
    private static int threeWay(PyObject x, PyObject y) {
        if (x == y) {
            return 0; // the identity shortcut of tuple comparison
        }
        Class<?> c = x.getClass();
        if (c != y.getClass()) {
            return UNKNOWN;
        }
        if (c == PyStr.class) {
            return ((PyStr) x).compareTo((PyStr) y);
        }
        if (c == PyInt.class) {
            return Long.compare(((PyInt) x).value, ((PyInt) y).value);
        }
        if (c == PyFloat.class) {
            double u = ((PyFloat) x).value;
            double v = ((PyFloat) y).value;
            return u < v ? -1 : u > v ? 1 : u == v ? 0 : UNKNOWN;
        }
        if (c == PyTuple.class) {
            PyObject[] a = ((PyTuple) x).itemsUnsafe();
            PyObject[] b = ((PyTuple) y).itemsUnsafe();
            int n = Math.min(a.length, b.length);
            for (int i = 0; i < n; i++) {
                int r = threeWay(a[i], b[i]);
                if (r != 0) {
                    return r;
                }
            }
            return Integer.compare(a.length, b.length);
        }
        return UNKNOWN;
    }

    /**
     * Equality when it runs no Python code: 1 or 0 for identical objects, two exact strs, two
     * exact ints, or two exact tuples whose items up to the first unequal pair are such (equality
     * stops there, as {@link #sequenceEqual}); else -1, and the caller compares in the general way
     * (the pairs before are then equal again, without side effects). {@code x} is the key a
     * container holds and {@code y} the one looked up: a str of {@code y} found equal to one of
     * {@code x} takes its String ({@link PyStr#equalsSharing}).
     */
    public static int plainEqual(PyObject x, PyObject y) {
        if (x == y) {
            return 1;
        }
        Class<?> c = x.getClass();
        if (c != y.getClass()) {
            return -1;
        }
        if (c == PyStr.class) {
            return ((PyStr) y).equalsSharing((PyStr) x) ? 1 : 0;
        }
        if (c == PyInt.class) {
            return ((PyInt) x).value == ((PyInt) y).value ? 1 : 0;
        }
        if (c == PyTuple.class) {
            PyObject[] a = ((PyTuple) x).itemsUnsafe();
            PyObject[] b = ((PyTuple) y).itemsUnsafe();
            if (a.length != b.length) {
                return 0;
            }
            for (int i = 0; i < a.length; i++) {
                int m = plainEqual(a[i], b[i]);
                if (m != 1) {
                    return m;
                }
            }
            return 1;
        }
        return -1;
    }

    /** Element-wise equality of two sequences (tuple and list {@code ==}). */
    public static boolean sequenceEqual(PyObject[] a, int na, PyObject[] b, int nb) {
        if (na != nb) {
            return false;
        }
        for (int i = 0; i < na; i++) {
            if (!eq(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    /** Lexicographic ordering of two sequences: the first unequal items decide. */
    public static PyObject sequenceCompare(PyObject[] a, int na, PyObject[] b, int nb, Op op) {
        int n = Math.min(na, nb);
        int i = 0;
        while (i < n && eq(a[i], b[i])) {
            i++;
        }
        if (i >= na || i >= nb) {
            int c = Integer.compare(na, nb);
            switch (op) {
                case LT: return PyBool.of(c < 0);
                case LE: return PyBool.of(c <= 0);
                case GT: return PyBool.of(c > 0);
                case GE: return PyBool.of(c >= 0);
                case EQ: return PyBool.of(c == 0);
                default: return PyBool.of(c != 0);
            }
        }
        return richCompare(a[i], b[i], op);
    }
}
