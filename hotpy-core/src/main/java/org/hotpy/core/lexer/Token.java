package org.hotpy.core.lexer;

/**
 * One token. Lines are 1-based, columns 0-based in code points; the end is exclusive.
 * {@code text} is the source spelling (for a STRING, prefix and quotes included).
 * {@code value} is set for NUMBER ({@link Long}, {@link java.math.BigInteger}, {@link Double}
 * or {@link org.hotpy.core.ast.Expr.Imaginary}) and for NAME (the NFKC-normalised identifier);
 * otherwise null (strings are decoded by the parser, through {@link StringLiterals}).
 */
public record Token(TokenKind kind, String text, Object value, int line, int col, int endLine,
                    int endCol) {

    /** True when this is the NAME {@code name} (used for soft keywords). */
    public boolean isName(String name) {
        return kind == TokenKind.NAME && text.equals(name);
    }

    @Override
    public String toString() {
        return kind + "(" + (text == null ? "" : text) + ")@" + line + ":" + col;
    }
}
