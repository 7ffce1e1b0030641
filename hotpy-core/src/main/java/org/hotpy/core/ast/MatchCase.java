package org.hotpy.core.ast;

import java.util.List;

/** One {@code case pattern if guard:} block; {@code guard} may be null. */
public record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) {}
