package org.hotpy.core.lexer;

import java.util.ArrayList;
import java.util.List;
import org.hotpy.core.parser.SyntaxErrorException;
import org.hotpy.core.parser.SyntaxErrorException.Kind;

/**
 * The Python 3.11 tokenizer: a pull lexer with CPython's rules for indentation (tabs to the
 * next multiple of 8, with the "alternate" tab size of 1 to detect inconsistent tabs), implicit
 * line joining inside brackets, backslash continuation, and the same error messages and
 * positions as CPython's {@code tokenizer.c}. Strings are found but not decoded (the parser
 * decodes them through {@link StringLiterals}, as CPython's parser does).
 *
 * <p>Every error is a {@link SyntaxErrorException}. One instance lexes one source, once.
 */
public final class Lexer implements TokenSource {
    /** CPython's MAXINDENT. */
    private static final int MAX_INDENT = 100;
    /** CPython's MAXLEVEL: open brackets. */
    public static final int MAX_LEVEL = 200;
    private static final int TAB_SIZE = 8;

    private final SourceText src;
    private final boolean trivia;
    private int pos;
    private int line = 1;
    private int lineStart;
    private boolean atBol = true;
    private boolean done;

    private final int[] indents = new int[MAX_INDENT + 1];
    private final int[] altIndents = new int[MAX_INDENT + 1];
    private int indentTop;
    private int pending;
    private int pendingCol;
    private int pendingLine;

    private final int[] brChar = new int[MAX_LEVEL];
    private final int[] brLine = new int[MAX_LEVEL];
    private final int[] brCol = new int[MAX_LEVEL];
    private int depth;
    private boolean unclosedAtEof;

    public Lexer(String source, String filename) {
        this(new SourceText(source, filename), false);
    }

    /** With {@code trivia}, NL and COMMENT tokens are produced too (for tools, not the parser). */
    public Lexer(SourceText source, boolean trivia) {
        this.src = source;
        this.trivia = trivia;
    }

    /** All tokens of {@code source}, up to and including ENDMARKER. */
    public static List<Token> tokenize(String source, String filename) {
        Lexer lx = new Lexer(source, filename);
        List<Token> out = new ArrayList<>();
        Token t;
        do {
            t = lx.next();
            out.add(t);
        } while (t.kind() != TokenKind.ENDMARKER);
        return out;
    }

    @Override
    public SourceText source() {
        return src;
    }

    /** Open brackets at this point. */
    @Override
    public int depth() {
        return depth;
    }

    /** True when the last error was input ending inside brackets ("'(' was never closed"). */
    @Override
    public boolean unclosedAtEof() {
        return unclosedAtEof;
    }

    /** Line of the innermost open bracket (valid when {@link #depth()} &gt; 0). */
    @Override
    public int innermostBracketLine() {
        return brLine[depth - 1];
    }

    /** The error CPython reports for the innermost bracket left open at the end of input. */
    public SyntaxErrorException unclosedError() {
        int i = depth - 1;
        String msg = "'" + Character.toString(brChar[i]) + "' was never closed";
        return src.error(Kind.SYNTAX_ERROR, msg, brLine[i], brCol[i] + 1, 0, true);
    }

    /** The next token; ENDMARKER forever once the input is exhausted. */
    @Override
    public Token next() {
        if (pending != 0) {
            return pendingToken();
        }
        while (true) {
            if (atBol) {
                atBol = false;
                Token t = indentation();
                if (t != null) {
                    return t;
                }
            }
            skipBlanks();
            int c = src.at(pos);
            if (c == -1) {
                return endOfInput();
            }
            if (c == '#') {
                Token t = comment();
                if (t != null) {
                    return t;
                }
                continue;
            }
            if (c == '\n') {
                Token t = newline();
                if (t != null) {
                    return t;
                }
                continue;
            }
            if (c == '\\') {
                continuation();
                continue;
            }
            return token(c);
        }
    }

    private Token token(int c) {
        if (isAsciiLetter(c) || c == '_' || c >= 128) {
            return nameOrString();
        }
        if (c >= '0' && c <= '9' || c == '.' && isDigit(src.at(pos + 1))) {
            return new NumberScanner(src, pos, line, lineStart).scan(this);
        }
        if (c == '\'' || c == '"') {
            return string(pos, pos);
        }
        return operator(c);
    }

    /** Called back by {@link NumberScanner} with the end of the number it read. */
    Token numberToken(int start, int end, Object value) {
        pos = end;
        return track(make(TokenKind.NUMBER, start, end, value));
    }

    private Token make(TokenKind kind, int start, int end, Object value) {
        return new Token(kind, src.substring(start, end), value, line, start - lineStart, line,
                end - lineStart);
    }

    private void skipBlanks() {
        while (true) {
            int c = src.at(pos);
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else {
                return;
            }
        }
    }

    // ---- lines and indentation ----

    /** Measures the indentation of a new line and queues INDENT/DEDENT tokens (CPython rules). */
    private Token indentation() {
        int col = 0;
        int alt = 0;
        int p = pos;
        while (true) {
            int c = src.at(p);
            if (c == ' ') {
                col++;
                alt++;
            } else if (c == '\t') {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                alt++;
            } else if (c == '\f') {
                col = 0;
                alt = 0;
            } else {
                break;
            }
            p++;
        }
        pos = p;
        int c = src.at(p);
        if (c == '#' || c == '\n' || depth > 0) {
            return null;  // blank lines and continuation lines do not indent
        }
        pendingLine = line;
        pendingCol = p - lineStart;
        if (c == -1) {
            col = 0;
            alt = 0;
            // CPython's DEDENTs at the end of input stand where ENDMARKER does.
            pendingLine = src.lineCount();
            pendingCol = src.lineLength(pendingLine) + (src.length() > 0 ? 1 : 0);
        }
        changeIndent(col, alt);
        return pending != 0 ? pendingToken() : null;
    }

    /**
     * Compares a line's indentation with the stack and queues INDENT/DEDENTs. {@code alt}
     * counts a tab as one column: a line that compares differently under the two measures
     * depends on the tab size, which CPython rejects as a TabError.
     */
    private void changeIndent(int col, int alt) {
        if (col == indents[indentTop]) {
            if (alt != altIndents[indentTop]) {
                throw tabError();
            }
        } else if (col > indents[indentTop]) {
            if (indentTop + 1 >= MAX_INDENT) {
                throw src.error(Kind.INDENTATION_ERROR, "too many levels of indentation", line, 1, 0,
                        false);
            }
            if (alt <= altIndents[indentTop]) {
                throw tabError();
            }
            indentTop++;
            indents[indentTop] = col;
            altIndents[indentTop] = alt;
            pending = 1;
        } else {
            while (indentTop > 0 && col < indents[indentTop]) {
                indentTop--;
                pending--;
            }
            if (col != indents[indentTop]) {
                throw src.error(Kind.INDENTATION_ERROR,
                        "unindent does not match any outer indentation level", line,
                        src.lineLength(line) + 1, -1, false);
            }
            if (alt != altIndents[indentTop]) {
                throw tabError();
            }
        }
    }

    private SyntaxErrorException tabError() {
        return src.error(Kind.TAB_ERROR, "inconsistent use of tabs and spaces in indentation", line,
                1, 0, false);
    }

    private Token pendingToken() {
        TokenKind kind = pending > 0 ? TokenKind.INDENT : TokenKind.DEDENT;
        pending += pending > 0 ? -1 : 1;
        return new Token(kind, "", null, pendingLine, pendingCol, pendingLine, pendingCol);
    }

    private Token newline() {
        int start = pos;
        pos++;
        Token t = null;
        if (depth == 0 && lineHasToken) {
            lineHasToken = false;
            // As CPython's: it leaves the '\n' out, and starts at a comment that precedes it.
            int from = commentStart >= 0 ? commentStart : start;
            t = new Token(TokenKind.NEWLINE, "\n", null, line, from - lineStart, line,
                    start - lineStart);
        } else if (trivia) {
            t = make(TokenKind.NL, start, start + 1, null);
        }
        line++;
        lineStart = pos;
        atBol = true;
        commentStart = -1;
        return t;
    }

    /** Where a comment began, if the last thing skipped before a newline was one; else -1. */
    private int commentStart = -1;

    /** Whether the logical line so far holds a token (else it is blank: no NEWLINE). */
    private boolean lineHasToken;

    private Token comment() {
        int start = pos;
        commentStart = trivia ? -1 : start;
        while (src.at(pos) != '\n' && src.at(pos) != -1) {
            pos++;
        }
        return trivia ? make(TokenKind.COMMENT, start, pos, null) : null;
    }

    private void continuation() {
        int c = src.at(pos + 1);
        if (c != '\n') {
            // CPython reports the column just past the character after the backslash.
            throw src.error(Kind.SYNTAX_ERROR,
                    "unexpected character after line continuation character", line,
                    pos + 2 - lineStart, 0, false);
        }
        if (src.at(pos + 2) == -1) {
            throw src.error(Kind.SYNTAX_ERROR, "unexpected EOF while parsing", line,
                    pos + 1 - lineStart + 1, -1, true);
        }
        pos += 2;
        line++;
        lineStart = pos;
    }

    private Token endOfInput() {
        if (depth > 0) {
            unclosedAtEof = true;
            throw unclosedError();
        }
        if (!done && indentTop > 0) {
            pending = -indentTop;
            indentTop = 0;
            pendingLine = src.lineCount();
            pendingCol = src.lineLength(pendingLine) + 1;
            done = true;
            return pendingToken();
        }
        done = true;
        // CPython's tokenizer has read no line at all for an empty source: line 0.
        int last = src.length() == 0 ? 0 : src.lineCount();
        int col = src.length() == 0 ? 0 : src.lineLength(last) + 1;
        return new Token(TokenKind.ENDMARKER, "", null, last, col, last, col);
    }

    // ---- names and strings ----

    private Token nameOrString() {
        int start = pos;
        boolean ascii = true;
        int p = pos;
        while (true) {
            int c = src.at(p);
            if (isAsciiLetter(c) || c == '_' || isDigit(c)) {
                p++;
            } else if (c >= 128) {
                ascii = false;
                p++;
            } else {
                break;
            }
        }
        int q = src.at(p);
        if ((q == '\'' || q == '"') && p - start <= 2 && isStringPrefix(start, p)) {
            return string(start, p);
        }
        pos = p;
        String text = src.substring(start, p);
        if (ascii) {
            TokenKind kw = TokenKind.keyword(text);
            return track(new Token(kw != null ? kw : TokenKind.NAME, text, text, line,
                    start - lineStart, line, p - lineStart));
        }
        String id = Identifiers.verify(src, start, p, line, lineStart);
        return track(new Token(TokenKind.NAME, text, id, line, start - lineStart, line,
                p - lineStart));
    }

    private boolean isStringPrefix(int start, int end) {
        boolean b = false;
        boolean r = false;
        boolean u = false;
        boolean f = false;
        for (int i = start; i < end; i++) {
            switch (Character.toLowerCase(src.at(i))) {
                case 'b' -> {
                    if (b || u || f) return false;
                    b = true;
                }
                case 'r' -> {
                    if (r || u) return false;
                    r = true;
                }
                case 'u' -> {
                    if (u || b || r || f || end - start != 1) return false;
                    u = true;
                }
                case 'f' -> {
                    if (f || b || u) return false;
                    f = true;
                }
                default -> {
                    return false;
                }
            }
        }
        return true;
    }

    /** Scans a string literal whose prefix starts at {@code start} and quote at {@code q}. */
    private Token string(int start, int q) {
        int quote = src.at(q);
        int startLine = line;
        int startCol = start - lineStart;
        int p = q + 1;
        boolean triple = src.at(p) == quote && src.at(p + 1) == quote;
        if (triple) {
            p += 2;
        }
        while (true) {
            int c = src.at(p);
            if (c == -1 || c == '\n' && !triple) {
                throw unterminated(triple, startLine, startCol, c == -1);
            }
            if (c == '\\') {
                int d = src.at(p + 1);
                if (d == -1) {
                    throw unterminated(triple, startLine, startCol, true);
                }
                p += 2;
                if (d == '\n') {
                    line++;
                    lineStart = p;
                }
                continue;
            }
            p++;
            if (c == '\n') {
                line++;
                lineStart = p;
            } else if (c == quote) {
                if (!triple) {
                    break;
                }
                if (src.at(p) == quote && src.at(p + 1) == quote) {
                    p += 2;
                    break;
                }
            }
        }
        pos = p;
        return track(new Token(TokenKind.STRING, src.substring(start, p), null, startLine, startCol,
                line, p - lineStart));
    }

    private SyntaxErrorException unterminated(boolean triple, int startLine, int startCol,
                                              boolean atEof) {
        int detected = atEof ? src.lineOf(Math.max(src.length() - 1, 0)) : line;
        String msg = (triple ? "unterminated triple-quoted string literal" : "unterminated string literal")
                + " (detected at line " + detected + ")";
        return src.error(Kind.SYNTAX_ERROR, msg, startLine, startCol + 1, startCol + 1,
                triple && atEof);
    }

    private Token track(Token t) {
        lineHasToken = true;
        return t;
    }

    // ---- operators ----

    private Token operator(int c) {
        int start = pos;
        int c1 = src.at(pos + 1);
        int c2 = src.at(pos + 2);
        TokenKind kind = Operators.three(c, c1, c2);
        int len = 3;
        if (kind == null) {
            kind = Operators.two(c, c1);
            len = 2;
        }
        if (kind == null) {
            kind = Operators.one(c);
            len = 1;
        }
        if (kind == null) {
            return errorChar(c);
        }
        pos += len;
        Token t = track(make(kind, start, pos, null));
        bracket(kind, start);
        return t;
    }

    private Token errorChar(int c) {
        int col = pos - lineStart;
        if (c < 128 && c > 32 && c != 127) {
            // $ ? ! ` : CPython's ERRORTOKEN, which the parser reports as "invalid syntax".
            pos++;
            return track(make(TokenKind.ERRORTOKEN, pos - 1, pos, null));
        }
        throw src.error(Identifiers.badCharMessage(c), line, col + 1, col + 1);
    }

    private void bracket(TokenKind kind, int start) {
        int col = start - lineStart;
        switch (kind) {
            case LPAR, LSQB, LBRACE -> {
                if (depth >= MAX_LEVEL) {
                    throw src.error("too many nested parentheses", line, col + 1, col + 1);
                }
                brChar[depth] = src.at(start);
                brLine[depth] = line;
                brCol[depth] = col;
                depth++;
            }
            case RPAR, RSQB, RBRACE -> {
                int close = src.at(start);
                if (depth == 0) {
                    throw src.error("unmatched '" + Character.toString(close) + "'", line, col + 1,
                            col + 1);
                }
                depth--;
                int open = brChar[depth];
                if (open == '(' && close != ')' || open == '[' && close != ']'
                        || open == '{' && close != '}') {
                    String msg = "closing parenthesis '" + Character.toString(close)
                            + "' does not match opening parenthesis '" + Character.toString(open) + "'";
                    if (brLine[depth] != line) {
                        msg += " on line " + brLine[depth];
                    }
                    throw src.error(msg, line, col + 1, col + 1);
                }
            }
            default -> {
            }
        }
    }

    static boolean isAsciiLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
