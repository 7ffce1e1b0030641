package org.hotpy.core.lexer;

import java.io.ByteArrayOutputStream;

/**
 * String literal prefixes and escape decoding, as CPython's parser applies them to STRING tokens
 * (the tokenizer only finds where a literal ends). Errors carry CPython's message; the parser
 * decides where to report them.
 */
public final class StringLiterals {
    private StringLiterals() {
    }

    /** What a literal's prefix says, and where its body lies inside the token text. */
    public record Literal(boolean bytes, boolean raw, boolean fstring, boolean unicode,
                          int bodyStart, int bodyEnd) {
        public String body(String tokenText) {
            return tokenText.substring(bodyStart, bodyEnd);
        }
    }

    /** A bad escape sequence; the message is CPython's, e.g. "(unicode error) ...". */
    public static final class BadEscape extends Exception {
        public BadEscape(String msg) {
            super(msg, null, false, false);
        }
    }

    /** Splits the text of a STRING token into prefix flags and body bounds. */
    public static Literal literal(String text) {
        boolean b = false;
        boolean r = false;
        boolean f = false;
        boolean u = false;
        int i = 0;
        while (text.charAt(i) != '\'' && text.charAt(i) != '"') {
            switch (Character.toLowerCase(text.charAt(i))) {
                case 'b' -> b = true;
                case 'r' -> r = true;
                case 'f' -> f = true;
                default -> u = true;
            }
            i++;
        }
        char q = text.charAt(i);
        int quotes = text.length() - i >= 6 && text.charAt(i + 1) == q && text.charAt(i + 2) == q ? 3 : 1;
        return new Literal(b, r, f, u, i + quotes, text.length() - quotes);
    }

    /** Decodes a str literal body (no-op for raw strings). */
    public static String decode(String body, boolean raw) throws BadEscape {
        if (raw || body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder sb = new StringBuilder(body.length());
        int n = body.length();
        int i = 0;
        while (i < n) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                sb.append(c);
                i++;
                continue;
            }
            i = escape(body, i, sb);
        }
        return sb.toString();
    }

    /** Decodes the escape at {@code i} (a backslash) into {@code sb}; returns the next index. */
    private static int escape(String body, int i, StringBuilder sb) throws BadEscape {
        char d = body.charAt(i + 1);
        switch (d) {
            case '\n' -> { }
            case '\\', '\'', '"' -> sb.append(d);
            case 'a' -> sb.append('\u0007');
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'n' -> sb.append('\n');
            case 'r' -> sb.append('\r');
            case 't' -> sb.append('\t');
            case 'v' -> sb.append('\u000b');
            case 'x' -> {
                return hexEscape(body, i, 2, "truncated \\xXX escape", sb);
            }
            case 'u' -> {
                return hexEscape(body, i, 4, "truncated \\uXXXX escape", sb);
            }
            case 'U' -> {
                return hexEscape(body, i, 8, "truncated \\UXXXXXXXX escape", sb);
            }
            case 'N' -> {
                return namedEscape(body, i, sb);
            }
            default -> {
                if (d >= '0' && d <= '7') {
                    int[] r = octal(body, i + 1);
                    sb.appendCodePoint(r[0]);
                    return r[1];
                }
                // Unknown escapes keep their backslash (CPython warns; we have no warnings).
                sb.append('\\').append(d);
            }
        }
        return i + 2;
    }

    /** Up to three octal digits from {@code j}: {value, next index}. */
    private static int[] octal(String body, int j) {
        int v = 0;
        int k = j;
        while (k < body.length() && k < j + 3 && body.charAt(k) >= '0' && body.charAt(k) <= '7') {
            v = v * 8 + body.charAt(k) - '0';
            k++;
        }
        return new int[] {v, k};
    }

    private static int hexEscape(String body, int i, int count, String what, StringBuilder sb)
            throws BadEscape {
        int j = i + 2;
        int v = 0;
        int read = 0;
        while (read < count && j < body.length() && Character.digit(body.charAt(j), 16) >= 0) {
            v = v * 16 + Character.digit(body.charAt(j), 16);
            j++;
            read++;
        }
        if (read < count) {
            throw unicodeError(body, i, j, what);
        }
        if (count == 8 && (v < 0 || v > Character.MAX_CODE_POINT)) {
            throw unicodeError(body, i, j, "illegal Unicode character");
        }
        sb.appendCodePoint(v);
        return j;
    }

    private static int namedEscape(String body, int i, StringBuilder sb) throws BadEscape {
        if (i + 2 >= body.length() || body.charAt(i + 2) != '{') {
            throw unicodeError(body, i, Math.min(i + 2, body.length()), "malformed \\N character escape");
        }
        int close = body.indexOf('}', i + 3);
        if (close < 0) {
            throw unicodeError(body, i, body.length(), "malformed \\N character escape");
        }
        String name = body.substring(i + 3, close);
        if (name.isEmpty()) {
            throw unicodeError(body, i, close + 1, "malformed \\N character escape");
        }
        int cp = -1;
        if (!Character.isWhitespace(name.charAt(0))
                && !Character.isWhitespace(name.charAt(name.length() - 1))) {
            try {
                cp = Character.codePointOf(name);
            } catch (IllegalArgumentException e) {
                cp = -1;
            }
        }
        if (cp < 0) {
            throw unicodeError(body, i, close + 1, "unknown Unicode character name");
        }
        sb.appendCodePoint(cp);
        return close + 1;
    }

    private static BadEscape unicodeError(String body, int start, int end, String why) {
        int s = body.codePointCount(0, start);
        int e = body.codePointCount(0, end);
        String where = e - s <= 1
                ? String.format("byte 0x%02x in position %d", (int) body.charAt(start) & 0xff, s)
                : "bytes in position " + s + "-" + (e - 1);
        return new BadEscape("(unicode error) 'unicodeescape' codec can't decode " + where + ": " + why);
    }

    /** Decodes a bytes literal body; the caller has checked that it is ASCII. */
    public static byte[] decodeBytes(String body, boolean raw) throws BadEscape {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        int n = body.length();
        int i = 0;
        while (i < n) {
            char c = body.charAt(i);
            if (raw || c != '\\' || i + 1 >= n) {
                out.write(c);
                i++;
                continue;
            }
            char d = body.charAt(i + 1);
            i += 2;
            switch (d) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.write(d);
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write(10);
                case 'r' -> out.write(13);
                case 't' -> out.write(9);
                case 'v' -> out.write(11);
                case 'x' -> {
                    int hi = i < n ? Character.digit(body.charAt(i), 16) : -1;
                    int lo = i + 1 < n ? Character.digit(body.charAt(i + 1), 16) : -1;
                    if (hi < 0 || lo < 0) {
                        throw new BadEscape("(value error) invalid \\x escape at position " + (i - 2));
                    }
                    out.write(hi * 16 + lo);
                    i += 2;
                }
                default -> {
                    if (d >= '0' && d <= '7') {
                        int[] r = octal(body, i - 1);
                        out.write(r[0] & 0xff);
                        i = r[1];
                    } else {
                        out.write('\\');
                        out.write(d);
                    }
                }
            }
        }
        return out.toByteArray();
    }
}
