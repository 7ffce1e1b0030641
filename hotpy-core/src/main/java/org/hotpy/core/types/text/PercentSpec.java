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
        boolean numeric = isNumeric();
        int fill = numeric && has(ZERO) ? '0' : ' ';
        long len = str.codePointCount(0, str.length());
        if ((width == -1 || width <= len) && (precision == -1 || precision >= len) && !has(SIGN | BLANK)) {
            return str;
        }
        if ((conversion == 's' || conversion == 'r' || conversion == 'a') && precision >= 0 && len > precision) {
            str = str.substring(0, str.offsetByCodePoints(0, precision));
            len = precision;
        }
        int start = 0;
        char signChar = 0;
        if (numeric) {
            char c = str.isEmpty() ? 0 : str.charAt(0);
            if (c == '-' || c == '+') {
                signChar = c;
                len--;
                start++;
            } else if (has(SIGN)) {
                signChar = '+';
            } else if (has(BLANK)) {
                signChar = ' ';
            }
        }
        long w = Math.max(width, len);
        if (w > Integer.MAX_VALUE - 64) {
            throw Errors.memoryError("");
        }
        StringBuilder sb = new StringBuilder();
        boolean prefix = has(ALT) && (conversion == 'x' || conversion == 'X' || conversion == 'o');
        if (signChar != 0) {
            if (fill != ' ') {
                sb.append(signChar);
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
            sb.append(Character.toString(fill).repeat((int) (w - len)));
            w = len;
        }
        if (fill == ' ') {
            if (signChar != 0) {
                sb.append(signChar);
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
