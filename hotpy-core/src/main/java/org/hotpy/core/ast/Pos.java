package org.hotpy.core.ast;

/**
 * Source position of a node, as CPython records it: 1-based lines, 0-based columns counted in
 * code points of the source line (CPython counts UTF-8 bytes; we convert when reporting).
 */
public record Pos(int line, int col, int endLine, int endCol) {
    public static final Pos NONE = new Pos(0, 0, 0, 0);

    /** The span from the start of {@code a} to the end of {@code b}. */
    public static Pos span(Pos a, Pos b) {
        return new Pos(a.line, a.col, b.endLine, b.endCol);
    }
}
