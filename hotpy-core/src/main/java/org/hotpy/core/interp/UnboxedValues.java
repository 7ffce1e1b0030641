package org.hotpy.core.interp;

import org.hotpy.core.model.PyObject;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;

/**
 * What the code {@link UnboxedArithmetic} emits calls to keep int and float results unboxed: small
 * enough that HotSpot always inlines them, and calls only to keep that code short. The tests say
 * when the fast path gives exactly what the interpreter's handlers give; any other case takes
 * the handlers' path.
 */
final class UnboxedValues {
    /** Ints of at most this magnitude convert to a double exactly. */
    private static final long EXACT_IN_DOUBLE = 1L << 53;

    private UnboxedValues() {}

    /** Whether {@code o} is exactly a float (the guard of the interpreter's float forms). */
    static boolean isFloat(PyObject o) {
        return o.getClass() == PyFloat.class;
    }

    /** Whether {@code o} is exactly an int that fits in a long (the guard of the int forms). */
    static boolean isInt(PyObject o) {
        return o.getClass() == PyInt.class;
    }

    /** Whether {@code o} is an exact float or an exact int that fits in a long. */
    static boolean isNumber(PyObject o) {
        return o.getClass() == PyFloat.class || o.getClass() == PyInt.class;
    }

    /** {@link #isNumber}, for an int only one that converts to a double exactly. */
    static boolean isExactNumber(PyObject o) {
        return o.getClass() == PyFloat.class || o.getClass() == PyInt.class && exactInDouble(((PyInt) o).value);
    }

    static boolean exactInDouble(long v) {
        return v >= -EXACT_IN_DOUBLE && v <= EXACT_IN_DOUBLE;
    }

    /** The value of {@code o}, a float. */
    static double value(PyObject o) {
        return ((PyFloat) o).value;
    }

    /** The value of {@code o}, an int. */
    static long intValue(PyObject o) {
        return ((PyInt) o).value;
    }

    /** The value of {@code o}, a float or an int, as a double (rounded to nearest, as CPython converts). */
    static double asDouble(PyObject o) {
        return o instanceof PyInt i ? (double) i.value : ((PyFloat) o).value;
    }

    /** A virtual slot's value as an object: its object when set, else its double, boxed. */
    static PyObject box(PyObject o, double d) {
        return o != null ? o : new PyFloat(d);
    }

    /** A virtual slot's value as an object: its object when set, else its long, boxed. */
    static PyObject boxInt(PyObject o, long v) {
        return o != null ? o : PyInt.of(v);
    }

    static boolean addFits(long x, long y) {
        long r = x + y;
        return ((x ^ r) & (y ^ r)) >= 0;
    }

    static boolean subtractFits(long x, long y) {
        long r = x - y;
        return ((x ^ y) & (x ^ r)) >= 0;
    }

    static boolean multiplyFits(long x, long y) {
        return Math.multiplyHigh(x, y) == (x * y) >> 63;
    }

    /** {@code x // y} and {@code x % y} in a long: not by zero, and not the one quotient that overflows. */
    static boolean divideFits(long x, long y) {
        return y != 0 && (y != -1 || x != Long.MIN_VALUE);
    }

    /** Python's {@code x >> y} for {@code y >= 0}. */
    static long shiftRight(long x, long y) {
        return x >> Math.min(y, 63);
    }

    /** COMPARE_OP_FLOAT's result: comparison {@code op} (a Compare.Op ordinal) of {@code x} and {@code y}. */
    static PyObject compare(double x, double y, int op) {
        return PyBool.of(BinaryHandlers.testDouble(x, y, op));
    }

    /** COMPARE_OP_INT's result. */
    static PyObject compareInts(long x, long y, int op) {
        return PyBool.of(BinaryHandlers.test(Long.compare(x, y), op));
    }
}
