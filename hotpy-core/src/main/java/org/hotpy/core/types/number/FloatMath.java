package org.hotpy.core.types.number;

import java.math.BigInteger;
import org.hotpy.core.errors.Errors;

/**
 * Python's float arithmetic where it differs from Java's: {@code /}, {@code //}, {@code %} and
 * {@code divmod} raise on a zero divisor and take the sign of the divisor for the remainder;
 * {@code **} follows CPython's {@code float_pow} special cases and raises where C's pow would
 * set errno. Int ** negative int is computed in floats, as CPython does.
 *
 * <p>A negative finite base with a non-integral exponent has a complex result, which this class
 * cannot return: callers test {@link #powIsComplex} first and compute the complex power
 * themselves; {@link #pow} rejects such a call with IllegalArgumentException (a caller bug).
 */
public final class FloatMath {
    private FloatMath() {}

    /** {@code x / y}. */
    public static double divide(double x, double y) {
        if (y == 0) {
            throw Errors.zeroDivisionError("float division by zero");
        }
        return x / y;
    }

    /** {@code x % y}: the remainder has the divisor's sign (a zero one too). */
    public static double mod(double x, double y) {
        if (y == 0) {
            throw Errors.zeroDivisionError("float modulo");
        }
        double mod = x % y;        // Java's % on doubles is C's fmod: exact, sign of x
        if (mod != 0) {
            if ((y < 0) != (mod < 0)) {
                mod += y;
            }
        } else {
            mod = Math.copySign(0.0, y);
        }
        return mod;
    }

    /** {@code x // y}. */
    public static double floorDivide(double x, double y) {
        if (y == 0) {
            throw Errors.zeroDivisionError("float floor division by zero");
        }
        return divmodUnchecked(x, y)[0];
    }

    /** {@code divmod(x, y)} as {quotient, remainder}. */
    public static double[] divmod(double x, double y) {
        if (y == 0) {
            throw Errors.zeroDivisionError("float divmod()");
        }
        return divmodUnchecked(x, y);
    }

    /** CPython's {@code _float_div_mod}: the floor quotient snapped to an integral value. */
    private static double[] divmodUnchecked(double x, double y) {
        double mod = x % y;
        double div = (x - mod) / y;    // nearly integral: x - mod is an exact multiple of y
        if (mod != 0) {
            if ((y < 0) != (mod < 0)) {
                mod += y;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, y);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, x / y);
        }
        return new double[] {floordiv, mod};
    }

    /** Whether {@code x ** y} is complex: a negative finite base and a finite non-integral exponent. */
    public static boolean powIsComplex(double x, double y) {
        return x < 0 && Double.isFinite(x) && Double.isFinite(y) && y != Math.floor(y);
    }

    /**
     * {@code x ** y} for floats. ZeroDivisionError for zero to a negative power; OverflowError
     * {@code (34, 'Numerical result out of range')} when a finite result overflows. The
     * exponentiation itself is the JDK's {@link Math#pow} (within 1 ulp, as C's pow is; the last
     * bit can differ from a given libm's).
     */
    public static double pow(double x, double y) {
        if (y == 0) {
            return 1.0;                        // even for a NaN base
        }
        if (x != x) {
            return x;
        }
        if (y != y) {
            return x == 1.0 ? 1.0 : y;         // 1 ** nan is 1
        }
        if (Double.isInfinite(y)) {
            double ax = Math.abs(x);
            if (ax == 1.0) {
                return 1.0;
            }
            return (y > 0) == (ax > 1.0) ? Double.POSITIVE_INFINITY : 0.0;
        }
        if (Double.isInfinite(x)) {
            boolean odd = isOddInteger(y);
            if (y > 0) {
                return odd ? x : Math.abs(x);
            }
            return odd ? Math.copySign(0.0, x) : 0.0;
        }
        if (x == 0) {
            if (y < 0) {
                throw Errors.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return isOddInteger(y) ? x : 0.0;
        }
        boolean negate = false;
        if (x < 0) {
            if (y != Math.floor(y)) {
                throw new IllegalArgumentException("complex result: test powIsComplex before pow");
            }
            x = -x;
            negate = isOddInteger(y);
        }
        if (x == 1.0) {
            return negate ? -1.0 : 1.0;
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r)) {
            throw Errors.overflowError("(34, 'Numerical result out of range')");
        }
        return negate ? -r : r;
    }

    private static boolean isOddInteger(double y) {
        // beyond 2^53 every double is even; fmod keeps the test exact
        return Math.abs(y) < 0x1p53 && y == Math.floor(y) && Math.abs(y % 2.0) == 1.0;
    }

    /** {@code n ** e} for ints with a negative exponent: computed as floats, as CPython does. */
    public static double intPowNegative(BigInteger n, BigInteger e) {
        double x = IntConvert.toDouble(n);
        double y = IntConvert.toDouble(e);
        return pow(x, y);
    }
}
