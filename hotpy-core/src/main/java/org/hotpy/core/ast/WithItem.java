package org.hotpy.core.ast;

/** One {@code expr as target} item of a with statement; {@code optionalVars} may be null. */
public record WithItem(Expr contextExpr, Expr optionalVars) {}
