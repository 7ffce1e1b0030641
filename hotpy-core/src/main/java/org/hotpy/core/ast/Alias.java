package org.hotpy.core.ast;

/** A name in an import ({@code name} may be dotted, or "*"); {@code asname} is null when absent. */
public record Alias(Pos pos, String name, String asname) implements Node {}
