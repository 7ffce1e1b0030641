package org.hotpy.core.types.text;

import org.hotpy.core.errors.Errors;

/**
 * One conversion of printf-style formatting ({@code '%+08.3f' % x}): its flags, width,
 * precision and conversion character, plus the padding step CPython applies to every
 * converted argument ({@code unicode_format_arg_output}).
 *
 * @param flags      a bit set of {@link #LJUST}, {@link #SIGN}, {@link #BLANK}, {@link #ALT}, {@link #ZERO}
 * @param width      minimum width in code points, or -1
 * @param precision  or -1
 * @param conversion {@code d i u o x X e E f F g G c s r a}
 */
public record PercentSpec(int flags, long width, int precision, char conversion) {
    /** {@code -}: pad on the right. */
    public static final int LJUST = 1;
    /** {@code +}: always a sign. */
    public static final int SIGN = 2;
    /** space: a space where a plus would go. */
    public static final int BLANK = 4;
    /** {@code #}: alternate form. */
    public static final int ALT = 8;
    /** {@code 0}: pad numbers with zeros after the sign. */
    public static final int ZERO = 16;

    /** A spec from the flag characters as written (any of {@code -+ #0}, repeats allowed). */
    public static PercentSpec of(String flagChars, long width, int precision, char conversion) {
        int f = 0;
        for (int i = 0; i < flagChars.length(); i++) {
            f |= switch (flagChars.charAt(i)) {
                case '-' -> LJUST;
                case '+' -> SIGN;
                case ' ' -> BLANK;
                case '#' -> ALT;
                case '0' -> ZERO;
                default -> throw new IllegalArgumentException("not a %-format flag: " + flagChars.charAt(i));
            };
        }
        return new PercentSpec(f, width, precision, conversion);
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** Whether the conversion is numeric, so that sign, {@code 0} and {@code #} flags apply. */
    public boolean isNumeric() {
        return "diuoxXeEfFgG".indexOf(conversion) >= 0;
    }

    /**
     * Pads a converted argument: {@code s r a} are first truncated to the precision (code points);
     * numbers get the sign (from the text, or {@code +}/space from the flags) and, with
     * {@code #} on {@code o x X}, the base prefix written before any zero padding.
     */
    public String output(String str) {
        long len = str.codePointCount(0, str.length());
        if ((width == -1 || width <= len) && (precision == -1 || precision >= len) && !has(SIGN | BLANK)) {
            return str;
        }
        if ((conversion == 's' || conversion == 'r' || conversion == 'a') && precision >= 0 && len > precision) {
            str = str.substring(0, str.offsetByCodePoints(0, precision));
            len = precision;
        }
        if (!isNumeric()) {
            return pad(str, 0, len, (char) 0, ' ');
        }
        char first = str.isEmpty() ? 0 : str.charAt(0);
        if (first == '-' || first == '+') {
            return pad(str, 1, len - 1, first, has(ZERO) ? '0' : ' ');
        }
        char sign = has(SIGN) ? '+' : has(BLANK) ? ' ' : 0;
        return pad(str, 0, len, sign, has(ZERO) ? '0' : ' ');
    }

    /**
     * Writes {@code str[start:]} ({@code len} code points) to the width. With zero fill the sign
     * and a {@code 0x}-style prefix go before the zeros, with space fill after the spaces.
     */
    private String pad(String str, int start, long len, char sign, char fill) {
        long w = Math.max(width, len);
        if (w > Integer.MAX_VALUE - 64) {
            throw Errors.memoryError("");
        }
        boolean prefix = has(ALT) && (conversion == 'x' || conversion == 'X' || conversion == 'o');
        StringBuilder sb = new StringBuilder((int) w + 1);
        if (sign != 0) {
            if (fill != ' ') {
                sb.append(sign);
            }
            if (w > len) {
                w--;
            }
        }
        if (prefix) {
            if (fill != ' ') {
                sb.append(str, start, start + 2);
                start += 2;
            }
            w = Math.max(w - 2, 0);
            len -= 2;
        }
        if (w > len && !has(LJUST)) {
            sb.append(String.valueOf(fill).repeat((int) (w - len)));
            w = len;
        }
        if (fill == ' ') {
            if (sign != 0) {
                sb.append(sign);
            }
            if (prefix) {
                sb.append(str, start, start + 2);
                start += 2;
            }
        }
        sb.append(str, start, str.length());
        if (w > len) {
            sb.append(" ".repeat((int) (w - len)));
        }
        return sb.toString();
    }
}
