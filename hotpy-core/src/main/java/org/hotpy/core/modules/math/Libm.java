package org.hotpy.core.modules.math;

/**
 * The C library functions CPython's math, cmath and float code call, with C99 Annex F special
 * values, computed to agree with glibc 2.36 (CPython on Linux) as closely as we can:
 * <ul>
 *   <li>log: glibc's own algorithm and rounding, bit for bit ({@link GlibcLog});
 *   <li>exp, exp2, log2, pow: correctly rounded ({@link ExpLog}), like glibc's own within
 *       its rare misroundings;
 *   <li>expm1, log1p, sinh, cosh, tanh, asinh, acosh, atanh, log10, cbrt, erf, erfc: glibc's
 *       algorithms ({@link Fdlibm}, {@link ErrorFunction}) over our exp and log;
 *   <li>sin, cos: glibc's own algorithm and rounding, bit for bit ({@link SinCos});
 *   <li>tan, asin, acos, atan, atan2, hypot: correctly rounded ({@link Trig}), like glibc's
 *       within its rare misroundings;
 *   <li>sqrt: IEEE, exact.
 * </ul>
 * Nothing here raises: errors are the callers' business, as errno is CPython's.
 */
final class Libm {
    private Libm() {}

    static double exp(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        return x == Double.NEGATIVE_INFINITY ? 0.0 : ExpLog.exp(x);
    }

    static double exp2(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        return x == Double.NEGATIVE_INFINITY ? 0.0 : ExpLog.exp2(x);
    }

    static double expm1(double x) {
        return Fdlibm.expm1(x);
    }

    static double log(double x) {
        if (x > 0.0 && x < Double.POSITIVE_INFINITY) {
            return GlibcLog.log(x);
        }
        return logSpecial(x);
    }

    static double log2(double x) {
        if (x > 0.0 && x < Double.POSITIVE_INFINITY) {
            return ExpLog.log2(x);
        }
        return logSpecial(x);
    }

    /** log of zero, negative, infinite or NaN arguments. */
    private static double logSpecial(double x) {
        if (x == 0.0) {
            return Double.NEGATIVE_INFINITY;
        }
        return Double.isNaN(x) || x > 0.0 ? x : Double.NaN;
    }

    static double log10(double x) {
        return Fdlibm.log10(x);
    }

    static double log1p(double x) {
        return Fdlibm.log1p(x);
    }

    static double sqrt(double x) {
        return Math.sqrt(x);
    }

    static double cbrt(double x) {
        return Fdlibm.cbrt(x);
    }

    static double sin(double x) {
        return SinCos.sin(x);
    }

    static double cos(double x) {
        return SinCos.cos(x);
    }

    static double tan(double x) {
        return Trig.tan(x);
    }

    static double asin(double x) {
        return Trig.asin(x);
    }

    static double acos(double x) {
        return Trig.acos(x);
    }

    static double atan(double x) {
        return Trig.atan(x);
    }

    static double atan2(double y, double x) {
        return Trig.atan2(y, x);
    }

    static double hypot(double x, double y) {
        return Trig.hypot(x, y);
    }

    static double sinh(double x) {
        return Fdlibm.sinh(x);
    }

    static double cosh(double x) {
        return Fdlibm.cosh(x);
    }

    static double tanh(double x) {
        return Fdlibm.tanh(x);
    }

    static double asinh(double x) {
        return Fdlibm.asinh(x);
    }

    static double acosh(double x) {
        return Fdlibm.acosh(x);
    }

    static double atanh(double x) {
        return Fdlibm.atanh(x);
    }

    static double erf(double x) {
        return ErrorFunction.erf(x);
    }

    static double erfc(double x) {
        return ErrorFunction.erfc(x);
    }

    /** C99 pow, special values included (F.9.4.4). */
    static double pow(double x, double y) {
        if (y == 0.0 || x == 1.0) {
            return 1.0;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (Double.isInfinite(y)) {
            double ax = Math.abs(x);
            if (ax == 1.0) {
                return 1.0;
            }
            return (ax > 1.0) == (y > 0.0) ? Double.POSITIVE_INFINITY : 0.0;
        }
        boolean oddInteger = isOddInteger(y);
        if (x == 0.0 || Double.isInfinite(x)) {
            // x = +-0 behaves as 1/(+-inf) would: pow(0, y) = 1 / pow(inf, y), signs kept.
            boolean big = (x != 0.0) == (y > 0.0);
            double magnitude = big ? Double.POSITIVE_INFINITY : 0.0;
            return oddInteger ? Math.copySign(magnitude, x) : magnitude;
        }
        if (x < 0.0) {
            if (y != Math.rint(y)) {
                return Double.NaN;
            }
            double r = ExpLog.powPositive(-x, y);
            return oddInteger ? -r : r;
        }
        return ExpLog.powPositive(x, y);
    }

    static boolean isOddInteger(double y) {
        return Math.abs(y) < 0x1p53 && y == Math.rint(y) && ((long) y & 1) != 0;
    }
}
