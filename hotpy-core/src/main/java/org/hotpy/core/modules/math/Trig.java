package org.hotpy.core.modules.math;

import static org.hotpy.core.modules.math.ErrorFree.prodErr;
import static org.hotpy.core.modules.math.ErrorFree.sumErr;
import static org.hotpy.core.modules.math.TrigTables.ATAN;
import static org.hotpy.core.modules.math.TrigTables.PIO2_1;
import static org.hotpy.core.modules.math.TrigTables.PIO2_2;
import static org.hotpy.core.modules.math.TrigTables.PIO2_3;
import static org.hotpy.core.modules.math.TrigTables.PIO2_4;
import static org.hotpy.core.modules.math.TrigTables.PI_2_HI;
import static org.hotpy.core.modules.math.TrigTables.PI_2_LO;
import static org.hotpy.core.modules.math.TrigTables.PI_HI;
import static org.hotpy.core.modules.math.TrigTables.PI_LO;
import static org.hotpy.core.modules.math.TrigTables.SIN_COS;
import static org.hotpy.core.modules.math.TrigTables.TWO_OVER_PI;

import java.math.BigInteger;

/**
 * tan, atan, atan2, asin, acos and hypot evaluated in double-double arithmetic to about 2^-70
 * relative error and rounded once: the correctly rounded results except in rare cases.
 * glibc's versions (IBM's Accurate Mathematical Library for the trigonometric ones, Borges'
 * algorithm for hypot) are correctly rounded almost always, so this is how we agree with
 * CPython on Linux; fdlibm's (StrictMath) differ from them for 3-17% of arguments. sin and
 * cos are not here: glibc's are not correctly rounded, and {@link SinCos} copies them.
 *
 * <p>All methods take any double and return the C99 special values. Double-double values
 * travel as two-element arrays {hi, lo} with |lo| <= ulp(hi)/2.
 */
final class Trig {
    private Trig() {}

    private static final BigInteger TWO_OVER_PI_BITS = new BigInteger(TrigTables.TWO_OVER_PI_BITS, 16);
    private static final BigInteger FRACTION_MASK = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);
    private static final BigInteger LOW75_MASK = BigInteger.ONE.shiftLeft(75).subtract(BigInteger.ONE);

    // ---- tan and the reduction modulo pi/2 ----

    static double tan(double x) {
        if (!Double.isFinite(x)) {
            return Double.NaN;
        }
        if (Math.abs(x) < 0x1p-27) {
            return x;
        }
        double[] r = new double[2];
        int k = reduce(x, r);
        double[] s = sinCos(r[0], r[1]);
        // tan = sin/cos, or -cos/sin in odd quadrants
        return (k & 1) == 0 ? divide(s[0], s[1], s[2], s[3]) : -divide(s[2], s[3], s[0], s[1]);
    }

    /**
     * x = k pi/2 + r with |r| <= pi/4 (a little more for huge x); r goes to out as a
     * double-double and k mod 4 is returned.
     */
    static int reduce(double x, double[] out) {
        double ax = Math.abs(x);
        if (ax <= 0.785398163397448) {
            out[0] = x;
            out[1] = 0.0;
            return 0;
        }
        if (ax < 0x1p20) {
            // Cody-Waite: k * PIO2_i is exact for the 33-bit parts and |k| < 2^20.
            double kd = Math.rint(x * TWO_OVER_PI);
            double t = x - kd * PIO2_1; // exact (Sterbenz)
            double p2 = kd * PIO2_2;
            double s1 = t - p2;
            double lo = sumErr(t, -p2, s1);
            double p3 = kd * PIO2_3;
            double s2 = s1 - p3;
            lo += sumErr(s1, -p3, s2) - kd * PIO2_4;
            double hi = s2 + lo;
            out[0] = hi;
            out[1] = lo - (hi - s2);
            return (int) ((long) kd & 3);
        }
        return reduceHuge(x, out);
    }

    /**
     * Payne-Hanek reduction: with x = m 2^e exactly, x * 2/pi modulo 4 is read off the
     * product of m with the bits of 2/pi, keeping 128 bits of the fraction.
     */
    private static int reduceHuge(double x, double[] out) {
        long bits = Double.doubleToRawLongBits(Math.abs(x));
        long m = (bits & 0x000fffffffffffffL) | 0x0010000000000000L;
        int e = (int) (bits >>> 52) - 1075; // |x| = m * 2^e, e >= 20 - 52
        BigInteger product = TWO_OVER_PI_BITS.multiply(BigInteger.valueOf(m));
        int point = TrigTables.TWO_OVER_PI_SCALE - e; // bits below the binary point
        int k = product.shiftRight(point).intValue() & 3;
        BigInteger fraction = product.shiftRight(point - 128).and(FRACTION_MASK);
        double fh = fraction.shiftRight(75).doubleValue() * 0x1p-53; // the top 53 bits, exact
        double fl = fraction.and(LOW75_MASK).doubleValue() * 0x1p-128;
        if (fh >= 0.5) { // take the nearer quadrant: f - 1 in [-0.5, 0)
            k = (k + 1) & 3;
            fh -= 1.0;
        }
        double f = fh + fl;
        double flo = fl - (f - fh);
        // r = f * pi/2
        double rh = f * PI_2_HI;
        double rl = prodErr(f, PI_2_HI, rh) + f * PI_2_LO + flo * PI_2_HI;
        double hi = rh + rl;
        out[0] = x < 0 ? -hi : hi;
        out[1] = x < 0 ? -(rl - (hi - rh)) : rl - (hi - rh);
        return x < 0 ? (4 - k) & 3 : k;
    }

    /**
     * {sin hi, sin lo, cos hi, cos lo} of r = rh + rl, |r| <= about pi/4: with a = j/64 the
     * nearest table point and t = r - a (|t| <= 1/128), sin r = sin a cos t + cos a sin t and
     * cos r = cos a cos t - sin a sin t, the series of sin t and cos t - 1 short.
     */
    static double[] sinCos(double rh, double rl) {
        int j = (int) Math.rint(Math.abs(rh) * 64.0);
        double a = Math.copySign(j / 64.0, rh);
        double th = rh - a; // exact (Sterbenz, or a = 0)
        double t = th + rl;
        double tl = rl - (t - th);
        double t2 = t * t;
        // sin t = t + t^3 (-1/6 + t^2/120 - ...), cos t - 1 = -t^2/2 + t^4 (1/24 - t^2/720 + ...)
        double st3 = t * t2 * (-1.0 / 6 + t2 * (1.0 / 120 + t2 * (-1.0 / 5040 + t2 * (1.0 / 362880))));
        double t2l = prodErr(t, t, t2) + 2.0 * t * tl;
        double cm = -0.5 * t2;
        double cml = -0.5 * t2l + t2 * t2 * (1.0 / 24 + t2 * (-1.0 / 720 + t2 * (1.0 / 40320)));
        double sh = SIN_COS[4 * j];
        double sl = SIN_COS[4 * j + 1];
        double ch = SIN_COS[4 * j + 2];
        double cl = SIN_COS[4 * j + 3];
        if (rh < 0) {
            sh = -sh;
            sl = -sl;
        }
        // sin r = sin a + (sin a)(cos t - 1) + (cos a)(sin t)
        double[] sin = combine(sh, sl, sh, cm, cml, ch, cl, t, tl, st3);
        // cos r = cos a + (cos a)(cos t - 1) - (sin a)(sin t)
        double[] cos = combine(ch, cl, ch, cm, cml, -sh, -sl, t, tl, st3);
        return new double[] {sin[0], sin[1], cos[0], cos[1]};
    }

    /**
     * base + u (vh + vl) + (wh + wl)(zh + zl + z3) as a double-double, base = (bh, bl); every
     * term that can exceed 2^-60 of the result is added exactly (TwoSum).
     */
    private static double[] combine(double bh, double bl, double u, double vh, double vl,
            double wh, double wl, double zh, double zl, double z3) {
        double p = u * vh;
        double pl = prodErr(u, vh, p) + u * vl;
        double q = wh * zh;
        double ql = prodErr(wh, zh, q) + wh * zl + wl * zh + wl * z3;
        double q3 = wh * z3;
        double s = bh + q;
        double lo = sumErr(bh, q, s);
        double s2 = s + p;
        lo += sumErr(s, p, s2);
        double s3 = s2 + q3;
        lo += sumErr(s2, q3, s3) + bl + pl + ql + prodErr(wh, z3, q3);
        double hi = s3 + lo;
        return new double[] {hi, lo - (hi - s3)};
    }

    /** (ah + al) / (bh + bl) rounded once. */
    private static double divide(double ah, double al, double bh, double bl) {
        double q = ah / bh;
        double p = q * bh;
        double r = ((ah - p) - prodErr(q, bh, p) + al - q * bl) / bh;
        return q + r;
    }

    // ---- atan, atan2, asin, acos ----

    static double atan(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Math.abs(x) < 0x1p-27) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Math.copySign(PI_2_HI, x);
        }
        double[] a = atanDD(Math.abs(x), 0.0);
        return Math.copySign(a[0] + a[1], x);
    }

    /** atan of h + l for h >= 0 finite, as a double-double. */
    private static double[] atanDD(double h, double l) {
        if (h <= 1.0) {
            return atanSmall(h, l);
        }
        // atan x = pi/2 - atan(1/x); beyond 2^60 the rounding error of 1/x no longer matters
        // (and the exact product below would overflow its splitting for x near DBL_MAX).
        double u = 1.0 / h;
        double ul = h > 0x1p60 ? 0.0 : ((1.0 - u * h) - prodErr(u, h, u * h) - u * l) / h;
        double[] a = atanSmall(u, ul);
        double s = PI_2_HI - a[0];
        double lo = sumErr(PI_2_HI, -a[0], s) + PI_2_LO - a[1];
        double hi = s + lo;
        return new double[] {hi, lo - (hi - s)};
    }

    /**
     * atan of h + l in [0, 1]: with c = j/64 the nearest table point,
     * atan x = atan c + atan((x - c) / (1 + x c)), the second by its series.
     */
    private static double[] atanSmall(double h, double l) {
        int j = (int) Math.rint(h * 64.0);
        double c = j / 64.0;
        double nh = h - c; // exact (Sterbenz, or c = 0)
        double n = nh + l;
        double nl = l - (n - nh);
        double dh = h * c; // the denominator 1 + x c, as a double-double
        double dl = prodErr(h, c, dh) + l * c;
        double d = 1.0 + dh;
        dl += sumErr(1.0, dh, d);
        double t = n / d;
        double tl = ((n - t * d) - prodErr(t, d, t * d) + nl - t * dl) / d;
        // atan t = t - t^3/3 + t^5 (1/5 - t^2/7 + ...), |t| <= 2^-7; t^3/3 in double-double
        double t2 = t * t;
        double t3 = t2 * t;
        double t3l = prodErr(t2, t, t3) + prodErr(t, t, t2) * t + 3.0 * t2 * tl;
        double third = t3 / 3.0;
        double thirdL = ((t3 - 3.0 * third) - prodErr(3.0, third, 3.0 * third) + t3l) / 3.0;
        double tail = t3 * t2 * (0.2 + t2 * (-1.0 / 7 + t2 * (1.0 / 9 + t2 * (-1.0 / 11 + t2 * (1.0 / 13)))));
        double ah = ATAN[2 * j];
        double s = ah + t;
        double lo = sumErr(ah, t, s);
        double s2 = s - third;
        lo += sumErr(s, -third, s2) + ATAN[2 * j + 1] + tl - thirdL + tail;
        double hi = s2 + lo;
        return new double[] {hi, lo - (hi - s2)};
    }

    /** C99 atan2, special values included. */
    static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (y == 0.0) {
            // atan2(+-0, x) = +-0 for x > 0 or x = +0, +-pi for x < 0 or x = -0
            return Math.copySign(x > 0 || (x == 0 && Math.copySign(1.0, x) > 0) ? 0.0 : PI_HI, y);
        }
        if (Double.isInfinite(y)) {
            if (Double.isInfinite(x)) {
                return Math.copySign(x > 0 ? 0.25 * Math.PI : 0.75 * Math.PI, y);
            }
            return Math.copySign(PI_2_HI, y);
        }
        if (Double.isInfinite(x)) {
            return Math.copySign(x > 0 ? 0.0 : PI_HI, y);
        }
        if (x == 0.0) {
            return Math.copySign(PI_2_HI, y);
        }
        return Math.copySign(atan2Positive(Math.abs(y), x), y);
    }

    /** atan2(y, x) for finite y > 0 and finite non-zero x. */
    private static double atan2Positive(double y, double x) {
        int e = Math.getExponent(y) - Math.getExponent(x);
        double ax = Math.abs(x);
        double[] a;
        if (e > 60) { // atan(y/|x|) = pi/2 - |x|/y
            double q = ax / y;
            double s = PI_2_HI - q;
            a = new double[] {s, sumErr(PI_2_HI, -q, s) + PI_2_LO};
        } else if (e < -60) { // atan(y/|x|) = y/|x|, as far as rounding can tell
            if (x > 0) {
                return y / x;
            }
            a = new double[] {y / ax, 0.0};
        } else {
            // Scale both near 1 (exactly: their exponents differ by at most 60), so that the
            // exact product below cannot overflow.
            int scale = -Math.getExponent(ax);
            double ys = Math.scalb(y, scale);
            double xs = Math.scalb(ax, scale);
            double q = ys / xs;
            double ql = ((ys - q * xs) - prodErr(q, xs, q * xs)) / xs;
            a = atanDD(q, ql);
        }
        if (x > 0) {
            return a[0] + a[1];
        }
        double s = PI_HI - a[0];
        return s + (sumErr(PI_HI, -a[0], s) + PI_LO - a[1]);
    }

    static double asin(double x) {
        double ax = Math.abs(x);
        if (!(ax <= 1.0)) {
            return Double.NaN;
        }
        if (ax < 0x1p-26) {
            return x;
        }
        if (ax == 1.0) {
            return Math.copySign(PI_2_HI, x);
        }
        // asin x = atan(x / sqrt(1 - x^2))
        double[] c = sqrtOneMinusSquare(ax);
        double q = ax / c[0];
        double ql = ((ax - q * c[0]) - prodErr(q, c[0], q * c[0]) - q * c[1]) / c[0];
        double[] a = atanDD(q, ql);
        return Math.copySign(a[0] + a[1], x);
    }

    static double acos(double x) {
        double ax = Math.abs(x);
        if (!(ax <= 1.0)) {
            return Double.NaN;
        }
        if (x == 1.0) {
            return 0.0;
        }
        if (x == -1.0) {
            return PI_HI;
        }
        if (ax < 0x1p-57) {
            return PI_2_HI;
        }
        // acos x = atan(sqrt(1 - x^2) / x) for x > 0, pi - that for x < 0
        double[] c = sqrtOneMinusSquare(ax);
        double q = c[0] / ax;
        double ql = ((c[0] - q * ax) - prodErr(q, ax, q * ax) + c[1]) / ax;
        double[] a = atanDD(q, ql);
        if (x > 0) {
            return a[0] + a[1];
        }
        double s = PI_HI - a[0];
        return s + (sumErr(PI_HI, -a[0], s) + PI_LO - a[1]);
    }

    /** sqrt((1 - x)(1 + x)) for 0 <= x < 1 as a double-double. */
    private static double[] sqrtOneMinusSquare(double x) {
        double a = 1.0 - x;
        double al = sumErr(1.0, -x, a);
        double b = 1.0 + x;
        double bl = sumErr(1.0, x, b);
        double p = a * b;
        double pl = prodErr(a, b, p) + a * bl + al * b;
        return sqrtDD(p, pl);
    }

    /** The square root of h + l > 0 as a double-double, by one Newton correction. */
    static double[] sqrtDD(double h, double l) {
        double r = Math.sqrt(h);
        double rr = r * r;
        double d = ((h - rr) - prodErr(r, r, rr) + l) / (2.0 * r);
        double hi = r + d;
        return new double[] {hi, d - (hi - r)};
    }

    // ---- hypot ----

    /** C99 hypot: an infinity wins over NaN; otherwise sqrt(x^2 + y^2) rounded once. */
    static double hypot(double x, double y) {
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        double a = Math.max(Math.abs(x), Math.abs(y));
        double b = Math.min(Math.abs(x), Math.abs(y));
        if (b == 0.0) {
            return a;
        }
        int scale = 0;
        // Keep a^2 normal; b^2 may underflow only where it is below 2^-122 of a^2.
        if (a > 0x1p500) {
            scale = 600;
        } else if (a < 0x1p-450) {
            scale = -600;
        }
        a = Math.scalb(a, -scale);
        b = Math.scalb(b, -scale);
        double a2 = a * a;
        double b2 = b * b;
        double s = a2 + b2;
        double lo = sumErr(a2, b2, s) + prodErr(a, a, a2) + prodErr(b, b, b2);
        double[] r = sqrtDD(s, lo);
        return ExpLog.scaleRounded(r[0], r[1], scale);
    }
}
