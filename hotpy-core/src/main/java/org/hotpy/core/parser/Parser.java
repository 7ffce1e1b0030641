package org.hotpy.core.parser;

import org.hotpy.core.ast.Mod;
import org.hotpy.core.lexer.Lexer;
import org.hotpy.core.lexer.SourceDecoder;
import org.hotpy.core.lexer.TokenSource;
import org.hotpy.core.parser.SyntaxErrorException.Kind;

/**
 * Parses Python 3.11 source into the AST that CPython's {@code ast.parse} would build (same
 * nodes, same positions, columns in code points). Every failure is a
 * {@link SyntaxErrorException} with CPython's message and location; nothing else escapes.
 */
public final class Parser {
    /** The start rule, as the mode argument of Python's {@code compile()}. */
    public enum Mode {
        /** A module: {@link Mod.Module}. */
        EXEC,
        /** One expression, for {@code eval()}: {@link Mod.Expression}. */
        EVAL,
        /** One interactive statement (the REPL): {@link Mod.Interactive}. */
        SINGLE
    }

    private Parser() {
    }

    /** Parses the bytes of a source file, decoded as CPython does (BOM, PEP 263 cookie). */
    public static Mod parse(byte[] source, String filename, Mode mode) {
        return parse(SourceDecoder.decode(source, filename), filename, mode);
    }

    /**
     * Parses a ready-made token stream (see {@link TokenSource#of}); for tools and fuzzers that
     * work on tokens rather than text.
     */
    public static Mod parse(TokenSource tokens, String filename, Mode mode) {
        try {
            return new StmtParser(tokens).parse(mode);
        } catch (StackOverflowError e) {
            throw tooComplex(filename);
        }
    }

    /** Parses source text; {@code filename} is only used in error messages. */
    public static Mod parse(String source, String filename, Mode mode) {
        try {
            Lexer lexer = new Lexer(source, filename);
            return new StmtParser(lexer).parse(mode);
        } catch (StackOverflowError e) {
            throw tooComplex(filename);
        }
    }

    /** The depth cap should make this unreachable; a tiny thread stack could still hit it. */
    private static SyntaxErrorException tooComplex(String filename) {
        return new SyntaxErrorException(Kind.SYNTAX_ERROR,
                "Parser stack overflowed - Python source too complex to parse", filename, 0, 0, 0, 0,
                null, false);
    }
}
