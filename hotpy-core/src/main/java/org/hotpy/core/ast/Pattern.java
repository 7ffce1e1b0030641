package org.hotpy.core.ast;

import java.util.List;

/** Patterns of a {@code match} statement's cases. Optional children are {@code null} when absent. */
public sealed interface Pattern extends Node {

    record MatchValue(Pos pos, Expr value) implements Pattern {}

    /** {@code value} is {@link Boolean#TRUE}, {@link Boolean#FALSE} or {@link Expr.Singleton#NONE}. */
    record MatchSingleton(Pos pos, Object value) implements Pattern {}

    record MatchSequence(Pos pos, List<Pattern> patterns) implements Pattern {}

    record MatchMapping(Pos pos, List<Expr> keys, List<Pattern> patterns, String rest) implements Pattern {}

    record MatchClass(Pos pos, Expr cls, List<Pattern> patterns, List<String> kwdAttrs,
                      List<Pattern> kwdPatterns) implements Pattern {}

    /** {@code *name} in a sequence pattern; {@code name} is null for {@code *_}. */
    record MatchStar(Pos pos, String name) implements Pattern {}

    /** {@code pattern as name}, a capture ({@code pattern} null) or the wildcard (both null). */
    record MatchAs(Pos pos, Pattern pattern, String name) implements Pattern {}

    record MatchOr(Pos pos, List<Pattern> patterns) implements Pattern {}
}
