package org.hotpy.core.types.number;

import java.math.BigInteger;

/**
 * Big integers to and from digit strings without quadratic cost: linear bit packing for the
 * power-of-two radixes, divide and conquer for the others (JDK 17's {@code new BigInteger(String)}
 * is quadratic: 15 s for a million digits). Digits are ASCII; callers validate them first.
 */
final class RadixConversion {
    private RadixConversion() {}

    /** Below this many digits a chunked multiply-add loop beats the recursion. */
    private static final int SCHOOL_DIGITS = 400;

    /** Value of an ASCII digit in bases up to 36, or 99 when it is not a digit. */
    static int digitValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return 99;
    }

    /** Digits per long chunk: the most digits d with base^d below 2^63. */
    static int chunkDigits(int base) {
        int d = 0;
        long p = 1;
        while (p <= Long.MAX_VALUE / base) {
            p *= base;
            d++;
        }
        return d;
    }

    /** The non-negative value of {@code digits[from, to)} (valid digits of {@code base}, no underscores). */
    static BigInteger parse(char[] digits, int from, int to, int base) {
        if (Integer.bitCount(base) == 1) {
            return parsePowerOfTwo(digits, from, to, Integer.numberOfTrailingZeros(base));
        }
        int chunk = chunkDigits(base);
        if (to - from <= SCHOOL_DIGITS) {
            return parseSchool(digits, from, to, base, chunk);
        }
        // powers[k] = base^(chunk * 2^k), the scale of a low part of chunk * 2^k digits
        int levels = 1;
        while ((long) chunk << levels < to - from) {
            levels++;
        }
        BigInteger[] powers = new BigInteger[levels];
        powers[0] = BigInteger.valueOf(base).pow(chunk);
        for (int k = 1; k < levels; k++) {
            powers[k] = powers[k - 1].multiply(powers[k - 1]);
        }
        return parseRecursive(digits, from, to, base, chunk, powers);
    }

    private static BigInteger parseRecursive(char[] digits, int from, int to, int base, int chunk,
            BigInteger[] powers) {
        int n = to - from;
        if (n <= SCHOOL_DIGITS) {
            return parseSchool(digits, from, to, base, chunk);
        }
        int k = 0;
        while ((long) chunk << (k + 1) < n) {
            k++;
        }
        int lowLen = chunk << k;
        BigInteger high = parseRecursive(digits, from, to - lowLen, base, chunk, powers);
        BigInteger low = parseRecursive(digits, to - lowLen, to, base, chunk, powers);
        return high.multiply(powers[k]).add(low);
    }

    private static BigInteger parseSchool(char[] digits, int from, int to, int base, int chunk) {
        int first = (to - from) % chunk == 0 ? chunk : (to - from) % chunk;
        BigInteger result = BigInteger.valueOf(parseLong(digits, from, from + first, base));
        if (first == to - from) {
            return result;
        }
        BigInteger scale = BigInteger.valueOf(base).pow(chunk);
        for (int i = from + first; i < to; i += chunk) {
            result = result.multiply(scale).add(BigInteger.valueOf(parseLong(digits, i, i + chunk, base)));
        }
        return result;
    }

    static long parseLong(char[] digits, int from, int to, int base) {
        long v = 0;
        for (int i = from; i < to; i++) {
            v = v * base + digitValue(digits[i]);
        }
        return v;
    }

    private static BigInteger parsePowerOfTwo(char[] digits, int from, int to, int bitsPerDigit) {
        long totalBits = (long) (to - from) * bitsPerDigit;
        byte[] mag = new byte[(int) ((totalBits + 7) / 8) + 1];   // leading zero byte: non-negative
        long bit = 0;
        for (int i = to - 1; i >= from; i--, bit += bitsPerDigit) {
            int v = digitValue(digits[i]);
            for (int b = 0; b < bitsPerDigit; b++) {
                if ((v >> b & 1) != 0) {
                    long pos = bit + b;
                    mag[mag.length - 1 - (int) (pos >>> 3)] |= (byte) (1 << (pos & 7));
                }
            }
        }
        return new BigInteger(mag);
    }

    /** Lower-case digits of |v| in radix 2, 8 or 16, in linear time. */
    static String toPowerOfTwoString(BigInteger v, int radix) {
        int bitsPerDigit = Integer.numberOfTrailingZeros(radix);
        BigInteger a = v.abs();
        int bitLen = a.bitLength();
        if (bitLen == 0) {
            return "0";
        }
        byte[] mag = a.toByteArray();                 // big-endian, maybe a leading zero byte
        int nDigits = (bitLen + bitsPerDigit - 1) / bitsPerDigit;
        char[] out = new char[nDigits];
        for (int d = 0; d < nDigits; d++) {
            long pos = (long) d * bitsPerDigit;
            int value = 0;
            for (int b = bitsPerDigit - 1; b >= 0; b--) {
                long p = pos + b;
                int byteIndex = mag.length - 1 - (int) (p >>> 3);
                int bitv = byteIndex >= 0 ? mag[byteIndex] >> (p & 7) & 1 : 0;
                value = value << 1 | bitv;
            }
            out[nDigits - 1 - d] = Character.forDigit(value, radix);
        }
        return new String(out);
    }
}
