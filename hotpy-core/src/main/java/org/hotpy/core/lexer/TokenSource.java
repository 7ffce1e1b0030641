package org.hotpy.core.lexer;

import java.util.List;
import org.hotpy.core.parser.SyntaxErrorException;

/**
 * Where the parser takes its tokens from: normally a {@link Lexer}; for tools and fuzzers, a
 * ready-made list ({@link #of}), so that token streams can be mutated and parsed directly.
 */
public interface TokenSource {
    /** The next token; ENDMARKER once (and forever after) the input is exhausted. */
    Token next();

    /** Open brackets after the last token returned (CPython's token level). */
    int depth();

    /** The text the tokens came from, for error messages. */
    SourceText source();

    /** True when the last error was the input ending inside brackets. */
    default boolean unclosedAtEof() {
        return false;
    }

    /** Line of the innermost open bracket (when {@link #unclosedAtEof()}). */
    default int innermostBracketLine() {
        return 0;
    }

    /**
     * A source replaying {@code tokens} (an ENDMARKER is supplied if missing). Bracket depth is
     * counted from the bracket tokens; {@code text} is only used for the line text of errors.
     */
    static TokenSource of(List<Token> tokens, String text, String filename) {
        SourceText src = new SourceText(text, filename);
        return new TokenSource() {
            private int i;
            private int depth;

            @Override
            public Token next() {
                Token t = i < tokens.size() ? tokens.get(i++) : null;
                if (t == null || t.kind() == TokenKind.ENDMARKER) {
                    i = tokens.size();
                    if (depth > 0) {
                        throw new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR,
                                "unexpected EOF while parsing", filename, 0, 0, 0, 0, null, true);
                    }
                    return t != null ? t : new Token(TokenKind.ENDMARKER, "", null, 0, 0, 0, 0);
                }
                switch (t.kind()) {
                    case LPAR, LSQB, LBRACE -> depth++;
                    case RPAR, RSQB, RBRACE -> depth = Math.max(0, depth - 1);
                    default -> { }
                }
                return t;
            }

            @Override
            public int depth() {
                return depth;
            }

            @Override
            public SourceText source() {
                return src;
            }
        };
    }
}
