package org.hotpy.core.ast;

import java.util.List;

/** An except clause; {@code type} and {@code name} are null when absent. */
public record ExceptHandler(Pos pos, Expr type, String name, List<Stmt> body) implements Node {}
