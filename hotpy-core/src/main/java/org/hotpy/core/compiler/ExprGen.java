package org.hotpy.core.compiler;

import java.util.ArrayList;
import java.util.List;

import org.hotpy.core.ast.BoolOp;
import org.hotpy.core.ast.CmpOp;
import org.hotpy.core.ast.Comprehension;
import org.hotpy.core.ast.Expr;
import org.hotpy.core.ast.Keyword;
import org.hotpy.core.ast.Pos;
import org.hotpy.core.ast.UnaryOp;
import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Opcode;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.ops.Compare;
import org.hotpy.core.ops.Operators;
import org.hotpy.core.types.collection.PyFrozenSet;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.text.PyStr;

/** Expressions, assignment targets, conditional jumps, calls and comprehensions. */
final class ExprGen {
    private final Compiler c;

    ExprGen(Compiler c) {
        this.c = c;
    }

    private Unit u() {
        return c.u;
    }

    void expr(Expr e) {
        Pos saved = u().pos;
        u().pos = e.pos();
        exprInner(e);
        u().pos = saved;
    }

    private void exprInner(Expr e) {
        if (e instanceof Expr.Constant k) {
            c.loadConst(Constants.of(k.value()));
        } else if (e instanceof Expr.Name n) {
            c.nameOp(n.id(), Compiler.LOAD);
        } else if (e instanceof Expr.BinOp b) {
            expr(b.left());
            expr(b.right());
            u().pos = b.pos();
            u().emit(Opcode.BINARY_OP, binOp(b.op()));
        } else if (e instanceof Expr.UnaryOpExpr un) {
            expr(un.operand());
            u().emit(switch (un.op()) {
                case NOT -> Opcode.UNARY_NOT;
                case USUB -> Opcode.UNARY_NEGATIVE;
                case UADD -> Opcode.UNARY_POSITIVE;
                case INVERT -> Opcode.UNARY_INVERT;
            });
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value());
            u().pos = a.pos();
            u().emit(Opcode.LOAD_ATTR, u().name(c.mangle(a.attr())));
        } else if (e instanceof Expr.Call call) {
            call(call);
        } else if (e instanceof Expr.Compare cmp) {
            compare(cmp);
        } else if (e instanceof Expr.BoolOpExpr b) {
            boolOp(b);
        } else if (e instanceof Expr.Subscript s) {
            expr(s.value());
            subscriptKey(s.slice());
            u().pos = s.pos();
            u().emit(Opcode.BINARY_SUBSCR);
        } else if (e instanceof Expr.Tuple t) {
            sequence(t.elts(), Opcode.BUILD_TUPLE, true);
        } else if (e instanceof Expr.ListExpr l) {
            sequence(l.elts(), Opcode.BUILD_LIST, false);
        } else if (e instanceof Expr.Set s) {
            sequence(s.elts(), Opcode.BUILD_SET, false);
        } else if (e instanceof Expr.Dict d) {
            dict(d);
        } else if (e instanceof Expr.IfExp i) {
            Unit.Label orelse = u().label();
            Unit.Label end = u().label();
            jumpIf(i.test(), orelse, false);
            expr(i.body());
            u().jump(Opcode.JUMP, end);
            u().place(orelse);
            expr(i.orelse());
            u().place(end);
        } else if (e instanceof Expr.Lambda l) {
            int flags = c.defaults(l.args());
            CodeObject code = c.functionCode(l, "<lambda>", l.args(), null, l.body(), l.pos().line());
            c.makeClosure(code, flags);
        } else if (e instanceof Expr.NamedExpr ne) {
            expr(ne.value());
            u().emit(Opcode.COPY, 1);
            store(ne.target());
        } else if (e instanceof Expr.JoinedStr j) {
            joinedStr(j);
        } else if (e instanceof Expr.FormattedValue f) {
            formattedValue(f);
        } else if (e instanceof Expr.ListComp lc) {
            comprehension(lc, lc.generators(), lc.elt(), null, Opcode.BUILD_LIST);
        } else if (e instanceof Expr.SetComp sc) {
            comprehension(sc, sc.generators(), sc.elt(), null, Opcode.BUILD_SET);
        } else if (e instanceof Expr.DictComp dc) {
            comprehension(dc, dc.generators(), dc.key(), dc.value(), Opcode.BUILD_MAP);
        } else if (e instanceof Expr.GeneratorExp g) {
            comprehension(g, g.generators(), g.elt(), null, null);
        } else if (e instanceof Expr.Yield y) {
            if (y.value() != null) {
                expr(y.value());
            } else {
                c.loadConst(PyNone.NONE);
            }
            u().emit(Opcode.YIELD_VALUE);
        } else if (e instanceof Expr.YieldFrom y) {
            expr(y.value());
            u().emit(Opcode.GET_YIELD_FROM_ITER);
            c.loadConst(PyNone.NONE);
            yieldFromLoop();
        } else if (e instanceof Expr.Slice s) {
            slice(s);
        } else if (e instanceof Expr.Starred s) {
            throw c.error(s.pos(), "can't use starred expression here");
        } else if (e instanceof Expr.Await a) {
            throw c.error(a.pos(), "'await' is not supported by HotPy (async is not implemented)");
        } else {
            throw c.error(e.pos(), "HotPy cannot compile this expression yet: %s", e.getClass().getSimpleName());
        }
    }

    /** The BINARY_OP argument for an AST operator (the runtime's operator numbering). */
    static int binOp(org.hotpy.core.ast.Operator op) {
        return switch (op) {
            case ADD -> Operators.BinOp.ADD.ordinal();
            case SUB -> Operators.BinOp.SUB.ordinal();
            case MULT -> Operators.BinOp.MUL.ordinal();
            case MATMULT -> Operators.BinOp.MATMUL.ordinal();
            case DIV -> Operators.BinOp.TRUEDIV.ordinal();
            case MOD -> Operators.BinOp.MOD.ordinal();
            case POW -> Operators.BinOp.POW.ordinal();
            case LSHIFT -> Operators.BinOp.LSHIFT.ordinal();
            case RSHIFT -> Operators.BinOp.RSHIFT.ordinal();
            case BITOR -> Operators.BinOp.OR.ordinal();
            case BITXOR -> Operators.BinOp.XOR.ordinal();
            case BITAND -> Operators.BinOp.AND.ordinal();
            case FLOORDIV -> Operators.BinOp.FLOORDIV.ordinal();
        };
    }

    /** Stack [iterator, value]: SEND until the iterator returns, yielding what it yields. */
    private void yieldFromLoop() {
        Unit.Label send = u().label();
        Unit.Label exit = u().label();
        u().place(send);
        u().jump(Opcode.SEND, exit);
        u().emit(Opcode.YIELD_VALUE);
        u().jump(Opcode.JUMP_BACKWARD, send);
        u().place(exit);
    }

    private void slice(Expr.Slice s) {
        if (s.lower() != null) {
            expr(s.lower());
        } else {
            c.loadConst(PyNone.NONE);
        }
        if (s.upper() != null) {
            expr(s.upper());
        } else {
            c.loadConst(PyNone.NONE);
        }
        if (s.step() != null) {
            expr(s.step());
            u().emit(Opcode.BUILD_SLICE, 3);
        } else {
            u().emit(Opcode.BUILD_SLICE, 2);
        }
    }

    /** The key of a subscript: slices become slice objects, tuples of slices tuples of them. */
    void subscriptKey(Expr slice) {
        expr(slice);
    }

    private static boolean hasStarred(List<Expr> elts) {
        for (Expr e : elts) {
            if (e instanceof Expr.Starred) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether each element is a constant after the folding CPython's AST optimiser does and that
     * matters for set displays: literals, a minus sign on a number, tuples of such constants.
     */
    private static boolean allFoldable(List<Expr> elts) {
        for (Expr e : elts) {
            if (!foldable(e)) {
                return false;
            }
        }
        return true;
    }

    private static boolean foldable(Expr e) {
        if (e instanceof Expr.Constant) {
            return true;
        }
        if (e instanceof Expr.UnaryOpExpr un && un.op() == UnaryOp.USUB && un.operand() instanceof Expr.Constant k) {
            Object v = k.value();
            return v instanceof Long || v instanceof java.math.BigInteger || v instanceof Double
                    || v instanceof Expr.Imaginary;
        }
        return e instanceof Expr.Tuple t && allFoldable(t.elts());
    }

    /** The value of an expression {@link #foldable} accepts. */
    private static PyObject folded(Expr e) {
        if (e instanceof Expr.Constant k) {
            return Constants.of(k.value());
        }
        if (e instanceof Expr.UnaryOpExpr un) {
            return Operators.negative(folded(un.operand()));
        }
        List<Expr> elts = ((Expr.Tuple) e).elts();
        PyObject[] items = new PyObject[elts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = folded(elts.get(i));
        }
        return PyTuple.of(items);
    }

    private static boolean allConstant(List<Expr> elts) {
        for (Expr e : elts) {
            if (!(e instanceof Expr.Constant)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The iterable of a for loop or comprehension: a set display of constants is a frozenset
     * constant, as CPython's AST optimiser folds it (fold_iter), so it iterates in that set's order.
     */
    void iterable(Expr e) {
        if (e instanceof Expr.Set s && allFoldable(s.elts())) {
            c.loadConst(frozenConstant(s.elts()));
            return;
        }
        expr(e);
    }

    /**
     * The frozenset CPython compiles a set of constants to: the set of the elements, rebuilt from
     * its own iteration order when the compiler merges constants (merge_consts_recursive); the
     * order of the sets built from it depends on both steps.
     */
    private static PyFrozenSet frozenConstant(List<Expr> elts) {
        PyFrozenSet first = new PyFrozenSet();
        for (Expr x : elts) {
            first.add(folded(x));
        }
        PyFrozenSet merged = new PyFrozenSet();
        for (PyObject x : first.toArray()) {
            merged.add(x);
        }
        return merged;
    }

    private void sequence(List<Expr> elts, Opcode build, boolean isTuple) {
        if (isTuple && !elts.isEmpty() && allConstant(elts)) {
            PyObject[] items = new PyObject[elts.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = Constants.of(((Expr.Constant) elts.get(i)).value());
            }
            c.loadConst(PyTuple.of(items));
            return;
        }
        if (build == Opcode.BUILD_SET && elts.size() > 2 && allFoldable(elts)) {
            // CPython 3.11: BUILD_SET 0, a frozenset constant, SET_UPDATE (the set then merges the
            // frozenset's table, which gives its order)
            u().emit(Opcode.BUILD_SET, 0);
            c.loadConst(frozenConstant(elts));
            u().emit(Opcode.SET_UPDATE, 1);
            return;
        }
        if (!hasStarred(elts)) {
            for (Expr x : elts) {
                expr(x);
            }
            u().emit(build, elts.size());
            return;
        }
        boolean set = build == Opcode.BUILD_SET;
        u().emit(set ? Opcode.BUILD_SET : Opcode.BUILD_LIST, 0);
        for (Expr x : elts) {
            if (x instanceof Expr.Starred s) {
                expr(s.value());
                u().emit(set ? Opcode.SET_UPDATE : Opcode.LIST_EXTEND, 1);
            } else {
                expr(x);
                u().emit(set ? Opcode.SET_ADD : Opcode.LIST_APPEND, 1);
            }
        }
        if (isTuple) {
            u().emit(Opcode.LIST_TO_TUPLE);
        }
    }

    private void dict(Expr.Dict d) {
        int pending = 0;
        boolean built = false;
        for (int i = 0; i < d.keys().size(); i++) {
            Expr k = d.keys().get(i);
            if (k == null) {
                if (pending > 0 || !built) {
                    u().emit(Opcode.BUILD_MAP, pending);
                    if (built) {
                        u().emit(Opcode.DICT_UPDATE, 1);
                    }
                    built = true;
                    pending = 0;
                }
                expr(d.values().get(i));
                u().emit(Opcode.DICT_UPDATE, 1);
            } else {
                expr(k);
                expr(d.values().get(i));
                pending++;
            }
        }
        if (!built || pending > 0) {
            u().emit(Opcode.BUILD_MAP, pending);
            if (built) {
                u().emit(Opcode.DICT_UPDATE, 1);
            }
        }
    }

    private void boolOp(Expr.BoolOpExpr b) {
        Unit.Label end = u().label();
        Opcode jump = b.op() == BoolOp.AND ? Opcode.JUMP_IF_FALSE_OR_POP : Opcode.JUMP_IF_TRUE_OR_POP;
        List<Expr> vs = b.values();
        for (int i = 0; i < vs.size() - 1; i++) {
            expr(vs.get(i));
            u().jump(jump, end);
        }
        expr(vs.get(vs.size() - 1));
        u().place(end);
    }

    private void compareOp(CmpOp op) {
        switch (op) {
            case IS: u().emit(Opcode.IS_OP, 0); break;
            case IS_NOT: u().emit(Opcode.IS_OP, 1); break;
            case IN: u().emit(Opcode.CONTAINS_OP, 0); break;
            case NOT_IN: u().emit(Opcode.CONTAINS_OP, 1); break;
            default: u().emit(Opcode.COMPARE_OP, compareArg(op)); break;
        }
    }

    private static int compareArg(CmpOp op) {
        return switch (op) {
            case LT -> Compare.Op.LT.ordinal();
            case LT_E -> Compare.Op.LE.ordinal();
            case EQ -> Compare.Op.EQ.ordinal();
            case NOT_EQ -> Compare.Op.NE.ordinal();
            case GT -> Compare.Op.GT.ordinal();
            default -> Compare.Op.GE.ordinal();
        };
    }

    private void compare(Expr.Compare cmp) {
        expr(cmp.left());
        int n = cmp.ops().size();
        if (n == 1) {
            expr(cmp.comparators().get(0));
            u().pos = cmp.pos();
            compareOp(cmp.ops().get(0));
            return;
        }
        Unit.Label cleanup = u().label();
        Unit.Label end = u().label();
        for (int i = 0; i < n - 1; i++) {
            expr(cmp.comparators().get(i));
            u().emit(Opcode.SWAP, 2);
            u().emit(Opcode.COPY, 2);
            compareOp(cmp.ops().get(i));
            u().jump(Opcode.JUMP_IF_FALSE_OR_POP, cleanup);
        }
        expr(cmp.comparators().get(n - 1));
        compareOp(cmp.ops().get(n - 1));
        u().jump(Opcode.JUMP, end);
        u().place(cleanup);
        u().emit(Opcode.SWAP, 2);
        u().emit(Opcode.POP_TOP);
        u().place(end);
    }

    /** Jumps to {@code target} when the truth of {@code e} equals {@code cond}; falls through otherwise. */
    void jumpIf(Expr e, Unit.Label target, boolean cond) {
        if (e instanceof Expr.UnaryOpExpr un && un.op() == UnaryOp.NOT) {
            jumpIf(un.operand(), target, !cond);
            return;
        }
        if (e instanceof Expr.BoolOpExpr b) {
            boolean isOr = b.op() == BoolOp.OR;
            List<Expr> vs = b.values();
            if (isOr == cond) {
                for (Expr v : vs) {
                    jumpIf(v, target, cond);
                }
            } else {
                Unit.Label skip = u().label();
                for (int i = 0; i < vs.size() - 1; i++) {
                    jumpIf(vs.get(i), skip, !cond);
                }
                jumpIf(vs.get(vs.size() - 1), target, cond);
                u().place(skip);
            }
            return;
        }
        expr(e);
        u().pos = e.pos();
        u().jump(cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, target);
    }

    // ---- calls -------------------------------------------------------------------------------

    private void call(Expr.Call call) {
        Expr f = call.func();
        boolean simple = !StmtGen.hasStarred(call.args(), call.keywords());
        if (simple && f instanceof Expr.Attribute a && call.keywords().size() + call.args().size() < 255) {
            expr(a.value());
            u().pos = a.pos();
            u().emit(Opcode.LOAD_METHOD, u().name(c.mangle(a.attr())));
            callArguments(call.args(), call.keywords(), 0, call.pos());
            return;
        }
        u().emit(Opcode.PUSH_NULL);
        expr(f);
        callArguments(call.args(), call.keywords(), 0, call.pos());
    }

    /**
     * CPython's compiler rejects {@code f(a=1, a=2)} (and a class statement's keywords) outright,
     * and {@code f(__debug__=1)} with the whole call's position.
     */
    private void checkKeywords(List<Keyword> kws, Pos call) {
        for (Keyword k : kws) {
            if ("__debug__".equals(k.arg())) {
                throw c.error(call, "cannot assign to __debug__");
            }
        }
        for (int i = 1; i < kws.size(); i++) {
            String name = kws.get(i).arg();
            for (int j = 0; name != null && j < i; j++) {
                if (name.equals(kws.get(j).arg())) {
                    throw c.error(kws.get(i).pos(), "keyword argument repeated: %s", name);
                }
            }
        }
    }

    /**
     * Pushes the arguments and emits the call. {@code already} positional arguments are on the
     * stack above the callable (the class body function and name for a class statement).
     */
    void callArguments(List<Expr> args, List<Keyword> kws, int already, Pos pos) {
        checkKeywords(kws, pos);
        if (!StmtGen.hasStarred(args, kws)) {
            for (Expr a : args) {
                expr(a);
            }
            for (Keyword k : kws) {
                expr(k.value());
            }
            u().pos = pos;
            if (!kws.isEmpty()) {
                PyObject[] names = new PyObject[kws.size()];
                for (int i = 0; i < names.length; i++) {
                    names[i] = PyStr.of(kws.get(i).arg());
                }
                u().emit(Opcode.KW_NAMES, u().constant(PyTuple.of(names), Constants.key(PyTuple.of(names))));
            }
            u().emit(Opcode.CALL, already + args.size() + kws.size());
            return;
        }
        // f(*args, **kwargs) and mixtures: build one tuple and one dict, then CALL_FUNCTION_EX.
        if (already == 0 && args.size() == 1 && args.get(0) instanceof Expr.Starred s) {
            expr(s.value());
        } else {
            u().emit(Opcode.BUILD_LIST, already);
            for (Expr a : args) {
                if (a instanceof Expr.Starred s) {
                    expr(s.value());
                    u().emit(Opcode.LIST_EXTEND, 1);
                } else {
                    expr(a);
                    u().emit(Opcode.LIST_APPEND, 1);
                }
            }
            u().emit(Opcode.LIST_TO_TUPLE);
        }
        boolean hasKw = !kws.isEmpty();
        if (hasKw) {
            u().emit(Opcode.BUILD_MAP, 0);
            int pending = 0;
            for (Keyword k : kws) {
                if (k.arg() == null) {
                    if (pending > 0) {
                        u().emit(Opcode.BUILD_MAP, pending);
                        u().emit(Opcode.DICT_MERGE, 1);
                        pending = 0;
                    }
                    expr(k.value());
                    u().emit(Opcode.DICT_MERGE, 1);
                } else {
                    c.loadConst(PyStr.of(k.arg()));
                    expr(k.value());
                    pending++;
                }
            }
            if (pending > 0) {
                u().emit(Opcode.BUILD_MAP, pending);
                u().emit(Opcode.DICT_MERGE, 1);
            }
        }
        u().pos = pos;
        u().emit(Opcode.CALL_FUNCTION_EX, hasKw ? 1 : 0);
    }

    // ---- f-strings ---------------------------------------------------------------------------

    private void joinedStr(Expr.JoinedStr j) {
        List<Expr> parts = j.values();
        if (parts.isEmpty()) {
            c.loadConst(PyStr.EMPTY);
            return;
        }
        if (parts.size() == 1 && parts.get(0) instanceof Expr.FormattedValue f) {
            formattedValue(f);
            return;
        }
        for (Expr p : parts) {
            expr(p);
        }
        u().emit(Opcode.BUILD_STRING, parts.size());
    }

    private void formattedValue(Expr.FormattedValue f) {
        expr(f.value());
        int flags = switch (f.conversion()) {
            case 's' -> 1;
            case 'r' -> 2;
            case 'a' -> 3;
            default -> 0;
        };
        if (f.formatSpec() != null) {
            expr(f.formatSpec());
            flags |= 4;
        }
        u().emit(Opcode.FORMAT_VALUE, flags);
    }

    // ---- comprehensions ---------------------------------------------------------------------

    private void comprehension(Expr node, List<Comprehension> gens, Expr elt, Expr value, Opcode build) {
        Scope scope = c.symbols.scopeOf(node);
        String name = scope.name;
        CodeObject code = compComprehension(node, scope, name, gens, elt, value, build);
        c.makeClosure(code, 0);
        iterable(gens.get(0).iter());
        u().emit(Opcode.GET_ITER);
        u().emit(Opcode.CALL, 0);
    }

    private CodeObject compComprehension(Expr node, Scope scope, String name, List<Comprehension> gens, Expr elt,
                                         Expr value, Opcode build) {
        String qual = c.qualname(name);
        Unit cu = c.enterUnit(scope, name, qual, node.pos().line());
        cu.argCount = 1;
        cu.flags |= CodeObject.CO_OPTIMIZED | CodeObject.CO_NEWLOCALS;
        if (scope.isGenerator) {
            cu.flags |= CodeObject.CO_GENERATOR;
        }
        cu.uniqueConstant(PyNone.NONE);
        cu.pos = node.pos();
        if (build != null) {
            u().emit(build, 0);
        }
        generator(gens, 0, elt, value, build, gens.size());
        if (build == null) {
            c.loadConst(PyNone.NONE);
        }
        u().emit(Opcode.RETURN_VALUE);
        return c.exitUnit();
    }

    private void generator(List<Comprehension> gens, int i, Expr elt, Expr value, Opcode build, int depth) {
        Comprehension g = gens.get(i);
        Unit.Label start = u().label();
        Unit.Label end = u().label();
        if (i == 0) {
            u().emit(Opcode.LOAD_FAST, 0); // the iterator passed in as ".0"
        } else {
            iterable(g.iter());
            u().emit(Opcode.GET_ITER);
        }
        u().place(start);
        u().jump(Opcode.FOR_ITER, end);
        store(g.target());
        for (Expr cond : g.ifs()) {
            jumpIf(cond, start, false);
        }
        if (i + 1 < gens.size()) {
            generator(gens, i + 1, elt, value, build, depth);
        } else if (build == null) {
            expr(elt);
            u().emit(Opcode.YIELD_VALUE);
            u().emit(Opcode.POP_TOP);
        } else if (build == Opcode.BUILD_MAP) {
            expr(elt);
            expr(value);
            u().emit(Opcode.MAP_ADD, depth + 1);
        } else {
            expr(elt);
            u().emit(build == Opcode.BUILD_LIST ? Opcode.LIST_APPEND : Opcode.SET_ADD, depth + 1);
        }
        u().jump(Opcode.JUMP_BACKWARD, start);
        u().place(end);
    }

    // ---- targets -----------------------------------------------------------------------------

    /** Stores the value on top of the stack into an assignment target. */
    void store(Expr t) {
        Pos saved = u().pos;
        u().pos = t.pos();
        if (t instanceof Expr.Name n) {
            c.nameOp(n.id(), Compiler.STORE);
        } else if (t instanceof Expr.Attribute a) {
            if (a.attr().equals("__debug__")) {
                throw c.error(a.pos(), "cannot assign to __debug__");
            }
            expr(a.value());
            u().pos = a.pos();
            u().emit(Opcode.STORE_ATTR, u().name(c.mangle(a.attr())));
        } else if (t instanceof Expr.Subscript s) {
            expr(s.value());
            subscriptKey(s.slice());
            u().pos = s.pos();
            u().emit(Opcode.STORE_SUBSCR);
        } else if (t instanceof Expr.Tuple tup) {
            unpack(tup.elts(), t.pos());
        } else if (t instanceof Expr.ListExpr l) {
            unpack(l.elts(), t.pos());
        } else if (t instanceof Expr.Starred s) {
            throw c.error(s.pos(), "starred assignment target must be in a list or tuple");
        } else {
            throw c.error(t.pos(), "cannot assign to %s", describe(t));
        }
        u().pos = saved;
    }

    private static String describe(Expr t) {
        if (t instanceof Expr.Call) {
            return "function call";
        }
        if (t instanceof Expr.Constant) {
            return "literal";
        }
        return "expression";
    }

    private void unpack(List<Expr> elts, Pos pos) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                if (star >= 0) {
                    throw c.error(pos, "multiple starred expressions in assignment"); // at the whole target
                }
                star = i;
            }
        }
        if (star < 0) {
            u().emit(Opcode.UNPACK_SEQUENCE, elts.size());
        } else {
            int after = elts.size() - star - 1;
            if (star > 255 || after > 0xffff) {
                throw c.error(pos, "too many expressions in star-unpacking assignment");
            }
            u().emit(Opcode.UNPACK_EX, star | (after << 8));
        }
        for (Expr e : elts) {
            store(e instanceof Expr.Starred s ? s.value() : e);
        }
    }

    void delete(Expr t) {
        u().pos = t.pos();
        if (t instanceof Expr.Name n) {
            c.nameOp(n.id(), Compiler.DELETE);
        } else if (t instanceof Expr.Attribute a) {
            expr(a.value());
            u().emit(Opcode.DELETE_ATTR, u().name(c.mangle(a.attr())));
        } else if (t instanceof Expr.Subscript s) {
            expr(s.value());
            subscriptKey(s.slice());
            u().emit(Opcode.DELETE_SUBSCR);
        } else if (t instanceof Expr.Tuple tup) {
            for (Expr x : tup.elts()) {
                delete(x);
            }
        } else if (t instanceof Expr.ListExpr l) {
            for (Expr x : l.elts()) {
                delete(x);
            }
        } else {
            throw c.error(t.pos(), "cannot delete %s", describe(t));
        }
    }

    /** Names of the keyword arguments, for messages. */
    static List<String> keywordNames(List<Keyword> kws) {
        List<String> out = new ArrayList<>();
        for (Keyword k : kws) {
            out.add(k.arg());
        }
        return out;
    }
}
