package org.hotpy.core.types.number;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.types.text.FormatSpec;

/**
 * {@code complex.__format__}, following CPython's rules for complex specs: without a type the
 * result is repr-like, in parentheses unless the real part is +0 (then only the imaginary part
 * is shown); the imaginary part always carries its sign; the width applies to the whole result;
 * zero padding and {@code '='} alignment are refused.
 */
final class ComplexFormatter {
    private ComplexFormatter() {}

    static String format(double re, double im, String text) {
        FormatSpec spec = FormatSpec.parse(text, 0, '>', "complex");
        if (spec.fill() == '0') {
            throw Errors.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (spec.align() == '=') {
            throw Errors.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        char type = switch (spec.type()) {
            case 'e', 'E', 'f', 'F', 'g', 'G' -> (char) spec.type();
            case 'n' -> 'g';
            case 0 -> 'r';
            default -> throw spec.unknownType();
        };
        if (spec.precision() > Integer.MAX_VALUE) {
            throw Errors.valueError("precision too big");
        }
        int precision = (int) spec.precision();
        boolean skipRe = false;
        boolean parens = false;
        if (type == 'r') {
            if (re == 0.0 && Math.copySign(1.0, re) == 1.0) {
                skipRe = true;
            } else {
                parens = true;
            }
            if (precision >= 0) {
                type = 'g';
            } else {
                precision = 0;
            }
        } else if (precision < 0) {
            precision = 6;
        }
        StringBuilder sb = new StringBuilder();
        if (parens) {
            sb.append('(');
        }
        if (!skipRe) {
            sb.append(part(re, type, precision, spec, spec.sign()));
        }
        sb.append(part(im, type, precision, spec, skipRe ? spec.sign() : '+')).append('j');
        if (parens) {
            sb.append(')');
        }
        return pad(sb.toString(), spec);
    }

    private static String part(double x, char type, int precision, FormatSpec spec, char sign) {
        String s = FloatFormatter.toString(x, type, precision, spec.alternate(), false, spec.noNegZero());
        boolean negative = s.startsWith("-");
        String body = negative ? s.substring(1) : s;
        if (spec.grouping() != 0) {
            body = group(body, spec.grouping());
        }
        String prefix = negative ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
        return prefix + body;
    }

    /** Separators every three digits of the integer part (the leading run of digits). */
    private static String group(String body, char sep) {
        int end = 0;
        while (end < body.length() && Character.isDigit(body.charAt(end))) {
            end++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < end; i++) {
            if (i > 0 && (end - i) % 3 == 0) {
                sb.append(sep);
            }
            sb.append(body.charAt(i));
        }
        return sb.append(body, end, body.length()).toString();
    }

    private static String pad(String s, FormatSpec spec) {
        long n = s.codePointCount(0, s.length());
        if (spec.width() <= n) {
            return s;
        }
        long total = spec.width() - n;
        long left = switch (spec.align()) {
            case '<' -> 0;
            case '^' -> total / 2;
            default -> total;
        };
        StringBuilder sb = new StringBuilder();
        String fill = new String(Character.toChars(spec.fill()));
        sb.append(fill.repeat((int) left)).append(s).append(fill.repeat((int) (total - left)));
        return sb.toString();
    }
}
