package org.hotpy.core.parser;

import static org.hotpy.core.lexer.TokenKind.*;

import java.util.ArrayList;
import java.util.List;
import org.hotpy.core.ast.Expr;
import org.hotpy.core.ast.ExprContext;
import org.hotpy.core.ast.Operator;
import org.hotpy.core.ast.Pattern;
import org.hotpy.core.ast.UnaryOp;
import org.hotpy.core.lexer.Lexer;
import org.hotpy.core.lexer.TokenSource;
import org.hotpy.core.lexer.SourceText;
import org.hotpy.core.lexer.Token;

/** The patterns of {@code case} clauses (PEP 634), following the 3.11 grammar rule by rule. */
abstract class PatternParser extends AtomParser {

    PatternParser(TokenSource lexer, SourceText textSource, int lineShift, int colShift, int depth) {
        super(lexer, textSource, lineShift, colShift, depth);
    }

    /** patterns: an open sequence ({@code case a, *b:}) or one pattern. */
    final Pattern patterns() {
        Token start = peek();
        Pattern first = maybeStarPattern();
        if (!at(COMMA)) {
            if (first instanceof Pattern.MatchStar) {
                throw invalidSyntax();
            }
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (accept(COMMA)) {
            if (at(COLON) || at(IF)) {
                break;
            }
            items.add(maybeStarPattern());
        }
        return new Pattern.MatchSequence(pos(start), items);
    }

    /** pattern: an or-pattern, maybe with {@code as NAME}. */
    final Pattern pattern() {
        Token start = peek();
        Pattern p = orPattern();
        if (!accept(AS)) {
            return p;
        }
        Token n = peek();
        if (n.isName("_")) {
            throw errorAt(n, "cannot use '_' as a target");
        }
        if (!at(NAME)) {
            if (startsExpression(kind())) {
                Expr bad = expression();
                throw errorAt(bad, "invalid pattern target");
            }
            throw invalidSyntax();
        }
        next();
        return new Pattern.MatchAs(pos(start), p, (String) n.value());
    }

    private Pattern orPattern() {
        Token start = peek();
        Pattern first = closedPattern();
        if (!at(VBAR)) {
            return first;
        }
        List<Pattern> alts = new ArrayList<>();
        alts.add(first);
        while (accept(VBAR)) {
            alts.add(closedPattern());
        }
        return new Pattern.MatchOr(pos(start), alts);
    }

    private Pattern maybeStarPattern() {
        if (!at(STAR)) {
            return pattern();
        }
        Token st = next();
        Token n = expect(NAME);
        String name = n.isName("_") ? null : (String) n.value();
        return new Pattern.MatchStar(pos(st), name);
    }

    private Pattern closedPattern() {
        Token t = peek();
        switch (t.kind()) {
            case NUMBER, MINUS -> {
                Expr v = signedNumberOrComplex();
                return new Pattern.MatchValue(pos(t), v);
            }
            case STRING -> {
                Expr v = atom();
                return new Pattern.MatchValue(pos(t), v);
            }
            case NONE -> {
                next();
                return new Pattern.MatchSingleton(pos(t), Expr.Singleton.NONE);
            }
            case TRUE, FALSE -> {
                next();
                return new Pattern.MatchSingleton(pos(t), t.kind() == TRUE);
            }
            case NAME -> {
                return namePattern(t);
            }
            case LPAR, LSQB, LBRACE -> {
                enter();
                try {
                    return t.kind() == LBRACE ? mappingPattern() : groupOrSequence();
                } finally {
                    leave();
                }
            }
            default -> throw invalidSyntax();
        }
    }

    /** signed_number, or complex_number ({@code -1+2j}). */
    private Expr signedNumberOrComplex() {
        Token start = peek();
        Expr real = signedNumber();
        if (!at(PLUS) && !at(MINUS)) {
            return real;
        }
        Operator op = next().kind() == PLUS ? Operator.ADD : Operator.SUB;
        Token it = peek();
        if (it.kind() != NUMBER) {
            throw invalidSyntax();
        }
        next();
        Expr imag = new Expr.Constant(tokPos(it), it.value(), null);
        if (!(it.value() instanceof Expr.Imaginary)) {
            throw errorAt(imag, "imaginary number required in complex literal");
        }
        Object rv = real instanceof Expr.UnaryOpExpr u ? ((Expr.Constant) u.operand()).value()
                : ((Expr.Constant) real).value();
        if (rv instanceof Expr.Imaginary) {
            throw errorAt(real, "real number required in complex literal");
        }
        return new Expr.BinOp(pos(start), real, op, imag);
    }

    private Expr signedNumber() {
        Token t = peek();
        if (accept(MINUS)) {
            Token n = expect(NUMBER);
            return new Expr.UnaryOpExpr(pos(t), UnaryOp.USUB, new Expr.Constant(tokPos(n), n.value(), null));
        }
        Token n = expect(NUMBER);
        return new Expr.Constant(tokPos(n), n.value(), null);
    }

    private Pattern namePattern(Token t) {
        boolean dotted = peek(1).kind() == DOT;
        if (t.isName("_") && !dotted && peek(1).kind() != LPAR) {
            next();
            return new Pattern.MatchAs(pos(t), null, null);
        }
        Expr nameOrAttr = nameOrAttr();
        if (at(LPAR)) {
            return classPattern(t, nameOrAttr);
        }
        if (nameOrAttr instanceof Expr.Name n) {
            return new Pattern.MatchAs(pos(t), null, n.id());
        }
        return new Pattern.MatchValue(pos(t), nameOrAttr);
    }

    private Expr nameOrAttr() {
        Token start = next();
        Expr e = name(start, ExprContext.LOAD);
        while (accept(DOT)) {
            Token n = expect(NAME);
            e = new Expr.Attribute(pos(start), e, (String) n.value(), ExprContext.LOAD);
        }
        return e;
    }

    private Pattern classPattern(Token start, Expr cls) {
        next();
        List<Pattern> positional = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        while (!at(RPAR)) {
            if (at(NAME) && peek(1).kind() == EQUAL) {
                Token n = next();
                next();
                kwdAttrs.add((String) n.value());
                kwdPatterns.add(pattern());
            } else {
                Pattern p = pattern();
                if (!kwdPatterns.isEmpty()) {
                    throw errorRange(p.pos(), p.pos(), "positional patterns follow keyword patterns");
                }
                positional.add(p);
            }
            if (!accept(COMMA)) {
                break;
            }
        }
        expect(RPAR);
        return new Pattern.MatchClass(pos(start), cls, positional, kwdAttrs, kwdPatterns);
    }

    private Pattern groupOrSequence() {
        Token open = next();
        boolean paren = open.kind() == LPAR;
        var close = paren ? RPAR : RSQB;
        List<Pattern> items = new ArrayList<>();
        if (accept(close)) {
            return new Pattern.MatchSequence(pos(open), items);
        }
        Pattern first = maybeStarPattern();
        if (paren && at(RPAR) && !(first instanceof Pattern.MatchStar)) {
            next();
            return first;
        }
        items.add(first);
        while (accept(COMMA)) {
            if (at(close)) {
                break;
            }
            items.add(maybeStarPattern());
        }
        expect(close);
        return new Pattern.MatchSequence(pos(open), items);
    }

    private Pattern mappingPattern() {
        Token open = next();
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!at(RBRACE)) {
            if (accept(DOUBLESTAR)) {
                Token n = expect(NAME);
                rest = (String) n.value();
                accept(COMMA);
                break;
            }
            keys.add(mappingKey());
            expect(COLON);
            values.add(pattern());
            if (!accept(COMMA)) {
                break;
            }
        }
        expect(RBRACE);
        return new Pattern.MatchMapping(pos(open), keys, values, rest);
    }

    private Expr mappingKey() {
        Token t = peek();
        switch (t.kind()) {
            case NUMBER, MINUS -> {
                return signedNumberOrComplex();
            }
            case STRING -> {
                return atom();
            }
            case NONE, TRUE, FALSE -> {
                return atom();
            }
            case NAME -> {
                if (peek(1).kind() != DOT) {
                    throw invalidSyntax();
                }
                return nameOrAttr();
            }
            default -> throw invalidSyntax();
        }
    }
}
