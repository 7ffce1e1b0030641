package org.hotpy.api.trace;

import java.util.ArrayList;
import java.util.List;

/** Splits the text form into tokens; newlines count only outside brackets, braces and parentheses. */
final class TraceLexer {
    enum T { WORD, NUMBER, STRING, REF, PUNCT, NEWLINE, EOF }

    record Token(T type, String text, int line, int column) {
        boolean is(String punct) {
            return type == T.PUNCT && text.equals(punct);
        }

        String describe() {
            return switch (type) {
                case EOF -> "end of text";
                case NEWLINE -> "end of line";
                case STRING -> "\"" + text + "\"";
                case REF -> "@" + text;
                default -> "'" + text + "'";
            };
        }
    }

    private final String s;
    private int pos;
    private int line = 1;
    private int lineStart;
    private int depth;

    private TraceLexer(String s) {
        this.s = s;
    }

    static List<Token> tokens(String text) {
        return new TraceLexer(text).run();
    }

    private List<Token> run() {
        List<Token> out = new ArrayList<>();
        while (true) {
            skipBlanks();
            if (pos >= s.length()) {
                out.add(tok(T.EOF, "", pos));
                return out;
            }
            char c = s.charAt(pos);
            int start = pos;
            if (c == '\n') {
                if (depth == 0) {
                    out.add(tok(T.NEWLINE, "\n", start));
                }
                pos++;
                line++;
                lineStart = pos;
            } else if (c == '@') {
                pos++;
                String name = pos < s.length() && s.charAt(pos) == '"' ? string() : word();
                if (name.isEmpty()) {
                    throw error(start, "expected a name after '@'");
                }
                out.add(tok(T.REF, name, start));
            } else if (c == '"') {
                out.add(tok(T.STRING, string(), start));
            } else if (Character.isDigit(c) || (c == '-' && pos + 1 < s.length()
                    && (Character.isDigit(s.charAt(pos + 1)) || s.startsWith("inf", pos + 1)))) {
                out.add(tok(T.NUMBER, number(), start));
            } else if (Character.isLetter(c) || c == '_') {
                out.add(tok(T.WORD, word(), start));
            } else if ("[](){},;=:|<>?".indexOf(c) >= 0) {
                if ("[({".indexOf(c) >= 0) {
                    depth++;
                } else if ("])}".indexOf(c) >= 0) {
                    depth = Math.max(0, depth - 1);
                }
                pos++;
                out.add(tok(T.PUNCT, String.valueOf(c), start));
            } else {
                throw error(start, "unexpected character '" + c + "'");
            }
        }
    }

    private void skipBlanks() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '#') {
                while (pos < s.length() && s.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else {
                return;
            }
        }
    }

    private String word() {
        int start = pos;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '$') {
                pos++;
            } else {
                break;
            }
        }
        return s.substring(start, pos);
    }

    private String number() {
        int start = pos;
        if (s.charAt(pos) == '-') {
            pos++;
        }
        if (s.startsWith("inf", pos)) {
            pos += 3;
            return s.substring(start, pos);
        }
        while (pos < s.length()) {
            char c = s.charAt(pos);
            boolean exponentSign = (c == '-' || c == '+') && (s.charAt(pos - 1) == 'E' || s.charAt(pos - 1) == 'e');
            if (Character.isDigit(c) || c == '.' || c == 'E' || c == 'e' || exponentSign) {
                pos++;
            } else {
                break;
            }
        }
        return s.substring(start, pos);
    }

    private String string() {
        int start = pos;
        pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < s.length() && s.charAt(pos) != '"') {
            char c = s.charAt(pos++);
            if (c == '\n') {
                throw error(start, "unterminated string");
            }
            if (c == '\\' && pos < s.length()) {
                char e = s.charAt(pos++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        if (pos + 4 > s.length()) {
                            throw error(pos, "bad \\u escape");
                        }
                        sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> sb.append(e);
                }
            } else {
                sb.append(c);
            }
        }
        if (pos >= s.length()) {
            throw error(start, "unterminated string");
        }
        pos++;
        return sb.toString();
    }

    private Token tok(T type, String text, int start) {
        return new Token(type, text, line, start - lineStart + 1);
    }

    private TraceSyntaxException error(int at, String msg) {
        return new TraceSyntaxException(line, at - lineStart + 1, msg);
    }
}
