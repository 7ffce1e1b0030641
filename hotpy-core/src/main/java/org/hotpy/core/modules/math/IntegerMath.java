package org.hotpy.core.modules.math;

import java.math.BigInteger;
import org.hotpy.core.errors.Errors;

/**
 * The integer functions of Python's {@code math} module, exact for ints of any size, with
 * CPython 3.11's error messages. Arguments are Python ints already converted by the caller
 * ({@code operator.index} semantics) to {@code Integer}, {@code Long} or {@code BigInteger};
 * results are a {@code Long} when they fit and a {@code BigInteger} otherwise.
 */
public final class IntegerMath {
    private IntegerMath() {}

    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    /** isqrt(Long.MAX_VALUE): no larger root squares within a long. */
    private static final long MAX_LONG_ROOT = 3037000499L;

    /** Factorials 0! .. 20!, the ones that fit a long. */
    private static final long[] SMALL_FACTORIALS = {1L, 1L, 2L, 6L, 24L, 120L, 720L, 5040L,
        40320L, 362880L, 3628800L, 39916800L, 479001600L, 6227020800L, 87178291200L,
        1307674368000L, 20922789888000L, 355687428096000L, 6402373705728000L,
        121645100408832000L, 2432902008176640000L};

    /** {@code v} as a {@code Long} if it fits, else itself. */
    public static Number normalize(BigInteger v) {
        return v.bitLength() < 64 ? (Number) v.longValue() : v;
    }

    static BigInteger big(Number n) {
        return n instanceof BigInteger b ? b : BigInteger.valueOf(n.longValue());
    }

    private static boolean fitsLong(Number n) {
        return !(n instanceof BigInteger b) || b.bitLength() < 64;
    }

    // ---- gcd and lcm ----

    /** {@code gcd(*integers)}: 0 for no arguments, always non-negative. */
    public static Number gcd(Number... ints) {
        if (ints.length == 0) {
            return 0L;
        }
        BigInteger result = big(ints[0]).abs();
        for (int i = 1; i < ints.length && !result.equals(BigInteger.ONE); i++) {
            result = result.gcd(big(ints[i]));
        }
        return normalize(result);
    }

    /** Two-argument gcd of longs, without allocation unless the result is 2^63. */
    public static Number gcd(long a, long b) {
        if (a == Long.MIN_VALUE || b == Long.MIN_VALUE) {
            return gcd((Number) a, b);
        }
        a = Math.abs(a);
        b = Math.abs(b);
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /** {@code lcm(*integers)}: 1 for no arguments, 0 if any argument is 0. */
    public static Number lcm(Number... ints) {
        if (ints.length == 0) {
            return 1L;
        }
        BigInteger result = big(ints[0]).abs();
        for (int i = 1; i < ints.length && result.signum() != 0; i++) {
            BigInteger x = big(ints[i]);
            if (x.signum() == 0) {
                result = BigInteger.ZERO;
            } else {
                result = result.divide(result.gcd(x)).multiply(x).abs();
            }
        }
        return normalize(result);
    }

    // ---- isqrt ----

    /** {@code isqrt(n)}: the largest a with a*a <= n. */
    public static Number isqrt(Number n) {
        if (n instanceof BigInteger b) {
            if (b.signum() < 0) {
                throw Errors.valueError("isqrt() argument must be nonnegative");
            }
            return normalize(b.sqrt());
        }
        long v = n.longValue();
        if (v < 0) {
            throw Errors.valueError("isqrt() argument must be nonnegative");
        }
        // sqrt of v rounded to a double is within 2e-7 of the true root: at most one off.
        long a = (long) Math.sqrt((double) v);
        if (a * a > v) {
            a--;
        } else if (a < MAX_LONG_ROOT && (a + 1) * (a + 1) <= v) {
            a++;
        }
        return a;
    }

    // ---- factorial, perm, comb ----

    /** {@code factorial(n)}. */
    public static Number factorial(Number n) {
        if (!fitsLong(n)) {
            if (((BigInteger) n).signum() > 0) {
                throw Errors.overflowError("factorial() argument should not exceed %d", Long.MAX_VALUE);
            }
            throw Errors.valueError("factorial() not defined for negative values");
        }
        long x = n.longValue();
        if (x < 0) {
            throw Errors.valueError("factorial() not defined for negative values");
        }
        if (x < SMALL_FACTORIALS.length) {
            return SMALL_FACTORIALS[(int) x];
        }
        return factorialOf(x);
    }

    /**
     * n! = (odd part) * 2^(n - popcount(n)); the odd part is the product over i of the odd
     * numbers up to n / 2^i, built from the top i down so each range is multiplied in once.
     */
    private static BigInteger factorialOf(long n) {
        BigInteger inner = BigInteger.ONE;
        BigInteger oddPart = BigInteger.ONE;
        long upper = 3;
        for (int i = 63 - Long.numberOfLeadingZeros(n) - 1; i >= 0; i--) {
            long v = n >>> i;
            if (v <= 2) {
                continue;
            }
            long lower = upper;
            upper = (v + 1) | 1; // the least odd number above v
            inner = inner.multiply(oddProduct(lower, upper));
            oddPart = oddPart.multiply(inner);
        }
        return oddPart.shiftLeft((int) (n - Long.bitCount(n)));
    }

    /** The product of the odd numbers in [lower, upper), both odd, by balanced splitting. */
    private static BigInteger oddProduct(long lower, long upper) {
        long count = (upper - lower) / 2;
        if (count <= 8) {
            BigInteger product = BigInteger.ONE;
            long acc = 1;
            for (long j = lower; j < upper; j += 2) {
                if (Math.multiplyHigh(acc, j) != 0 || acc * j < 0) {
                    product = product.multiply(BigInteger.valueOf(acc));
                    acc = 1;
                }
                acc *= j;
            }
            return product.multiply(BigInteger.valueOf(acc));
        }
        long middle = (lower + count) | 1;
        return oddProduct(lower, middle).multiply(oddProduct(middle, upper));
    }

    /** {@code perm(n, k)}; {@code k == null} means {@code perm(n) == factorial(n)}. */
    public static Number perm(Number n, Number k) {
        if (k == null) {
            return factorial(n);
        }
        BigInteger bn = big(n);
        BigInteger bk = big(k);
        if (bn.signum() < 0) {
            throw Errors.valueError("n must be a non-negative integer");
        }
        if (bk.signum() < 0) {
            throw Errors.valueError("k must be a non-negative integer");
        }
        if (bn.compareTo(bk) < 0) {
            return 0L;
        }
        if (bk.compareTo(LONG_MAX) > 0) {
            throw Errors.overflowError("k must not exceed %d", Long.MAX_VALUE);
        }
        long kk = bk.longValueExact();
        return normalize(rangeProduct(bn.subtract(bk).add(BigInteger.ONE), kk));
    }

    /** {@code comb(n, k)}, the binomial coefficient. */
    public static Number comb(Number n, Number k) {
        BigInteger bn = big(n);
        BigInteger bk = big(k);
        if (bn.signum() < 0) {
            throw Errors.valueError("n must be a non-negative integer");
        }
        if (bk.signum() < 0) {
            throw Errors.valueError("k must be a non-negative integer");
        }
        BigInteger rest = bn.subtract(bk);
        if (rest.signum() < 0) {
            return 0L;
        }
        BigInteger smaller = rest.compareTo(bk) < 0 ? rest : bk;
        if (smaller.compareTo(LONG_MAX) > 0) {
            // Only reachable for n beyond a long; CPython's message is the same.
            throw Errors.overflowError("min(n - k, k) must not exceed %d", Long.MAX_VALUE);
        }
        long kk = smaller.longValueExact();
        if (kk == 0) {
            return 1L;
        }
        BigInteger numerator = rangeProduct(bn.subtract(smaller).add(BigInteger.ONE), kk);
        BigInteger denominator = kk < SMALL_FACTORIALS.length
                ? BigInteger.valueOf(SMALL_FACTORIALS[(int) kk]) : factorialOf(kk);
        return normalize(numerator.divide(denominator));
    }

    /** first * (first+1) * ... * (first+count-1), by balanced splitting. */
    private static BigInteger rangeProduct(BigInteger first, long count) {
        if (count == 0) {
            return BigInteger.ONE;
        }
        if (count <= 16) {
            BigInteger product = first;
            for (long i = 1; i < count; i++) {
                product = product.multiply(first.add(BigInteger.valueOf(i)));
            }
            return product;
        }
        long half = count / 2;
        return rangeProduct(first, half).multiply(rangeProduct(first.add(BigInteger.valueOf(half)), count - half));
    }
}
