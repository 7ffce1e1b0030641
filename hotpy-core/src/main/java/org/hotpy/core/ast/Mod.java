package org.hotpy.core.ast;

import java.util.List;

/** The root of a parse: a module, one interactive statement, or an expression for eval(). */
public sealed interface Mod {
    record Module(List<Stmt> body) implements Mod {}

    record Interactive(List<Stmt> body) implements Mod {}

    record Expression(Expr body) implements Mod {}
}
