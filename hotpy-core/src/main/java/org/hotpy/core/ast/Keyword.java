package org.hotpy.core.ast;

/** A keyword argument of a call or class definition; {@code arg} is null for {@code **mapping}. */
public record Keyword(Pos pos, String arg, Expr value) implements Node {}
