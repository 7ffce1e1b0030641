package org.hotpy.core.types.number;

import java.math.BigInteger;
import org.hotpy.core.errors.Errors;

/**
 * Exact conversions and comparisons between Python ints ({@code long} or {@link BigInteger}) and
 * floats ({@code double}), with CPython 3.11's results and errors: correctly rounded
 * {@code float(n)} and {@code n / m}, exact mixed comparison, {@code int(x)},
 * {@code float.as_integer_ratio}, {@code float.is_integer} and the numeric hash.
 */
public final class IntConvert {
    private IntConvert() {}

    /** Result of {@link #compare} when the float is a NaN: every ordering test is false. */
    public static final int UNORDERED = 2;

    /** {@code sys.hash_info.modulus}: hashes of numbers are their value modulo this prime. */
    public static final long HASH_MODULUS = (1L << 61) - 1;
    /** {@code sys.hash_info.inf}. */
    public static final long HASH_INF = 314159;

    /** {@code float(n)}: correctly rounded (half-even); OverflowError past the double range. */
    public static double toDouble(BigInteger v) {
        double d = v.doubleValue();     // JDK 8+: correctly rounded, infinite when out of range
        if (Double.isInfinite(d)) {
            throw Errors.overflowError("int too large to convert to float");
        }
        return d;
    }

    /** {@code int(x)} for a float: truncation toward zero, a Long when it fits. */
    public static Number truncate(double x) {
        if (x != x) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw Errors.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(x) < 0x1p63) {
            return (long) x;
        }
        return exactInteger(x);
    }

    /** The exact value of an integral double of magnitude at least 2^52. */
    static BigInteger exactInteger(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int e = (int) (bits >>> 52 & 0x7ff) - 1075;
        BigInteger m = BigInteger.valueOf(bits & (1L << 52) - 1 | 1L << 52).shiftLeft(e);
        return bits < 0 ? m.negate() : m;
    }

    /** {@code a / b} for ints: correctly rounded, as CPython's {@code long_true_divide}. */
    public static double trueDivide(long a, long b) {
        if (b == 0) {
            throw Errors.zeroDivisionError("division by zero");
        }
        if (Math.abs(a) <= 1L << 53 && Math.abs(b) <= 1L << 53 && a != Long.MIN_VALUE && b != Long.MIN_VALUE) {
            return (double) a / (double) b;     // both exact: one rounding
        }
        return trueDivide(BigInteger.valueOf(a), BigInteger.valueOf(b));
    }

    /** {@code a / b} for ints: correctly rounded; OverflowError when the quotient is too large. */
    public static double trueDivide(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivisionError("division by zero");
        }
        boolean negative = a.signum() * b.signum() < 0 || a.signum() == 0 && b.signum() < 0;
        BigInteger x = a.abs();
        BigInteger y = b.abs();
        if (x.bitLength() <= 53 && y.bitLength() <= 53) {
            double q = x.doubleValue() / y.doubleValue();
            return negative ? -q : q;
        }
        int diff = x.bitLength() - y.bitLength();       // the quotient lies in [2^(diff-1), 2^(diff+1))
        if (diff > 1025) {
            throw Errors.overflowError("integer division result too large for a float");
        }
        if (diff < -1076) {
            return negative ? -0.0 : 0.0;
        }
        int shift = 55 - diff;                           // 55 or 56 quotient bits, plus a sticky bit
        BigInteger[] qr = shift >= 0 ? x.shiftLeft(shift).divideAndRemainder(y)
                : x.divideAndRemainder(y.shiftLeft(-shift));
        double q = roundScaled(qr[0].longValue(), -shift, qr[1].signum() != 0);
        if (Double.isInfinite(q)) {
            throw Errors.overflowError("integer division result too large for a float");
        }
        return negative ? -q : q;
    }

    /**
     * {@code (q + sticky*tiny) * 2^e} rounded half-even to a double (subnormals included), for
     * {@code 0 <= q < 2^62}; infinite when it rounds beyond the largest double.
     */
    static double roundScaled(long q, int e, boolean sticky) {
        if (q == 0) {
            return 0.0;
        }
        int bitLen = 64 - Long.numberOfLeadingZeros(q);
        int topExp = bitLen - 1 + e;
        int keep = topExp >= -1022 ? 53 : 53 - (-1022 - topExp);
        int drop = bitLen - keep;
        if (drop > 0) {
            if (drop > 62) {
                return 0.0;     // below a quarter of the smallest subnormal
            }
            long rem = q & ((1L << drop) - 1);
            long half = 1L << (drop - 1);
            q >>>= drop;
            e += drop;
            if (rem > half || rem == half && (sticky || (q & 1) != 0)) {
                q++;
            }
        }
        return Math.scalb((double) q, e);
    }

    /**
     * Three-way comparison of an int with a float, exact as CPython's {@code float_richcompare}:
     * -1, 0 or 1 for {@code n <, ==, > x}, or {@link #UNORDERED} when {@code x} is a NaN.
     */
    public static int compare(long n, double x) {
        if (x != x) {
            return UNORDERED;
        }
        if (Math.abs(n) < 1L << 53 && n != Long.MIN_VALUE) {
            double d = n;    // exact below 2^53
            return d < x ? -1 : d == x ? 0 : 1;
        }
        return compare(BigInteger.valueOf(n), x);
    }

    /** As {@link #compare(long, double)} for a big int. */
    public static int compare(BigInteger n, double x) {
        if (x != x) {
            return UNORDERED;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? -1 : 1;
        }
        double f = Math.floor(x);
        int c = n.compareTo(Math.abs(f) < 0x1p63 ? BigInteger.valueOf((long) f) : exactInteger(f));
        if (c != 0) {
            return c;
        }
        return f == x ? 0 : -1;     // n == floor(x) < x when x has a fraction
    }

    /** {@code hash(n)} for an int: n mod (2^61 - 1) with n's sign; -1 becomes -2. */
    public static long hash(long n) {
        long h;
        if (n >= 0) {
            h = n % HASH_MODULUS;
        } else if (n == Long.MIN_VALUE) {
            h = -4;        // 2^63 = 4 * 2^61 = 4 (mod 2^61 - 1)
        } else {
            h = -(-n % HASH_MODULUS);
        }
        return h == -1 ? -2 : h;
    }

    /** {@code hash(n)} for a big int. */
    public static long hash(BigInteger n) {
        if (n.bitLength() < 64) {
            return hash(n.longValue());
        }
        long h = n.abs().mod(BigInteger.valueOf(HASH_MODULUS)).longValue();
        if (n.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /**
     * {@code hash(x)} for a float: equal to the hash of any int or fraction of the same value
     * (the exact binary value modulo 2^61 - 1); ±314159 for infinities. A NaN hashes to 0 here:
     * CPython 3.10+ hashes a NaN by object identity, which only the caller can do.
     */
    public static long hash(double x) {
        if (Double.isInfinite(x)) {
            return x > 0 ? HASH_INF : -HASH_INF;
        }
        if (x != x) {
            return 0;
        }
        long bits = Double.doubleToRawLongBits(x);
        int be = (int) (bits >>> 52) & 0x7ff;
        long m = bits & (1L << 52) - 1;
        int e;
        if (be == 0) {
            e = -1074;
        } else {
            m |= 1L << 52;
            e = be - 1075;
        }
        // m * 2^e mod (2^61 - 1): multiplying by 2 is a rotation of the 61-bit residue
        int k = Math.floorMod(e, 61);
        long h = k == 0 ? m : ((m << k) & HASH_MODULUS) | m >>> (61 - k);
        if (bits < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** A reduced fraction with a positive power-of-two denominator. */
    public record Ratio(BigInteger numerator, BigInteger denominator) {}

    /** {@code float.as_integer_ratio()}. */
    public static Ratio asIntegerRatio(double x) {
        if (Double.isInfinite(x)) {
            throw Errors.overflowError("cannot convert Infinity to integer ratio");
        }
        if (x != x) {
            throw Errors.valueError("cannot convert NaN to integer ratio");
        }
        if (x == 0) {
            return new Ratio(BigInteger.ZERO, BigInteger.ONE);
        }
        long bits = Double.doubleToRawLongBits(x);
        int be = (int) (bits >>> 52) & 0x7ff;
        long m = bits & (1L << 52) - 1;
        int e = be == 0 ? -1074 : be - 1075;
        if (be != 0) {
            m |= 1L << 52;
        }
        int tz = Long.numberOfTrailingZeros(m);
        m >>>= tz;
        e += tz;
        BigInteger num = BigInteger.valueOf(bits < 0 ? -m : m);
        return e >= 0 ? new Ratio(num.shiftLeft(e), BigInteger.ONE) : new Ratio(num, BigInteger.ONE.shiftLeft(-e));
    }

    /** {@code float.is_integer()}. */
    public static boolean isInteger(double x) {
        return Double.isFinite(x) && x == Math.floor(x);
    }
}
