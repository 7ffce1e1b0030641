package org.hotpy.core.modules.math;

import static org.hotpy.core.modules.math.LogTables.INVC;
import static org.hotpy.core.modules.math.LogTables.LN2_HI;
import static org.hotpy.core.modules.math.LogTables.LN2_LO;
import static org.hotpy.core.modules.math.LogTables.LOGC;

/**
 * ln x computed step for step as glibc 2.36 computes it on x86-64 with FMA (its
 * {@code __log_fma}, Arm's optimized-routines algorithm), so that math.log agrees with CPython
 * on Linux bit for bit. glibc's log is not correctly rounded (errors up to 0.52 ulp): a
 * correctly rounded one differs for about 1 argument in 1,200.
 *
 * <p>The method: x = 2^k z with z in [0x1.6p-1, 0x1.6p0), and for the subinterval of z a c
 * with 1/c and log c tabulated ({@link LogTables}); then ln x = k ln 2 + log c + log1p(r),
 * r = z/c - 1 (one FMA), |r| < 1/256, log1p by a degree-6 polynomial. Near 1 (x - 1 in
 * [-1/16, 0x1.09p-4)) a degree-12 polynomial in x - 1 is used instead, its leading terms in
 * extra precision. Every {@code Math.fma} is where GCC contracted glibc's expressions.
 */
final class GlibcLog {
    private GlibcLog() {}

    // glibc's polynomial coefficients (minimax fits, near (-1)^(n+1)/n): every bit of them
    // shows in the results, so they are glibc's values, not ours to recompute.
    private static final double A0 = -0x1.0000000000001p-1;
    private static final double A1 = 0x1.555555551305bp-2;
    private static final double A2 = -0x1.fffffffeb459p-3;
    private static final double A3 = 0x1.999b324f10111p-3;
    private static final double A4 = -0x1.55575e506c89fp-3;
    private static final double B0 = -0x1p-1;
    private static final double B1 = 0x1.5555555555577p-2;
    private static final double B2 = -0x1.ffffffffffdcbp-3;
    private static final double B3 = 0x1.999999995dd0cp-3;
    private static final double B4 = -0x1.55555556745a7p-3;
    private static final double B5 = 0x1.24924a344de3p-3;
    private static final double B6 = -0x1.fffffa4423d65p-4;
    private static final double B7 = 0x1.c7184282ad6cap-4;
    private static final double B8 = -0x1.999eb43b068ffp-4;
    private static final double B9 = 0x1.78182f7afd085p-4;
    private static final double B10 = -0x1.5521375d145cdp-4;

    /** Bits of 1 - 2^-4 and the width of [1 - 2^-4, 1 + 0x1.09p-4) in bit patterns. */
    private static final long NEAR_ONE_LO = 0x3fee000000000000L;
    private static final long NEAR_ONE_SPAN = 0x3ff1090000000000L - NEAR_ONE_LO;
    private static final long MIN_NORMAL_BITS = 0x0010000000000000L;
    /** Bits of 0x1.6p-1: z's range starts there. */
    private static final long OFF = 0x3fe6000000000000L;

    /** ln x for finite x > 0 (subnormals included); the caller handles the rest. */
    static double log(double x) {
        long ix = Double.doubleToRawLongBits(x);
        if (Long.compareUnsigned(ix - NEAR_ONE_LO, NEAR_ONE_SPAN) < 0) {
            return nearOne(x);
        }
        if (ix < MIN_NORMAL_BITS) {
            ix = Double.doubleToRawLongBits(x * 0x1p52) - (52L << 52);
        }
        long tmp = ix - OFF;
        int i = (int) ((tmp >>> 45) & 127);
        double kd = (double) (tmp >> 52);
        double z = Double.longBitsToDouble(ix - (tmp & (0xfffL << 52)));
        double r = Math.fma(z, INVC[i], -1.0);
        // hi + lo = k ln2 + log c + r; k LN2_HI + log c is exact
        double w = Math.fma(kd, LN2_HI, LOGC[i]);
        double hi = w + r;
        double lo = Math.fma(kd, LN2_LO, (w - hi) + r);
        double r2 = r * r;
        double p = Math.fma(Math.fma(r, A4, A3), r2, Math.fma(r, A2, A1));
        return Math.fma(r * r2, p, Math.fma(r2, A0, lo)) + hi;
    }

    /** ln x for x - 1 in [-1/16, 0x1.09p-4): r - r^2/2 (in extra precision) + r^3 P(r). */
    private static double nearOne(double x) {
        if (x == 1.0) {
            return 0.0;
        }
        double r = x - 1.0;
        double r2 = r * r;
        double r3 = r * r2;
        double q1 = Math.fma(r2, B3, Math.fma(r, B2, B1));
        double q2 = Math.fma(r2, B6, Math.fma(r, B5, B4));
        double q3 = Math.fma(r3, B10, Math.fma(r2, B9, Math.fma(r, B8, B7)));
        double poly = Math.fma(Math.fma(q3, r3, q2), r3, q1);
        // r = rhi + rlo with rhi of 26 bits, so that rhi^2 is exact
        double rhi = Math.fma(-0x1p27, r, Math.fma(r, 0x1p27, r));
        double rlo = r - rhi;
        double rr = rhi * rhi;
        double hi = Math.fma(rr, B0, r);
        double lo = Math.fma(rr, B0, r - hi);
        lo = Math.fma(B0 * rlo, rhi + r, lo);
        return hi + Math.fma(poly, r3, lo);
    }
}
