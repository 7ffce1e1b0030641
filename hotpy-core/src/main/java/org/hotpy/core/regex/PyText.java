package org.hotpy.core.regex;

/** The few Python string functions the parser's error messages need: repr, isidentifier, ascii. */
final class PyText {
    private PyText() {}

    /** {@code repr(s)} of a Python str given as code points. */
    static String repr(int[] cps) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int c : cps) {
            hasSingle |= c == '\'';
            hasDouble |= c == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(quote);
        for (int c : cps) {
            if (c == quote || c == '\\') {
                sb.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (isPrintable(c)) {
                sb.appendCodePoint(c);
            } else {
                appendEscape(sb, c);
            }
        }
        return sb.append(quote).toString();
    }

    /** {@code repr(b)} of a bytes object. */
    static String bytesRepr(byte[] b) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : b) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(quote);
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
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    /** repr of a str (String) or bytes (byte[]) value. */
    static String reprOf(Object v) {
        return v instanceof byte[] b ? bytesRepr(b) : repr((String) v);
    }

    /** The first {@code n} characters of {@code s}, as C's {@code %.<n>R} truncates a repr. */
    static String truncate(String s, int n) {
        return s.codePointCount(0, s.length()) <= n ? s
            : s.substring(0, s.offsetByCodePoints(0, n));
    }

    static String repr(String s) {
        return repr(s.codePoints().toArray());
    }

    /** Python's {@code str.isprintable()} for one character. */
    static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    private static void appendEscape(StringBuilder sb, int c) {
        if (c < 0x100) {
            sb.append(String.format("\\x%02x", c));
        } else if (c < 0x10000) {
            sb.append(String.format("\\u%04x", c));
        } else {
            sb.append(String.format("\\U%08x", c));
        }
    }

    /** {@code s.encode('ascii', 'backslashreplace').decode('ascii')}. */
    static String asciiBackslashReplace(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (c < 0x80) {
                sb.append((char) c);
            } else {
                appendEscape(sb, c);
            }
        });
        return sb.toString();
    }

    /**
     * Python's {@code str.isidentifier()}, approximated with Java's Unicode identifier classes
     * (Python uses XID_Start/XID_Continue; the sets differ only in a handful of rare characters).
     */
    static boolean isIdentifier(int[] cps) {
        if (cps.length == 0) {
            return false;
        }
        int first = cps[0];
        if (first != '_' && !Character.isUnicodeIdentifierStart(first)) {
            return false;
        }
        for (int i = 1; i < cps.length; i++) {
            int c = cps[i];
            if (!Character.isUnicodeIdentifierPart(c) || Character.isIdentifierIgnorable(c)) {
                return false;
            }
        }
        return true;
    }

    /** Python's {@code s.isdecimal() and s.isascii()} (what {@code int()} accepts plainly). */
    static boolean isAsciiDecimal(int[] cps) {
        if (cps.length == 0) {
            return false;
        }
        for (int c : cps) {
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static String str(int[] cps) {
        return new String(cps, 0, cps.length);
    }
}
