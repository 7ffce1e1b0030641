package org.hotpy.core.types.number;

import java.math.BigInteger;
import org.hotpy.core.errors.Errors;
import org.hotpy.core.types.number.FloatDigits.Digits;

/**
 * {@code round()} for floats and ints, as CPython 3.11: ties go to even, and a float is rounded on
 * its exact binary value ({@code round(2.675, 2) == 2.67}, because 2.675 is stored as
 * 2.67499999...), through a correctly rounded decimal string as CPython's {@code double_round}.
 */
public final class FloatRound {
    private FloatRound() {}

    /** Beyond this many digits every double is already exact (CPython's NDIGITS_MAX). */
    private static final int NDIGITS_MAX = 323;
    /** Below this every double rounds to zero (CPython's NDIGITS_MIN). */
    private static final int NDIGITS_MIN = -308;

    /** {@code round(x)}: the nearest integer, ties to even; a Long when it fits. */
    public static Number round(double x) {
        if (x != x) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw Errors.overflowError("cannot convert float infinity to integer");
        }
        double r = Math.rint(x);
        if (Math.abs(r) < 0x1p63) {
            return (long) r;
        }
        return IntConvert.exactInteger(r);
    }

    /**
     * {@code round(x, ndigits)}: a float; NaN and infinities come back unchanged, as does any
     * {@code x} when {@code ndigits > 323}; {@code ndigits < -308} gives a zero of x's sign.
     * OverflowError when the rounded value is too large for a float. A Python int ndigits outside
     * the long range should be clamped to it by the caller (CPython clamps to Py_ssize_t).
     */
    public static double round(double x, long ndigits) {
        if (!Double.isFinite(x)) {
            return x;
        }
        if (ndigits > NDIGITS_MAX) {
            return x;
        }
        if (ndigits < NDIGITS_MIN) {
            return 0.0 * x;
        }
        Digits d = FloatDigits.fixedAnyScale(x, (int) ndigits);
        double r = Double.parseDouble("0." + d.digits() + "e" + d.decpt());
        if (Double.isInfinite(r)) {
            throw Errors.overflowError("rounded value too large to represent");
        }
        return Math.copySign(r, x);
    }

    /**
     * {@code round(n, ndigits)} for an int ({@code int.__round__}): unchanged for
     * {@code ndigits >= 0}, else the nearest multiple of {@code 10^-ndigits}, ties to even.
     * Where {@code 10^-ndigits} exceeds twice |n| the answer is 0 without computing the power
     * (CPython computes it, and hangs for ndigits like -10**9).
     */
    public static BigInteger round(BigInteger n, long ndigits) {
        if (ndigits >= 0 || n.signum() == 0) {
            return n;
        }
        // a multiple of 10^k above twice |n| leaves 0 (half exactly also rounds to the even 0)
        long maxDigits = (long) (n.bitLength() * 0.30103) + 2;
        if (ndigits < -maxDigits) {
            return BigInteger.ZERO;
        }
        BigInteger p = BigInteger.TEN.pow((int) -ndigits);
        BigInteger q = FloatDigits.roundDiv(n.abs(), p);
        BigInteger r = q.multiply(p);
        return n.signum() < 0 ? r.negate() : r;
    }
}
