package org.hotpy.core.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Python source into pieces whose concatenation is exactly the source: tokens (names,
 * numbers, whole string literals including f-strings, operators, newlines, line indentation)
 * and the gaps between them (spaces, comments, line continuations). Deliberately simpler than
 * the real lexer: it never fails, so it also splits programs the lexer would reject, and the
 * mutants it yields keep the original spacing.
 */
final class TokenSplitter {
    private TokenSplitter() {}

    /** A piece of source; only tokens are mutated, gaps stay where they are. */
    record Piece(String text, boolean token) {}

    private static final String[] OPERATORS = {
        "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", ">>", "<<", "<=", ">=", "==", "!=",
        "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
    };

    static List<Piece> split(String src) {
        List<Piece> out = new ArrayList<>();
        int i = 0;
        int n = src.length();
        boolean lineStart = true;
        while (i < n) {
            char c = src.charAt(i);
            int end;
            boolean token = true;
            if (c == '\n' || c == '\r') {
                end = c == '\r' && i + 1 < n && src.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                out.add(new Piece(src.substring(i, end), true));
                i = end;
                lineStart = true;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\f') {
                end = i;
                while (end < n && (src.charAt(end) == ' ' || src.charAt(end) == '\t' || src.charAt(end) == '\f')) {
                    end++;
                }
                token = lineStart; // indentation is a token (deleting it is an interesting mutation)
            } else if (c == '#') {
                end = i;
                while (end < n && src.charAt(end) != '\n' && src.charAt(end) != '\r') {
                    end++;
                }
                token = false;
            } else if (c == '\\' && i + 1 < n && (src.charAt(i + 1) == '\n' || src.charAt(i + 1) == '\r')) {
                end = i + 1;
                token = false;
            } else if (stringStart(src, i) >= 0) {
                end = stringEnd(src, stringStart(src, i));
            } else if (Character.isLetter(c) || c == '_' || c > 127 && Character.isUnicodeIdentifierStart(c)) {
                end = i + 1;
                while (end < n && (Character.isLetterOrDigit(src.charAt(end)) || src.charAt(end) == '_'
                        || src.charAt(end) > 127 && Character.isUnicodeIdentifierPart(src.charAt(end)))) {
                    end++;
                }
            } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(src.charAt(i + 1))) {
                end = numberEnd(src, i);
            } else {
                end = operatorEnd(src, i);
            }
            out.add(new Piece(src.substring(i, end), token));
            lineStart = false;
            i = end;
        }
        return out;
    }

    private static final java.util.Set<String> KEYWORDS = java.util.Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
            "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
            "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

    /**
     * A token's class: {@code k} keyword, {@code n} name, {@code 0} number, {@code s} string,
     * {@code l} newline, {@code i} indentation, {@code o} operator or other character.
     */
    static char tokenClass(String text) {
        char c = text.charAt(0);
        if (c == '\n' || c == '\r') {
            return 'l';
        }
        if (c == ' ' || c == '\t' || c == '\f') {
            return 'i';
        }
        if (stringStart(text, 0) >= 0) {
            return 's';
        }
        if (Character.isDigit(c) || c == '.' && text.length() > 1) {
            return '0';
        }
        if (Character.isLetter(c) || c == '_' || c > 127) {
            return KEYWORDS.contains(text) ? 'k' : 'n';
        }
        return 'o';
    }

    /** The index of the opening quote when a string literal (with optional prefix) starts at i, else -1. */
    private static int stringStart(String src, int i) {
        int j = i;
        while (j < src.length() && j - i < 2 && "rRbBuUfF".indexOf(src.charAt(j)) >= 0) {
            j++;
        }
        if (j < src.length() && (src.charAt(j) == '\'' || src.charAt(j) == '"')) {
            return j;
        }
        return -1;
    }

    /** The end of the string literal whose opening quote is at q (the end of the line or text if unclosed). */
    private static int stringEnd(String src, int q) {
        char quote = src.charAt(q);
        boolean triple = src.startsWith(String.valueOf(quote).repeat(3), q);
        String close = triple ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
        int j = q + close.length();
        while (j < src.length()) {
            char c = src.charAt(j);
            if (c == '\\') {
                j += 2;
            } else if (src.startsWith(close, j)) {
                return j + close.length();
            } else if (!triple && (c == '\n' || c == '\r')) {
                return j;
            } else {
                j++;
            }
        }
        return src.length();
    }

    private static int numberEnd(String src, int i) {
        int j = i;
        while (j < src.length()) {
            char c = src.charAt(j);
            boolean exponentSign = (c == '+' || c == '-') && j > i && "eE".indexOf(src.charAt(j - 1)) >= 0
                    && !src.substring(i, j).toLowerCase().startsWith("0x");
            if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || exponentSign) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private static int operatorEnd(String src, int i) {
        for (String op : OPERATORS) {
            if (src.startsWith(op, i)) {
                return i + op.length();
            }
        }
        return Character.isHighSurrogate(src.charAt(i)) && i + 1 < src.length() ? i + 2 : i + 1;
    }
}
