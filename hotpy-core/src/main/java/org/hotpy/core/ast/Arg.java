package org.hotpy.core.ast;

/** One parameter; {@code annotation} is null when absent. */
public record Arg(Pos pos, String arg, Expr annotation) implements Node {}
