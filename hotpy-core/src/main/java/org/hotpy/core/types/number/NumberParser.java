package org.hotpy.core.types.number;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.PyException;

/**
 * {@code float(str)} and {@code int(str, base)} with CPython 3.11's rules: surrounding whitespace
 * (Unicode whitespace for str), Unicode decimal digits taken as their ASCII values, PEP 515
 * underscores only between digits, {@code inf}/{@code infinity}/{@code nan} in any case, no hex
 * floats, and the integer string conversion length limit (CVE-2020-10735).
 *
 * <p>Error messages quote the argument as CPython does: {@code float} with its full repr,
 * {@code int} with the repr cut to 200 characters ({@code %.200R}).
 */
public final class NumberParser {
    private NumberParser() {}

    /** CPython's default for {@code sys.get_int_max_str_digits()}. */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;
    /** The smallest non-zero limit {@code sys.set_int_max_str_digits} accepts. */
    public static final int MAX_STR_DIGITS_THRESHOLD = 640;

    /** Bits that no parse result has (a NaN payload we never produce): the parse failed. */
    private static final long FAIL = 0x7ff0_0000_0bad_0001L;

    /** {@code float(s)} for a str. */
    public static double parseFloat(String s) {
        long bits = isPlainAscii(s)
                ? decimalBits(stripAscii(s))
                : parseFloatBits(TextRepr.transformDecimalAndSpace(s));
        if (bits == FAIL) {
            throw Errors.valueError("could not convert string to float: %s", TextRepr.repr(s));
        }
        return Double.longBitsToDouble(bits);
    }

    /** {@code float(b)} for bytes or bytearray: ASCII rules, {@code b'...'} in the message. */
    public static double parseFloatBytes(byte[] b) {
        long bits = parseFloatBits(asciiOnly(b));
        if (bits == FAIL) {
            throw Errors.valueError("could not convert string to float: %s", TextRepr.bytesRepr(b));
        }
        return Double.longBitsToDouble(bits);
    }

    /** ASCII without underscores: no transform and no underscore check needed (the common case). */
    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 127 || c == '_') {
                return false;
            }
        }
        return true;
    }

    private static String stripAscii(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && TextRepr.isAsciiSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && TextRepr.isAsciiSpace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    /** Bytes as chars, with every non-ASCII byte made '?' so that it can never parse. */
    private static char[] asciiOnly(byte[] b) {
        char[] chars = new String(b, StandardCharsets.ISO_8859_1).toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 127) {
                chars[i] = '?';
            }
        }
        return chars;
    }

    /**
     * The raw bits of the parsed double, or {@link #FAIL}. Whitespace is stripped, underscores
     * checked and removed, then the rest must be a whole decimal literal or inf/nan.
     */
    private static long parseFloatBits(char[] a) {
        int from = 0;
        int to = a.length;
        while (from < to && TextRepr.isAsciiSpace(a[from])) {
            from++;
        }
        while (to > from && TextRepr.isAsciiSpace(a[to - 1])) {
            to--;
        }
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = a[i];
            if (c == '_') {
                // PEP 515: an underscore must sit between two digits
                if (i == from || i + 1 == to || !isDigit(a[i - 1]) || !isDigit(a[i + 1])) {
                    return FAIL;
                }
            } else {
                sb.append(c);
            }
        }
        return decimalBits(sb.toString());
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code [sign] (digits [. digits] | . digits) [(e|E) [sign] digits]}, or inf/infinity/nan. */
    private static long decimalBits(String s) {
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        char first = i < n ? s.charAt(i) : 0;
        if (first == 'i' || first == 'I' || first == 'n' || first == 'N') {
            return infOrNanBits(s.substring(i), negative);
        }
        int mantissaDigits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            mantissaDigits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                mantissaDigits++;
            }
        }
        if (mantissaDigits == 0) {
            return FAIL;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return FAIL;
            }
        }
        if (i != n) {
            return FAIL;
        }
        // the text is now plain decimal, which the JDK reads correctly rounded
        return Double.doubleToRawLongBits(Double.parseDouble(s));
    }

    private static long infOrNanBits(String word, boolean negative) {
        if (word.equalsIgnoreCase("inf") || word.equalsIgnoreCase("infinity")) {
            return Double.doubleToRawLongBits(negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        if (word.equalsIgnoreCase("nan")) {
            // float('-nan') keeps its sign bit, as C's strtod gives it
            return negative ? 0xfff8_0000_0000_0000L : 0x7ff8_0000_0000_0000L;
        }
        return FAIL;
    }

    /**
     * {@code int(s, base)} for a str: a {@link Long} when the value fits, else a
     * {@link BigInteger}. {@code maxStrDigits} is the interpreter's
     * {@code sys.get_int_max_str_digits()} (0 for no limit); it applies to bases that are not
     * powers of two.
     */
    public static Number parseInt(String s, int base, int maxStrDigits) {
        checkBase(base);
        return new IntParse(TextRepr.transformDecimalAndSpace(s), base, maxStrDigits)
                .run(() -> TextRepr.repr(s));
    }

    /** {@code int(b, base)} for bytes or bytearray. */
    public static Number parseIntBytes(byte[] b, int base, int maxStrDigits) {
        checkBase(base);
        return new IntParse(asciiOnly(b), base, maxStrDigits).run(() -> TextRepr.bytesRepr(b));
    }

    private static void checkBase(int base) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
        }
    }

    /** Normalises a parsed integer: a Long when it fits. */
    static Number narrow(BigInteger v) {
        return v.bitLength() < 64 ? (Number) v.longValue() : v;
    }

    /** The message raised when a string has more digits than the limit allows. */
    static PyException tooManyDigits(int limit, long digits) {
        return Errors.valueError("Exceeds the limit (%d digits) for integer string conversion: value has %d digits;"
                + " use sys.set_int_max_str_digits() to increase the limit", limit, digits);
    }
}
