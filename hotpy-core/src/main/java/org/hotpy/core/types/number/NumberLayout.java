package org.hotpy.core.types.number;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.types.text.FormatSpec;

/**
 * The common tail of {@code int.__format__} and {@code float.__format__}: CPython's
 * {@code calc_number_widths} and {@code fill_number}. A number is laid out as
 * {@code <lpad><sign><prefix><spad><grouped digits><.><remainder><rpad>}, where only one of the
 * three paddings is non-empty. With {@code '0'} fill and {@code '='} alignment the zeros are
 * produced by the grouping step so that they get separators too ({@code format(1234, '010,')}
 * is {@code '00,001,234'}).
 */
final class NumberLayout {
    private NumberLayout() {}

    /** Longest string we build: beyond this CPython would be out of memory as well. */
    static final long MAX_LENGTH = Integer.MAX_VALUE - 64;

    /**
     * @param negative  whether the number carries a minus sign (already removed from the text)
     * @param prefix    {@code 0x}-style prefix, or ""
     * @param digits    the ASCII digits before any decimal point (may be empty: {@code inf}, {@code c})
     * @param hasDecimal whether a decimal point follows the digits
     * @param remainder everything after the point (fraction, exponent, {@code %}, {@code inf})
     * @param sep       thousands separator, or 0 for none
     * @param group     digits per group (3, or 4 for {@code _} with b/o/x/X)
     */
    static String layout(FormatSpec spec, boolean negative, String prefix, String digits,
            boolean hasDecimal, String remainder, char sep, int group) {
        char sign = signChar(spec.sign(), negative);
        long nonDigits = (sign != 0 ? 1 : 0) + prefix.length() + (hasDecimal ? 1 : 0)
                + remainder.codePointCount(0, remainder.length());
        long width = spec.width();
        long minWidth = spec.fill() == '0' && spec.align() == '=' ? width - nonDigits : 0;
        long groupedLen = digits.isEmpty() ? 0 : groupedLength(digits.length(), minWidth, sep, group);
        long padding = width - (nonDigits + groupedLen);
        long lpad = 0;
        long spad = 0;
        long rpad = 0;
        if (padding > 0) {
            switch (spec.align()) {
                case '<' -> rpad = padding;
                case '^' -> {
                    lpad = padding / 2;
                    rpad = padding - lpad;
                }
                case '=' -> spad = padding;
                default -> lpad = padding;
            }
        }
        long total = Math.max(padding, 0) + nonDigits + groupedLen;
        checkLength(total, spec.fill());
        StringBuilder sb = new StringBuilder((int) Math.min(total + 2, MAX_LENGTH));
        pad(sb, spec.fill(), lpad);
        if (sign != 0) {
            sb.append(sign);
        }
        sb.append(prefix);
        pad(sb, spec.fill(), spad);
        if (!digits.isEmpty()) {
            appendGrouped(sb, digits, groupedLen, minWidth, sep, group);
        }
        if (hasDecimal) {
            sb.append('.');
        }
        sb.append(remainder);
        pad(sb, spec.fill(), rpad);
        return sb.toString();
    }

    static char signChar(char option, boolean negative) {
        if (negative) {
            return '-';
        }
        return option == '+' ? '+' : option == ' ' ? ' ' : 0;
    }

    static void checkLength(long codePoints, int fill) {
        if (codePoints > (Character.isBmpCodePoint(fill) ? MAX_LENGTH : MAX_LENGTH / 2)) {
            throw Errors.memoryError("");
        }
    }

    static void pad(StringBuilder sb, int fill, long n) {
        if (n <= 0) {
            return;
        }
        if (Character.isBmpCodePoint(fill)) {
            String s = String.valueOf((char) fill);
            sb.append(s.repeat((int) n));
        } else {
            sb.append(Character.toString(fill).repeat((int) n));
        }
    }

    /**
     * Length of the digits once grouped and zero-filled to {@code minWidth}: groups are taken from
     * the right; each group is widened with zeros while the minimum width is not reached, and a
     * separator never starts the result (so {@code format(1234, '08,')} is 9 wide).
     */
    static long groupedLength(int nDigits, long minWidth, char sep, int group) {
        if (sep == 0) {
            return Math.max(Math.max(nDigits, minWidth), 1);
        }
        long count = 0;
        long remaining = nDigits;
        long min = minWidth;
        boolean first = true;
        while (true) {
            long l = Math.min(group, Math.max(Math.max(remaining, min), 1));
            long chars = Math.max(0, Math.min(remaining, l));
            count += (first ? 0 : 1) + l;
            first = false;
            remaining -= chars;
            min -= l;
            if (remaining <= 0 && min <= 0) {
                return count;
            }
            min -= 1;
        }
    }

    private static void appendGrouped(StringBuilder sb, String digits, long len, long minWidth, char sep, int group) {
        if (sep == 0) {
            sb.append("0".repeat((int) (len - digits.length())));
            sb.append(digits);
            return;
        }
        char[] out = new char[(int) len];
        int o = out.length;
        int d = digits.length();
        long min = minWidth;
        boolean first = true;
        while (true) {
            long l = Math.min(group, Math.max(Math.max(d, min), 1));
            int chars = (int) Math.max(0, Math.min(d, l));
            if (!first) {
                out[--o] = sep;
            }
            first = false;
            for (int i = 0; i < chars; i++) {
                out[--o] = digits.charAt(--d);
            }
            for (long i = chars; i < l; i++) {
                out[--o] = '0';
            }
            min -= l;
            if (d <= 0 && min <= 0) {
                break;
            }
            min -= 1;
        }
        sb.append(out, o, out.length - o);
    }
}
