package org.hotpy.core.modules.math;

import org.hotpy.core.errors.Errors;

/**
 * {@code math.gamma} and {@code math.lgamma} by CPython's own method (Modules/mathmodule.c,
 * which does not use the C library's tgamma/lgamma): the Lanczos approximation with N = 13 and
 * g = 6.024680040776729583740234375 in rational form, a correction for the rounding of
 * x + g - 0.5, and the reflection formula for negative x. The arithmetic is done in CPython's
 * order with the same libm calls, so the results agree bit for bit wherever our exp, pow, log,
 * sin and cos agree with glibc's.
 */
final class GammaFunctions {
    private GammaFunctions() {}

    private static final double PI = Math.PI;
    private static final double LOG_PI = 1.144729885849400174143427351353058711647;
    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] LANCZOS_NUM = {23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408};
    /** The denominator x (x+1) ... (x+11) expanded. */
    private static final double[] LANCZOS_DEN = {0.0, 39916800.0, 120543840.0, 150917976.0,
        105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};
    /** gamma(n) = (n-1)! for n = 1..23, exactly representable. */
    private static final double[] GAMMA_INTEGRAL = {1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0,
        5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0, 6227020800.0,
        87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0,
        6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
        51090942171709440000.0, 1124000727777607680000.0};

    /** The Lanczos sum for x > 0, as a rational function in x (or in 1/x for x >= 5). */
    private static double lanczosSum(double x) {
        double num = 0.0;
        double den = 0.0;
        int n = LANCZOS_NUM.length;
        if (x < 5.0) {
            for (int i = n - 1; i >= 0; i--) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < n; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    /** sin(pi x) for finite x, exact at integers and accurate near them. */
    static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.round(2.0 * y);
        double r = switch (n) {
            case 0 -> Libm.sin(PI * y);
            case 1 -> Libm.cos(PI * (y - 0.5));
            case 2 -> Libm.sin(PI * (1.0 - y)); // not -sin(pi (y-1)): that gives -0.0 at y = 1
            case 3 -> -Libm.cos(PI * (y - 1.5));
            default -> Libm.sin(PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }

    static double gamma(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x) || x > 0.0) {
                return x;
            }
            throw Errors.valueError("math domain error"); // gamma(-inf) is invalid
        }
        if (x == 0.0) {
            throw Errors.valueError("math domain error"); // a pole
        }
        if (x == Math.floor(x)) {
            if (x < 0.0) {
                throw Errors.valueError("math domain error"); // poles at negative integers
            }
            if (x <= GAMMA_INTEGRAL.length) {
                return GAMMA_INTEGRAL[(int) x - 1];
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) { // gamma(x) ~ 1/x
            return checkRange(1.0 / x);
        }
        if (absx > 200.0) { // overflows for x > 200, underflows to +-0 for x < -200
            if (x < 0.0) {
                return 0.0 / sinpi(x);
            }
            throw Errors.overflowError("math range error");
        }
        return checkRange(lanczosGamma(x, absx));
    }

    private static double lanczosGamma(double x, double absx) {
        double y = absx + LANCZOS_G_MINUS_HALF;
        double z; // the rounding error of y, times g/y (CPython's correction)
        if (absx > LANCZOS_G_MINUS_HALF) {
            double q = y - absx;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            double q = y - LANCZOS_G_MINUS_HALF;
            z = q - absx;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -PI / sinpi(absx) / absx * Libm.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= Libm.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Libm.pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / Libm.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= Libm.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Libm.pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        return r;
    }

    static double lgamma(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) {
                throw Errors.valueError("math domain error"); // poles at 0, -1, -2, ...
            }
            return 0.0; // lgamma(1) = lgamma(2) = 0
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return -Libm.log(absx);
        }
        double r = Libm.log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (Libm.log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) { // reflection
            r = LOG_PI - Libm.log(Math.abs(sinpi(absx))) - Libm.log(absx) - r;
        }
        return checkRange(r);
    }

    private static double checkRange(double r) {
        if (Double.isInfinite(r)) {
            throw Errors.overflowError("math range error");
        }
        return r;
    }
}
