package org.hotpy.core.types.number;

import java.math.BigInteger;
import java.util.function.Supplier;
import org.hotpy.core.errors.Errors;

/**
 * One run of CPython 3.11's {@code PyLong_FromString} over text already made ASCII. The order of
 * the checks is CPython's, because it decides which error wins: underscores are checked while
 * scanning the digits, then the length limit, then what follows the digits.
 */
final class IntParse {
    private final char[] a;
    private final int originalBase;
    private final int maxStrDigits;
    private int pos;

    IntParse(char[] ascii, int base, int maxStrDigits) {
        this.a = ascii;
        this.originalBase = base;
        this.maxStrDigits = maxStrDigits;
    }

    private int at(int i) {
        return i < a.length ? a[i] : -1;
    }

    Number run(Supplier<String> repr) {
        Number n = parse();
        if (n == null) {
            throw Errors.valueError("invalid literal for int() with base %d: %s", originalBase,
                    TextRepr.truncatedRepr(repr.get()));
        }
        return n;
    }

    /** The value, or null for "invalid literal". */
    private Number parse() {
        skipSpaces();
        boolean negative = false;
        if (at(pos) == '+' || at(pos) == '-') {
            negative = at(pos) == '-';
            pos++;
        }
        int base = originalBase;
        boolean zeroOnly = false;    // base 0, a leading 0 and no prefix: only zeros are allowed
        if (base == 0) {
            base = at(pos) != '0' ? 10 : prefixBase(at(pos + 1));
            if (base == 0) {
                base = 10;
                zeroOnly = true;
            }
        }
        if (at(pos) == '0' && prefixBase(at(pos + 1)) == base) {
            pos += 2;
            if (at(pos) == '_') {    // one underscore may follow the prefix
                pos++;
            }
        }
        int start = pos;
        char[] digits = scanDigits(base);
        if (digits == null) {
            return null;
        }
        if (Integer.bitCount(base) != 1 && maxStrDigits > 0 && digits.length > maxStrDigits) {
            throw NumberParser.tooManyDigits(maxStrDigits, digits.length);
        }
        skipSpaces();
        if (pos == start || pos != a.length) {
            return null;
        }
        return value(digits, digits.length, base, negative, zeroOnly);
    }

    private void skipSpaces() {
        while (pos < a.length && TextRepr.isAsciiSpace(a[pos])) {
            pos++;
        }
    }

    /**
     * The digits from pos on, without underscores, or null when an underscore leads, doubles or
     * trails. Stops at the first character that is neither a digit of the base nor '_'.
     */
    private char[] scanDigits(int base) {
        if (at(pos) == '_') {
            return null;
        }
        char[] digits = new char[a.length - pos];
        int nd = 0;
        int prev = -1;
        while (pos < a.length && (RadixConversion.digitValue(a[pos]) < base || a[pos] == '_')) {
            if (a[pos] != '_') {
                digits[nd++] = a[pos];
            } else if (prev == '_') {
                return null;
            }
            prev = a[pos++];
        }
        return prev == '_' ? null : java.util.Arrays.copyOf(digits, nd);
    }

    private static Number value(char[] digits, int nd, int base, boolean negative, boolean zeroOnly) {
        if (nd <= RadixConversion.chunkDigits(base)) {
            long v = RadixConversion.parseLong(digits, 0, nd, base);
            if (zeroOnly && v != 0) {
                return null;
            }
            return negative ? -v : v;
        }
        BigInteger v = RadixConversion.parse(digits, 0, nd, base);
        if (zeroOnly && v.signum() != 0) {
            return null;
        }
        return NumberParser.narrow(negative ? v.negate() : v);
    }

    private static int prefixBase(int c) {
        return switch (c) {
            case 'x', 'X' -> 16;
            case 'o', 'O' -> 8;
            case 'b', 'B' -> 2;
            default -> 0;
        };
    }
}
