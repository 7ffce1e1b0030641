package org.hotpy.core.parser;

import static org.hotpy.core.lexer.TokenKind.*;

import java.util.ArrayList;
import java.util.List;
import org.hotpy.core.ast.Comprehension;
import org.hotpy.core.ast.Expr;
import org.hotpy.core.ast.ExprContext;
import org.hotpy.core.ast.Keyword;
import org.hotpy.core.lexer.Lexer;
import org.hotpy.core.lexer.TokenSource;
import org.hotpy.core.lexer.SourceText;
import org.hotpy.core.lexer.Token;
import org.hotpy.core.lexer.TokenKind;

/**
 * Primaries and atoms: names, literals, displays and comprehensions, calls with their argument
 * rules, subscripts and slices. Each node spans from the first token of its rule.
 */
abstract class AtomParser extends ExprParser {

    AtomParser(TokenSource lexer, SourceText textSource, int lineShift, int colShift, int depth) {
        super(lexer, textSource, lineShift, colShift, depth);
    }

    /** primary: an atom followed by attribute, call and subscript trailers. */
    @Override
    final Expr primary() {
        Token start = peek();
        Expr e = atom();
        while (true) {
            switch (kind()) {
                case DOT -> {
                    next();
                    Token n = expect(NAME);
                    e = new Expr.Attribute(pos(start), e, (String) n.value(), ExprContext.LOAD);
                }
                case LPAR -> e = call(start, e);
                case LSQB -> {
                    next();
                    Expr slice = slices();
                    expectClose(RSQB);
                    e = new Expr.Subscript(pos(start), e, slice, ExprContext.LOAD);
                }
                default -> {
                    return e;
                }
            }
        }
    }

    /** Expects a closing bracket, or reports CPython's "Perhaps you forgot a comma?". */
    final void expectClose(TokenKind close) {
        if (!at(close)) {
            throw invalidSyntax();
        }
        next();
    }

    // ---- atoms ----

    final Expr atom() {
        Token t = peek();
        switch (t.kind()) {
            case NAME -> {
                next();
                return name(t, ExprContext.LOAD);
            }
            case NUMBER -> {
                next();
                return new Expr.Constant(tokPos(t), t.value(), null);
            }
            case STRING -> {
                return strings();
            }
            case TRUE, FALSE -> {
                next();
                return new Expr.Constant(tokPos(t), t.kind() == TRUE, null);
            }
            case NONE -> {
                next();
                return new Expr.Constant(tokPos(t), Expr.Singleton.NONE, null);
            }
            case ELLIPSIS -> {
                next();
                return new Expr.Constant(tokPos(t), Expr.Singleton.ELLIPSIS, null);
            }
            case LPAR -> {
                enter(); // one bracket deeper, without a Supplier (a lambda to link)
                try {
                    return parenthesised();
                } finally {
                    leave();
                }
            }
            case LSQB -> {
                enter(); // one bracket deeper, without a Supplier (a lambda to link)
                try {
                    return listDisplay();
                } finally {
                    leave();
                }
            }
            case LBRACE -> {
                enter(); // one bracket deeper, without a Supplier (a lambda to link)
                try {
                    return braceDisplay();
                } finally {
                    leave();
                }
            }
            default -> throw invalidSyntax();
        }
    }

    private Expr strings() {
        List<Token> parts = new ArrayList<>();
        while (at(STRING)) {
            parts.add(next());
        }
        return new StringConcat(this).concat(parts);
    }

    private Expr parenthesised() {
        Token t = next();
        if (accept(RPAR)) {
            return new Expr.Tuple(pos(t), List.of(), ExprContext.LOAD);
        }
        if (at(YIELD)) {
            Expr y = yieldExpression();
            expectClose(RPAR);
            return y;
        }
        Token firstStart = peek();
        Expr first = starNamedExpression();
        if (atComprehension()) {
            noStarInComprehension(first);
            List<Comprehension> gens = comprehensions();
            expectClose(RPAR);
            return new Expr.GeneratorExp(pos(t), first, gens);
        }
        if (accept(RPAR)) {
            if (first instanceof Expr.Starred) {
                throw errorAt(first, "cannot use starred expression here");
            }
            return first;
        }
        if (!at(COMMA)) {
            throw invalidSyntax();
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        starNamedExpressionsRest(elts, RPAR, firstStart);
        next();
        return new Expr.Tuple(pos(t), elts, ExprContext.LOAD);
    }

    private Expr listDisplay() {
        Token t = next();
        if (accept(RSQB)) {
            return new Expr.ListExpr(pos(t), List.of(), ExprContext.LOAD);
        }
        Token firstStart = peek();
        Expr first = starNamedExpression();
        if (atComprehension()) {
            noStarInComprehension(first);
            List<Comprehension> gens = comprehensions();
            expectClose(RSQB);
            return new Expr.ListComp(pos(t), first, gens);
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        starNamedExpressionsRest(elts, RSQB, firstStart);
        next();
        return new Expr.ListExpr(pos(t), elts, ExprContext.LOAD);
    }

    private Expr braceDisplay() {
        Token t = next();
        if (accept(RBRACE)) {
            return new Expr.Dict(pos(t), List.of(), List.of());
        }
        if (at(DOUBLESTAR)) {
            return dictDisplay(t, null, null);
        }
        Token firstStart = peek();
        Expr first = starNamedExpression();
        if (at(COLON) && !(first instanceof Expr.Starred)) {
            next();
            Expr value = expression();
            if (atComprehension()) {
                List<Comprehension> gens = comprehensions();
                expectClose(RBRACE);
                return new Expr.DictComp(pos(t), first, value, gens);
            }
            return dictDisplay(t, first, value);
        }
        if (atComprehension()) {
            noStarInComprehension(first);
            List<Comprehension> gens = comprehensions();
            expectClose(RBRACE);
            return new Expr.SetComp(pos(t), first, gens);
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        starNamedExpressionsRest(elts, RBRACE, firstStart);
        next();
        return new Expr.Set(pos(t), elts);
    }

    private Expr dictDisplay(Token open, Expr firstKey, Expr firstValue) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        boolean first = true;
        if (firstKey != null) {
            keys.add(firstKey);
            values.add(firstValue);
            first = false;
        }
        while (!at(RBRACE)) {
            if (!first && !accept(COMMA)) {
                throw invalidSyntax();
            }
            first = false;
            if (at(RBRACE)) {
                break;
            }
            Token st = peek();
            if (accept(DOUBLESTAR)) {
                keys.add(null);
                Expr v = bitwiseOr();
                values.add(v);
                if (atComprehension()) {
                    throw errorAt(st, "dict unpacking cannot be used in dict comprehension");
                }
                continue;
            }
            Expr key = expression();
            if (!at(COLON)) {
                if (at(RBRACE) || at(COMMA)) {
                    // CPython points at the key's last character and gives no end.
                    throw error(SyntaxErrorException.Kind.SYNTAX_ERROR, "':' expected after dictionary key",
                            key.pos().endLine(), key.pos().endCol(), key.pos().endLine(), 0);
                }
                throw invalidSyntax();
            }
            Token colon = next();
            if (at(RBRACE) || at(COMMA)) {
                throw errorAt(colon, "expression expected after dictionary key and ':'");
            }
            keys.add(key);
            values.add(expression());
        }
        next();
        return new Expr.Dict(pos(open), keys, values);
    }

    private void noStarInComprehension(Expr first) {
        if (first instanceof Expr.Starred) {
            throw errorAt(first, "iterable unpacking cannot be used in comprehension");
        }
    }

    @Override
    final boolean atComprehension() {
        return at(FOR) || at(ASYNC) && peek(1).kind() == FOR;
    }

    /** for_if_clauses. */
    @Override
    final List<Comprehension> comprehensions() {
        List<Comprehension> gens = new ArrayList<>();
        while (atComprehension()) {
            boolean isAsync = accept(ASYNC);
            next();
            Expr target = targetList(Targets.Kind.FOR_TARGETS, IN);
            if (!accept(IN)) {
                throw invalidSyntax();
            }
            Expr iter = plainDisjunction();
            List<Expr> ifs = new ArrayList<>();
            while (accept(IF)) {
                ifs.add(plainDisjunction());
            }
            gens.add(new Comprehension(target, iter, ifs, isAsync));
        }
        return gens;
    }

    // ---- calls and subscripts ----

    /** The parenthesised arguments of a class definition, as a Call with no function. */
    final Expr callTrailer(Token start, boolean allowGenerator) {
        return call(start, null, allowGenerator);
    }

    private Expr call(Token start, Expr func) {
        return call(start, func, true);
    }

    /** The arguments of one call, gathered in order. */
    private static final class CallArgs {
        final List<Expr> args = new ArrayList<>();
        final List<Keyword> keywords = new ArrayList<>();
        boolean sawKeyword;
        boolean sawDoubleStar;
    }

    private Expr call(Token start, Expr func, boolean allowGenerator) {
        Token open = next();
        CallArgs a = new CallArgs();
        while (!at(RPAR)) {
            Token st = peek();
            if (accept(STAR)) {
                starArgument(st, a);
            } else if (accept(DOUBLESTAR)) {
                Expr v = expression();
                a.keywords.add(new Keyword(pos(st), null, v));
                a.sawDoubleStar = true;
            } else if (at(NAME) && peek(1).kind() == EQUAL) {
                keywordArgument(st, a);
            } else {
                Expr gen = positionalArgument(st, open, a, allowGenerator);
                if (gen != null) {
                    return new Expr.Call(pos(start), func, List.of(gen), List.of());
                }
            }
            if (!accept(COMMA)) {
                if (!at(RPAR)) {
                    throw invalidSyntax();
                }
                break;
            }
        }
        next();
        return new Expr.Call(pos(start), func, a.args, a.keywords);
    }

    private void starArgument(Token st, CallArgs a) {
        Expr v = expression();
        Expr starred = new Expr.Starred(pos(st), v, ExprContext.LOAD);
        if (atComprehension()) {
            throw errorAt(starred, "iterable unpacking cannot be used in comprehension");
        }
        if (a.sawDoubleStar) {
            throw errorAt(st, "iterable argument unpacking follows keyword argument unpacking");
        }
        a.args.add(starred);
    }

    private void keywordArgument(Token st, CallArgs a) {
        next();
        Token eq = next();
        Expr v = expression();
        if (atComprehension()) {
            throw errorRange(tokPos(st), tokPos(eq),
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        a.keywords.add(new Keyword(pos(st), (String) st.value(), v));
        a.sawKeyword = true;
    }

    /**
     * A positional argument; returns the generator expression when it is the sole argument
     * {@code f(x for x in y)} (then the closing ')' is consumed), else null.
     */
    private Expr positionalArgument(Token st, Token open, CallArgs a, boolean allowGenerator) {
        Expr e = namedExpression(false);
        if (atComprehension()) {
            if (!allowGenerator) {
                throw invalidSyntax();  // class C(x for x in y): bases are no call
            }
            List<Comprehension> gens = comprehensions();
            if (a.args.isEmpty() && a.keywords.isEmpty() && at(RPAR)) {
                next();
                return new Expr.GeneratorExp(pos(open), e, gens);
            }
            throw errorRange(tokPos(st), pos(st), "Generator expression must be parenthesized");
        }
        if (at(EQUAL)) {
            throw keywordError(st, e);
        }
        if (a.sawDoubleStar) {
            throw errorAt(closingToken(), "positional argument follows keyword argument unpacking");
        }
        if (a.sawKeyword) {
            throw errorAt(closingToken(), "positional argument follows keyword argument");
        }
        a.args.add(e);
        return null;
    }

    /**
     * The token CPython stands on after reading all remaining arguments (the closing ')', or
     * where the arguments stop making sense): its "follows keyword argument" errors land there.
     */
    private Token closingToken() {
        int depth = 0;
        for (int k = 0; ; k++) {
            Token t = peek(k);
            switch (t.kind()) {
                case LPAR, LSQB, LBRACE -> depth++;
                case RPAR, RSQB, RBRACE -> {
                    if (depth-- == 0) {
                        return t;
                    }
                }
                case NEWLINE, ENDMARKER -> {
                    return t;
                }
                default -> {
                }
            }
        }
    }

    private SyntaxErrorException keywordError(Token st, Expr e) {
        Token eq = peek();
        if (e instanceof Expr.Constant c && (c.value() instanceof Boolean || c.value() == Expr.Singleton.NONE)) {
            return errorRange(e.pos(), tokPos(eq), "cannot assign to " + Targets.exprName(e));
        }
        return errorRange(tokPos(st), tokPos(eq),
                "expression cannot contain assignment, perhaps you meant \"==\"?");
    }

    /** slices: one slice or expression, or a tuple of them. */
    private Expr slices() {
        Token start = peek();
        Expr first = sliceItem();
        if (!at(COMMA)) {
            // A lone starred item is still a tuple (the grammar's second slices alternative).
            return first instanceof Expr.Starred
                    ? new Expr.Tuple(pos(start), List.of(first), ExprContext.LOAD) : first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (at(RSQB)) {
                break;
            }
            elts.add(sliceItem());
        }
        return new Expr.Tuple(pos(start), elts, ExprContext.LOAD);
    }

    private Expr sliceItem() {
        Token start = peek();
        if (accept(STAR)) {
            Expr v = expression();
            return new Expr.Starred(pos(start), v, ExprContext.LOAD);
        }
        Expr lower = null;
        if (!at(COLON)) {
            if (at(NAME) && peek(1).kind() == COLONEQUAL) {
                return namedExpression();
            }
            lower = expression();
            if (!at(COLON)) {
                if (at(COLONEQUAL)) {
                    throw errorAt(lower, "cannot use assignment expressions with " + Targets.exprName(lower));
                }
                return lower;
            }
        }
        next();
        Expr upper = at(COLON) || at(COMMA) || at(RSQB) ? null : expression();
        Expr step = null;
        if (accept(COLON)) {
            step = at(COMMA) || at(RSQB) ? null : expression();
        }
        return new Expr.Slice(pos(start), lower, upper, step);
    }
}
