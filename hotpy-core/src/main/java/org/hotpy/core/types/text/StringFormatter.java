package org.hotpy.core.types.text;

import org.hotpy.core.errors.Errors;

/**
 * {@code str.__format__}: precision truncates and width pads, both counted in code points, with
 * CPython 3.11's checks and messages for the options that only numbers take.
 */
public final class StringFormatter {
    private StringFormatter() {}

    /** {@code format(s, spec)} where {@code spec} came from {@link FormatSpec#forStr}. */
    public static String format(String s, FormatSpec spec) {
        if (spec.type() != 's') {
            throw spec.unknownType();
        }
        if (spec.sign() == ' ') {
            throw Errors.valueError("Space not allowed in string format specifier");
        }
        if (spec.sign() != 0) {
            throw Errors.valueError("Sign not allowed in string format specifier");
        }
        if (spec.noNegZero()) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (spec.alternate()) {
            throw Errors.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (spec.align() == '=') {
            throw Errors.valueError("'=' alignment not allowed in string format specifier");
        }
        long len = s.codePointCount(0, s.length());
        long width = spec.width();
        long precision = spec.precision();
        if ((width == -1 || width <= len) && (precision == -1 || precision >= len)) {
            return s;
        }
        if (precision >= 0 && len >= precision) {
            s = s.substring(0, s.offsetByCodePoints(0, (int) precision));
            len = precision;
        }
        return pad(s, len, spec.fill(), spec.align(), width);
    }

    /**
     * CPython's {@code calc_padding}: the text of {@code len} code points placed in {@code width}
     * with {@code align} ({@code <}, {@code >} or {@code ^}; centring puts the odd fill on the right).
     */
    public static String pad(String s, long len, int fill, char align, long width) {
        long total = Math.max(width, len);
        long left = switch (align) {
            case '>' -> total - len;
            case '^' -> (total - len) / 2;
            default -> 0;
        };
        long right = total - len - left;
        long units = (left + right) * Character.charCount(fill) + s.length();
        if (units > Integer.MAX_VALUE - 64) {
            throw Errors.memoryError("");
        }
        String f = Character.toString(fill);
        return f.repeat((int) left) + s + f.repeat((int) right);
    }
}
