package org.hotpy.core.parser;

import java.util.ArrayList;
import java.util.List;
import org.hotpy.core.ast.Node;
import org.hotpy.core.ast.Pos;
import org.hotpy.core.lexer.Lexer;
import org.hotpy.core.lexer.TokenSource;
import org.hotpy.core.lexer.SourceText;
import org.hotpy.core.lexer.Token;
import org.hotpy.core.lexer.TokenKind;
import org.hotpy.core.parser.SyntaxErrorException.Kind;

/**
 * The parser's view of the token stream: a buffer filled lazily from the {@link Lexer} (so a
 * tokenizer error later in the file does not hide an earlier syntax error), a cursor that can be
 * reset for the few places that need to look further ahead, and the error factories that place
 * an error where CPython places it.
 */
abstract class TokenStream {
    /**
     * Cap on the nesting of recursive rules. CPython's parser fails past a similar depth (as a
     * MemoryError); we must fail cleanly before the Java stack does, even on a 1 MB stack.
     */
    static final int MAX_DEPTH = 1000;

    final TokenSource lexer;
    final SourceText src;
    private final List<Token> toks = new ArrayList<>();
    /** Bracket depth after each token of {@link #toks} (CPython's token level). */
    private int[] levels = new int[64];
    int p;
    int depth;
    /** Shift applied to token positions (an f-string expression is lexed on its own). */
    private final int lineShift;
    private final int colShift;
    /** Where error messages take the line text from. */
    final SourceText textSource;
    /**
     * The furthest token looked at, outside error analysis: CPython reports a generic
     * "invalid syntax" there (the last token its first pass fetched).
     */
    private int furthest = -1;
    /** Above zero while re-parsing to choose an error message (CPython's second pass). */
    int errorPass;
    /** Set when the lexer, not the parser, raised the error being propagated. */
    boolean lexerFailed;

    TokenStream(TokenSource lexer) {
        this(lexer, null, 0, 0, 0);
    }

    /**
     * A stream whose tokens are moved by {@code lineShift} lines and, on their first line, by
     * {@code colShift} columns: the sub-parser of an f-string field reports positions in the
     * enclosing source.
     */
    TokenStream(TokenSource lexer, SourceText textSource, int lineShift, int colShift, int depth) {
        this.lexer = lexer;
        this.src = lexer.source();
        this.textSource = textSource == null ? src : textSource;
        this.lineShift = lineShift;
        this.colShift = colShift;
        this.depth = depth;
    }

    private Token shift(Token t) {
        if (lineShift == 0 && colShift == 0) {
            return t;
        }
        int col = t.line() == 1 ? t.col() + colShift : t.col();
        int endCol = t.endLine() == 1 ? t.endCol() + colShift : t.endCol();
        return new Token(t.kind(), t.text(), t.value(), t.line() + lineShift, col,
                t.endLine() + lineShift, endCol);
    }

    // ---- cursor ----

    final Token peek() {
        return peek(0);
    }

    final Token peek(int k) {
        int i = p + k;
        if (errorPass == 0 && i > furthest) {
            furthest = i;
        }
        if (i < toks.size()) {
            return toks.get(i);
        }
        while (toks.size() <= i) {
            if (!toks.isEmpty() && toks.get(toks.size() - 1).kind() == TokenKind.ENDMARKER) {
                return toks.get(toks.size() - 1);
            }
            try {
                toks.add(shift(lexer.next()));
                if (toks.size() > levels.length) {
                    levels = java.util.Arrays.copyOf(levels, levels.length * 2);
                }
                levels[toks.size() - 1] = lexer.depth();
            } catch (SyntaxErrorException e) {
                lexerFailed = true;
                throw e;
            }
        }
        return toks.get(i);
    }

    final TokenKind kind() {
        return peek().kind();
    }

    final boolean at(TokenKind k) {
        return peek().kind() == k;
    }

    final boolean atName(String softKeyword) {
        return peek().isName(softKeyword);
    }

    final Token next() {
        Token t = peek();
        if (t.kind() != TokenKind.ENDMARKER) {
            p++;
        }
        return t;
    }

    final boolean accept(TokenKind k) {
        if (peek().kind() == k) {
            p++;
            return true;
        }
        return false;
    }

    /** Consumes a token of kind {@code k} or fails with "invalid syntax" at the current token. */
    final Token expect(TokenKind k) {
        if (peek().kind() != k) {
            throw invalidSyntax();
        }
        return next();
    }

    /** CPython's forced token ({@code &&':'}): "expected ':'" at the current token. */
    final Token expectForced(TokenKind k) {
        if (peek().kind() != k) {
            throw errorAt(peek(), "expected '" + k.text + "'");
        }
        return next();
    }

    /**
     * CPython's forced ':' of most block headers exists only before a NEWLINE ("if x\n" is
     * "expected ':'", "if x y" plain "invalid syntax").
     */
    final Token expectColon() {
        if (at(TokenKind.NEWLINE)) {
            throw errorAt(peek(), "expected ':'");
        }
        return expect(TokenKind.COLON);
    }

    /** True when nothing but DEDENTs remain before the end of the input. */
    final boolean atEndOfInput() {
        errorPass++;
        try {
            for (int k = 0; ; k++) {
                TokenKind kind = peek(k).kind();
                if (kind == TokenKind.ENDMARKER) {
                    return true;
                }
                if (kind != TokenKind.DEDENT) {
                    return false;
                }
            }
        } finally {
            errorPass--;
        }
    }

    /** The last token consumed. */
    final Token last() {
        return toks.get(p - 1);
    }

    // ---- positions ----

    /**
     * The last consumed token that is not NEWLINE, INDENT or DEDENT: nodes end there (CPython's
     * _PyPegen_get_last_nonnwhitespace_token), so a block ends with its last statement.
     */
    private Token endToken() {
        for (int i = p - 1; i > 0; i--) {
            TokenKind k = toks.get(i).kind();
            if (k != TokenKind.NEWLINE && k != TokenKind.INDENT && k != TokenKind.DEDENT) {
                return toks.get(i);
            }
        }
        return toks.get(Math.max(p - 1, 0));
    }

    /** From the start of {@code start} to the end of the last token consumed. */
    final Pos pos(Token start) {
        Token end = endToken();
        return new Pos(start.line(), start.col(), end.endLine(), end.endCol());
    }

    final Pos pos(Node start) {
        Token end = endToken();
        return new Pos(start.pos().line(), start.pos().col(), end.endLine(), end.endCol());
    }

    static Pos tokPos(Token t) {
        return new Pos(t.line(), t.col(), t.endLine(), t.endCol());
    }

    // ---- recursion guard ----

    final void enter() {
        if (++depth > MAX_DEPTH) {
            throw errorAt(peek(), "Parser stack overflowed - Python source too complex to parse");
        }
    }

    final void leave() {
        depth--;
    }

    // ---- errors ----

    /** Bracket depth right after token {@code i} (which must have been fetched). */
    final int levelAfter(int i) {
        return i >= 0 && i < toks.size() ? levels[i] : 0;
    }

    /** A more precise message than "invalid syntax" for the current token, or null. */
    SyntaxErrorException betterInvalidSyntax() {
        return null;
    }

    final SyntaxErrorException invalidSyntax() {
        Token t = toks.get(Math.min(Math.max(furthest, p), toks.size() - 1));
        errorPass++;
        try {
            SyntaxErrorException better = betterInvalidSyntax();
            if (better != null) {
                return better;
            }
        } finally {
            errorPass--;
        }
        if (t.kind() == TokenKind.INDENT) {
            return error(Kind.INDENTATION_ERROR, "unexpected indent", t.line(), t.col(), t.line(), -1);
        }
        if (t.kind() == TokenKind.DEDENT) {
            return error(Kind.INDENTATION_ERROR, "unexpected unindent", t.line(), t.col(), t.line(), -1);
        }
        if (t.kind() == TokenKind.ENDMARKER) {
            // CPython's generic error uses the token's own column, which ENDMARKER lacks (-1).
            return error(Kind.SYNTAX_ERROR, "invalid syntax", t.line(), 0, t.line(), 0);
        }
        return errorAt(t, "invalid syntax");
    }

    /** An error located on token {@code t} (CPython's RAISE_ERROR_KNOWN_LOCATION on a token). */
    final SyntaxErrorException errorAt(Token t, String msg) {
        return errorAt(Kind.SYNTAX_ERROR, t, msg);
    }

    final SyntaxErrorException errorAt(Kind kind, Token t, String msg) {
        return switch (t.kind()) {
            // CPython gives these tokens no column; the error lands where the tokenizer stands.
            case INDENT, DEDENT, ENDMARKER -> error(kind, msg, t.line(), t.col(), t.line(), -1);
            default -> error(kind, msg, t.line(), t.col() + 1, t.endLine(), t.endCol() + 1);
        };
    }

    /** An error spanning node {@code n}. */
    final SyntaxErrorException errorAt(Node n, String msg) {
        return errorRange(n.pos(), n.pos(), msg);
    }

    /** An error from the start of {@code a} to the end of {@code b} (RAISE_..._KNOWN_RANGE). */
    final SyntaxErrorException errorRange(Pos a, Pos b, String msg) {
        return error(Kind.SYNTAX_ERROR, msg, a.line(), a.col() + 1, b.endLine(), b.endCol() + 1);
    }

    /**
     * An error at the current position; when nothing but the end of input remains, it is marked
     * as incomplete input (a REPL reads another line: a decorator or block header waiting for
     * the rest of its statement).
     */
    final SyntaxErrorException error(Kind kind, String msg, int line, int offset, int endLine,
                                     int endOffset) {
        boolean incomplete = lineShift == 0 && colShift == 0 && atEndOfInput();
        return new SyntaxErrorException(kind, msg, src.filename(), line, offset, endLine, endOffset,
                textSource.lineText(line), incomplete);
    }

    /**
     * CPython tokenizes the rest of the input after a parser error and lets a tokenizer error
     * take precedence (an unclosed bracket only when it opened on an earlier line).
     */
    final SyntaxErrorException preferLexerError(SyntaxErrorException parserError) {
        if (lexerFailed || parserError.msg().equals("unexpected indent")
                || parserError.msg().equals("unexpected unindent")) {
            // CPython raises these from the last token without looking further.
            return parserError;
        }
        try {
            Token t;
            do {
                t = lexer.next();
            } while (t.kind() != TokenKind.ENDMARKER);
        } catch (SyntaxErrorException e) {
            if (lexer.unclosedAtEof()) {
                return parserError.line() > lexer.innermostBracketLine() ? e : parserError;
            }
            // CPython's tokenizer reports indentation, continuation and EOF problems through a
            // status code, not an exception, and those do not replace the parser's error.
            boolean statusOnly = e.kind() != Kind.SYNTAX_ERROR
                    || e.msg().equals("unexpected character after line continuation character")
                    || e.msg().equals("unexpected EOF while parsing");
            return statusOnly ? parserError : e;
        }
        return parserError;
    }
}
