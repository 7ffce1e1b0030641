package org.hotpy.core.parser;

import static org.hotpy.core.lexer.TokenKind.*;

import java.util.ArrayList;
import java.util.List;
import org.hotpy.core.ast.Arg;
import org.hotpy.core.ast.Arguments;
import org.hotpy.core.ast.Expr;
import org.hotpy.core.lexer.Token;
import org.hotpy.core.lexer.TokenKind;

/**
 * One parameter list of a def or lambda: positional-only parameters before {@code /}, ordinary
 * ones, {@code *args} or a bare {@code *}, keyword-only ones, {@code **kwargs}, defaults and
 * (for def) annotations. Stops before the closing ')' or ':'.
 */
final class Parameters {
    private final StmtParser p;
    private final boolean lambda;
    private final TokenKind close;
    private List<Arg> posonly = new ArrayList<>();
    private final List<Arg> args = new ArrayList<>();
    private final List<Expr> defaults = new ArrayList<>();
    private Arg vararg;
    private final List<Arg> kwonly = new ArrayList<>();
    private final List<Expr> kwDefaults = new ArrayList<>();
    private Arg kwarg;
    private boolean slash;
    private Token star;

    Parameters(StmtParser p, boolean lambda) {
        this.p = p;
        this.lambda = lambda;
        this.close = lambda ? COLON : RPAR;
    }

    Arguments parse() {
        while (!p.at(close)) {
            Token t = p.peek();
            if (kwarg != null) {
                throw p.errorAt(t, "arguments cannot follow var-keyword argument");
            }
            if (p.accept(SLASH)) {
                slash(t);
            } else if (p.accept(STAR)) {
                star(t);
            } else if (p.accept(DOUBLESTAR)) {
                kwarg = p.param(lambda, false);
                if (p.at(EQUAL)) {
                    throw p.errorAt(p.peek(), "var-keyword argument cannot have default value");
                }
            } else {
                plain();
            }
            if (!p.accept(COMMA)) {
                break;
            }
        }
        if (star != null && vararg == null && kwonly.isEmpty()) {
            throw p.errorAt(star, "named arguments must follow bare *");
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private void slash(Token t) {
        if (slash) {
            throw p.errorAt(t, "/ may appear only once");
        }
        if (star != null) {
            throw p.errorAt(t, "/ must be ahead of *");
        }
        if (args.isEmpty()) {
            throw p.errorAt(t, "at least one argument must precede /");
        }
        slash = true;
        posonly = new ArrayList<>(args);
        args.clear();
    }

    private void star(Token t) {
        if (star != null) {
            throw p.errorAt(t, "* argument may appear only once");
        }
        star = t;
        if (p.at(COMMA) || p.at(close)) {
            return;
        }
        vararg = p.param(lambda, true);
        if (p.at(EQUAL)) {
            throw p.errorAt(p.peek(), "var-positional argument cannot have default value");
        }
    }

    private void plain() {
        Arg a = p.param(lambda, false);
        Expr d = p.accept(EQUAL) ? p.expression() : null;
        if (star != null) {
            kwonly.add(a);
            kwDefaults.add(d);
            return;
        }
        if (d != null) {
            defaults.add(d);
        } else if (!defaults.isEmpty()) {
            throw p.errorAt(a, "non-default argument follows default argument");
        }
        args.add(a);
    }
}
