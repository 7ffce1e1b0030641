package org.hotpy.core.parser;

import static org.hotpy.core.lexer.TokenKind.*;

import java.util.ArrayList;
import java.util.List;
import org.hotpy.core.ast.Alias;
import org.hotpy.core.ast.Arg;
import org.hotpy.core.ast.Arguments;
import org.hotpy.core.ast.ExceptHandler;
import org.hotpy.core.ast.Expr;
import org.hotpy.core.ast.ExprContext;
import org.hotpy.core.ast.Keyword;
import org.hotpy.core.ast.MatchCase;
import org.hotpy.core.ast.Mod;
import org.hotpy.core.ast.Operator;
import org.hotpy.core.ast.Pattern;
import org.hotpy.core.ast.Stmt;
import org.hotpy.core.lexer.Lexer;
import org.hotpy.core.lexer.TokenSource;
import org.hotpy.core.lexer.SourceText;
import org.hotpy.core.lexer.Token;
import org.hotpy.core.lexer.TokenKind;
import org.hotpy.core.parser.SyntaxErrorException.Kind;

/** Statements, blocks, parameters and the three start rules (file, eval, interactive). */
final class StmtParser extends PatternParser {

    StmtParser(TokenSource lexer) {
        super(lexer, null, 0, 0, 0);
    }

    private StmtParser(TokenSource lexer, SourceText textSource, int lineShift, int colShift, int depth) {
        super(lexer, textSource, lineShift, colShift, depth);
    }

    // ---- start rules ----

    Mod parse(Parser.Mode mode) {
        try {
            return switch (mode) {
                case EXEC -> new Mod.Module(fileInput());
                case EVAL -> new Mod.Expression(evalInput());
                case SINGLE -> new Mod.Interactive(interactiveInput());
            };
        } catch (SyntaxErrorException e) {
            throw preferLexerError(e);
        }
    }

    private List<Stmt> fileInput() {
        List<Stmt> body = new ArrayList<>();
        while (!at(ENDMARKER)) {
            statement(body);
        }
        return body;
    }

    private Expr evalInput() {
        Token start = peek();
        Expr first = expression();
        Expr e = first;
        if (at(COMMA)) {
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (accept(COMMA)) {
                if (!startsExpression(kind())) {
                    break;
                }
                elts.add(expression());
            }
            e = new Expr.Tuple(pos(start), elts, ExprContext.LOAD);
        }
        while (accept(NEWLINE)) {
            // trailing newlines are allowed
        }
        if (!at(ENDMARKER)) {
            throw invalidSyntax();
        }
        return e;
    }

    private List<Stmt> interactiveInput() {
        List<Stmt> body = new ArrayList<>();
        if (at(NEWLINE) || at(ENDMARKER)) {
            // compile('', 'single') and compile('\n', 'single') fail too.
            Token t = peek();
            throw error(Kind.SYNTAX_ERROR, "invalid syntax", t.line(), 0, t.line(), 0);
        }
        boolean compound = switch (kind()) {
            case DEF, IF, CLASS, WITH, FOR, TRY, WHILE, AT, ASYNC -> true;
            default -> false;
        };
        statement(body);
        if (!at(ENDMARKER)) {
            if (compound || body.get(body.size() - 1) instanceof Stmt.Match) {
                throw invalidSyntax();
            }
            throw errorAt(last(), "multiple statements found while compiling a single statement");
        }
        return body;
    }

    /** The expression of an f-string field, lexed as {@code (text)} (CPython's fstring rule). */
    Expr fstringInput() {
        Expr e = starExpressions();
        accept(NEWLINE);
        if (!at(ENDMARKER)) {
            throw invalidSyntax();
        }
        return e;
    }

    @Override
    Expr fstringExpression(String text, int line, int col) {
        Lexer sub = new Lexer("(" + text + ")", src.filename());
        StmtParser p2 = new StmtParser(sub, textSource, line - 1, col - 1, depth);
        try {
            return p2.fstringInput();
        } catch (SyntaxErrorException e) {
            // Tokenizer errors carry no "f-string: " prefix in CPython; errors of nested
            // f-strings are already placed and prefixed.
            if (p2.lexerFailed || e == p2.placedError) {
                placedError = e;
                throw e;
            }
            // CPython 3.11 reports these at their place in "(text)", not in the file.
            int l = e.line() - (line - 1);
            int el = e.endLine() - (line - 1);
            int off = l == 1 && e.offset() > 0 ? e.offset() - (col - 1) : e.offset();
            int endOff = el == 1 && e.endOffset() > 0 ? e.endOffset() - (col - 1) : e.endOffset();
            placedError = new SyntaxErrorException(e.kind(), "f-string: " + e.msg(), e.filename(), l,
                    off, el, endOff, e.text(), false);
            throw placedError;
        }
    }

    /** The last error an f-string sub-parser raised through this parser, already final. */
    private SyntaxErrorException placedError;

    // ---- statements ----

    private void statement(List<Stmt> out) {
        switch (kind()) {
            case DEF, IF, CLASS, WITH, FOR, TRY, WHILE, AT -> out.add(compound());
            case ASYNC -> {
                TokenKind k = peek(1).kind();
                if (k != DEF && k != FOR && k != WITH) {
                    throw errorAt(peek(1), "invalid syntax");
                }
                out.add(compound());
            }
            case NAME -> {
                matchWithoutColon = null;
                Stmt m = atName("match") ? tryMatch() : null;
                if (m != null) {
                    out.add(m);
                } else if (matchWithoutColon != null) {
                    matchOrSimple(out);
                } else {
                    simpleStatements(out);
                }
            }
            default -> simpleStatements(out);
        }
    }

    private Stmt compound() {
        enter();
        try {
            Token t = peek();
            return switch (t.kind()) {
                case DEF -> functionDef(t, List.of(), false);
                case IF -> ifStatement(next(), "if");
                case CLASS -> classDef(t, List.of());
                case WITH -> withStatement(t, false);
                case FOR -> forStatement(t, false);
                case TRY -> tryStatement();
                case WHILE -> whileStatement();
                case AT -> decorated();
                default -> asyncStatement();
            };
        } finally {
            leave();
        }
    }

    private Stmt asyncStatement() {
        Token t = next();
        return switch (kind()) {
            case DEF -> functionDef(t, List.of(), true);
            case FOR -> forStatement(t, true);
            default -> withStatement(t, true);
        };
    }

    private void simpleStatements(List<Stmt> out) {
        while (true) {
            out.add(simpleStatement());
            if (!accept(SEMI)) {
                break;
            }
            if (at(NEWLINE)) {
                break;
            }
        }
        if (!accept(NEWLINE)) {
            throw invalidSyntax();
        }
    }

    private Stmt simpleStatement() {
        Token t = peek();
        switch (t.kind()) {
            case PASS -> {
                next();
                return new Stmt.Pass(pos(t));
            }
            case BREAK -> {
                next();
                return new Stmt.Break(pos(t));
            }
            case CONTINUE -> {
                next();
                return new Stmt.Continue(pos(t));
            }
            case RETURN -> {
                next();
                Expr v = startsExpression(kind()) || at(STAR) ? starExpressions() : null;
                return new Stmt.Return(pos(t), v);
            }
            case IMPORT -> {
                return importName();
            }
            case FROM -> {
                return importFrom();
            }
            case RAISE -> {
                return raise();
            }
            case DEL -> {
                return delete();
            }
            case ASSERT -> {
                next();
                Expr test = expression();
                Expr msg = accept(COMMA) ? expression() : null;
                return new Stmt.Assert(pos(t), test, msg);
            }
            case GLOBAL, NONLOCAL -> {
                next();
                List<String> names = new ArrayList<>();
                do {
                    names.add((String) expect(NAME).value());
                } while (accept(COMMA));
                return t.kind() == GLOBAL ? new Stmt.Global(pos(t), names) : new Stmt.Nonlocal(pos(t), names);
            }
            default -> {
                return expressionStatement();
            }
        }
    }

    private Expr rhs() {
        return at(YIELD) ? yieldExpression() : starExpressions();
    }

    private Stmt expressionStatement() {
        Token start = peek();
        Expr first = rhs();
        if (at(EQUAL)) {
            return assignment(start, first);
        }
        if (at(COLON)) {
            return annotated(start, first);
        }
        Operator aug = augmentedOperator(kind());
        if (aug != null) {
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute
                    || first instanceof Expr.Subscript)) {
                throw errorAt(first, "'" + Targets.exprName(first)
                        + "' is an illegal expression for augmented assignment");
            }
            next();
            Expr value = rhs();
            return new Stmt.AugAssign(pos(start), Targets.withContext(first, ExprContext.STORE), aug, value);
        }
        if (at(COLONEQUAL) && !(first instanceof Expr.Name)) {
            throw errorAt(first, "cannot use assignment expressions with " + Targets.exprName(first));
        }
        if (first instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"))
                && startsExpression(kind()) && !at(LPAR)) {
            throw legacyCall(n);
        }
        return new Stmt.ExprStmt(pos(start), first);
    }

    /** CPython's invalid_legacy_expression: {@code print "x"}. */
    private SyntaxErrorException legacyCall(Expr.Name n) {
        int mark = p;
        errorPass++;
        try {
            Expr b = starExpressions();
            return errorRange(n.pos(), b.pos(), "Missing parentheses in call to '" + n.id()
                    + "'. Did you mean " + n.id() + "(...)?");
        } catch (SyntaxErrorException e) {
            if (lexerFailed || !e.msg().equals("invalid syntax")) {
                throw e;
            }
            p = mark;
            return invalidSyntax();
        } finally {
            errorPass--;
        }
    }

    private Stmt assignment(Token start, Expr first) {
        List<Expr> raw = new ArrayList<>();
        List<Token> starts = new ArrayList<>();
        Expr value = first;
        Token valueStart = start;
        while (accept(EQUAL)) {
            raw.add(value);
            starts.add(valueStart);
            valueStart = peek();
            value = rhs();
        }
        List<Expr> targets = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            Expr t = raw.get(i);
            Expr s = Targets.withContext(t, ExprContext.STORE);
            if (s == null) {
                throw assignError(t, starts.get(i), raw.size() == 1 ? starts.get(i + 0) : null,
                        raw.size() == 1 ? valueStart : null);
            }
            targets.add(s);
        }
        return new Stmt.Assign(pos(start), targets, value);
    }

    private SyntaxErrorException assignError(Expr target, Token targetStart, Token single, Token valueStart) {
        if (target instanceof Expr.Yield || target instanceof Expr.YieldFrom) {
            return errorAt(target, "assignment to yield expression not possible");
        }
        boolean rhsIsBitwiseOr = single != null && startsExpression(valueStart.kind())
                && valueStart.kind() != NOT && valueStart.kind() != LAMBDA;
        // CPython's invalid_named_expression sees the expression right before '=': the whole
        // target, or the last element of an unparenthesised tuple target.
        Expr adjacent = target;
        boolean displayStart = startsDisplayOrSingleton(targetStart, target);
        if (target instanceof Expr.Tuple t && targetStart.kind() != LPAR && t.elts().size() > 1) {
            adjacent = t.elts().get(t.elts().size() - 1);
            displayStart = adjacent instanceof Expr.ListExpr || adjacent instanceof Expr.Tuple
                    || adjacent instanceof Expr.GeneratorExp || adjacent instanceof Expr.Constant c
                    && (c.value() instanceof Boolean || c.value() == Expr.Singleton.NONE);
        }
        if (rhsIsBitwiseOr && isBitwiseOrLevel(adjacent) && !(adjacent instanceof Expr.Tuple)
                && !displayStart && Targets.withContext(adjacent, ExprContext.STORE) == null) {
            return errorAt(adjacent, "cannot assign to " + Targets.exprName(adjacent)
                    + " here. Maybe you meant '==' instead of '='?");
        }
        Expr bad = Targets.invalidTarget(target, Targets.Kind.STAR_TARGETS);
        if (bad == null) {
            bad = target;
        }
        return errorAt(bad, "cannot assign to " + Targets.exprName(bad));
    }

    private Stmt annotated(Token start, Expr target) {
        boolean validTarget = target instanceof Expr.Name || target instanceof Expr.Attribute
                || target instanceof Expr.Subscript;
        errorPass++;
        boolean annotationFollows = startsExpression(peek(1).kind());
        errorPass--;
        if (!validTarget && !annotationFollows) {
            // CPython's invalid_assignment rules need an annotation after the ':'.
            throw invalidSyntax();
        }
        if (target instanceof Expr.Tuple || target instanceof Expr.ListExpr) {
            throw errorAt(target, "only single target (not " + Targets.exprName(target) + ") can be annotated");
        }
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute
                || target instanceof Expr.Subscript)) {
            throw errorAt(target, "illegal target for annotation");
        }
        next();
        Expr annotation = expression();
        Expr value = accept(EQUAL) ? rhs() : null;
        boolean simple = target instanceof Expr.Name && start.kind() == NAME;
        return new Stmt.AnnAssign(pos(start), Targets.withContext(target, ExprContext.STORE),
                annotation, value, simple);
    }

    private static Operator augmentedOperator(TokenKind k) {
        return switch (k) {
            case PLUSEQUAL -> Operator.ADD;
            case MINEQUAL -> Operator.SUB;
            case STAREQUAL -> Operator.MULT;
            case ATEQUAL -> Operator.MATMULT;
            case SLASHEQUAL -> Operator.DIV;
            case PERCENTEQUAL -> Operator.MOD;
            case AMPEREQUAL -> Operator.BITAND;
            case VBAREQUAL -> Operator.BITOR;
            case CIRCUMFLEXEQUAL -> Operator.BITXOR;
            case LEFTSHIFTEQUAL -> Operator.LSHIFT;
            case RIGHTSHIFTEQUAL -> Operator.RSHIFT;
            case DOUBLESTAREQUAL -> Operator.POW;
            case DOUBLESLASHEQUAL -> Operator.FLOORDIV;
            default -> null;
        };
    }

    private Stmt raise() {
        Token t = next();
        if (!startsExpression(kind())) {
            return new Stmt.Raise(pos(t), null, null);
        }
        Expr exc = expression();
        Expr cause = accept(FROM) ? expression() : null;
        return new Stmt.Raise(pos(t), exc, cause);
    }

    private Stmt delete() {
        Token t = next();
        List<Expr> targets = new ArrayList<>();
        do {
            if (at(NEWLINE) || at(SEMI)) {
                if (targets.isEmpty()) {
                    throw invalidSyntax();
                }
                break;
            }
            Expr e = starExpression();
            Expr d = Targets.withContext(e, ExprContext.DEL);
            if (d == null) {
                Expr bad = Targets.invalidTarget(e, Targets.Kind.DEL_TARGETS);
                bad = bad == null ? e : bad;
                throw errorAt(bad, "cannot delete " + Targets.exprName(bad));
            }
            targets.add(d);
        } while (accept(COMMA));
        return new Stmt.Delete(pos(t), targets);
    }

    // ---- imports ----

    private Stmt importName() {
        Token t = next();
        List<Alias> names = new ArrayList<>();
        do {
            Token st = peek();
            String name = dottedName();
            String as = accept(AS) ? (String) expect(NAME).value() : null;
            names.add(new Alias(pos(st), name, as));
        } while (accept(COMMA));
        return new Stmt.Import(pos(t), names);
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder((String) expect(NAME).value());
        while (at(DOT) && peek(1).kind() == NAME) {
            next();
            sb.append('.').append((String) next().value());
        }
        return sb.toString();
    }

    private Stmt importFrom() {
        Token t = next();
        int level = 0;
        while (at(DOT) || at(ELLIPSIS)) {
            level += next().kind() == DOT ? 1 : 3;
        }
        String module = null;
        if (level == 0 || !at(IMPORT)) {
            module = dottedName();
        }
        if (!accept(IMPORT)) {
            throw invalidSyntax();
        }
        List<Alias> names = new ArrayList<>();
        if (at(STAR)) {
            Token s = next();
            names.add(new Alias(pos(s), "*", null));
        } else if (accept(LPAR)) {
            importAsNames(names, true);
            expect(RPAR);
        } else {
            importAsNames(names, false);
        }
        return new Stmt.ImportFrom(pos(t), module, names, level);
    }

    private void importAsNames(List<Alias> names, boolean parenthesised) {
        do {
            if (parenthesised && at(RPAR) && !names.isEmpty()) {
                return;
            }
            if (!parenthesised && at(NEWLINE) && !names.isEmpty()) {
                throw errorAt(peek(), "trailing comma not allowed without surrounding parentheses");
            }
            Token st = expect(NAME);
            String as = accept(AS) ? (String) expect(NAME).value() : null;
            names.add(new Alias(pos(st), (String) st.value(), as));
        } while (accept(COMMA));
    }

    // ---- blocks ----

    /** block: NEWLINE INDENT statements DEDENT, or simple statements on the header's line. */
    private List<Stmt> block(String what, Token header) {
        List<Stmt> body = new ArrayList<>();
        if (!accept(NEWLINE)) {
            simpleStatements(body);
            return body;
        }
        if (!at(INDENT)) {
            Token t = peek();
            String msg = "expected an indented block after " + what + " on line " + header.line();
            throw errorAt(Kind.INDENTATION_ERROR, t, msg);
        }
        next();
        while (!accept(DEDENT)) {
            statement(body);
        }
        return body;
    }

    private Stmt ifStatement(Token t, String keyword) {
        Expr test = namedExpression();
        expectColon();
        List<Stmt> body = block("'" + keyword + "' statement", t);
        List<Stmt> orelse = List.of();
        if (at(ELIF)) {
            Token e = next();
            orelse = List.of(ifStatement(e, "elif"));
        } else if (at(ELSE)) {
            orelse = elseBlock();
        }
        return new Stmt.If(pos(t), test, body, orelse);
    }

    private List<Stmt> elseBlock() {
        Token e = next();
        expectForced(COLON);
        return block("'else' statement", e);
    }

    private Stmt whileStatement() {
        Token t = next();
        Expr test = namedExpression();
        expectColon();
        List<Stmt> body = block("'while' statement", t);
        List<Stmt> orelse = at(ELSE) ? elseBlock() : List.of();
        return new Stmt.While(pos(t), test, body, orelse);
    }

    private Stmt forStatement(Token start, boolean isAsync) {
        Token f = next();
        if (isAsync) {
            f = last();
        }
        Expr target = targetList(Targets.Kind.FOR_TARGETS, IN);
        if (!accept(IN)) {
            throw invalidSyntax();
        }
        Expr iter = starExpressions();
        expectColon();
        List<Stmt> body = block("'for' statement", f);
        List<Stmt> orelse = at(ELSE) ? elseBlock() : List.of();
        return new Stmt.For(pos(start), target, iter, body, orelse, isAsync);
    }

    private Stmt withStatement(Token start, boolean isAsync) {
        Token w = next();
        List<org.hotpy.core.ast.WithItem> items = at(LPAR) ? parenthesisedWithItems() : null;
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (accept(COMMA));
        }
        expectColon();
        List<Stmt> body = block("'with' statement", w);
        return new Stmt.With(pos(start), items, body, isAsync);
    }

    /** {@code with (a as b, c):}; null (and the cursor restored) when it is not that form. */
    private List<org.hotpy.core.ast.WithItem> parenthesisedWithItems() {
        int mark = p;
        try {
            next();
            List<org.hotpy.core.ast.WithItem> items = new ArrayList<>();
            do {
                if (at(RPAR) && !items.isEmpty()) {
                    break;
                }
                items.add(withItem());
            } while (accept(COMMA));
            if (accept(RPAR) && at(COLON)) {
                return items;
            }
        } catch (SyntaxErrorException e) {
            if (lexerFailed) {
                throw e;
            }
        }
        p = mark;
        return null;
    }

    private org.hotpy.core.ast.WithItem withItem() {
        Expr ctx = expression();
        if (!accept(AS)) {
            return new org.hotpy.core.ast.WithItem(ctx, null);
        }
        Expr target = at(STAR) ? starExpression() : deeperBitwiseOr();
        return new org.hotpy.core.ast.WithItem(ctx, store(target, Targets.Kind.FOR_TARGETS));
    }

    private Stmt tryStatement() {
        Token t = next();
        expectForced(COLON);
        List<Stmt> body = block("'try' statement", t);
        List<ExceptHandler> handlers = new ArrayList<>();
        boolean star = at(EXCEPT) && peek(1).kind() == STAR;
        while (at(EXCEPT)) {
            handlers.add(exceptHandler(star));
        }
        List<Stmt> orelse = List.of();
        if (!handlers.isEmpty() && at(ELSE)) {
            orelse = elseBlock();
        }
        List<Stmt> finalbody = List.of();
        if (at(FINALLY)) {
            Token f = next();
            expectForced(COLON);
            finalbody = block("'finally' statement", f);
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw errorAt(peek(), "expected 'except' or 'finally' block");
        }
        return new Stmt.Try(pos(t), body, handlers, orelse, finalbody, star);
    }

    private ExceptHandler exceptHandler(boolean star) {
        Token e = next();
        boolean thisStar = accept(STAR);
        if (thisStar != star) {
            throw errorAt(e, "cannot have both 'except' and 'except*' on the same 'try'");
        }
        Expr type = null;
        String name = null;
        if (!at(COLON) && !startsExpression(kind())) {
            expectColon();
        }
        if (!at(COLON)) {
            type = expression();
            if (at(COMMA)) {
                next();
                Expr rest = starExpressions();
                throw errorRange(type.pos(), rest.pos(), "multiple exception types must be parenthesized");
            }
            if (accept(AS)) {
                name = (String) expect(NAME).value();
            }
        } else if (star) {
            throw errorAt(peek(), "expected one or more exception types");
        }
        expectColon();
        List<Stmt> body = block(star ? "'except*' statement" : "'except' statement", e);
        return new ExceptHandler(pos(e), type, name, body);
    }

    // ---- definitions ----

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (accept(AT)) {
            decorators.add(namedExpression());
            if (!accept(NEWLINE)) {
                throw invalidSyntax();
            }
        }
        Token t = peek();
        return switch (t.kind()) {
            case DEF -> functionDef(t, decorators, false);
            case CLASS -> classDef(t, decorators);
            case ASYNC -> {
                if (peek(1).kind() != DEF) {
                    throw errorAt(peek(1), "invalid syntax");
                }
                next();
                yield functionDef(t, decorators, true);
            }
            default -> throw invalidSyntax();
        };
    }

    private Stmt functionDef(Token start, List<Expr> decorators, boolean isAsync) {
        Token d = isAsync ? peek() : start;
        if (isAsync && d.kind() == ASYNC) {
            next();
            d = peek();
        }
        expect(DEF);
        Token n = expect(NAME);
        expectForced(LPAR);
        Arguments args = at(RPAR) ? Arguments.EMPTY : parameters(false);
        if (!accept(RPAR)) {
            throw invalidSyntax();
        }
        Expr returns = null;
        if (at(RARROW) && startsExpression(peek(1).kind())) {
            next();
            returns = expression();  // else CPython's forced ':' reports at the '->'
        }
        expectForced(COLON);
        List<Stmt> body = block("function definition", d);
        return new Stmt.FunctionDef(pos(start), (String) n.value(), args, body, decorators, returns,
                isAsync);
    }

    private Stmt classDef(Token start, List<Expr> decorators) {
        Token c = next();
        Token n = expect(NAME);
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        if (at(LPAR)) {
            Expr.Call call = (Expr.Call) callTrailer(n, false);
            bases = call.args();
            keywords = call.keywords();
        }
        expectColon();
        List<Stmt> body = block("class definition", c);
        return new Stmt.ClassDef(pos(start), (String) n.value(), bases, keywords, body, decorators);
    }

    @Override
    Arguments parameters(boolean lambda) {
        return new Parameters(this, lambda).parse();
    }

    /** A parameter name with an optional annotation (none in lambdas). */
    Arg param(boolean lambda, boolean starAnnotation) {
        Token n = expect(NAME);
        Expr annotation = null;
        if (!lambda && accept(COLON)) {
            annotation = starAnnotation && at(STAR) ? starExpression() : expression();
        }
        return new Arg(pos(n), (String) n.value(), annotation);
    }

    // ---- match ----

    /** The NEWLINE right after {@code match <subject>}, when that is how a line went. */
    private Token matchWithoutColon;

    /**
     * {@code match x} then a newline: a statement if it parses as one, else CPython's
     * invalid_match_stmt reports the missing ':'.
     */
    private void matchOrSimple(List<Stmt> out) {
        Token newline = matchWithoutColon;
        try {
            simpleStatements(out);
        } catch (SyntaxErrorException e) {
            if (lexerFailed) {
                throw e;
            }
            throw errorAt(newline, "expected ':'");
        }
    }

    /** A match statement, or null (cursor unmoved) when {@code match} is just a name here. */
    private Stmt tryMatch() {
        TokenKind k1 = peek(1).kind();
        if (!startsExpression(k1) && k1 != STAR) {
            return null;
        }
        int mark = p;
        Token m = next();
        Expr subject;
        try {
            subject = subject();
        } catch (SyntaxErrorException e) {
            if (lexerFailed) {
                throw e;
            }
            p = mark;
            return null;
        }
        if (!at(COLON) || peek(1).kind() != NEWLINE) {
            matchWithoutColon = at(NEWLINE) ? peek() : null;
            p = mark;
            return null;
        }
        next();
        next();
        if (!at(INDENT)) {
            throw errorAt(Kind.INDENTATION_ERROR, peek(),
                    "expected an indented block after 'match' statement on line " + m.line());
        }
        next();
        List<MatchCase> cases = new ArrayList<>();
        do {
            cases.add(caseBlock());
        } while (!accept(DEDENT));
        return new Stmt.Match(pos(m), subject, cases);
    }

    private Expr subject() {
        Token start = peek();
        Expr first = starNamedExpression();
        if (!at(COMMA)) {
            if (first instanceof Expr.Starred) {
                throw invalidSyntax();
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (at(COLON)) {
                break;
            }
            elts.add(starNamedExpression());
        }
        return new Expr.Tuple(pos(start), elts, ExprContext.LOAD);
    }

    private MatchCase caseBlock() {
        Token c = peek();
        if (!c.isName("case")) {
            throw invalidSyntax();
        }
        next();
        Pattern pattern = patterns();
        Expr guard = accept(IF) ? namedExpression() : null;
        expectColon();
        List<Stmt> body = block("'case' statement", c);
        return new MatchCase(pattern, guard, body);
    }
}
