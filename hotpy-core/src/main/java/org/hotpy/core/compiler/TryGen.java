package org.hotpy.core.compiler;

import java.util.List;

import org.hotpy.core.ast.ExceptHandler;
import org.hotpy.core.ast.Pos;
import org.hotpy.core.ast.Stmt;
import org.hotpy.core.ast.WithItem;
import org.hotpy.core.bytecode.Opcode;
import org.hotpy.core.model.PyNone;

/**
 * try/except/else/finally, try/except*, and with statements, laid out as CPython 3.11 lays
 * them out: handler regions instead of a block stack, PUSH_EXC_INFO/POP_EXCEPT around handlers,
 * and a cleanup handler that restores the previously handled exception before re-raising.
 *
 * <p>Stack at a handler entry: the region's depth, then (for cleanup regions) the index of the
 * failing instruction, then the exception.
 */
final class TryGen {
    private TryGen() {}

    static void tryStmt(Compiler c, Stmt.Try t) {
        if (!t.finalbody().isEmpty()) {
            tryFinally(c, t);
        } else if (t.star()) {
            tryStar(c, t);
        } else {
            tryExcept(c, t);
        }
    }

    private static void tryFinally(Compiler c, Stmt.Try t) {
        Unit u = c.u;
        Unit.Label handlerLabel = u.label();
        Unit.Label cleanup = u.label();
        Unit.Label exit = u.label();
        Unit.Handler h = new Unit.Handler(handlerLabel, false);
        u.pushHandler(h);
        u.blocks.push(new Unit.Block(Unit.BlockKind.FINALLY_TRY, null, null, t.finalbody(), h));
        if (t.handlers().isEmpty()) {
            c.stmts.stmts(t.body());
        } else if (t.star()) {
            tryStar(c, t);
        } else {
            tryExcept(c, t);
        }
        u.blocks.pop();
        u.popHandler();
        c.stmts.stmts(t.finalbody());
        u.jump(Opcode.JUMP, exit);

        u.place(handlerLabel);
        u.pos = Pos.NONE;
        Unit.Handler ch = new Unit.Handler(cleanup, true);
        u.pushHandler(ch);
        u.emit(Opcode.PUSH_EXC_INFO);
        u.blocks.push(new Unit.Block(Unit.BlockKind.FINALLY_END, null, null, null, ch));
        c.stmts.stmts(t.finalbody());
        u.blocks.pop();
        u.emit(Opcode.RERAISE, 0);
        u.popHandler();
        u.place(cleanup);
        popExceptAndReraise(u);
        u.place(exit);
    }

    /** Restores the previously handled exception and re-raises: stack [prev, lasti, exc]. */
    private static void popExceptAndReraise(Unit u) {
        u.emit(Opcode.COPY, 3);
        u.emit(Opcode.POP_EXCEPT);
        u.emit(Opcode.RERAISE, 1);
    }

    private static void tryExcept(Compiler c, Stmt.Try t) {
        Unit u = c.u;
        Unit.Label except = u.label();
        Unit.Label cleanup = u.label();
        Unit.Label end = u.label();
        Unit.Handler h = new Unit.Handler(except, false);
        u.pushHandler(h);
        u.blocks.push(new Unit.Block(Unit.BlockKind.TRY_EXCEPT, null, null, null, h));
        c.stmts.stmts(t.body());
        u.blocks.pop();
        u.popHandler();
        c.stmts.stmts(t.orelse());
        u.jump(Opcode.JUMP, end);

        u.place(except);
        u.pos = Pos.NONE;
        Unit.Handler ch = new Unit.Handler(cleanup, true);
        u.pushHandler(ch);
        u.emit(Opcode.PUSH_EXC_INFO);
        List<ExceptHandler> hs = t.handlers();
        for (int i = 0; i < hs.size(); i++) {
            ExceptHandler eh = hs.get(i);
            u.pos = eh.pos();
            if (eh.type() == null && i < hs.size() - 1) {
                throw c.error(eh.pos(), "default 'except:' must be last");
            }
            Unit.Label next = u.label();
            if (eh.type() != null) {
                c.exprs.expr(eh.type());
                u.emit(Opcode.CHECK_EXC_MATCH);
                u.jump(Opcode.POP_JUMP_IF_FALSE, next);
            }
            handlerBody(c, eh, ch, end, false);
            u.place(next);
        }
        u.pos = Pos.NONE;
        u.emit(Opcode.RERAISE, 0);
        u.popHandler();
        u.place(cleanup);
        popExceptAndReraise(u);
        u.place(end);
    }

    /**
     * One except clause after its type matched: stack [prev, exc]. Binds or drops the exception,
     * runs the body, and leaves through POP_EXCEPT (deleting the bound name, as the language
     * requires).
     */
    private static void handlerBody(Compiler c, ExceptHandler eh, Unit.Handler ch, Unit.Label end, boolean star) {
        Unit u = c.u;
        if (eh.name() != null) {
            c.nameOp(eh.name(), Compiler.STORE);
            Unit.Label cleanupEnd = u.label();
            Unit.Handler nh = new Unit.Handler(cleanupEnd, true);
            u.pushHandler(nh);
            u.blocks.push(new Unit.Block(Unit.BlockKind.HANDLER_CLEANUP, null, null, eh.name(), ch));
            c.stmts.stmts(eh.body());
            u.blocks.pop();
            u.popHandler();
            u.popHandler();
            u.emit(Opcode.POP_EXCEPT);
            clearName(c, eh.name());
            u.jump(Opcode.JUMP, end);
            u.pushHandler(ch);
            u.place(cleanupEnd);
            u.pos = Pos.NONE;
            clearName(c, eh.name());
            u.emit(Opcode.RERAISE, 1);
        } else {
            u.emit(Opcode.POP_TOP);
            u.blocks.push(new Unit.Block(Unit.BlockKind.HANDLER_CLEANUP, null, null, null, ch));
            c.stmts.stmts(eh.body());
            u.blocks.pop();
            u.popHandler();
            u.emit(Opcode.POP_EXCEPT);
            u.jump(Opcode.JUMP, end);
            u.pushHandler(ch);
        }
    }

    private static void clearName(Compiler c, String name) {
        c.loadConst(PyNone.NONE);
        c.nameOp(name, Compiler.STORE);
        c.nameOp(name, Compiler.DELETE);
    }

    /** try/except* (PEP 654), following CPython 3.11's layout. */
    private static void tryStar(Compiler c, Stmt.Try t) {
        Unit u = c.u;
        Unit.Label except = u.label();
        Unit.Label cleanup = u.label();
        Unit.Label end = u.label();
        Unit.Label reraiseStar = u.label();
        Unit.Handler h = new Unit.Handler(except, false);
        u.pushHandler(h);
        u.blocks.push(new Unit.Block(Unit.BlockKind.TRY_EXCEPT, null, null, null, h));
        c.stmts.stmts(t.body());
        u.blocks.pop();
        u.popHandler();
        c.stmts.stmts(t.orelse());
        u.jump(Opcode.JUMP, end);

        u.place(except);
        u.pos = Pos.NONE;
        Unit.Handler ch = new Unit.Handler(cleanup, true);
        u.pushHandler(ch);
        u.emit(Opcode.PUSH_EXC_INFO);
        List<ExceptHandler> hs = t.handlers();
        for (int i = 0; i < hs.size(); i++) {
            ExceptHandler eh = hs.get(i);
            u.pos = eh.pos();
            checkNoJumps(c, eh.body());
            Unit.Label nextExcept = u.label();
            Unit.Label exceptWithError = u.label();
            Unit.Label noMatch = u.label();
            Unit.Label cleanupEnd = u.label();
            if (i == 0) {
                u.emit(Opcode.BUILD_LIST, 0);
                u.emit(Opcode.COPY, 2);
            }
            if (eh.type() == null) {
                throw c.error(eh.pos(), "expected one or more exception types");
            }
            c.exprs.expr(eh.type());
            u.emit(Opcode.CHECK_EG_MATCH);
            u.emit(Opcode.COPY, 1);
            u.jump(Opcode.POP_JUMP_IF_NONE, noMatch);
            if (eh.name() != null) {
                c.nameOp(eh.name(), Compiler.STORE);
            } else {
                u.emit(Opcode.POP_TOP);
            }
            Unit.Handler nh = new Unit.Handler(cleanupEnd, true);
            u.pushHandler(nh);
            u.blocks.push(new Unit.Block(Unit.BlockKind.HANDLER_CLEANUP, null, null, eh.name(), nh));
            c.stmts.stmts(eh.body());
            u.blocks.pop();
            u.popHandler();
            if (eh.name() != null) {
                clearName(c, eh.name());
            }
            u.jump(Opcode.JUMP, nextExcept);
            u.place(cleanupEnd);
            u.pos = Pos.NONE;
            if (eh.name() != null) {
                clearName(c, eh.name());
            }
            u.emit(Opcode.LIST_APPEND, 3);
            u.emit(Opcode.POP_TOP);
            u.jump(Opcode.JUMP, exceptWithError);
            u.place(nextExcept);
            u.emit(Opcode.NOP);
            u.jump(Opcode.JUMP, exceptWithError);
            u.place(noMatch);
            u.emit(Opcode.POP_TOP);
            u.place(exceptWithError);
            if (i == hs.size() - 1) {
                u.emit(Opcode.LIST_APPEND, 1);
                u.jump(Opcode.JUMP, reraiseStar);
            }
        }
        Unit.Label reraise = u.label();
        u.place(reraiseStar);
        u.emit(Opcode.PREP_RERAISE_STAR);
        u.emit(Opcode.COPY, 1);
        u.jump(Opcode.POP_JUMP_IF_NOT_NONE, reraise);
        u.emit(Opcode.POP_TOP);
        u.popHandler();
        u.emit(Opcode.POP_EXCEPT);
        u.jump(Opcode.JUMP, end);
        u.place(reraise);
        u.emit(Opcode.SWAP, 2);
        u.emit(Opcode.POP_EXCEPT);
        u.emit(Opcode.RERAISE, 0);
        u.place(cleanup);
        popExceptAndReraise(u);
        u.place(end);
    }

    private static void checkNoJumps(Compiler c, List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Break || s instanceof Stmt.Continue || s instanceof Stmt.Return) {
                throw c.error(s.pos(), "'break', 'continue' and 'return' cannot appear in an except* block");
            }
            if (s instanceof Stmt.If i) {
                checkNoJumps(c, i.body());
                checkNoJumps(c, i.orelse());
            } else if (s instanceof Stmt.With w) {
                checkNoJumps(c, w.body());
            } else if (s instanceof Stmt.Try tr) {
                checkNoJumps(c, tr.body());
                checkNoJumps(c, tr.orelse());
                checkNoJumps(c, tr.finalbody());
                for (ExceptHandler eh : tr.handlers()) {
                    checkNoJumps(c, eh.body());
                }
            } else if (s instanceof Stmt.Return) {
                throw c.error(s.pos(), "'break', 'continue' and 'return' cannot appear in an except* block");
            }
        }
    }

    /** {@code with a as x, b as y: body} is {@code with a as x: with b as y: body}. */
    static void withStmt(Compiler c, List<WithItem> items, int index, List<Stmt> body) {
        Unit u = c.u;
        WithItem item = items.get(index);
        Pos pos = item.contextExpr().pos();
        Unit.Label fin = u.label();
        Unit.Label exit = u.label();
        Unit.Label cleanup = u.label();
        c.exprs.expr(item.contextExpr());
        u.pos = pos;
        u.emit(Opcode.BEFORE_WITH);
        Unit.Handler h = new Unit.Handler(fin, true, -1);
        u.pushHandler(h);
        u.blocks.push(new Unit.Block(Unit.BlockKind.WITH, null, null, null, h));
        if (item.optionalVars() != null) {
            c.exprs.store(item.optionalVars());
        } else {
            u.emit(Opcode.POP_TOP);
        }
        if (index + 1 < items.size()) {
            withStmt(c, items, index + 1, body);
        } else {
            c.stmts.stmts(body);
        }
        u.blocks.pop();
        u.popHandler();
        u.pos = pos;
        c.loadConst(PyNone.NONE);
        c.loadConst(PyNone.NONE);
        c.loadConst(PyNone.NONE);
        u.emit(Opcode.CALL, 2);
        u.emit(Opcode.POP_TOP);
        u.jump(Opcode.JUMP, exit);

        u.place(fin);
        Unit.Handler ch = new Unit.Handler(cleanup, true);
        u.pushHandler(ch);
        u.emit(Opcode.PUSH_EXC_INFO);
        u.emit(Opcode.WITH_EXCEPT_START);
        Unit.Label suppress = u.label();
        u.jump(Opcode.POP_JUMP_IF_TRUE, suppress);
        u.emit(Opcode.RERAISE, 2);
        u.popHandler();
        u.place(cleanup);
        popExceptAndReraise(u);
        u.place(suppress);
        u.emit(Opcode.POP_TOP);
        u.emit(Opcode.POP_EXCEPT);
        u.emit(Opcode.POP_TOP);
        u.emit(Opcode.POP_TOP);
        u.place(exit);
    }
}
