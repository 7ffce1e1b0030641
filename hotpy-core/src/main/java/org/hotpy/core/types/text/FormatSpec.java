package org.hotpy.core.types.text;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.PyException;

/**
 * A parsed format specification, {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]},
 * as CPython 3.11's {@code parse_internal_render_format_spec} reads it. The checks that do not
 * depend on the value's type are made here, with CPython's messages; the formatters make the rest.
 *
 * @param fill      fill code point (may lie outside the BMP); {@code ' '} by default
 * @param align     one of {@code < > = ^}: the explicit one, else {@code '='} for numbers padded
 *                  with a leading {@code 0}, else the kind's default
 * @param alignGiven whether {@code align} was written in the spec
 * @param sign      {@code '+'}, {@code '-'}, {@code ' '}, or 0 when absent
 * @param noNegZero the 3.11 {@code z} flag: a negative zero result loses its sign
 * @param alternate the {@code #} flag
 * @param width     minimum width in code points, or -1
 * @param grouping  {@code ','}, {@code '_'} or 0
 * @param precision or -1
 * @param type      presentation type code point; the kind's default type when absent (0 for float)
 * @param spec      the original text, for messages
 * @param typeName  the Python type name of the value being formatted, for messages
 */
public record FormatSpec(int fill, char align, boolean alignGiven, char sign, boolean noNegZero,
        boolean alternate, long width, char grouping, long precision, int type, String spec,
        String typeName) {

    /** Spec for {@code str.__format__}: default type {@code 's'}, left-aligned. */
    public static FormatSpec forStr(String spec, String typeName) {
        return parse(spec, 's', '<', typeName);
    }

    /** Spec for {@code int.__format__}: default type {@code 'd'}, right-aligned. */
    public static FormatSpec forInt(String spec, String typeName) {
        return parse(spec, 'd', '>', typeName);
    }

    /** Spec for {@code float.__format__}: no default type (like repr), right-aligned. */
    public static FormatSpec forFloat(String spec, String typeName) {
        return parse(spec, 0, '>', typeName);
    }

    /**
     * Parses {@code spec}. A {@code 0} before the width sets the fill to {@code '0'} unless a fill
     * was given, and for right-aligned kinds (numbers) also {@code '='} alignment unless an
     * alignment was given: {@code format('ab', '05')} is {@code 'ab000'} (3.10+).
     */
    public static FormatSpec parse(String spec, int defaultType, char defaultAlign, String typeName) {
        return new Parser(spec, typeName).parse(defaultType, defaultAlign);
    }

    /** "Unknown format code 'x' for object of type 'T'" (ValueError), as CPython words it. */
    public PyException unknownType() {
        return Errors.valueError("Unknown format code '%s' for object of type '%s'", typeText(type), typeName);
    }

    /** How CPython shows a type code in a message: itself if printable ASCII, else {@code \xNN}. */
    static String typeText(int type) {
        return type > 32 && type < 128 ? String.valueOf((char) type) : "\\x" + Integer.toHexString(type);
    }

    private static final class Parser {
        private final String spec;
        private final String typeName;
        private final int[] cps;
        private int pos;

        Parser(String spec, String typeName) {
            this.spec = spec;
            this.typeName = typeName;
            this.cps = codePoints(spec);
        }

        private static int[] codePoints(String s) {
            int[] cps = new int[s.length()];
            int n = 0;
            for (int i = 0; i < s.length(); n++) {
                int cp = s.codePointAt(i);
                cps[n] = cp;
                i += Character.charCount(cp);
            }
            return n == cps.length ? cps : java.util.Arrays.copyOf(cps, n);
        }

        private int remaining() {
            return cps.length - pos;
        }

        FormatSpec parse(int defaultType, char defaultAlign) {
            int fill = ' ';
            char align = defaultAlign;
            boolean fillGiven = false;
            boolean alignGiven = false;
            if (remaining() >= 2 && isAlign(cps[pos + 1])) {
                fill = cps[pos];
                align = (char) cps[pos + 1];
                fillGiven = alignGiven = true;
                pos += 2;
            } else if (remaining() >= 1 && isAlign(cps[pos])) {
                align = (char) cps[pos++];
                alignGiven = true;
            }
            char sign = 0;
            if (remaining() >= 1 && (cps[pos] == '+' || cps[pos] == '-' || cps[pos] == ' ')) {
                sign = (char) cps[pos++];
            }
            boolean noNegZero = eat('z');
            boolean alternate = eat('#');
            if (!fillGiven && remaining() >= 1 && cps[pos] == '0') {
                fill = '0';
                if (!alignGiven && defaultAlign == '>') {
                    align = '=';
                }
                pos++;
            }
            long width = integer();
            char grouping = grouping();
            long precision = -1;
            if (eat('.')) {
                precision = integer();
                if (precision < 0) {
                    throw Errors.valueError("Format specifier missing precision");
                }
            }
            if (remaining() > 1) {
                throw Errors.valueError("Invalid format specifier '%s' for object of type '%s'", spec, typeName);
            }
            int type = remaining() == 1 ? cps[pos++] : defaultType;
            checkGrouping(grouping, type);
            return new FormatSpec(fill, align, alignGiven, sign, noNegZero, alternate, width, grouping,
                    precision, type, spec, typeName);
        }

        private boolean eat(char c) {
            if (remaining() >= 1 && cps[pos] == c) {
                pos++;
                return true;
            }
            return false;
        }

        /** Digits (any Unicode decimal digit, as Py_UNICODE_TODECIMAL), or -1 when there are none. */
        private long integer() {
            long acc = 0;
            int start = pos;
            while (pos < cps.length) {
                int d = Character.getType(cps[pos]) == Character.DECIMAL_DIGIT_NUMBER
                        ? Character.digit(cps[pos], 10) : -1;
                if (d < 0) {
                    break;
                }
                if (acc > (Long.MAX_VALUE - d) / 10) {
                    throw Errors.valueError("Too many decimal digits in format string");
                }
                acc = acc * 10 + d;
                pos++;
            }
            return pos == start ? -1 : acc;
        }

        private char grouping() {
            char g = 0;
            if (eat(',')) {
                g = ',';
            }
            if (remaining() >= 1 && cps[pos] == '_') {
                if (g != 0) {
                    throw Errors.valueError("Cannot specify both ',' and '_'.");
                }
                g = '_';
                pos++;
            }
            if (remaining() >= 1 && cps[pos] == ',') {
                throw Errors.valueError("Cannot specify both ',' and '_'.");
            }
            return g;
        }

        /** PEP 378 and PEP 515: which presentation types accept which separator. */
        private static void checkGrouping(char grouping, int type) {
            if (grouping == 0) {
                return;
            }
            switch (type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0 -> { }
                case 'b', 'o', 'x', 'X' -> {
                    if (grouping != '_') {
                        throw Errors.valueError("Cannot specify ',' with '%s'.", typeText(type));
                    }
                }
                default -> throw Errors.valueError("Cannot specify '%s' with '%s'.", grouping, typeText(type));
            }
        }

        private static boolean isAlign(int c) {
            return c == '<' || c == '>' || c == '=' || c == '^';
        }
    }
}
