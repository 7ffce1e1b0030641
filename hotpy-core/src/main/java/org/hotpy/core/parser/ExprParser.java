package org.hotpy.core.parser;

import static org.hotpy.core.lexer.TokenKind.*;

import java.util.ArrayList;
import java.util.List;
import org.hotpy.core.ast.Arguments;
import org.hotpy.core.ast.BoolOp;
import org.hotpy.core.ast.CmpOp;
import org.hotpy.core.ast.Comprehension;
import org.hotpy.core.ast.Expr;
import org.hotpy.core.ast.ExprContext;
import org.hotpy.core.ast.Operator;
import org.hotpy.core.ast.Pos;
import org.hotpy.core.ast.UnaryOp;
import org.hotpy.core.lexer.Lexer;
import org.hotpy.core.lexer.TokenSource;
import org.hotpy.core.lexer.Token;
import org.hotpy.core.lexer.TokenKind;

/**
 * Expressions of the 3.11 grammar, by recursive descent with precedence climbing for the binary
 * operators. Every node starts at the first token of the rule that built it (so {@code (a) + b}
 * starts at the parenthesis, as in CPython) and ends at the last token consumed.
 */
abstract class ExprParser extends TokenStream {
    ExprParser(TokenSource lexer, org.hotpy.core.lexer.SourceText textSource, int lineShift, int colShift,
               int depth) {
        super(lexer, textSource, lineShift, colShift, depth);
    }

    /** Parses one f-string replacement field's expression text (called by {@link FStrings}). */
    abstract Expr fstringExpression(String text, int line, int col);

    /** primary: an atom with its trailers (see {@link AtomParser}). */
    abstract Expr primary();

    /** At {@code for} or {@code async for}, starting comprehension clauses. */
    abstract boolean atComprehension();

    /** for_if_clauses. */
    abstract List<Comprehension> comprehensions();

    /** Parameters of a def ({@code lambda == false}) or a lambda, up to the closing token. */
    abstract Arguments parameters(boolean lambda);

    // ---- entry points used by statements ----

    /** star_expressions: {@code a}, {@code *a}, {@code a, *b,}. */
    final Expr starExpressions() {
        Token start = peek();
        Expr first = starExpression();
        if (!at(COMMA)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (!startsExpression(kind()) && !at(STAR)) {
                break;
            }
            elts.add(starExpression());
        }
        return new Expr.Tuple(pos(start), elts, ExprContext.LOAD);
    }

    final Expr starExpression() {
        if (at(STAR)) {
            Token t = next();
            Expr v = deeperBitwiseOr();
            lastOperandStart = null;
            return new Expr.Starred(pos(t), v, ExprContext.LOAD);
        }
        return expression();
    }

    final Expr starNamedExpression() {
        if (at(STAR)) {
            Token t = next();
            Expr v = deeperBitwiseOr();
            lastOperandStart = null;
            return new Expr.Starred(pos(t), v, ExprContext.LOAD);
        }
        return namedExpression();
    }

    /** star_named_expressions after the first element, up to a closing bracket. */
    final void starNamedExpressionsRest(List<Expr> elts, TokenKind close, Token firstStart) {
        while (true) {
            if (at(close)) {
                return;
            }
            if (!accept(COMMA)) {
                throw invalidSyntax();
            }
            if (at(close)) {
                return;
            }
            firstStart = peek();
            elts.add(starNamedExpression());
        }
    }

    /** named_expression: {@code NAME := expression} or an expression. */
    final Expr namedExpression() {
        return namedExpression(true);
    }

    /** {@code checkEquals}: report a following '=' (not in call arguments, where it is a kwarg). */
    final Expr namedExpression(boolean checkEquals) {
        if (at(NAME) && peek(1).kind() == COLONEQUAL) {
            Token t = next();
            next();
            Expr value = expression();
            return new Expr.NamedExpr(pos(t), name(t, ExprContext.STORE), value);
        }
        Token start = peek();
        Expr e = expression();
        if (at(COLONEQUAL)) {
            throw errorAt(e, "cannot use assignment expressions with " + Targets.exprName(e));
        }
        if (checkEquals && at(EQUAL)) {
            throw equalsMisuse(start, e);
        }
        return e;
    }

    /**
     * A '=' where only an expression may stand (CPython's invalid_named_expression):
     * {@code if x = 1:} suggests '==' or ':='; {@code f() = 1} cannot assign.
     */
    final SyntaxErrorException equalsMisuse(Token start, Expr e) {
        errorPass++;
        try {
            return equalsMisuseInPass(start, e);
        } finally {
            errorPass--;
        }
    }

    private SyntaxErrorException equalsMisuseInPass(Token start, Expr e) {
        int mark = p;
        Token eq = next();
        SyntaxErrorException generic = errorAt(eq, "invalid syntax");
        boolean rhsIsBitwiseOr = startsExpression(kind()) && !at(NOT) && !at(LAMBDA);
        Expr b = null;
        if (rhsIsBitwiseOr) {
            try {
                b = bitwiseOr();
            } catch (SyntaxErrorException ex) {
                if (lexerFailed) {
                    throw ex;
                }
            }
        }
        boolean single = b != null && !at(EQUAL) && !at(COLONEQUAL);
        p = mark;
        if (!single) {
            return generic;
        }
        if (e instanceof Expr.Name && start.kind() == NAME) {
            return errorRange(e.pos(), b.pos(),
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        if (isBitwiseOrLevel(e) && !startsDisplayOrSingleton(start, e)) {
            return errorAt(e, "cannot assign to " + Targets.exprName(e)
                    + " here. Maybe you meant '==' instead of '='?");
        }
        return generic;
    }

    /** Whether {@code e} could have been parsed by the bitwise_or rule (no comparison etc.). */
    static boolean isBitwiseOrLevel(Expr e) {
        if (e instanceof Expr.UnaryOpExpr u) {
            return u.op() != UnaryOp.NOT;
        }
        return !(e instanceof Expr.BoolOpExpr || e instanceof Expr.Compare || e instanceof Expr.IfExp
                || e instanceof Expr.Lambda || e instanceof Expr.NamedExpr || e instanceof Expr.Starred
                || e instanceof Expr.Yield || e instanceof Expr.YieldFrom);
    }

    /** CPython's lookahead !(list|tuple|genexp|'True'|'None'|'False') at {@code start}. */
    static boolean startsDisplayOrSingleton(Token start, Expr e) {
        switch (start.kind()) {
            case TRUE, FALSE, NONE, LSQB -> {
                return true;
            }
            case LPAR -> {
                return e instanceof Expr.Tuple || e instanceof Expr.GeneratorExp;
            }
            default -> {
                return false;
            }
        }
    }

    /** expression: conditional expressions and lambdas. */
    final Expr expression() {
        enter();
        try {
            if (at(LAMBDA)) {
                return lambda();
            }
            Token start = peek();
            Expr e = disjunction();
            if (!at(IF)) {
                return e;
            }
            next();
            Expr test = plainDisjunction();
            if (!accept(ELSE)) {
                if (!at(COLON)) {
                    throw errorRange(tokPos(start), test.pos(), "expected 'else' after 'if' expression");
                }
                throw invalidSyntax();
            }
            Expr orelse = expression();
            return new Expr.IfExp(pos(start), test, e, orelse);
        } finally {
            leave();
        }
    }

    // The rules parsed one nesting level deeper: a method each rather than withDepth(this::rule),
    // whose method references were linked as lambdas when a program was first compiled.

    final Expr deeperBitwiseOr() {
        enter();
        try {
            return bitwiseOr();
        } finally {
            leave();
        }
    }

    private Expr deeperInversion() {
        enter();
        try {
            return inversion();
        } finally {
            leave();
        }
    }

    private Expr deeperFactor() {
        enter();
        try {
            return factor();
        } finally {
            leave();
        }
    }

    private Expr lambda() {
        Token t = next();
        Arguments args = at(COLON) ? Arguments.EMPTY : parameters(true);
        expect(COLON);
        Expr body = expression();
        return new Expr.Lambda(pos(t), args, body);
    }

    /**
     * A disjunction where CPython's grammar has no {@code expression} (comprehension clauses,
     * a conditional's test): no "forgot a comma?" hint right after it.
     */
    final Expr plainDisjunction() {
        Expr e = disjunction();
        lastOperandStart = null;
        return e;
    }

    final Expr disjunction() {
        int startIndex = p;
        Token start = peek();
        Expr e = conjunction();
        if (at(OR)) {
            List<Expr> values = new ArrayList<>();
            values.add(e);
            while (accept(OR)) {
                values.add(conjunction());
            }
            e = new Expr.BoolOpExpr(pos(start), BoolOp.OR, values);
        }
        return noteOperand(startIndex, start, e);
    }

    private Expr conjunction() {
        Token start = peek();
        Expr e = inversion();
        if (!at(AND)) {
            return e;
        }
        List<Expr> values = new ArrayList<>();
        values.add(e);
        while (accept(AND)) {
            values.add(inversion());
        }
        return new Expr.BoolOpExpr(pos(start), BoolOp.AND, values);
    }

    private Expr inversion() {
        if (at(NOT)) {
            Token t = next();
            Expr operand = deeperInversion();
            return new Expr.UnaryOpExpr(pos(t), UnaryOp.NOT, operand);
        }
        return comparison();
    }

    private Expr comparison() {
        Token start = peek();
        Expr left = bitwiseOr();
        List<CmpOp> ops = null;
        List<Expr> comparators = null;
        while (true) {
            CmpOp op = compareOp();
            if (op == null) {
                break;
            }
            if (ops == null) {
                ops = new ArrayList<>();
                comparators = new ArrayList<>();
            }
            ops.add(op);
            comparators.add(bitwiseOr());
        }
        return ops == null ? left : new Expr.Compare(pos(start), left, ops, comparators);
    }

    private CmpOp compareOp() {
        Token t = peek();
        CmpOp op = switch (t.kind()) {
            case EQEQUAL -> CmpOp.EQ;
            case NOTEQUAL -> CmpOp.NOT_EQ;
            case LESS -> CmpOp.LT;
            case LESSEQUAL -> CmpOp.LT_E;
            case GREATER -> CmpOp.GT;
            case GREATEREQUAL -> CmpOp.GT_E;
            case IN -> CmpOp.IN;
            case IS -> peek(1).kind() == NOT ? CmpOp.IS_NOT : CmpOp.IS;
            case NOT -> peek(1).kind() == IN ? CmpOp.NOT_IN : null;
            default -> null;
        };
        if (op == null) {
            return null;
        }
        if (t.text().equals("<>")) {
            // Only valid under "from __future__ import barry_as_FLUFL".
            throw errorAt(t, "invalid syntax");
        }
        next();
        if (op == CmpOp.IS_NOT || op == CmpOp.NOT_IN) {
            next();
        }
        return op;
    }

    final Expr bitwiseOr() {
        int startIndex = p;
        Token start = peek();
        return noteOperand(startIndex, start, binary(1));
    }

    private static int precedence(TokenKind k) {
        return switch (k) {
            case VBAR -> 1;
            case CIRCUMFLEX -> 2;
            case AMPER -> 3;
            case LEFTSHIFT, RIGHTSHIFT -> 4;
            case PLUS, MINUS -> 5;
            case STAR, SLASH, DOUBLESLASH, PERCENT, AT -> 6;
            default -> 0;
        };
    }

    private static Operator binaryOperator(TokenKind k) {
        return switch (k) {
            case VBAR -> Operator.BITOR;
            case CIRCUMFLEX -> Operator.BITXOR;
            case AMPER -> Operator.BITAND;
            case LEFTSHIFT -> Operator.LSHIFT;
            case RIGHTSHIFT -> Operator.RSHIFT;
            case PLUS -> Operator.ADD;
            case MINUS -> Operator.SUB;
            case STAR -> Operator.MULT;
            case SLASH -> Operator.DIV;
            case DOUBLESLASH -> Operator.FLOORDIV;
            case PERCENT -> Operator.MOD;
            default -> Operator.MATMULT;
        };
    }

    /** Precedence climbing over | ^ & shifts sums terms; all left-associative. */
    private Expr binary(int minPrec) {
        Token start = peek();
        Expr left = factor();
        while (true) {
            int prec = precedence(kind());
            if (prec == 0 || prec < minPrec) {
                return left;
            }
            Operator op = binaryOperator(next().kind());
            Expr right = binary(prec + 1);
            left = new Expr.BinOp(pos(start), left, op, right);
        }
    }

    /** factor: unary + - ~, then power. */
    final Expr factor() {
        TokenKind k = kind();
        if (k == PLUS || k == MINUS || k == TILDE) {
            Token t = next();
            Expr operand = deeperFactor();
            UnaryOp op = k == PLUS ? UnaryOp.UADD : k == MINUS ? UnaryOp.USUB : UnaryOp.INVERT;
            return new Expr.UnaryOpExpr(pos(t), op, operand);
        }
        return power();
    }

    private Expr power() {
        Token start = peek();
        Expr base = awaitPrimary();
        if (accept(DOUBLESTAR)) {
            Expr exp = deeperFactor();
            return new Expr.BinOp(pos(start), base, Operator.POW, exp);
        }
        return base;
    }

    private Expr awaitPrimary() {
        if (at(AWAIT)) {
            Token t = next();
            Expr v = primary();
            return new Expr.Await(pos(t), v);
        }
        return primary();
    }

    static Expr.Name name(Token t, ExprContext ctx) {
        return new Expr.Name(tokPos(t), (String) t.value(), ctx);
    }

    /**
     * star_targets for {@code for} loops and comprehensions: targets up to {@code stop}.
     * Parsed at the bitwise-or level (so 'in' is not taken as a comparison), then checked.
     */
    final Expr targetList(Targets.Kind kind, TokenKind stop) {
        Token start = peek();
        Expr first = starTarget();
        Expr e = first;
        if (at(COMMA)) {
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (accept(COMMA)) {
                if (at(stop) || !startsExpression(kind()) && !at(STAR)) {
                    break;
                }
                elts.add(starTarget());
            }
            e = new Expr.Tuple(pos(start), elts, ExprContext.LOAD);
        }
        return store(e, kind);
    }

    private Expr starTarget() {
        if (at(STAR)) {
            Token t = next();
            Expr v = deeperBitwiseOr();
            lastOperandStart = null;
            return new Expr.Starred(pos(t), v, ExprContext.LOAD);
        }
        return bitwiseOr();
    }

    /** {@code e} as a Store target, or CPython's "cannot assign to ..." error. */
    final Expr store(Expr e, Targets.Kind kind) {
        Expr s = Targets.withContext(e, ExprContext.STORE);
        if (s != null) {
            return s;
        }
        Expr bad = Targets.invalidTarget(e, kind);
        if (bad == null) {
            bad = e;
        }
        String msg = kind == Targets.Kind.STAR_TARGETS
                ? "cannot assign to %s here. Maybe you meant '==' instead of '='?" : "cannot assign to %s";
        throw errorAt(bad, String.format(msg, Targets.exprName(bad)));
    }

    // ---- yield ----

    final Expr yieldExpression() {
        Token t = next();
        if (accept(FROM)) {
            Expr v = expression();
            return new Expr.YieldFrom(pos(t), v);
        }
        if (startsExpression(kind()) || at(STAR)) {
            Expr v = starExpressions();
            return new Expr.Yield(pos(t), v);
        }
        return new Expr.Yield(pos(t), null);
    }

    // ---- helpers ----

    /** Tokens that can begin an expression (not counting '*'). */
    static boolean startsExpression(TokenKind k) {
        return switch (k) {
            case NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, NOT, LAMBDA, AWAIT,
                 ELLIPSIS, NONE, TRUE, FALSE -> true;
            default -> false;
        };
    }

    /**
     * CPython's invalid_expression: an expression directly followed by another one inside
     * brackets is "invalid syntax. Perhaps you forgot a comma?", spanning both. It applies
     * when the parser fails right after a disjunction (or a bitwise-or target) it just read.
     */
    @Override
    final SyntaxErrorException betterInvalidSyntax() {
        if (lastOperandEnd != p || lastOperandStart == null || !startsExpression(kind())) {
            return null;
        }
        Token aStart = lastOperandStart;
        if (aStart.kind() == NAME && (isSoftKeyword(aStart) || lastOperandSecond.kind() == STRING)) {
            return null;
        }
        if (lastOperand instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"))) {
            return null;
        }
        Pos aPos = new Pos(aStart.line(), aStart.col(), lastOperand.pos().endLine(), lastOperand.pos().endCol());
        int mark = p;
        lastOperandStart = null;
        try {
            Expr b = expression();
            if (levelAfter(p - 1) == 0) {
                return null;
            }
            return errorRange(aPos, b.pos(), "invalid syntax. Perhaps you forgot a comma?");
        } catch (SyntaxErrorException e) {
            if (lexerFailed || !e.msg().equals("invalid syntax")) {
                throw e;  // CPython's second pass raises what it finds inside b first
            }
            return null;
        } finally {
            p = mark;
        }
    }

    /** The operand most recently completed, for {@link #betterInvalidSyntax()}. */
    private Token lastOperandStart;
    private Token lastOperandSecond;
    private Expr lastOperand;
    private int lastOperandEnd = -1;

    private Expr noteOperand(int startIndex, Token start, Expr e) {
        lastOperandStart = start;
        lastOperandSecond = p > startIndex + 1 ? peek(startIndex + 1 - p) : peek();
        lastOperand = e;
        lastOperandEnd = p;
        return e;
    }

    static boolean isSoftKeyword(Token t) {
        return t.isName("match") || t.isName("case") || t.isName("_");
    }
}
