package org.hotpy.core.types.number;

/**
 * Shortest decimal that rounds back to a given finite, non-zero double: our own implementation
 * of Raffaello Giulietti's "Schubfach" algorithm (2020). It gives the digits CPython's
 * {@code repr} takes from dtoa mode 0: the fewest significant digits that read back as the same
 * double, and among those the one nearest the exact binary value (ties to an even last digit).
 *
 * <p>The value {@code c * 2^q} and the ends of its rounding interval are scaled by a 126-bit
 * upper approximation of {@code 10^-k}, with {@code k} chosen so that the interval is less than
 * ten units of {@code 10^k} wide: at most one multiple of ten and at most two consecutive
 * integers can be candidates, so no loop over digits is needed.
 */
final class Schubfach {
    private Schubfach() {}

    private static final int Q_MIN = -1074;
    private static final long C_MIN = 1L << 52;
    /** Below this significand the scaled comparison lacks precision; the two cases are known. */
    private static final long C_TINY = 3;
    private static final int K_MIN = SchubfachTable.K_MIN;
    private static final long MASK_63 = (1L << 63) - 1;

    /**
     * Writes into {@code out} the shortest significand (no trailing zeros) and its power of ten,
     * for a finite positive (or negative: the sign is ignored) non-zero {@code v}.
     */
    static void shortest(double v, long[] out) {
        long bits = Double.doubleToRawLongBits(v);
        long t = bits & (C_MIN - 1);
        int bq = (int) (bits >>> 52) & 0x7ff;
        if (bq != 0) {
            int q = bq - 1075;
            long c = C_MIN | t;
            if (q < 0 && q > -53) {
                long f = c >> -q;
                if (f << -q == c) {        // an integer below 2^53: its digits are exact
                    store(out, f, 0);
                    return;
                }
            }
            toDecimal(q, c, out);
        } else if (t >= C_TINY) {
            toDecimal(Q_MIN, t, out);
        } else {                   // too few bits for the scaled comparison: 5e-324 and 1e-323
            out[0] = t == 1 ? 5 : 1;
            out[1] = t == 1 ? -324 : -323;
        }
    }

    private static void store(long[] out, long f, int e) {
        while (f % 10 == 0) {
            f /= 10;
            e++;
        }
        out[0] = f;
        out[1] = e;
    }

    private static void toDecimal(int q, long c, long[] out) {
        int odd = (int) c & 1;
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (c != C_MIN || q == Q_MIN) {
            cbl = cb - 2;
            k = flog10pow2(q);
        } else {                     // a power of two: the interval below is half as wide
            cbl = cb - 1;
            k = flog10threeQuartersPow2(q);
        }
        int h = q + flog2pow10(-k) + 2;
        long g1 = SchubfachTable.G[2 * (k - K_MIN)];
        long g0 = SchubfachTable.G[2 * (k - K_MIN) + 1];
        long vb = roundToOdd(g1, g0, cb << h);
        long vbl = roundToOdd(g1, g0, cbl << h);
        long vbr = roundToOdd(g1, g0, cbr << h);
        long s = vb >> 2;
        if (s >= 10) {               // (a one-digit s has no shorter candidate)
            long sp10 = 10 * (s / 10);
            long tp10 = sp10 + 10;
            boolean upin = vbl + odd <= sp10 << 2;
            boolean wpin = (tp10 << 2) + odd <= vbr;
            if (upin != wpin) {      // one digit shorter than s is inside the interval
                store(out, upin ? sp10 : tp10, k);
                return;
            }
        }
        long tt = s + 1;
        boolean uin = vbl + odd <= s << 2;
        boolean win = (tt << 2) + odd <= vbr;
        if (uin != win) {
            store(out, uin ? s : tt, k);
            return;
        }
        long cmp = vb - ((s + tt) << 1);   // compare 4v with four times the midpoint of s and t
        store(out, cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : tt, k);
    }

    /** {@code g * cp / 2^127} rounded to odd, with g = g1 * 2^63 + g0 (both 63-bit). */
    private static long roundToOdd(long g1, long g0, long cp) {
        long x1 = Math.multiplyHigh(g0, cp);
        long y0 = g1 * cp;
        long y1 = Math.multiplyHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long vbp = y1 + (z >>> 63);
        return vbp | ((z & MASK_63) + MASK_63) >>> 63;
    }

    /** floor(q * log10(2)) for |q| within the double exponent range. */
    static int flog10pow2(int q) {
        return (int) (q * 661_971_961_083L >> 41);
    }

    /** floor(log10(3/4 * 2^q)). */
    static int flog10threeQuartersPow2(int q) {
        return (int) (q * 661_971_961_083L - 274_743_187_321L >> 41);
    }

    /** floor(e * log2(10)). */
    static int flog2pow10(int e) {
        return (int) (e * 913_124_641_741L >> 38);
    }
}
