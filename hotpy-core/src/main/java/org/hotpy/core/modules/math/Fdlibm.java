package org.hotpy.core.modules.math;

/**
 * The libm functions glibc 2.36 computes with Sun's fdlibm algorithms (as modified in glibc,
 * e.g. the regrouped polynomials of expm1 and log1p), re-expressed in Java with the same
 * constants and the same order of floating-point operations, so that the results are the
 * glibc ones bit for bit. Where fdlibm calls {@code exp} or {@code log}, glibc's versions are
 * (almost always) correctly rounded, and so are ours ({@link ExpLog}); that is where
 * {@code StrictMath}, which calls fdlibm's own exp and log, differs from CPython.
 *
 * <p>glibc selects builds of expm1 and log1p compiled for FMA on CPUs that have it (every
 * x86-64 since 2013, all of AArch64), and GCC then fuses each {@code a*b + c} whose product
 * is used only in additions. Those fusions are written out here as {@link Math#fma}, which is
 * exact on every JVM (and fast where the hardware has FMA).
 *
 * <p>Arguments are any doubles; these functions do their own special cases.
 */
final class Fdlibm {
    private Fdlibm() {}

    private static final double LN2_HI = 6.93147180369123816490e-01; // 0x3fe62e42 fee00000
    private static final double LN2_LO = 1.90821492927058770002e-10; // 0x3dea39ef 35793c76
    private static final double LN2 = 6.93147180559945286227e-01;
    private static final double INV_LN2 = 1.44269504088896338700e+00;
    private static final double TWO54 = 1.80143985094819840000e+16;

    static int high(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    static int low(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    static double withHigh(double x, int high) {
        long bits = Double.doubleToRawLongBits(x);
        return Double.longBitsToDouble(((long) high << 32) | (bits & 0xffffffffL));
    }

    // ---- expm1 ----

    private static final double[] EXPM1_Q = {1.0, -3.33333333333331316428e-02,
        1.58730158725481460165e-03, -7.93650757867487942473e-05, 4.00821782732936239552e-06,
        -2.01099218183624371326e-07};

    /** e^x - 1, accurate for small x. */
    static double expm1(double x) {
        int hx = high(x);
        boolean negative = hx < 0;
        hx &= 0x7fffffff;
        if (hx >= 0x4043687A) { // |x| >= 56 ln2
            if (hx >= 0x7ff00000) {
                return Double.isNaN(x) ? x : negative ? -1.0 : x;
            }
            if (x > 7.09782712893383973096e+02) {
                return Double.POSITIVE_INFINITY;
            }
            if (negative) {
                return -1.0;
            }
        }
        double c = 0.0;
        int k;
        if (hx > 0x3fd62e42) { // |x| > ln2/2: reduce x = k ln2 + (hi - lo)
            double hi;
            double lo;
            if (hx < 0x3FF0A2B2) {
                k = negative ? -1 : 1;
                hi = negative ? x + LN2_HI : x - LN2_HI;
                lo = negative ? -LN2_LO : LN2_LO;
            } else {
                k = (int) Math.fma(INV_LN2, x, negative ? -0.5 : 0.5);
                double t = k;
                hi = Math.fma(-t, LN2_HI, x);
                lo = t * LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (hx < 0x3c900000) { // |x| < 2^-54
            return x;
        } else {
            k = 0;
        }
        return expm1Reduced(x, c, k);
    }

    private static double expm1Reduced(double x, double c, int k) {
        double[] q = EXPM1_Q;
        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1 = Math.fma(hxs, q[1], q[0]);
        double h2 = hxs * hxs;
        double r2 = Math.fma(hxs, q[3], q[2]);
        double h4 = h2 * h2;
        double r3 = Math.fma(hxs, q[5], q[4]);
        double rr = Math.fma(h4, r3, Math.fma(h2, r2, r1));
        double t = Math.fma(-rr, hfx, 3.0);
        double e = hxs * ((rr - t) / Math.fma(-x, t, 6.0));
        if (k == 0) {
            return x - Math.fma(x, e, -hxs);
        }
        e = Math.fma(x, e - c, -c);
        e -= hxs;
        if (k == -1) {
            return Math.fma(0.5, x - e, -0.5);
        }
        if (k == 1) {
            return x < -0.25 ? -2.0 * (e - (x + 0.5)) : Math.fma(2.0, x - e, 1.0);
        }
        if (k <= -2 || k > 56) {
            double y = 1.0 - (e - x);
            y = k == 1024 ? y * 2.0 * 0x1p1023 : withHigh(y, high(y) + (k << 20));
            return y - 1.0;
        }
        double y;
        if (k < 20) {
            double t2 = withHigh(1.0, 0x3ff00000 - (0x200000 >> k)); // 1 - 2^-k
            y = t2 - (e - x);
        } else {
            double t2 = withHigh(1.0, (0x3ff - k) << 20); // 2^-k
            y = x - (e + t2);
            y += 1.0;
        }
        return withHigh(y, high(y) + (k << 20));
    }

    // ---- log1p ----

    private static final double[] LP = {0.0, 6.666666666666735130e-01, 3.999999999940941908e-01,
        2.857142874366239149e-01, 2.222219843214978396e-01, 1.818357216161805012e-01,
        1.531383769920937332e-01, 1.479819860511658591e-01};

    /** ln(1 + x), accurate for small x. */
    static double log1p(double x) {
        int hx = high(x);
        int ax = hx & 0x7fffffff;
        int k = 1;
        double f = 0;
        int hu = 0;
        if (hx < 0x3FDA827A) { // x < 0.41422
            if (ax >= 0x3ff00000) { // x <= -1
                return x == -1.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
            }
            if (ax < 0x3e200000) { // |x| < 2^-29
                return ax < 0x3c900000 ? x : Math.fma(-(x * x), 0.5, x);
            }
            if (hx > 0 || hx <= 0xbfd2bec3) { // -0.2929 < x < 0.41422: f = x exactly
                k = 0;
                f = x;
                hu = 1;
            }
        } else if (hx >= 0x7ff00000) {
            return x + x;
        }
        double c = 0;
        if (k != 0) {
            double u;
            if (hx < 0x43400000) {
                u = 1.0 + x;
                hu = high(u);
                k = (hu >> 20) - 1023;
                c = (k > 0) ? 1.0 - (u - x) : x - (u - 1.0); // the rounding error of 1 + x
                c /= u;
            } else {
                u = x;
                hu = high(u);
                k = (hu >> 20) - 1023;
                c = 0;
            }
            hu &= 0x000fffff;
            if (hu < 0x6a09e) {
                u = withHigh(u, hu | 0x3ff00000); // u in [1, sqrt 2)
            } else {
                k += 1;
                u = withHigh(u, hu | 0x3fe00000); // u/2 in [sqrt(2)/2, 1)
                hu = (0x00100000 - hu) >> 2;
            }
            f = u - 1.0;
        }
        return log1pReduced(f, c, k, hu);
    }

    private static double log1pReduced(double f, double c, int k, int hu) {
        double hfsq = 0.5 * f * f;
        if (hu == 0) { // |f| < 2^-20
            if (f == 0.0) {
                if (k == 0) {
                    return 0.0;
                }
                c = Math.fma(k, LN2_LO, c);
                return Math.fma(k, LN2_HI, c);
            }
            // r's product is used in other basic blocks, where GCC does not fuse it.
            double r = hfsq * Math.fma(-0.66666666666666666, f, 1.0);
            return k == 0 ? f - r : Math.fma(k, LN2_HI, -((r - Math.fma(k, LN2_LO, c)) - f));
        }
        double s = f / (2.0 + f);
        double z = s * s;
        double z2 = z * z;
        double r2 = Math.fma(z, LP[3], LP[2]);
        double z4 = z2 * z2;
        double r3 = Math.fma(z, LP[5], LP[4]);
        double z6 = z4 * z2;
        double r4 = Math.fma(z, LP[7], LP[6]);
        double r = Math.fma(z6, r4, Math.fma(z4, r3, Math.fma(z, LP[1], z2 * r2)));
        double sr = s * (hfsq + r); // shared by both branches: not fused
        if (k == 0) {
            return f - (hfsq - sr);
        }
        return Math.fma(k, LN2_HI, -((hfsq - (sr + Math.fma(k, LN2_LO, c))) - f));
    }

    // ---- hyperbolic functions and their inverses ----

    static double sinh(double x) {
        int jx = high(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return x + x;
        }
        double h = jx < 0 ? -0.5 : 0.5;
        if (ix < 0x40360000) { // |x| < 22
            if (ix < 0x3e300000) { // |x| < 2^-28
                return x;
            }
            double t = expm1(Math.abs(x));
            if (ix < 0x3ff00000) {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (ix < 0x40862e42) { // |x| < log(DBL_MAX)
            return h * Libm.exp(Math.abs(x));
        }
        if (Math.abs(x) <= 0x1.633ce8fb9f87dp+9) { // the overflow threshold
            double w = Libm.exp(0.5 * Math.abs(x));
            double t = h * w;
            return t * w;
        }
        return x * 1.0e307;
    }

    static double cosh(double x) {
        int ix = high(x) & 0x7fffffff;
        if (ix < 0x40360000) { // |x| < 22
            if (ix < 0x3fd62e43) { // |x| < ln2/2: 1 + expm1(|x|)^2 / (2 e^|x|)
                double t = expm1(Math.abs(x));
                double w = 1.0 + t;
                if (ix < 0x3c800000) {
                    return w;
                }
                return 1.0 + (t * t) / (w + w);
            }
            double t = Libm.exp(Math.abs(x));
            return 0.5 * t + 0.5 / t;
        }
        if (ix < 0x40862e42) {
            return 0.5 * Libm.exp(Math.abs(x));
        }
        if (Math.abs(x) <= 0x1.633ce8fb9f87dp+9) {
            double w = Libm.exp(0.5 * Math.abs(x));
            double t = 0.5 * w;
            return t * w;
        }
        return ix >= 0x7ff00000 ? x * x : Double.POSITIVE_INFINITY;
    }

    static double tanh(double x) {
        int jx = high(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0;
        }
        double z;
        if (ix < 0x40360000) { // |x| < 22
            if (x == 0) {
                return x;
            }
            if (ix < 0x3c800000) { // |x| < 2^-55
                return x * (1.0 + x);
            }
            if (ix >= 0x3ff00000) { // |x| >= 1
                double t = expm1(2.0 * Math.abs(x));
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = expm1(-2.0 * Math.abs(x));
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0;
        }
        return jx >= 0 ? z : -z;
    }

    static double asinh(double x) {
        int ix = high(x) & 0x7fffffff;
        if (ix < 0x3e300000) { // |x| < 2^-28
            return x;
        }
        double w;
        if (ix > 0x41b00000) { // |x| > 2^28
            if (ix >= 0x7ff00000) {
                return x + x;
            }
            w = Libm.log(Math.abs(x)) + LN2;
        } else {
            double xa = Math.abs(x);
            if (ix > 0x40000000) { // 2 < |x| <= 2^28
                w = Libm.log(2.0 * xa + 1.0 / (Math.sqrt(xa * xa + 1.0) + xa));
            } else {
                double t = xa * xa;
                w = log1p(xa + t / (1.0 + Math.sqrt(1.0 + t)));
            }
        }
        return Math.copySign(w, x);
    }

    static double acosh(double x) {
        int hx = high(x);
        if (hx < 0x3ff00000) { // x < 1 (also negative x and -0)
            return Double.NaN;
        }
        if (hx >= 0x41b00000) { // x > 2^28
            return hx >= 0x7ff00000 ? x + x : Libm.log(x) + LN2;
        }
        if (x == 1.0) {
            return 0.0;
        }
        if (hx > 0x40000000) { // 2 < x <= 2^28
            double t = x * x;
            return Libm.log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
        }
        double t = x - 1.0;
        return log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    static double atanh(double x) {
        double xa = Math.abs(x);
        double t;
        if (xa < 0.5) {
            if (xa < 0x1.0p-28) {
                return x;
            }
            t = xa + xa;
            t = 0.5 * log1p(t + t * xa / (1.0 - xa));
        } else if (xa < 1.0) {
            t = 0.5 * log1p((xa + xa) / (1.0 - xa));
        } else if (xa > 1.0 || Double.isNaN(xa)) {
            return Double.NaN;
        } else {
            return x / 0.0;
        }
        return Math.copySign(t, x);
    }

    // ---- log10 and cbrt ----

    /** log10 as glibc computes it: from a correctly rounded natural log of the mantissa. */
    static double log10(double x) {
        int hx = high(x);
        int k = 0;
        if (hx < 0x00100000) { // x < 2^-1022
            if (x == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (hx < 0) {
                return Double.NaN;
            }
            k -= 54;
            x *= TWO54;
            hx = high(x);
        }
        if (hx >= 0x7ff00000) {
            return x + x;
        }
        k += (hx >> 20) - 1023;
        int i = (k & 0x80000000) >>> 31;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        x = withHigh(x, hx);
        double z = y * 3.69423907715893078616e-13 + 4.34294481903251816668e-01 * Libm.log(x);
        return z + y * 3.01029995663611771306e-01;
    }

    private static final double CBRT2 = 1.2599210498948731648;
    private static final double SQR_CBRT2 = 1.5874010519681994748;
    private static final double[] CBRT_FACTOR = {1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2};

    /** Cube root by glibc's method: a polynomial first guess refined by one Halley step. */
    static double cbrt(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return x + x;
        }
        double ax = Math.abs(x);
        int xe = Math.getExponent(ax) + 1; // frexp's exponent: ax = xm * 2^xe, xm in [0.5, 1)
        if (xe == Double.MIN_EXPONENT) { // subnormal
            xe = Math.getExponent(ax * 0x1p54) + 1 - 54;
        }
        double xm = Math.scalb(ax, -xe);
        double u = (0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287
                + ((2.44693122563534430 + ((-1.83469277483613086 + (0.784932344976639262
                - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm));
        double t2 = u * u * u;
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + xe % 3];
        return Math.scalb(x > 0.0 ? ym : -ym, xe / 3);
    }
}
