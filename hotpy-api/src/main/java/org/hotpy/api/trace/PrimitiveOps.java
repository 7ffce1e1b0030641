package org.hotpy.api.trace;

/**
 * The meaning of the typed primitive ops, with Python's rules, shared by the tier-2 executor and by
 * constant folding so both always agree. For a guard op, {@code xxxFails} says whether the guard
 * exits; the value method is only meaningful when it does not.
 */
public final class PrimitiveOps {
    private static final long TWO_POW_53 = 1L << 53;

    private PrimitiveOps() {
    }

    /** {@link Op#INT_ADD_OVF} exits. */
    public static boolean addOverflows(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0;
    }

    /** {@link Op#INT_SUB_OVF} exits. */
    public static boolean subOverflows(long a, long b) {
        long r = a - b;
        return ((a ^ b) & (a ^ r)) < 0;
    }

    /** {@link Op#INT_MUL_OVF} exits. */
    public static boolean mulOverflows(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        return hi != ((a * b) >> 63);
    }

    /** {@link Op#INT_NEG_OVF} exits. */
    public static boolean negOverflows(long a) {
        return a == Long.MIN_VALUE;
    }

    /** {@link Op#INT_FLOORDIV} exits: division by zero, or {@code MIN // -1} needing 65 bits. */
    public static boolean floorDivFails(long a, long b) {
        return b == 0 || (a == Long.MIN_VALUE && b == -1);
    }

    /** Python {@code a // b} for ints (toward minus infinity). */
    public static long floorDiv(long a, long b) {
        return Math.floorDiv(a, b);
    }

    /** {@link Op#INT_MOD} exits. */
    public static boolean modFails(long b) {
        return b == 0;
    }

    /** Python {@code a % b} for ints: the result has the sign of {@code b}. */
    public static long mod(long a, long b) {
        return Math.floorMod(a, b);
    }

    /** {@link Op#INT_TRUEDIV} exits: zero divisor, or an operand too big for an exact double. */
    public static boolean intTrueDivFails(long a, long b) {
        return b == 0 || a > TWO_POW_53 || a < -TWO_POW_53 || b > TWO_POW_53 || b < -TWO_POW_53;
    }

    /** Python {@code a / b} for ints small enough that both convert to doubles exactly (one rounding). */
    public static double intTrueDiv(long a, long b) {
        return (double) a / (double) b;
    }

    /** {@link Op#INT_LSHIFT_OVF} exits: negative count, or bits shifted out. */
    public static boolean lshiftFails(long a, long n) {
        if (n < 0) {
            return true;
        }
        if (a == 0) {
            return false;
        }
        return n >= 64 || ((a << n) >> n) != a;
    }

    /** {@code a << n} (when it does not fail). */
    public static long lshift(long a, long n) {
        return a == 0 ? 0 : a << n;
    }

    /** {@link Op#INT_RSHIFT} exits: negative count. */
    public static boolean rshiftFails(long n) {
        return n < 0;
    }

    /** Python {@code a >> n}: arithmetic, and all sign bits once {@code n >= 64}. */
    public static long rshift(long a, long n) {
        return a >> Math.min(n, 63);
    }

    /** {@link Op#FLOAT_TRUEDIV}, {@link Op#FLOAT_FLOORDIV} and {@link Op#FLOAT_MOD} exit on a zero divisor (either sign). */
    public static boolean floatDivFails(double b) {
        return b == 0.0;
    }

    /**
     * Python's {@code float.__mod__}: the remainder takes the divisor's sign; a zero remainder is
     * {@code 0.0} with the divisor's sign.
     */
    public static double floatMod(double a, double b) {
        double m = a % b;
        if (m != 0.0) {
            if ((b < 0) != (m < 0)) {
                m += b;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    /**
     * Python's {@code float.__floordiv__}: derived from the remainder so that
     * {@code a == b * (a // b) + a % b} holds as closely as doubles allow.
     */
    public static double floatFloorDiv(double a, double b) {
        double m = a % b;
        double div = (a - m) / b;
        if (m != 0.0 && ((b < 0) != (m < 0))) {
            div -= 1.0;
        }
        if (div == 0.0) {
            return Math.copySign(0.0, a / b);
        }
        double floor = Math.floor(div);
        if (div - floor > 0.5) {
            floor += 1.0;
        }
        return floor;
    }
}
