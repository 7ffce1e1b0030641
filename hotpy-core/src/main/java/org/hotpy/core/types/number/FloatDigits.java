package org.hotpy.core.types.number;

import java.math.BigInteger;

/**
 * Correctly rounded decimal digits of a double, as dtoa's modes 2 and 3 give them to CPython's
 * {@code format_float_short}: rounding is to nearest with ties to even, applied to the exact
 * binary value (so {@code format(0.125, '.2f')} is {@code '0.12'} and {@code format(2.675, '.2f')}
 * is {@code '2.67'}). Results carry the digits without trailing zeros and the position of the
 * decimal point: value = 0.d1d2... × 10^decpt; zero is ("0", 1).
 *
 * <p>Ordinary requests (at most 17 significant digits, scaling by at most 10^22) are exact in
 * 128-bit integer arithmetic; the rest use BigInteger on the exact value {@code N / 10^scale}.
 */
final class FloatDigits {
    private FloatDigits() {}

    record Digits(String digits, int decpt) {
        static final Digits ZERO = new Digits("0", 1);

        boolean isZero() {
            return digits.equals("0");
        }
    }

    private static final int FAST_MAX_SCALE = 22;        // 5^22 < 2^52: m * 5^t fits in 128 bits
    private static final long[] POW5 = new long[FAST_MAX_SCALE + 1];
    private static final long[] POW10 = new long[19];

    static {
        POW5[0] = 1;
        for (int i = 1; i < POW5.length; i++) {
            POW5[i] = POW5[i - 1] * 5;
        }
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    /** Shortest round-tripping digits (dtoa mode 0) of a finite non-zero |x|. */
    static Digits shortest(double x) {
        long[] out = new long[2];
        Schubfach.shortest(x, out);
        String d = Long.toString(out[0]);
        return new Digits(d, (int) out[1] + d.length());
    }

    /** |x| rounded to {@code p >= 0} digits after the point (dtoa mode 3). */
    static Digits fixed(double x, int p) {
        x = Math.abs(x);
        if (x == 0) {
            return Digits.ZERO;
        }
        long q = fastScaled(x, p);
        if (q >= 0) {
            return fromLong(q, p);
        }
        return exactFixed(x, p);
    }

    /** |x| rounded to a multiple of {@code 10^-p}, for any p (negative: tens, hundreds...). */
    static Digits fixedAnyScale(double x, int p) {
        return p >= 0 ? fixed(x, p) : x == 0 ? Digits.ZERO : exactFixed(Math.abs(x), p);
    }

    /** |x| rounded to {@code n >= 1} significant digits (dtoa mode 2). */
    static Digits significant(double x, int n) {
        x = Math.abs(x);
        if (x == 0) {
            return Digits.ZERO;
        }
        if (n <= 17) {
            // t = n - decpt, with decpt estimated by log10 and corrected below when one off
            int t = n - (int) Math.floor(Math.log10(x)) - 1;
            for (int tries = 0; tries < 3 && t >= 0 && t <= FAST_MAX_SCALE; tries++) {
                long q = fastScaled(x, t);
                if (q < 0) {
                    break;
                }
                if (q > POW10[n]) {
                    t--;
                } else if (q < POW10[n - 1]) {
                    t++;
                } else {
                    return fromLong(q, t);   // q == 10^n (a carry) gives the same digits at t or t-1
                }
            }
        }
        return exactSignificant(x, n);
    }

    private static Digits fromLong(long q, int p) {
        if (q == 0) {
            return Digits.ZERO;
        }
        int len = FloatRepr.digitCount(q);
        while (q % 10 == 0) {
            q /= 10;
        }
        return new Digits(Long.toString(q), len - p);
    }

    /**
     * round-half-even(|x| * 10^t) when it can be computed exactly in 128 bits and fits below
     * 10^18; -1 otherwise.
     */
    static long fastScaled(double x, int t) {
        if (t < 0 || t > FAST_MAX_SCALE) {
            return -1;
        }
        long bits = Double.doubleToRawLongBits(x);
        int be = (int) (bits >>> 52) & 0x7ff;
        long m = bits & ((1L << 52) - 1);
        int e;
        if (be == 0) {
            e = -1074;
        } else {
            m |= 1L << 52;
            e = be - 1075;
        }
        // |x| * 10^t = m * 5^t * 2^(e + t)
        long f = POW5[t];
        long lo = m * f;
        long hi = Math.multiplyHigh(m, f);
        int sh = -(e + t);
        if (sh <= 0) {
            if (hi != 0 || lo < 0 || sh < -10 || lo >= (POW10[18] >> -sh)) {
                return -1;
            }
            return lo << -sh;
        }
        return shiftRound(hi, lo, sh);
    }

    /** (hi:lo) >> sh rounded half-even, or -1 if the result is 10^18 or more. */
    private static long shiftRound(long hi, long lo, int sh) {
        if (sh >= 128) {
            return 0;    // the product is below 2^106, so less than half a unit
        }
        long q;
        long remHi;
        long remLo;
        long halfHi;
        long halfLo;
        if (sh < 64) {
            if ((hi >>> sh) != 0) {
                return -1;
            }
            q = sh == 0 ? lo : (hi << (64 - sh)) | (lo >>> sh);
            remHi = 0;
            remLo = lo & ((1L << sh) - 1);
            halfHi = 0;
            halfLo = 1L << (sh - 1);
        } else {
            int s2 = sh - 64;
            q = hi >>> s2;
            remHi = s2 == 0 ? 0 : hi & ((1L << s2) - 1);
            remLo = lo;
            halfHi = s2 == 0 ? 0 : 1L << (s2 - 1);
            halfLo = s2 == 0 ? 1L << 63 : 0;
        }
        if (q < 0 || q >= POW10[18]) {
            return -1;
        }
        int cmp = remHi != halfHi ? Long.compareUnsigned(remHi, halfHi) : Long.compareUnsigned(remLo, halfLo);
        if (cmp > 0 || cmp == 0 && (q & 1) != 0) {
            q++;
        }
        return q;
    }

    /** The exact value of finite non-zero |x| as N / 10^scale, N a BigInteger. */
    private static BigInteger[] exact(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int be = (int) (bits >>> 52) & 0x7ff;
        long m = bits & ((1L << 52) - 1);
        int e = be == 0 ? -1074 : be - 1075;
        if (be != 0) {
            m |= 1L << 52;
        }
        int tz = Long.numberOfTrailingZeros(m);
        m >>= tz;
        e += tz;
        if (e >= 0) {
            return new BigInteger[] {BigInteger.valueOf(m).shiftLeft(e), BigInteger.ZERO};
        }
        return new BigInteger[] {BigInteger.valueOf(m).multiply(BigInteger.valueOf(5).pow(-e)),
                BigInteger.valueOf(-e)};
    }

    static Digits exactFixed(double x, int p) {
        BigInteger[] ns = exact(x);
        BigInteger n = ns[0];
        int scale = ns[1].intValue();
        if (p >= scale) {
            return strip(n.toString(), scale);
        }
        BigInteger q = roundDiv(n, BigInteger.TEN.pow(scale - p));
        return q.signum() == 0 ? Digits.ZERO : strip(q.toString(), p);
    }

    static Digits exactSignificant(double x, int count) {
        BigInteger[] ns = exact(x);
        BigInteger n = ns[0];
        int scale = ns[1].intValue();
        String s = n.toString();
        if (s.length() <= count) {
            return strip(s, scale);
        }
        int drop = s.length() - count;
        BigInteger q = roundDiv(n, BigInteger.TEN.pow(drop));
        return strip(q.toString(), scale - drop);
    }

    /** Digits of an integer whose last digit has weight 10^-scale, trailing zeros removed. */
    private static Digits strip(String s, int scale) {
        int end = s.length();
        while (end > 1 && s.charAt(end - 1) == '0') {
            end--;
        }
        return new Digits(s.substring(0, end), s.length() - scale);
    }

    /** n / d rounded half-even, for n >= 0 and d > 0. */
    static BigInteger roundDiv(BigInteger n, BigInteger d) {
        BigInteger[] qr = n.divideAndRemainder(d);
        int c = qr[1].shiftLeft(1).compareTo(d);
        if (c > 0 || c == 0 && qr[0].testBit(0)) {
            return qr[0].add(BigInteger.ONE);
        }
        return qr[0];
    }
}
