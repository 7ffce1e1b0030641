package org.hotpy.core.modules.math;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.function.BinaryOperator;
import org.hotpy.core.errors.Errors;

/**
 * The float functions of Python's {@code math} module with CPython 3.11's results and errors:
 * ValueError("math domain error") where C99 signals invalid or divide-by-zero, and
 * OverflowError("math range error") on overflow. Arguments are already converted to Java
 * numbers by the caller (a Python float or an object with {@code __float__} becomes a
 * {@code double}; an int that does not fit a double raises "int too large to convert to float"
 * in the caller, except for the logarithms, which take a {@link BigInteger}). The integer
 * functions are in {@link IntegerMath}.
 */
public final class MathFunctions {
    private MathFunctions() {}

    public static final double PI = Math.PI;
    public static final double E = Math.E;
    public static final double TAU = 2.0 * Math.PI;
    public static final double INF = Double.POSITIVE_INFINITY;
    public static final double NAN = Double.NaN;

    private static final double DEGREES_TO_RADIANS = Math.PI / 180.0;
    private static final double RADIANS_TO_DEGREES = 180.0 / Math.PI;

    /** {@code frexp(x)}: x == mantissa * 2**exponent, 0.5 <= |mantissa| < 1 (or both 0). */
    public record Frexp(double mantissa, int exponent) {}

    /** {@code modf(x)}: the fractional and integral parts, both with the sign of x. */
    public record Modf(double fractional, double integral) {}

    // ---- CPython's math_1 and math_2 error rules ----

    /**
     * A NaN from a non-NaN argument is a domain error; an infinity from a finite argument is an
     * overflow for functions that can overflow and a singularity (domain error) otherwise.
     */
    static double checked1(double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw Errors.valueError("math domain error");
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? Errors.overflowError("math range error")
                    : Errors.valueError("math domain error");
        }
        return r;
    }

    private static double checked2(double x, double y, double r) {
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw Errors.valueError("math domain error");
        }
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw Errors.overflowError("math range error");
        }
        return r;
    }

    // ---- one-argument functions ----

    public static double acos(double x) {
        return checked1(x, Libm.acos(x), false);
    }

    public static double acosh(double x) {
        return checked1(x, Libm.acosh(x), false);
    }

    public static double asin(double x) {
        return checked1(x, Libm.asin(x), false);
    }

    public static double asinh(double x) {
        return checked1(x, Libm.asinh(x), false);
    }

    public static double atan(double x) {
        return checked1(x, Libm.atan(x), false);
    }

    public static double atanh(double x) {
        return checked1(x, Libm.atanh(x), false);
    }

    public static double cbrt(double x) {
        return checked1(x, Libm.cbrt(x), false);
    }

    public static double cos(double x) {
        return checked1(x, Libm.cos(x), false);
    }

    public static double cosh(double x) {
        return checked1(x, Libm.cosh(x), true);
    }

    public static double exp(double x) {
        return checked1(x, Libm.exp(x), true);
    }

    public static double exp2(double x) {
        return checked1(x, Libm.exp2(x), true);
    }

    public static double expm1(double x) {
        return checked1(x, Libm.expm1(x), true);
    }

    public static double fabs(double x) {
        return Math.abs(x);
    }

    public static double log1p(double x) {
        return checked1(x, Libm.log1p(x), false);
    }

    public static double sin(double x) {
        return checked1(x, Libm.sin(x), false);
    }

    public static double sinh(double x) {
        return checked1(x, Libm.sinh(x), true);
    }

    public static double sqrt(double x) {
        return checked1(x, Libm.sqrt(x), false);
    }

    public static double tan(double x) {
        return checked1(x, Libm.tan(x), false);
    }

    public static double tanh(double x) {
        return checked1(x, Libm.tanh(x), false);
    }

    /** erf never fails (CPython calls the C library's erf and only errno could object). */
    public static double erf(double x) {
        return Libm.erf(x);
    }

    /** erfc never fails: its underflow to 0 is not an error. */
    public static double erfc(double x) {
        return Libm.erfc(x);
    }

    public static double gamma(double x) {
        return GammaFunctions.gamma(x);
    }

    public static double lgamma(double x) {
        return GammaFunctions.lgamma(x);
    }

    public static double degrees(double x) {
        return x * RADIANS_TO_DEGREES;
    }

    public static double radians(double x) {
        return x * DEGREES_TO_RADIANS;
    }

    public static boolean isfinite(double x) {
        return Double.isFinite(x);
    }

    public static boolean isinf(double x) {
        return Double.isInfinite(x);
    }

    public static boolean isnan(double x) {
        return Double.isNaN(x);
    }

    // ---- two-argument functions ----

    public static double atan2(double y, double x) {
        return checked2(y, x, atan2Unchecked(y, x));
    }

    /** CPython's m_atan2: the C99 special values, whatever the platform's atan2 does. */
    static double atan2Unchecked(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (Double.isInfinite(y)) {
            if (Double.isInfinite(x)) {
                return Math.copySign(x > 0 ? 0.25 * Math.PI : 0.75 * Math.PI, y);
            }
            return Math.copySign(0.5 * Math.PI, y);
        }
        if (Double.isInfinite(x) || y == 0.0) {
            return Math.copySign(1.0, x) == 1.0 ? Math.copySign(0.0, y) : Math.copySign(Math.PI, y);
        }
        return Libm.atan2(y, x);
    }

    public static double copysign(double x, double y) {
        return Math.copySign(x, y);
    }

    /** C's fmod (Java's {@code %} on doubles is exactly that); fmod(x, +-inf) is x. */
    public static double fmod(double x, double y) {
        if (Double.isInfinite(y) && Double.isFinite(x)) {
            return x;
        }
        double r = x % y;
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw Errors.valueError("math domain error");
        }
        return r;
    }

    /** IEEE 754 remainder: x - n*y for the integer n nearest x/y (even on ties); exact. */
    public static double remainder(double x, double y) {
        return checked2(x, y, remainderUnchecked(x, y));
    }

    private static double remainderUnchecked(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            if (y == 0.0) {
                return Double.NaN;
            }
            double absx = Math.abs(x);
            double absy = Math.abs(y);
            double m = absx % absy;
            // Compare m with absy - m rather than with absy/2, which may not be representable.
            double c = absy - m;
            double r;
            if (m < c) {
                r = m;
            } else if (m > c) {
                r = -c;
            } else { // halfway: choose the even multiple
                r = m - 2.0 * ((0.5 * (absx - m)) % absy);
            }
            return Math.copySign(1.0, x) * r;
        }
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return y;
        }
        return Double.isInfinite(x) ? Double.NaN : x;
    }

    /**
     * {@code math.pow}: C99 special values, but ValueError for 0**negative and for a negative
     * base with a non-integer exponent, OverflowError when a finite result overflows.
     */
    public static double pow(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            // CPython's own special values (a NaN argument comes back as it is)
            if (Double.isNaN(x)) {
                return y == 0.0 ? 1.0 : x;
            }
            if (Double.isNaN(y)) {
                return x == 1.0 ? 1.0 : y;
            }
            return Libm.pow(x, y);
        }
        double r = Libm.pow(x, y);
        if (Double.isNaN(r)) {
            throw Errors.valueError("math domain error");
        }
        if (Double.isInfinite(r)) {
            throw x == 0.0 ? Errors.valueError("math domain error")
                    : Errors.overflowError("math range error");
        }
        return r;
    }

    public static double nextafter(double x, double y) {
        return Math.nextAfter(x, y);
    }

    /** The value of the least significant bit of x; for the largest float, its lower gap. */
    public static double ulp(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        x = Math.abs(x);
        if (Double.isInfinite(x)) {
            return x;
        }
        double up = Math.nextUp(x);
        return Double.isInfinite(up) ? x - Math.nextDown(x) : up - x;
    }

    /** {@code isclose(a, b, rel_tol=..., abs_tol=...)}, the symmetric "weak" test. */
    public static boolean isclose(double a, double b, double relTol, double absTol) {
        if (relTol < 0.0 || absTol < 0.0) {
            throw Errors.valueError("tolerances must be non-negative");
        }
        if (a == b) {
            return true; // also two infinities of the same sign
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        double diff = Math.abs(b - a);
        return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
    }

    /** {@code isclose(a, b)} with the default tolerances (rel_tol=1e-09, abs_tol=0.0). */
    public static boolean isclose(double a, double b) {
        return isclose(a, b, 1e-09, 0.0);
    }

    // ---- float to int ----

    /** {@code floor(x)} of a float: a {@code Long}, or a {@code BigInteger} beyond long. */
    public static Number floor(double x) {
        return toInteger(Math.floor(x));
    }

    public static Number ceil(double x) {
        return toInteger(Math.ceil(x));
    }

    /** {@code trunc(x)} of a float, i.e. {@code float.__trunc__}. */
    public static Number trunc(double x) {
        return toInteger(x < 0 ? Math.ceil(x) : Math.floor(x));
    }

    /** An integral double as a Python int, exactly, with float-to-int's errors. */
    static Number toInteger(double integral) {
        if (Double.isNaN(integral)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(integral)) {
            throw Errors.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(integral) < 0x1p63) {
            return (long) integral;
        }
        return IntegerMath.normalize(new BigDecimal(integral).toBigIntegerExact());
    }

    // ---- representation ----

    public static Frexp frexp(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) {
            return new Frexp(x, 0);
        }
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) { // subnormal
            e = Math.getExponent(x * 0x1p54) - 54;
        }
        return new Frexp(Math.scalb(x, -(e + 1)), e + 1);
    }

    /** {@code ldexp(x, i)} for an int i; CPython clamps a huge i to the C long range. */
    public static double ldexp(double x, long i) {
        if (x == 0.0 || !Double.isFinite(x)) {
            return x;
        }
        if (i > Integer.MAX_VALUE) {
            throw Errors.overflowError("math range error");
        }
        if (i < Integer.MIN_VALUE) {
            return Math.copySign(0.0, x);
        }
        double r = Math.scalb(x, (int) i);
        if (Double.isInfinite(r)) {
            throw Errors.overflowError("math range error");
        }
        return r;
    }

    public static double ldexp(double x, BigInteger i) {
        return ldexp(x, i.bitLength() < 64 ? i.longValue() : i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE);
    }

    public static Modf modf(double x) {
        if (Double.isInfinite(x)) {
            return new Modf(Math.copySign(0.0, x), x);
        }
        if (Double.isNaN(x)) {
            return new Modf(x, x);
        }
        double integral = x < 0 ? Math.ceil(x) : Math.floor(x);
        return new Modf(Math.copySign(x - integral, x), integral);
    }

    // ---- logarithms: an int argument may be too large for a double ----

    public static double log(double x) {
        return checked1(x, Libm.log(x), false);
    }

    public static double log(BigInteger x) {
        return Logarithms.ofInt(x, Logarithms.Base.E);
    }

    /** {@code log(x, base)} with each of x and base an int or a float (see {@link #log(Number)}). */
    public static double log(Number x, Number base) {
        double num = log(x);
        double den = log(base);
        if (den == 0.0) {
            throw Errors.zeroDivisionError("float division by zero");
        }
        return num / den;
    }

    /**
     * {@code log(x)} where x is a Python int ({@code Integer}, {@code Long} or
     * {@code BigInteger}) or float ({@code Double}); ints take the int path, exact beyond the
     * double range.
     */
    public static double log(Number x) {
        return Logarithms.of(x, Logarithms.Base.E);
    }

    public static double log2(double x) {
        return checked1(x, Libm.log2(x), false);
    }

    public static double log2(Number x) {
        return Logarithms.of(x, Logarithms.Base.TWO);
    }

    public static double log10(double x) {
        return checked1(x, Libm.log10(x), false);
    }

    public static double log10(Number x) {
        return Logarithms.of(x, Logarithms.Base.TEN);
    }

    // ---- sums, norms and products ----

    /** {@code fsum} of already converted floats; see {@link FloatSum} for streaming use. */
    public static double fsum(double... values) {
        FloatSum sum = new FloatSum();
        for (double v : values) {
            sum.add(v);
        }
        return sum.result();
    }

    /** {@code hypot(*coordinates)}: the Euclidean norm, by CPython 3.11's algorithm. */
    public static double hypot(double... coordinates) {
        return VectorNorm.hypot(coordinates);
    }

    /** {@code dist(p, q)} of two points given as coordinate arrays. */
    public static double dist(double[] p, double[] q) {
        return VectorNorm.dist(p, q);
    }

    /**
     * {@code prod(iterable, start=start)}: the left-to-right product, exact for ints. Items and
     * {@code start} that are {@code Long}, {@code Integer} or {@code BigInteger} (exact ints) and
     * {@code Double} (exact floats) are multiplied here with Python's semantics; any other
     * operand pair is handed to {@code multiply} (the interpreter's {@code *}).
     */
    public static Object prod(Iterator<?> items, Object start, BinaryOperator<Object> multiply) {
        return Product.prod(items, start, multiply);
    }
}
