package org.hotpy.core.regex;

import java.math.BigInteger;

/**
 * Splits a pattern (or replacement template) into tokens as CPython's {@code _parser.Tokenizer}
 * does: a token is one character, or a backslash with the character after it. Positions count
 * code points (bytes for a bytes pattern), so error positions match CPython's.
 *
 * <p>A token is an {@code int}: the character itself, {@code ESC | c} for {@code "\\c"}, or
 * {@link #NONE} at the end of the pattern.
 */
final class Tokenizer {
    static final int ESC = 1 << 21;
    static final int NONE = -1;

    final int[] units;
    final boolean isText;
    final Object source;
    /** Warnings issued so far, in order. */
    final java.util.List<RegexWarning> warnings = new java.util.ArrayList<>();
    private int index;
    private int next;

    /** @param units code points of a str, or byte values of a bytes object. */
    Tokenizer(Object source, int[] units, boolean isText) {
        this.source = source;
        this.units = units;
        this.isText = isText;
        advance();
    }

    private void advance() {
        int i = index;
        if (i >= units.length) {
            next = NONE;
            return;
        }
        int c = units[i];
        if (c == '\\') {
            i++;
            if (i >= units.length) {
                throw new RegexError("bad escape (end of pattern)", source, units, units.length - 1);
            }
            c = ESC | units[i];
        }
        index = i + 1;
        next = c;
    }

    /** The next token without consuming it. */
    int peek() {
        return next;
    }

    boolean match(int token) {
        if (token == next) {
            advance();
            return true;
        }
        return false;
    }

    int get() {
        int t = next;
        advance();
        return t;
    }

    /** Up to {@code n} plain tokens from {@code chars}, appended to {@code sb}. */
    void getWhile(int n, String chars, StringBuilder sb) {
        for (int i = 0; i < n; i++) {
            int c = next;
            if (c == NONE || (c & ESC) != 0 || chars.indexOf(c) < 0) {
                return;
            }
            sb.append((char) c);
            advance();
        }
    }

    /** Tokens up to {@code terminator}, with CPython's errors for a missing or empty name. */
    int[] getUntil(int terminator, String name) {
        StringBuilder sb = new StringBuilder();
        int len = 0;
        while (true) {
            int c = next;
            advance();
            if (c == NONE) {
                if (len == 0) {
                    throw error("missing " + name, 0);
                }
                throw error("missing " + (char) terminator + ", unterminated name", len);
            }
            if (c == terminator) {
                if (len == 0) {
                    throw error("missing " + name, 1);
                }
                break;
            }
            len += appendToken(sb, c);
        }
        return sb.codePoints().toArray();
    }

    /** Appends a token's text; returns its length in code points. */
    static int appendToken(StringBuilder sb, int token) {
        if ((token & ESC) != 0) {
            sb.append('\\').appendCodePoint(token & ~ESC);
            return 2;
        }
        sb.appendCodePoint(token);
        return 1;
    }

    static String text(int token) {
        StringBuilder sb = new StringBuilder();
        appendToken(sb, token);
        return sb.toString();
    }

    static int length(int token) {
        return token == NONE ? 0 : (token & ESC) != 0 ? 2 : 1;
    }

    int tell() {
        return index - length(next);
    }

    void seek(int i) {
        index = i;
        advance();
    }

    RegexError error(String msg, int offset) {
        String m = isText ? msg : PyText.asciiBackslashReplace(msg);
        return new RegexError(m, source, units, tell() - offset);
    }

    /**
     * CPython's {@code checkgroupname}: the name must be an identifier (and should be ASCII in a
     * bytes pattern).
     */
    void checkGroupName(int[] name, int offset) {
        if (!PyText.isIdentifier(name)) {
            throw error("bad character in group name " + PyText.repr(name), name.length + offset);
        }
        if (!isText && !isAscii(name)) {
            warn("DeprecationWarning", "bad character in group name "
                + PyText.asciiBackslashReplace(PyText.repr(name)) + " at position "
                + (tell() - name.length - offset));
        }
    }

    /** The warning for a group number that is not plain ASCII digits ({@code int()} took it). */
    void checkGroupNumber(int[] name) {
        if (!PyText.isAsciiDecimal(name)) {
            String r = PyText.repr(name);
            warn("DeprecationWarning", "bad character in group name "
                + (isText ? r : PyText.asciiBackslashReplace(r)) + " at position "
                + (tell() - name.length - 1));
        }
    }

    void warn(String category, String message) {
        warnings.add(new RegexWarning(category, message));
    }

    private static boolean isAscii(int[] cps) {
        for (int c : cps) {
            if (c >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Python's {@code int(s)} for a group number: surrounding whitespace, a sign, underscores
     * between digits and non-ASCII decimal digits are accepted. Returns {@code null} where
     * {@code int()} raises ValueError.
     */
    static BigInteger pyInt(int[] cps) {
        int i = 0;
        int j = cps.length;
        while (i < j && isPySpace(cps[i])) {
            i++;
        }
        while (j > i && isPySpace(cps[j - 1])) {
            j--;
        }
        boolean negative = false;
        if (i < j && (cps[i] == '+' || cps[i] == '-')) {
            negative = cps[i] == '-';
            i++;
        }
        StringBuilder digits = new StringBuilder();
        boolean lastUnderscore = true;
        for (int k = i; k < j; k++) {
            int c = cps[k];
            if (c == '_') {
                if (lastUnderscore) {
                    return null;
                }
                lastUnderscore = true;
                continue;
            }
            if (Character.getType(c) != Character.DECIMAL_DIGIT_NUMBER) {
                return null;
            }
            digits.append((char) ('0' + Character.digit(c, 10)));
            lastUnderscore = false;
        }
        if (digits.length() == 0 || lastUnderscore) {
            return null;
        }
        BigInteger v = new BigInteger(digits.toString());
        return negative ? v.negate() : v;
    }

    static boolean isPySpace(int c) {
        return Categories.isUnicodeSpace(c);
    }
}
