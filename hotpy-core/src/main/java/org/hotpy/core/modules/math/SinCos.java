package org.hotpy.core.modules.math;

import static org.hotpy.core.modules.math.SinCosTables.HP0;
import static org.hotpy.core.modules.math.SinCosTables.HP1;
import static org.hotpy.core.modules.math.SinCosTables.HPINV;
import static org.hotpy.core.modules.math.SinCosTables.MP1;
import static org.hotpy.core.modules.math.SinCosTables.MP2;
import static org.hotpy.core.modules.math.SinCosTables.MP2_SHORT;
import static org.hotpy.core.modules.math.SinCosTables.PP3;
import static org.hotpy.core.modules.math.SinCosTables.PP4;
import static org.hotpy.core.modules.math.SinCosTables.SIN_COS_128;
import static org.hotpy.core.modules.math.SinCosTables.TWO_OVER_PI_24;

/**
 * sin and cos computed step for step as glibc 2.36 computes them on x86-64 with FMA (the
 * {@code __sin_fma}/{@code __cos_fma} variants of IBM's Accurate Mathematical Library), so that
 * the results agree with CPython on Linux bit for bit. glibc's results are not correctly
 * rounded (errors up to about 0.55 ulp, no slow path since 2.28), so a correctly rounded
 * sin/cos differs from them for about 1 argument in 800.
 *
 * <p>The method: reduce x to a + da with |a + da| <= pi/4 and a quadrant n (no reduction
 * below 0.855469, one subtraction from pi/2 up to 2.426265, a four-part pi/2 up to 105414350,
 * and 2/pi in base-2^24 digits beyond); then sin(a + da) = sin(u + t) with u the nearest
 * multiple of 1/128, from a table of sin u and cos u in double-double and short polynomials in
 * t, or for |a| < 0.126 a degree-11 odd polynomial. Every {@code Math.fma} below is where GCC
 * contracted a product and a sum in glibc's FMA build; the order of operations matters for
 * every bit.
 */
final class SinCos {
    private SinCos() {}

    /** 1.5 * 2^45: adding it rounds |x| < 2^44 to a multiple of 1/128 (low word = x*128). */
    private static final double BIG = 0x1.8p45;
    /** 1.5 * 2^52: adding it rounds to an integer (low word = that integer). */
    private static final double TO_INT = 0x1.8p52;
    /** 1.5 * 2^54: adding it rounds to a multiple of 4. */
    private static final double TO_INT_4 = 0x1.8p54;
    /** 2^27 + 1: Veltkamp's constant, splitting a double into two 26-bit halves. */
    private static final double SPLIT = 0x1.0000002p27;
    /** Below this |a| the polynomial alone is used instead of the table. */
    private static final double SMALL = 0.126;

    // glibc's polynomial coefficients (near 1/3!, 1/5!, ...; fitted, not Taylor): the results
    // depend on every bit of them, so they are glibc's values, not ours to recompute.
    private static final double S1 = -0x1.5555555555555p-3;
    private static final double S2 = 0x1.1111111110ecep-7;
    private static final double S3 = -0x1.a01a019db08b8p-13;
    private static final double S4 = 0x1.71de27b9a7ed9p-19;
    private static final double S5 = -0x1.addffc2fcdf59p-26;
    private static final double SN3 = -0x1.5555555555515p-3;
    private static final double SN5 = 0x1.11110e829872fp-7;
    private static final double CS2 = 0x1.0p-1;
    private static final double CS4 = -0x1.5555555555535p-5;
    private static final double CS6 = 0x1.6c16bedd9e239p-10;

    /** |x| thresholds as glibc compares them (on the high word of x). */
    private static final double TINY_SIN = 0x1p-26;
    private static final double TINY_COS = 0x1p-27;
    private static final double NEAR = 0x1.b6p-1; // 0.855469
    private static final double MIDDLE = 0x1.368fdp+1; // 2.426265
    private static final double LARGE = 0x1.921fbp+26; // 105414350

    static double sin(double x) {
        double ax = Math.abs(x);
        if (ax < TINY_SIN) {
            return x;
        }
        if (ax < NEAR) {
            return doSin(x, 0.0);
        }
        if (ax < MIDDLE) {
            return Math.copySign(doCos(HP0 - ax, HP1), x);
        }
        return reduced(x, 0);
    }

    static double cos(double x) {
        double ax = Math.abs(x);
        if (ax < TINY_COS) {
            return 1.0;
        }
        if (ax < NEAR) {
            return doCos(x, 0.0);
        }
        if (ax < MIDDLE) {
            double y = HP0 - ax;
            double a = y + HP1;
            return doSin(a, (y - a) + HP1);
        }
        return reduced(x, 1); // cos x = sin(x + pi/2)
    }

    /**
     * sin(x + shift pi/2) for |x| >= 2.426265 (or NaN/infinite): x = n pi/2 + a + da, then the
     * sine or cosine of a + da by the parity of n + shift, negated in quadrants 2 and 3.
     */
    private static double reduced(double x, int shift) {
        double ax = Math.abs(x);
        if (!(ax < LARGE)) {
            return reducedHuge(x, shift);
        }
        double t = Math.fma(x, HPINV, TO_INT);
        double xn = t - TO_INT;
        int n = (int) Double.doubleToRawLongBits(t);
        double y = Math.fma(-xn, MP2, Math.fma(-xn, MP1, x));
        double t2 = Math.fma(-xn, PP3, y);
        double db = Math.fma(-xn, PP3, y - t2);
        double b = Math.fma(-xn, PP4, t2);
        db += Math.fma(-xn, PP4, t2 - b);
        return quadrant(b, db, n + shift);
    }

    /**
     * |x| >= 105414350: glibc's reduction by 2/pi in base-2^24 digits. x (scaled by 2^-600) is
     * split into two 26-bit halves; each times the few digits of 2/pi that matter gives an
     * integer part (mod 4) and a double-double fraction; their sum, times pi/2 in double-double,
     * is a + da. It is not always accurate to the last bit of a (a few ulps off where x is
     * nearly a multiple of pi/2), which is why it is copied and not replaced by an exact one.
     */
    private static double reducedHuge(double x, int shift) {
        if (!Double.isFinite(x)) {
            return Double.NaN;
        }
        double xs = x * 0x1p-600;
        double t = xs * SPLIT;
        double x1 = t - (t - xs);
        double[] p1 = new double[3];
        double[] p2 = new double[3];
        timesTwoOverPi(x1, p1);
        timesTwoOverPi(xs - x1, p2);
        double sum = p1[0] + p2[0];
        double b = p1[1] + p2[1];
        double bb = Math.abs(p1[1]) > Math.abs(p2[1]) ? (p1[1] - b) + p2[1] : (p2[1] - b) + p1[1];
        if (b > 0.5) {
            b -= 1.0;
            sum += 1.0;
        } else if (b < -0.5) {
            b += 1.0;
            sum -= 1.0;
        }
        double s = b + (bb + p1[2] + p2[2]);
        t = ((b - s) + bb) + (p1[2] + p2[2]);
        // (s + t) * pi/2, with s split into 26-bit halves so that s * MP1 is exact
        double sp = s * SPLIT;
        double s1 = sp - (sp - s);
        double s2 = s - s1;
        double h = s * HP0;
        double l = (((s1 * MP1 - h) + s1 * MP2_SHORT) + s2 * MP1)
                + (s2 * MP2_SHORT + s * HP1 + t * HP0);
        double a = h + l;
        return quadrant(a, (h - a) + l, ((int) sum & 3) + shift);
    }

    /**
     * v * 2/pi for one half v of the scaled argument, from the six base-2^24 digits of 2/pi
     * whose products with v have weights between 2^-1 and about 2^-130 in the result; out gets
     * {integer part mod 4, fraction hi, fraction lo}, the fraction in [-1, 1].
     */
    private static void timesTwoOverPi(double v, double[] out) {
        int e = (int) (Double.doubleToRawLongBits(v) >>> 52) & 0x7ff;
        int k = Math.max((e - 450) / 24, 0);
        double scale = Math.scalb(1.0, 576 - 24 * k);
        double[] r = new double[6];
        for (int i = 0; i < 6; i++) {
            r[i] = v * TWO_OVER_PI_24[k + i] * scale;
            scale *= 0x1p-24;
        }
        double sum = 0.0;
        for (int i = 0; i < 3; i++) {
            double whole = (r[i] + TO_INT) - TO_INT;
            sum += whole;
            r[i] -= whole;
        }
        double t = 0.0;
        for (int i = 5; i >= 0; i--) {
            t += r[i];
        }
        double bb = (((((r[0] - t) + r[1]) + r[2]) + r[3]) + r[4]) + r[5];
        double whole = (t + TO_INT) - TO_INT;
        sum += whole;
        t -= whole;
        double b = t + bb;
        out[2] = (t - b) + bb;
        out[1] = b;
        out[0] = sum - ((sum + TO_INT_4) - TO_INT_4);
    }

    private static double quadrant(double a, double da, int n) {
        double v = (n & 1) == 0 ? doSin(a, da) : doCos(a, da);
        return (n & 2) == 0 ? v : -v;
    }

    /** sin(x + dx), |x + dx| <= about pi/4, |dx| tiny relative to x. */
    private static double doSin(double x, double dx) {
        double ax = Math.abs(x);
        if (ax < SMALL) {
            return taylorSin(x, dx);
        }
        if (x <= 0) {
            dx = -dx;
        }
        double u = BIG + ax;
        int k = 4 * (int) Double.doubleToRawLongBits(u);
        double r = ax - (u - BIG);
        double rr = r * r;
        double s = r + Math.fma(r * rr, Math.fma(rr, SN5, SN3), dx);
        double c = Math.fma(r, dx, rr * Math.fma(rr, Math.fma(rr, CS6, CS4), CS2));
        double sn = SIN_COS_128[k];
        double ssn = SIN_COS_128[k + 1];
        double cs = SIN_COS_128[k + 2];
        double ccs = SIN_COS_128[k + 3];
        // sin(u + r) = sin u + (sin u lo + s cos u lo - c sin u + s cos u),
        // s ~ sin r, c ~ 1 - cos r
        double cor = Math.fma(s, cs, Math.fma(-c, sn, Math.fma(s, ccs, ssn)));
        return Math.copySign(sn + cor, x);
    }

    /** cos(x + dx), |x + dx| <= about pi/4. */
    private static double doCos(double x, double dx) {
        if (x < 0) {
            dx = -dx;
        }
        double ax = Math.abs(x);
        double u = BIG + ax;
        int k = 4 * (int) Double.doubleToRawLongBits(u);
        double r = ax - (u - BIG) + dx;
        double rr = r * r;
        double s = Math.fma(r * rr, Math.fma(rr, SN5, SN3), r);
        double c = rr * Math.fma(rr, Math.fma(rr, CS6, CS4), CS2);
        double sn = SIN_COS_128[k];
        double ssn = SIN_COS_128[k + 1];
        double cs = SIN_COS_128[k + 2];
        double ccs = SIN_COS_128[k + 3];
        // cos(u + r) = cos u + (cos u lo - s sin u lo - c cos u - s sin u)
        double cor = Math.fma(-s, sn, Math.fma(-c, cs, Math.fma(-s, ssn, ccs)));
        return cs + cor;
    }

    /** sin(a + da) for |a| < 0.126: a + a^3 P(a^2) + (1 - a^2/2) da. */
    private static double taylorSin(double a, double da) {
        double xx = a * a;
        double p = Math.fma(xx, Math.fma(xx, Math.fma(xx, Math.fma(xx, S5, S4), S3), S2), S1);
        double t = Math.fma(xx, Math.fma(p, a, -(0.5 * da)), da);
        return a + t;
    }
}
