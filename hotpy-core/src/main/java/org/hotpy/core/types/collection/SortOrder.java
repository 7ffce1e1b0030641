package org.hotpy.core.types.collection;

import org.hotpy.core.model.PyObject;
import org.hotpy.core.ops.Compare;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/**
 * The {@code <} a sort uses, chosen once per sort by looking at every key, as CPython 3.11's
 * {@code list.sort} does ("unsafe" comparisons): when all keys are exactly {@code str}, exactly
 * {@code int} or exactly {@code float}, or all tuples whose first items are, the comparison goes
 * straight to the values instead of through the generic rich comparison for every pair. Each form
 * answers exactly what {@link Compare#lt} would for those types, identity shortcut included.
 */
abstract class SortOrder {
    /** {@code a < b}. */
    abstract boolean lt(PyObject a, PyObject b);

    static SortOrder of(PyObject[] keys, int n) {
        if (n < 2) {
            return GENERIC;
        }
        Class<?> c = keys[0].getClass();
        for (int i = 1; i < n; i++) {
            if (keys[i].getClass() != c) {
                return GENERIC;
            }
        }
        if (c == PyStr.class) {
            return STR;
        }
        if (c == PyInt.class) {
            return INT;
        }
        if (c == PyFloat.class) {
            return FLOAT;
        }
        if (c == PyTuple.class) {
            return tupleOrder(keys, n);
        }
        return GENERIC;
    }

    /** Tuples whose first items all have one exact type compare those items directly. */
    private static SortOrder tupleOrder(PyObject[] keys, int n) {
        Class<?> first = null;
        for (int i = 0; i < n; i++) {
            PyObject[] items = ((PyTuple) keys[i]).itemsUnsafe();
            if (items.length == 0) {
                return GENERIC;
            }
            Class<?> c = items[0].getClass();
            if (first == null) {
                first = c;
            } else if (c != first) {
                return GENERIC;
            }
        }
        if (first == PyStr.class) {
            return TUPLE_STR;
        }
        if (first == PyInt.class) {
            return TUPLE_INT;
        }
        if (first == PyFloat.class) {
            return TUPLE_FLOAT;
        }
        return GENERIC;
    }

    private static final SortOrder GENERIC = new SortOrder() {
        @Override
        boolean lt(PyObject a, PyObject b) {
            return Compare.lt(a, b);
        }
    };

    private static final SortOrder STR = new SortOrder() {
        @Override
        boolean lt(PyObject a, PyObject b) {
            return ((PyStr) a).compareTo((PyStr) b) < 0;
        }
    };

    private static final SortOrder INT = new SortOrder() {
        @Override
        boolean lt(PyObject a, PyObject b) {
            return ((PyInt) a).value < ((PyInt) b).value;
        }
    };

    private static final SortOrder FLOAT = new SortOrder() {
        @Override
        boolean lt(PyObject a, PyObject b) {
            return ((PyFloat) a).value < ((PyFloat) b).value;
        }
    };

    /**
     * Tuples with first items of one type: the first items decide unless equal (identity first,
     * as tuple comparison does), then the rest goes through the generic tuple comparison.
     */
    private abstract static class TupleOrder extends SortOrder {
        /** {@code x == y} for two first items of the known type. */
        abstract boolean firstEq(PyObject x, PyObject y);

        /** {@code x < y} for two first items of the known type. */
        abstract boolean firstLt(PyObject x, PyObject y);

        @Override
        final boolean lt(PyObject a, PyObject b) {
            PyObject[] x = ((PyTuple) a).itemsUnsafe();
            PyObject[] y = ((PyTuple) b).itemsUnsafe();
            if (x[0] != y[0] && !firstEq(x[0], y[0])) {
                return firstLt(x[0], y[0]);
            }
            return Compare.tupleLtFrom(x, y, 1);
        }
    }

    private static final SortOrder TUPLE_STR = new TupleOrder() {
        @Override
        boolean firstEq(PyObject x, PyObject y) {
            return ((PyStr) x).value().equals(((PyStr) y).value());
        }

        @Override
        boolean firstLt(PyObject x, PyObject y) {
            return ((PyStr) x).compareTo((PyStr) y) < 0;
        }
    };

    private static final SortOrder TUPLE_INT = new TupleOrder() {
        @Override
        boolean firstEq(PyObject x, PyObject y) {
            return ((PyInt) x).value == ((PyInt) y).value;
        }

        @Override
        boolean firstLt(PyObject x, PyObject y) {
            return ((PyInt) x).value < ((PyInt) y).value;
        }
    };

    private static final SortOrder TUPLE_FLOAT = new TupleOrder() {
        @Override
        boolean firstEq(PyObject x, PyObject y) {
            return ((PyFloat) x).value == ((PyFloat) y).value;
        }

        @Override
        boolean firstLt(PyObject x, PyObject y) {
            return ((PyFloat) x).value < ((PyFloat) y).value;
        }
    };
}
