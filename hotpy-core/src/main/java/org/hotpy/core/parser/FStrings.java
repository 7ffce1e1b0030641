package org.hotpy.core.parser;

import java.util.ArrayList;
import java.util.List;
import org.hotpy.core.ast.Expr;
import org.hotpy.core.ast.Pos;
import org.hotpy.core.lexer.StringLiterals;
import org.hotpy.core.lexer.StringLiterals.Literal;
import org.hotpy.core.lexer.Token;

/**
 * The inside of one f-string token, scanned as CPython 3.11's {@code string_parser.c} does:
 * literal text with {@code {{}} and {@code }}}, replacement fields whose expression text is
 * found by bracket and quote matching and then parsed by a sub-parser, the {@code =} debug
 * form, conversions and (one level of nested) format specs. Errors are reported on the token
 * after the strings, with CPython's "f-string: ..." messages.
 */
final class FStrings {
    /**
     * Accumulates the values of a JoinedStr, merging adjacent literal text. As in CPython 3.11,
     * text flushed by a following field is placed at {@code whole} (all the concatenated
     * tokens), the text left at the end at {@code end} (the token itself, for a format spec).
     */
    static final class Parts {
        private final Pos whole;
        private final Pos end;
        private final String kind;
        private final List<Expr> values = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        Parts(Pos whole, Pos end, String kind) {
            this.whole = whole;
            this.end = end;
            this.kind = kind;
        }

        void literal(String s) {
            text.append(s);
        }

        void value(Expr.FormattedValue v) {
            flush(whole);
            values.add(v);
        }

        private void flush(Pos at) {
            if (text.length() > 0) {
                values.add(new Expr.Constant(at, text.toString(), kind));
                text.setLength(0);
            }
        }

        List<Expr> finish() {
            flush(end);
            return values;
        }
    }

    private final ExprParser parser;
    private final Pos whole;
    private final Pos token;
    private final boolean raw;
    private final int[] body;
    /** Source line and column of each body index, computed forward as fields are found. */
    private int cursorIdx;
    private int cursorLine;
    private int cursorCol;

    FStrings(ExprParser parser, Token tok, Literal lit, Pos whole) {
        this.parser = parser;
        this.whole = whole;
        this.token = new Pos(tok.line(), tok.col(), tok.endLine(), tok.endCol());
        this.raw = lit.raw();
        this.body = codePoints(lit.body(tok.text()));
        int prefixCodePoints = tok.text().codePointCount(0, lit.bodyStart());
        this.cursorLine = tok.line();
        this.cursorCol = tok.col() + prefixCodePoints;
    }

    /**
     * The code points of {@code s}, by a loop: {@code s.codePoints().toArray()} set up the stream
     * library and linked its lambdas at the first f-string of every run (~10 ms on JDK 17).
     */
    static int[] codePoints(String s) {
        int[] cps = new int[s.codePointCount(0, s.length())];
        for (int i = 0, n = 0; n < cps.length; n++) {
            int cp = s.codePointAt(i);
            cps[n] = cp;
            i += Character.charCount(cp);
        }
        return cps;
    }

    void parse(Parts out) throws StringLiterals.BadEscape {
        int s = parseInto(0, 0, out);
        if (s < body.length) {
            // A '}' ended the top level: only reachable through a single '}'.
            throw error("f-string: single '}' is not allowed");
        }
    }

    /** Literals and fields from {@code s} until the end or (nested) a closing '}'. */
    private int parseInto(int s, int level, Parts out) throws StringLiterals.BadEscape {
        while (true) {
            int start = s;
            boolean doubled = false;
            while (s < body.length) {
                int ch = body[s];
                if (!raw && ch == '\\' && s + 1 < body.length) {
                    if (body[s + 1] == 'N' && s + 2 < body.length && body[s + 2] == '{') {
                        s += 3;
                        while (s < body.length && body[s++] != '}') {
                            // \N{NAME}: its braces are not a replacement field
                        }
                        continue;
                    }
                    s += body[s + 1] == '{' || body[s + 1] == '}' ? 1 : 2;
                    continue;
                }
                if (ch == '{' || ch == '}') {
                    if (level == 0 && s + 1 < body.length && body[s + 1] == ch) {
                        doubled = true;
                        break;
                    }
                    if (level == 0 && ch == '}') {
                        throw error("f-string: single '}' is not allowed");
                    }
                    break;
                }
                s++;
            }
            String lit = new String(body, start, (doubled ? s + 1 : s) - start);
            out.literal(StringLiterals.decode(lit, raw));
            if (doubled) {
                s += 2;
                continue;
            }
            if (s >= body.length || body[s] == '}') {
                return s;
            }
            s = field(s, level, out);
        }
    }

    /** One replacement field starting at the '{' at {@code s}; returns the index after its '}'. */
    private int field(int s, int level, Parts out) throws StringLiterals.BadEscape {
        if (level >= 2) {
            throw error("f-string: expressions nested too deeply");
        }
        int exprStart = ++s;
        s = scanExpression(s);
        int exprEnd = s;
        if (s >= body.length) {
            throw error("f-string: expecting '}'");
        }
        Expr value = compile(exprStart, exprEnd);
        String debugText = null;
        if (body[s] == '=') {
            s++;
            while (s < body.length && isSpace(body[s])) {
                s++;
            }
            debugText = new String(body, exprStart, s - exprStart);
        }
        int conversion = -1;
        if (s < body.length && body[s] == '!') {
            s++;
            if (s >= body.length) {
                throw error("f-string: expecting '}'");
            }
            conversion = body[s++];
            if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        Expr spec = null;
        if (s < body.length && body[s] == ':') {
            s++;
            if (s >= body.length) {
                throw error("f-string: expecting '}'");
            }
            // CPython gives the Constants of a format spec no kind, even after a u'' string.
            Parts specParts = new Parts(whole, token, null);
            s = parseInto(s, level + 1, specParts);
            spec = new Expr.JoinedStr(token, specParts.finish());
        }
        if (s >= body.length || body[s] != '}') {
            throw error("f-string: expecting '}'");
        }
        s++;
        if (debugText != null) {
            out.literal(debugText);
            if (spec == null && conversion == -1) {
                conversion = 'r';
            }
        }
        out.value(new Expr.FormattedValue(whole, value, conversion, spec));
        return s;
    }

    /** Finds the end of a field's expression (CPython's fstring_find_expr loop). */
    private int scanExpression(int s) {
        int quote = 0;
        boolean triple = false;
        int[] stack = new int[org.hotpy.core.lexer.Lexer.MAX_LEVEL];
        int depth = 0;
        for (; s < body.length; s++) {
            int ch = body[s];
            if (ch == '\\') {
                throw error("f-string expression part cannot include a backslash");
            }
            if (quote != 0) {
                if (ch == quote) {
                    if (!triple) {
                        quote = 0;
                    } else if (s + 2 < body.length && body[s + 1] == ch && body[s + 2] == ch) {
                        s += 2;
                        quote = 0;
                    }
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                triple = s + 2 < body.length && body[s + 1] == ch && body[s + 2] == ch;
                if (triple) {
                    s += 2;
                }
                quote = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (depth >= stack.length) {
                    throw error("f-string: too many nested parenthesis");
                }
                stack[depth++] = ch;
            } else if (ch == '#') {
                throw error("f-string expression part cannot include '#'");
            } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                int nx = s + 1 < body.length ? body[s + 1] : -1;
                if (nx == '=' && (ch == '!' || ch == '=' || ch == '<' || ch == '>')) {
                    s++;
                    continue;
                }
                if (ch == '>' || ch == '<') {
                    continue;
                }
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (depth == 0) {
                    throw error("f-string: unmatched '" + Character.toString(ch) + "'");
                }
                int open = stack[--depth];
                if (!(open == '(' && ch == ')' || open == '[' && ch == ']' || open == '{' && ch == '}')) {
                    throw error("f-string: closing parenthesis '" + Character.toString(ch)
                            + "' does not match opening parenthesis '" + Character.toString(open) + "'");
                }
            }
        }
        if (quote != 0) {
            throw error("f-string: unterminated string");
        }
        if (depth > 0) {
            throw error("f-string: unmatched '" + Character.toString(stack[depth - 1]) + "'");
        }
        return s;
    }

    private Expr compile(int start, int end) {
        int s = start;
        while (s < end && (body[s] == ' ' || body[s] == '\t' || body[s] == '\n' || body[s] == '\f')) {
            s++;
        }
        if (s == end) {
            int c = end < body.length ? body[end] : -1;
            if (c == '!' || c == ':' || c == '=') {
                throw error("f-string: expression required before '" + Character.toString(c) + "'");
            }
            throw error("f-string: empty expression not allowed");
        }
        advanceCursor(start);
        return parser.fstringExpression(new String(body, start, end - start), cursorLine, cursorCol);
    }

    private void advanceCursor(int idx) {
        while (cursorIdx < idx) {
            if (body[cursorIdx] == '\n') {
                cursorLine++;
                cursorCol = 0;
            } else {
                cursorCol++;
            }
            cursorIdx++;
        }
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
    }

    private SyntaxErrorException error(String msg) {
        return parser.errorAt(parser.peek(), msg);
    }
}
