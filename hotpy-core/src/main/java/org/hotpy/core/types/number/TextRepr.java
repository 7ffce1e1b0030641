package org.hotpy.core.types.number;

/**
 * The bits of Python's text semantics that number parsing needs for itself (this package must not
 * depend on the object model): {@code repr} of a str or bytes for error messages,
 * {@code str.isspace} and the decimal value of a Unicode digit. Character properties come from
 * the JDK's Unicode tables (Unicode 13 in Java 17, 14 in CPython 3.11: the few characters added
 * in 14 are unknown here).
 */
final class TextRepr {
    private TextRepr() {}

    /** {@code repr(s)} for a str: quotes and escapes as CPython's {@code unicode_repr}. */
    static String repr(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0;
        char quote = hasSingle && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        s.codePoints().forEach(cp -> appendEscaped(sb, cp, quote));
        return sb.append(quote).toString();
    }

    private static void appendEscaped(StringBuilder sb, int cp, char quote) {
        if (cp == quote || cp == '\\') {
            sb.append('\\').appendCodePoint(cp);
        } else if (cp == '\t') {
            sb.append("\\t");
        } else if (cp == '\n') {
            sb.append("\\n");
        } else if (cp == '\r') {
            sb.append("\\r");
        } else if (cp < ' ' || cp == 0x7f) {
            sb.append(String.format("\\x%02x", cp));
        } else if (cp < 0x7f || isPrintable(cp)) {
            sb.appendCodePoint(cp);
        } else if (cp <= 0xff) {
            sb.append(String.format("\\x%02x", cp));
        } else if (cp <= 0xffff) {
            sb.append(String.format("\\u%04x", cp));
        } else {
            sb.append(String.format("\\U%08x", cp));
        }
    }

    /** {@code str.isprintable} for one code point. */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** {@code repr(b)} for bytes, as CPython's {@code bytes_repr}. */
    static String bytesRepr(byte[] b) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : b) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(b.length + 3).append('b').append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    /** {@code str.isspace} for one code point (the set is fixed since Unicode 6.3). */
    static boolean isSpace(int cp) {
        return cp >= 0x09 && cp <= 0x0d || cp >= 0x1c && cp <= 0x20 || cp == 0x85 || cp == 0xa0
                || cp == 0x1680 || cp >= 0x2000 && cp <= 0x200a || cp == 0x2028 || cp == 0x2029
                || cp == 0x202f || cp == 0x205f || cp == 0x3000;
    }

    /** C's {@code isspace} in the C locale, which CPython's parsers use after the transform. */
    static boolean isAsciiSpace(int c) {
        return c == ' ' || c >= 0x09 && c <= 0x0d;
    }

    /** The value of a Unicode decimal digit (category Nd), or -1. */
    static int decimalValue(int cp) {
        return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(cp, 10) : -1;
    }

    /**
     * CPython's {@code _PyUnicode_TransformDecimalAndSpaceToASCII}: ASCII (below 127) stays,
     * Unicode whitespace becomes a space, decimal digits become ASCII digits, and the first other
     * character becomes {@code '?'} and ends the text (it can only fail to parse).
     */
    static char[] transformDecimalAndSpace(String s) {
        char[] out = new char[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 127) {
                out[n++] = (char) cp;
            } else if (isSpace(cp)) {
                out[n++] = ' ';
            } else {
                int d = decimalValue(cp);
                if (d < 0) {
                    out[n++] = '?';
                    break;
                }
                out[n++] = (char) ('0' + d);
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** CPython's {@code %.200R}: the repr cut to its first 200 code points. */
    static String truncatedRepr(String repr) {
        if (repr.codePointCount(0, repr.length()) <= 200) {
            return repr;
        }
        return repr.substring(0, repr.offsetByCodePoints(0, 200));
    }
}
