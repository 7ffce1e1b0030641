package org.hotpy.core.compiler;

import java.util.List;

import org.hotpy.core.ast.Alias;
import org.hotpy.core.ast.ExceptHandler;
import org.hotpy.core.ast.Expr;
import org.hotpy.core.ast.Keyword;
import org.hotpy.core.ast.Pos;
import org.hotpy.core.ast.Stmt;
import org.hotpy.core.ast.WithItem;
import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Opcode;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.ops.Operators;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/**
 * Statements. Control flow that leaves a block early (break, continue, return) runs the
 * unwinding code of every enclosing block — finally bodies, with-exits, handler cleanups — as
 * CPython 3.11's compiler does; exceptions use handler regions recorded in the exception table.
 */
final class StmtGen {
    private final Compiler c;

    StmtGen(Compiler c) {
        this.c = c;
    }

    private Unit u() {
        return c.u;
    }

    /** The docstring of a body, if its first statement is a string literal. */
    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant k
                && k.value() instanceof String s) {
            return s;
        }
        return null;
    }

    /** A module, class or function body; module and class docstrings become __doc__. */
    void body(List<Stmt> body, boolean moduleLevel) {
        int start = 0;
        if (u().scope.kind != Scope.Kind.FUNCTION) {
            if (hasAnnotations(body)) {
                u().emit(Opcode.SETUP_ANNOTATIONS);
            }
            String doc = docstring(body);
            if (doc != null && !u().interactive) {
                u().pos = body.get(0).pos();
                c.loadConst(PyStr.of(doc));
                c.nameOp("__doc__", Compiler.STORE);
                start = 1;
            }
        } else if (docstring(body) != null) {
            start = 1;
        }
        for (int i = start; i < body.size(); i++) {
            stmt(body.get(i));
        }
    }

    private static boolean hasAnnotations(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.AnnAssign) {
                return true;
            }
            if (s instanceof Stmt.If i && (hasAnnotations(i.body()) || hasAnnotations(i.orelse()))) {
                return true;
            }
            if (s instanceof Stmt.For f && (hasAnnotations(f.body()) || hasAnnotations(f.orelse()))) {
                return true;
            }
            if (s instanceof Stmt.While w && (hasAnnotations(w.body()) || hasAnnotations(w.orelse()))) {
                return true;
            }
            if (s instanceof Stmt.With w && hasAnnotations(w.body())) {
                return true;
            }
            if (s instanceof Stmt.Try t && (hasAnnotations(t.body()) || hasAnnotations(t.orelse())
                    || hasAnnotations(t.finalbody()) || t.handlers().stream().anyMatch(h -> hasAnnotations(h.body())))) {
                return true;
            }
        }
        return false;
    }

    void stmts(List<Stmt> list) {
        for (Stmt s : list) {
            stmt(s);
        }
    }

    void stmt(Stmt s) {
        u().pos = s.pos();
        if (s instanceof Stmt.ExprStmt e) {
            exprStmt(e);
        } else if (s instanceof Stmt.Assign a) {
            c.exprs.expr(a.value());
            for (int i = 0; i < a.targets().size(); i++) {
                if (i < a.targets().size() - 1) {
                    u().emit(Opcode.COPY, 1);
                }
                c.exprs.store(a.targets().get(i));
            }
        } else if (s instanceof Stmt.AugAssign a) {
            augAssign(a);
        } else if (s instanceof Stmt.AnnAssign a) {
            annAssign(a);
        } else if (s instanceof Stmt.If i) {
            ifStmt(i);
        } else if (s instanceof Stmt.While w) {
            whileStmt(w);
        } else if (s instanceof Stmt.For f) {
            forStmt(f);
        } else if (s instanceof Stmt.Return r) {
            returnStmt(r);
        } else if (s instanceof Stmt.FunctionDef fd) {
            functionDef(fd);
        } else if (s instanceof Stmt.ClassDef cd) {
            classDef(cd);
        } else if (s instanceof Stmt.Pass) {
            u().emit(Opcode.NOP);
        } else if (s instanceof Stmt.Break) {
            breakStmt(s.pos());
        } else if (s instanceof Stmt.Continue) {
            continueStmt(s.pos());
        } else if (s instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) {
                c.exprs.delete(t);
            }
        } else if (s instanceof Stmt.Raise r) {
            int n = 0;
            if (r.exc() != null) {
                c.exprs.expr(r.exc());
                n++;
                if (r.cause() != null) {
                    c.exprs.expr(r.cause());
                    n++;
                }
            }
            u().pos = s.pos();
            u().emit(Opcode.RAISE_VARARGS, n);
        } else if (s instanceof Stmt.Try t) {
            TryGen.tryStmt(c, t);
        } else if (s instanceof Stmt.With w) {
            if (w.isAsync()) {
                throw c.error(w.pos(), "'async with' is not supported by HotPy");
            }
            TryGen.withStmt(c, w.items(), 0, w.body());
        } else if (s instanceof Stmt.Assert a) {
            assertStmt(a);
        } else if (s instanceof Stmt.Import imp) {
            importStmt(imp);
        } else if (s instanceof Stmt.ImportFrom imp) {
            importFrom(imp);
        } else if (s instanceof Stmt.Global || s instanceof Stmt.Nonlocal) {
            u().emit(Opcode.NOP);
        } else if (s instanceof Stmt.Match m) {
            c.patterns.match(m);
        } else {
            throw c.error(s.pos(), "HotPy cannot compile this statement yet: %s", s.getClass().getSimpleName());
        }
    }

    private void exprStmt(Stmt.ExprStmt e) {
        if (u().interactive) {
            c.exprs.expr(e.value());
            u().emit(Opcode.PRINT_EXPR);
            return;
        }
        if (e.value() instanceof Expr.Constant) {
            u().emit(Opcode.NOP); // a bare constant does nothing (and has no side effects)
            return;
        }
        c.exprs.expr(e.value());
        u().emit(Opcode.POP_TOP);
    }

    private void augAssign(Stmt.AugAssign a) {
        int op = ExprGen.binOp(a.op()) | Operators.BinOp.INPLACE_FLAG;
        Expr t = a.target();
        if (t instanceof Expr.Name n) {
            c.nameOp(n.id(), Compiler.LOAD);
            c.exprs.expr(a.value());
            u().pos = a.pos();
            u().emit(Opcode.BINARY_OP, op);
            c.nameOp(n.id(), Compiler.STORE);
        } else if (t instanceof Expr.Attribute at) {
            c.exprs.expr(at.value());
            u().emit(Opcode.COPY, 1);
            u().pos = at.pos();
            u().emit(Opcode.LOAD_ATTR, u().name(c.mangle(at.attr())));
            c.exprs.expr(a.value());
            u().pos = a.pos();
            u().emit(Opcode.BINARY_OP, op);
            u().emit(Opcode.SWAP, 2);
            u().emit(Opcode.STORE_ATTR, u().name(c.mangle(at.attr())));
        } else if (t instanceof Expr.Subscript sub) {
            c.exprs.expr(sub.value());
            c.exprs.subscriptKey(sub.slice());
            u().emit(Opcode.COPY, 2);
            u().emit(Opcode.COPY, 2);
            u().pos = sub.pos();
            u().emit(Opcode.BINARY_SUBSCR);
            c.exprs.expr(a.value());
            u().pos = a.pos();
            u().emit(Opcode.BINARY_OP, op);
            u().emit(Opcode.SWAP, 3);
            u().emit(Opcode.SWAP, 2);
            u().emit(Opcode.STORE_SUBSCR);
        } else {
            throw c.error(a.pos(), "'%s' is an illegal expression for augmented assignment", describe(t));
        }
    }

    static String describe(Expr e) {
        if (e instanceof Expr.Tuple) {
            return "tuple";
        }
        if (e instanceof Expr.ListExpr) {
            return "list";
        }
        return "expression";
    }

    private void annAssign(Stmt.AnnAssign a) {
        if (a.value() != null) {
            c.exprs.expr(a.value());
            c.exprs.store(a.target());
        }
        if (u().scope.kind == Scope.Kind.FUNCTION) {
            return; // annotations of locals are not evaluated
        }
        if (a.target() instanceof Expr.Name n && a.simple()) {
            c.annotation(a.annotation());
            c.nameOp("__annotations__", Compiler.LOAD);
            c.loadConst(PyStr.of(c.mangle(n.id())));
            u().emit(Opcode.STORE_SUBSCR);
        } else if (!c.futureAnnotations()) {
            // under the future import, annotations of complex targets produce nothing
            c.exprs.expr(a.annotation());
            u().emit(Opcode.POP_TOP);
        }
    }

    private void ifStmt(Stmt.If i) {
        Unit.Label orelse = u().label();
        Unit.Label end = u().label();
        c.exprs.jumpIf(i.test(), orelse, false);
        stmts(i.body());
        if (!i.orelse().isEmpty()) {
            if (!u().lastIsTerminal()) {
                u().jump(Opcode.JUMP, end);
            }
            u().place(orelse);
            stmts(i.orelse());
        } else {
            u().place(orelse);
        }
        u().place(end);
    }

    private void whileStmt(Stmt.While w) {
        Unit.Label start = u().label();
        Unit.Label orelse = u().label();
        Unit.Label end = u().label();
        u().place(start);
        boolean forever = w.test() instanceof Expr.Constant k && isTruthyConstant(k.value());
        if (!forever) {
            c.exprs.jumpIf(w.test(), orelse, false);
        }
        u().blocks.push(new Unit.Block(Unit.BlockKind.WHILE_LOOP, start, end, null, null));
        stmts(w.body());
        u().blocks.pop();
        u().pos = w.pos();
        u().jump(Opcode.JUMP_BACKWARD, start);
        u().place(orelse);
        stmts(w.orelse());
        u().place(end);
    }

    static boolean isTruthyConstant(Object v) {
        return (v instanceof Boolean b && b) || (v instanceof Long l && l != 0)
                || (v instanceof String s && !s.isEmpty());
    }

    private void forStmt(Stmt.For f) {
        if (f.isAsync()) {
            throw c.error(f.pos(), "'async for' is not supported by HotPy");
        }
        Unit.Label start = u().label();
        Unit.Label cleanup = u().label();
        Unit.Label end = u().label();
        c.exprs.iterable(f.iter());
        u().pos = f.iter().pos();
        u().emit(Opcode.GET_ITER);
        u().place(start);
        u().pos = f.pos();
        u().jump(Opcode.FOR_ITER, cleanup);
        c.exprs.store(f.target());
        u().blocks.push(new Unit.Block(Unit.BlockKind.FOR_LOOP, start, end, null, null));
        stmts(f.body());
        u().blocks.pop();
        u().pos = f.pos();
        u().jump(Opcode.JUMP_BACKWARD, start);
        u().place(cleanup);
        stmts(f.orelse());
        u().place(end);
    }

    private void returnStmt(Stmt.Return r) {
        if (u().scope.kind != Scope.Kind.FUNCTION) {
            throw c.error(r.pos(), "'return' outside function");
        }
        if (r.value() != null && u().scope.isGenerator && false) {
            throw c.error(r.pos(), "unreachable");
        }
        boolean preserve = r.value() != null && !(r.value() instanceof Expr.Constant);
        if (preserve) {
            c.exprs.expr(r.value());
        }
        unwindAll(preserve, r.pos());
        if (!preserve) {
            if (r.value() != null) {
                c.exprs.expr(r.value());
            } else {
                c.loadConst(PyNone.NONE);
            }
        }
        u().pos = r.pos();
        u().emit(Opcode.RETURN_VALUE);
    }

    /** Runs the unwinding code of every enclosing block (for return). */
    private void unwindAll(boolean preserveTos, Pos pos) {
        java.util.ArrayDeque<Unit.Block> saved = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Unit.Handler> savedHandlers = new java.util.ArrayDeque<>(u().handlers);
        while (!u().blocks.isEmpty()) {
            Unit.Block b = u().blocks.pop();
            saved.push(b);
            unwindBlock(b, preserveTos, pos);
        }
        while (!saved.isEmpty()) {
            u().blocks.push(saved.pop());
        }
        restoreHandlers(savedHandlers);
    }

    private void restoreHandlers(java.util.ArrayDeque<Unit.Handler> saved) {
        u().handlers.clear();
        java.util.Iterator<Unit.Handler> it = saved.descendingIterator();
        while (it.hasNext()) {
            u().handlers.push(it.next());
        }
    }

    /** Leaves one block: pops what it keeps on the stack and runs its cleanup. */
    void unwindBlock(Unit.Block b, boolean preserveTos, Pos pos) {
        if (b.handler != null) {
            // code emitted from here on is outside the block's handler region
            while (!u().handlers.isEmpty() && u().handlers.peek() != b.handler) {
                u().handlers.pop();
            }
            if (!u().handlers.isEmpty()) {
                u().handlers.pop();
            }
        }
        switch (b.kind) {
            case WHILE_LOOP:
            case TRY_EXCEPT:
                return;
            case FOR_LOOP:
            case POP_VALUE:
                if (preserveTos) {
                    u().emit(Opcode.SWAP, 2);
                }
                u().emit(Opcode.POP_TOP);
                return;
            case FINALLY_TRY: {
                @SuppressWarnings("unchecked")
                List<Stmt> finalbody = (List<Stmt>) b.datum;
                Pos saved = u().pos;
                if (preserveTos) {
                    // a break or continue in the finally body must drop the pending return value
                    u().blocks.push(new Unit.Block(Unit.BlockKind.POP_VALUE, null, null, null, null));
                }
                stmts(finalbody);
                if (preserveTos) {
                    u().blocks.pop();
                }
                u().pos = saved;
                return;
            }
            case FINALLY_END:
                if (preserveTos) {
                    u().emit(Opcode.SWAP, 2);
                }
                u().emit(Opcode.POP_TOP); // the exception
                if (preserveTos) {
                    u().emit(Opcode.SWAP, 2);
                }
                u().emit(Opcode.POP_EXCEPT);
                return;
            case WITH:
                if (preserveTos) {
                    u().emit(Opcode.SWAP, 2);
                }
                u().pos = pos;
                c.loadConst(PyNone.NONE);
                c.loadConst(PyNone.NONE);
                c.loadConst(PyNone.NONE);
                u().emit(Opcode.CALL, 2);
                u().emit(Opcode.POP_TOP);
                return;
            case HANDLER_CLEANUP:
                if (preserveTos) {
                    u().emit(Opcode.SWAP, 2);
                }
                u().emit(Opcode.POP_EXCEPT);
                if (b.datum != null) {
                    c.loadConst(PyNone.NONE);
                    c.nameOp((String) b.datum, Compiler.STORE);
                    c.nameOp((String) b.datum, Compiler.DELETE);
                }
                return;
            default:
                throw new IllegalStateException("unknown block " + b.kind);
        }
    }

    private void breakStmt(Pos pos) {
        loopExit(pos, true);
    }

    private void continueStmt(Pos pos) {
        loopExit(pos, false);
    }

    private void loopExit(Pos pos, boolean isBreak) {
        java.util.ArrayDeque<Unit.Block> saved = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Unit.Handler> savedHandlers = new java.util.ArrayDeque<>(u().handlers);
        Unit.Block loop = null;
        while (!u().blocks.isEmpty()) {
            Unit.Block b = u().blocks.peek();
            if (b.kind == Unit.BlockKind.WHILE_LOOP || b.kind == Unit.BlockKind.FOR_LOOP) {
                loop = b;
                break;
            }
            u().blocks.pop();
            saved.push(b);
            unwindBlock(b, false, pos);
        }
        if (loop == null) {
            while (!saved.isEmpty()) {
                u().blocks.push(saved.pop());
            }
            throw c.error(pos, isBreak ? "'break' outside loop" : "'continue' not properly in loop");
        }
        u().pos = pos;
        if (isBreak) {
            if (loop.kind == Unit.BlockKind.FOR_LOOP) {
                u().emit(Opcode.POP_TOP);
            }
            u().jump(Opcode.JUMP, loop.exit);
        } else {
            u().jump(Opcode.JUMP_BACKWARD, loop.start);
        }
        while (!saved.isEmpty()) {
            u().blocks.push(saved.pop());
        }
        restoreHandlers(savedHandlers);
    }

    private void functionDef(Stmt.FunctionDef fd) {
        for (Expr d : fd.decoratorList()) {
            c.exprs.expr(d);
        }
        int flags = c.defaults(fd.args());
        flags |= c.annotations(fd.args(), fd.returns());
        List<Stmt> body = fd.isAsync() ? asyncNotSupported(fd.pos()) : fd.body();
        CodeObject code = c.functionCode(fd, fd.name(), fd.args(), body, null, fd.pos().line());
        u().pos = fd.pos();
        c.makeClosure(code, flags);
        for (int i = 0; i < fd.decoratorList().size(); i++) {
            u().emit(Opcode.CALL, 0);
        }
        c.nameOp(fd.name(), Compiler.STORE);
    }

    /**
     * Coroutines are not implemented yet: an {@code async def} still defines its function (so
     * modules that offer async variants import), but calling it raises NotImplementedError.
     */
    private static List<Stmt> asyncNotSupported(Pos pos) {
        Expr error = new Expr.Call(pos, new Expr.Name(pos, "NotImplementedError", org.hotpy.core.ast.ExprContext.LOAD),
                List.of(new Expr.Constant(pos, "async functions (coroutines) are not supported by HotPy yet", null)),
                List.of());
        return List.of(new Stmt.Raise(pos, error, null));
    }

    private void classDef(Stmt.ClassDef cd) {
        for (Expr d : cd.decoratorList()) {
            c.exprs.expr(d);
        }
        Scope scope = c.symbols.scopeOf(cd);
        String qual = c.qualname(cd.name());
        c.enterUnit(scope, cd.name(), qual, cd.pos().line());
        u().pos = cd.pos();
        c.nameOp("__name__", Compiler.LOAD);
        c.nameOp("__module__", Compiler.STORE);
        c.loadConst(PyStr.of(qual));
        c.nameOp("__qualname__", Compiler.STORE);
        body(cd.body(), false);
        u().pos = Pos.NONE;
        if (scope.needsClassClosure) {
            int ix = u().derefIndex("__class__");
            u().emit(Opcode.LOAD_CLOSURE, ix);
            u().emit(Opcode.COPY, 1);
            c.nameOp("__classcell__", Compiler.STORE);
        } else {
            c.loadConst(PyNone.NONE);
        }
        u().emit(Opcode.RETURN_VALUE);
        CodeObject code = c.exitUnit();
        u().pos = cd.pos();
        u().emit(Opcode.PUSH_NULL);
        u().emit(Opcode.LOAD_BUILD_CLASS);
        c.makeClosure(code, 0);
        c.loadConst(PyStr.of(cd.name()));
        c.exprs.callArguments(cd.bases(), cd.keywords(), 2, cd.pos());
        for (int i = 0; i < cd.decoratorList().size(); i++) {
            u().emit(Opcode.CALL, 0);
        }
        c.nameOp(cd.name(), Compiler.STORE);
    }

    private void assertStmt(Stmt.Assert a) {
        Unit.Label end = u().label();
        c.exprs.jumpIf(a.test(), end, true);
        u().pos = a.pos();
        u().emit(Opcode.LOAD_ASSERTION_ERROR);
        if (a.msg() != null) {
            c.exprs.expr(a.msg());
            u().emit(Opcode.CALL, 0);
        }
        u().emit(Opcode.RAISE_VARARGS, 1);
        u().place(end);
    }

    private void importStmt(Stmt.Import imp) {
        // CPython 3.11 gives every instruction of an import the statement's own position.
        for (Alias a : imp.names()) {
            c.loadConst(PyInt.ZERO);
            c.loadConst(PyNone.NONE);
            u().emit(Opcode.IMPORT_NAME, u().name(a.name()));
            if (a.asname() != null) {
                String[] parts = a.name().split("\\.");
                if (parts.length > 1) {
                    for (int i = 1; i < parts.length; i++) {
                        u().emit(Opcode.IMPORT_FROM, u().name(parts[i]));
                        u().emit(Opcode.SWAP, 2);
                        u().emit(Opcode.POP_TOP);
                    }
                }
                c.nameOp(a.asname(), Compiler.STORE);
            } else {
                c.nameOp(a.name().split("\\.")[0], Compiler.STORE);
            }
        }
    }

    private void importFrom(Stmt.ImportFrom imp) {
        org.hotpy.core.model.PyObject[] names = new org.hotpy.core.model.PyObject[imp.names().size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = PyStr.of(imp.names().get(i).name());
        }
        c.loadConst(PyInt.of(imp.level()));
        c.loadConst(PyTuple.of(names));
        u().emit(Opcode.IMPORT_NAME, u().name(imp.module() == null ? "" : imp.module()));
        for (Alias a : imp.names()) {
            if (a.name().equals("*")) {
                u().emit(Opcode.IMPORT_STAR);
                return;
            }
            u().emit(Opcode.IMPORT_FROM, u().name(a.name()));
            c.nameOp(a.asname() != null ? a.asname() : a.name(), Compiler.STORE);
        }
        u().emit(Opcode.POP_TOP);
    }

    /** The keyword names of a class statement other than {@code metaclass} are passed on. */
    static boolean hasStarred(List<Expr> args, List<Keyword> kws) {
        for (Expr a : args) {
            if (a instanceof Expr.Starred) {
                return true;
            }
        }
        for (Keyword k : kws) {
            if (k.arg() == null) {
                return true;
            }
        }
        return false;
    }

    /** Helper for with statements compiled by {@link TryGen}. */
    void withItems(List<WithItem> items, List<Stmt> body) {
        TryGen.withStmt(c, items, 0, body);
    }

    void handlerBody(ExceptHandler h) {
        stmts(h.body());
    }
}
