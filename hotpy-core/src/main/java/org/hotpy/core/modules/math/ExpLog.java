package org.hotpy.core.modules.math;

import static org.hotpy.core.modules.math.ExpLogTables.EXP2_FRACTIONS;
import static org.hotpy.core.modules.math.ExpLogTables.INV_LN2_HI;
import static org.hotpy.core.modules.math.ExpLogTables.INV_LN2_LO;
import static org.hotpy.core.modules.math.ExpLogTables.INV_STEP;
import static org.hotpy.core.modules.math.ExpLogTables.LN2_HI;
import static org.hotpy.core.modules.math.ExpLogTables.LN2_LO;
import static org.hotpy.core.modules.math.ExpLogTables.LN2_LO2;
import static org.hotpy.core.modules.math.ExpLogTables.LOG_RECIPROCALS;
import static org.hotpy.core.modules.math.ExpLogTables.STEP1;
import static org.hotpy.core.modules.math.ExpLogTables.STEP2;
import static org.hotpy.core.modules.math.ExpLogTables.STEP3;
import static org.hotpy.core.modules.math.ErrorFree.prodErr;
import static org.hotpy.core.modules.math.ErrorFree.sumErr;

/**
 * exp, exp2, log2 and pow computed in double-double arithmetic to about 2^-75 relative error
 * and then rounded once, so the results are the correctly rounded ones except in cases rarer
 * than one in 10^4. glibc's implementations of these four (the ones CPython calls on Linux) are
 * within 0.52 ulp and correctly rounded almost always, so this is how we agree with them bit
 * for bit; {@code StrictMath} (fdlibm) differs from them in 3-10% of arguments. (ln itself is
 * {@link GlibcLog}'s, which copies glibc's rounding; logDD here serves pow and others.)
 *
 * <p>Callers handle NaN, infinities and the other special arguments; the methods here expect
 * finite arguments in the function's domain.
 */
final class ExpLog {
    private ExpLog() {}

    /** Beyond these, exp overflows to infinity or underflows to zero. */
    private static final double EXP_OVERFLOW = 709.79;
    private static final double EXP_UNDERFLOW = -745.14;

    // ---- exp ----

    /** e^x for finite x. */
    static double exp(double x) {
        if (x > EXP_OVERFLOW) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < EXP_UNDERFLOW) {
            return 0.0;
        }
        return expOf(x, 0.0);
    }

    /** 2^x for finite x. */
    static double exp2(double x) {
        if (x >= 1024.0) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < -1080.0) {
            return 0.0;
        }
        double n = Math.rint(x);
        double f = x - n; // exact, |f| <= 1/2
        // 2^f = e^(f ln 2) with f*ln2 as a double-double.
        double hi = f * LN2_HI;
        double lo = prodErr(f, LN2_HI, hi) + f * LN2_LO;
        double rhi = hi + lo;
        double rlo = lo - (rhi - hi);
        return scaleN(expOfSmallK(rhi, rlo), (int) n);
    }

    /** Multiplies a value of exp's dd form by 2^n, rounding once; see {@link #expOf}. */
    private static double scaleN(double[] v, int n) {
        return scaleRounded(v[0], v[1], (int) v[2] + n);
    }

    /** e^(xhi + xlo) for |xhi| within exp's range and |xlo| <= ulp(xhi). */
    static double expOf(double xhi, double xlo) {
        double[] v = expOfSmallK(xhi, xlo);
        return scaleRounded(v[0], v[1], (int) v[2]);
    }

    /**
     * e^(xhi + xlo) as {hi, lo, e} with value (hi + lo) * 2^e, hi + lo in [0.99, 2.01).
     * Reduction: x = k ln2/128 + r with |r| <= ln2/256, so e^x = 2^(k/128) e^r; 2^(j/128)
     * comes from the table and e^r from its Taylor series, the first two terms in dd.
     */
    private static double[] expOfSmallK(double xhi, double xlo) {
        double kd = Math.rint(xhi * INV_STEP);
        int k = (int) kd;
        double r0 = xhi - kd * STEP1; // exact: k*STEP1 is exact and close to xhi (Sterbenz)
        double t = kd * STEP2; // exact: STEP2 has 35 bits and |k| < 2^18
        double rhi = r0 - t;
        double rlo = sumErr(r0, -t, rhi) + (xlo - kd * STEP3);
        double r = rhi + rlo;
        double rl = rlo - (r - rhi);
        // e^r - 1 = r + r^2/2 + r^3 (1/6 + r/24 + ...), |r| < 2^-8.5
        double r2 = r * r;
        double r2l = prodErr(r, r, r2) + 2.0 * r * rl;
        double tail = r2 * r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120 + r * (1.0 / 720
                + r * (1.0 / 5040 + r * (1.0 / 40320))))));
        double half = 0.5 * r2;
        double p = r + half;
        double pl = sumErr(r, half, p) + rl + 0.5 * r2l + tail;
        double phi = p + pl;
        double plo = pl - (phi - p);
        // 2^(j/128) * (1 + p)
        int j = k & 127;
        double th = EXP2_FRACTIONS[2 * j];
        double tl = EXP2_FRACTIONS[2 * j + 1];
        double q = th * phi;
        double s = th + q;
        double lo = (q - (s - th)) + prodErr(th, phi, q) + th * plo + tl + tl * phi;
        double hi = s + lo;
        return new double[] {hi, lo - (hi - s), k >> 7};
    }

    /**
     * (hi + lo) * 2^e rounded once to a double, also when the result is subnormal (where
     * rounding hi + lo first and scaling after would round twice).
     */
    static double scaleRounded(double hi, double lo, int e) {
        double a = Math.scalb(hi, e);
        if (Math.abs(a) >= Double.MIN_NORMAL || Double.isInfinite(a)) {
            return Math.scalb(hi + lo, e); // scaling a normal result is exact
        }
        // a is hi rounded once to the subnormal grid, whose step is u in hi's scale. Only when
        // hi lies exactly halfway can lo (smaller than hi's ulp) change the rounding.
        double u = Math.scalb(Double.MIN_VALUE, -e);
        double d = hi - Math.scalb(a, -e); // exact
        if (Math.abs(d) == 0.5 * u && lo != 0 && (lo > 0) == (d > 0)) {
            return d > 0 ? a + Double.MIN_VALUE : a - Double.MIN_VALUE;
        }
        return a;
    }

    // ---- log ----

    /** log2 x for finite x > 0: e + ln(m) / ln 2. */
    static double log2(double x) {
        double[] v = logParts(x);
        double ph = v[1] * INV_LN2_HI;
        double pl = prodErr(v[1], INV_LN2_HI, ph) + v[1] * INV_LN2_LO + v[2] * INV_LN2_HI;
        double s = v[0] + ph;
        return s + (sumErr(v[0], ph, s) + pl);
    }

    /** ln x as a double-double {hi, lo} for finite x > 0, accurate to about 2^-80. */
    static double[] logDD(double x) {
        double[] v = logParts(x);
        double e = v[0];
        double a = e * LN2_HI;
        double s = a + v[1];
        double lo = sumErr(a, v[1], s) + v[2] + e * LN2_LO + e * LN2_LO2;
        double hi = s + lo;
        return new double[] {hi, lo - (hi - s)};
    }

    /**
     * Splits ln x = e ln2 + (hi + lo): x = 2^e m with m in [1, 2); with c from the table,
     * ln m = -ln c + log1p(r), r = m c - 1 exact and |r| < 2^-7.
     */
    private static double[] logParts(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int e = 0;
        if (bits < 0x0010000000000000L) { // subnormal: scale into the normal range
            bits = Double.doubleToRawLongBits(x * 0x1p54);
            e = -54;
        }
        e += (int) (bits >>> 52) - 1023;
        int i = (int) (bits >>> 45) & 127;
        if (i == 127) {
            e++; // c = 1/2 for m just below 2: ln m = ln 2 + log1p(m/2 - 1)
        }
        double m = Double.longBitsToDouble((bits & 0x000fffffffffffffL) | 0x3ff0000000000000L);
        double c = LOG_RECIPROCALS[3 * i];
        double p = m * c;
        double perr = prodErr(m, c, p);
        double r0 = p - 1.0; // exact: p is within 2^-7 of 1
        double r = r0 + perr;
        double rl = perr - (r - r0);
        return log1pTerms(e, LOG_RECIPROCALS[3 * i + 1], LOG_RECIPROCALS[3 * i + 2], r, rl);
    }

    /** {e, hi, lo} with hi + lo = (lhi + llo) + log1p(r + rl), |r| < 2^-7. */
    private static double[] log1pTerms(int e, double lhi, double llo, double r, double rl) {
        // log1p(r) = r - r^2/2 + r^3/3 - r^4 (1/4 - r/5 + ...): the first three in dd.
        double r2 = r * r;
        double r2l = prodErr(r, r, r2) + 2.0 * r * rl;
        double r3 = r2 * r;
        double r3l = prodErr(r2, r, r3) + r2 * rl + r2l * r;
        double third = r3 / 3.0;
        double thirdL = ((r3 - 3.0 * third) - prodErr(3.0, third, 3.0 * third) + r3l) / 3.0;
        double tail = r2 * r2 * (-0.25 + r * (0.2 + r * (-1.0 / 6 + r * (1.0 / 7 + r * (-0.125
                + r * (1.0 / 9 + r * (-0.1 + r * (1.0 / 11 + r * (-1.0 / 12)))))))));
        double s = lhi + r;
        double lo = sumErr(lhi, r, s);
        double t = s - 0.5 * r2;
        lo += sumErr(s, -0.5 * r2, t);
        double u = t + third;
        lo += sumErr(t, third, u);
        lo += llo + rl - 0.5 * r2l + thirdL + tail;
        double hi = u + lo;
        return new double[] {e, hi, lo - (hi - u)};
    }

    // ---- pow ----

    /** x^y for finite x > 0 and finite y with y != 0 and x != 1. */
    static double powPositive(double x, double y) {
        int k = Math.getExponent(x);
        if (k > Double.MIN_EXPONENT - 1 && x == Math.scalb(1.0, k)) {
            // x = 2^k: an integral k*y makes the result an exact power of two, which may
            // round (half to even) to the subnormals; the approximation cannot tell a tie.
            double n = k * y;
            if (n == Math.rint(n)) {
                return n > 1100 ? Double.POSITIVE_INFINITY : n < -1100 ? 0.0 : Math.scalb(1.0, (int) n);
            }
        }
        double[] l = logDD(x);
        double zhi = y * l[0];
        if (zhi > EXP_OVERFLOW) {
            return Double.POSITIVE_INFINITY;
        }
        if (zhi < EXP_UNDERFLOW) {
            return 0.0;
        }
        double zlo = prodErr(y, l[0], zhi) + y * l[1];
        return expOf(zhi, zlo);
    }
}
