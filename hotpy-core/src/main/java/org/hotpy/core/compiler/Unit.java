package org.hotpy.core.compiler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hotpy.core.ast.Pos;
import org.hotpy.core.bytecode.Opcode;
import org.hotpy.core.model.PyObject;

/**
 * The code object being compiled: its instruction list with labels, constants and names, the
 * stack of active exception handlers and of blocks that break/continue/return must unwind.
 */
final class Unit {
    /** A jump target, bound to an instruction index when placed. */
    static final class Label {
        int index = -1;
        /** Position of the placing pseudo-instruction in the unit's list (for flow analysis). */
        int position = -1;
    }

    /** An exception handler region: where to go, and whether to push the failing instruction index. */
    static final class Handler {
        final Label target;
        final boolean pushLasti;
        /** Added to the depth where the region starts (-1 for with: __enter__'s result is not kept). */
        final int adjust;
        int depth = -1;

        Handler(Label target, boolean pushLasti) {
            this(target, pushLasti, 0);
        }

        Handler(Label target, boolean pushLasti, int adjust) {
            this.target = target;
            this.pushLasti = pushLasti;
            this.adjust = adjust;
        }
    }

    /** One instruction, or a pseudo-instruction marking a label or the start of a handler region. */
    static final class Insn {
        final Opcode op;      // null for pseudo-instructions
        int arg;
        final Label jump;
        final Label placed;   // pseudo: this label is here
        final Handler setup;  // pseudo: the region of this handler starts here (records the depth)
        final Handler handler;
        final int line;
        final int col;
        final int endLine;
        final int endCol;

        Insn(Opcode op, int arg, Label jump, Label placed, Handler setup, Handler handler, Pos pos) {
            this.op = op;
            this.arg = arg;
            this.jump = jump;
            this.placed = placed;
            this.setup = setup;
            this.handler = handler;
            this.line = pos.line();
            this.col = pos.col();
            this.endLine = pos.endLine();
            this.endCol = pos.endCol();
        }
    }

    /** A block that break, continue and return leave through unwinding code. */
    enum BlockKind { WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, HANDLER_CLEANUP, POP_VALUE }

    static final class Block {
        final BlockKind kind;
        final Label start;
        final Label exit;
        final Object datum; // the finally body, or the handler's bound name
        final Handler handler;

        Block(BlockKind kind, Label start, Label exit, Object datum, Handler handler) {
            this.kind = kind;
            this.start = start;
            this.exit = exit;
            this.datum = datum;
            this.handler = handler;
        }
    }

    final Scope scope;
    final String name;
    final String qualname;
    final List<Insn> insns = new ArrayList<>();
    final List<PyObject> consts = new ArrayList<>();
    private final Map<Object, Integer> constIndex = new HashMap<>();
    final List<String> names = new ArrayList<>();
    private final Map<String, Integer> nameIndex = new HashMap<>();
    final List<String> varnames = new ArrayList<>();
    final List<String> cellvars = new ArrayList<>();
    final List<String> freevars = new ArrayList<>();
    final Deque<Handler> handlers = new ArrayDeque<>();
    final Deque<Block> blocks = new ArrayDeque<>();
    Pos pos = Pos.NONE;
    final int firstLine;
    int argCount;
    int posOnlyArgCount;
    int kwOnlyArgCount;
    int flags;
    boolean interactive;

    Unit(Scope scope, String name, String qualname, int firstLine) {
        this.scope = scope;
        this.name = name;
        this.qualname = qualname;
        this.firstLine = firstLine;
    }

    Label label() {
        return new Label();
    }

    void place(Label l) {
        l.position = insns.size();
        insns.add(new Insn(null, 0, null, l, null, currentHandler(), pos));
    }

    Handler currentHandler() {
        return handlers.peek();
    }

    void emit(Opcode op) {
        emit(op, 0);
    }

    void emit(Opcode op, int arg) {
        insns.add(new Insn(op, arg, null, null, null, currentHandler(), pos));
    }

    void jump(Opcode op, Label target) {
        insns.add(new Insn(op, 0, target, null, null, currentHandler(), pos));
    }

    /** Starts the region protected by {@code h} at this point (its stack depth is recorded here). */
    void pushHandler(Handler h) {
        insns.add(new Insn(null, 0, null, null, h, currentHandler(), pos));
        handlers.push(h);
    }

    void popHandler() {
        handlers.pop();
    }

    /** The constant's index; equal constants of the same Java type share one slot. */
    int constant(PyObject value, Object key) {
        Integer i = constIndex.get(key);
        if (i == null) {
            i = consts.size();
            consts.add(value);
            constIndex.put(key, i);
        }
        return i;
    }

    /** A constant that is never shared (code objects, the docstring slot). */
    int uniqueConstant(PyObject value) {
        consts.add(value);
        return consts.size() - 1;
    }

    int name(String n) {
        Integer i = nameIndex.get(n);
        if (i == null) {
            i = names.size();
            names.add(n);
            nameIndex.put(n, i);
        }
        return i;
    }

    int varname(String n) {
        int i = varnames.indexOf(n);
        if (i < 0) {
            varnames.add(n);
            i = varnames.size() - 1;
        }
        return i;
    }

    /** Frame index of a cell or free variable. */
    int derefIndex(String n) {
        int i = cellvars.indexOf(n);
        if (i >= 0) {
            return varnames.size() + i;
        }
        i = freevars.indexOf(n);
        if (i < 0) {
            throw new IllegalStateException("no cell for " + n + " in " + qualname);
        }
        return varnames.size() + cellvars.size() + i;
    }

    boolean lastIsTerminal() {
        for (int i = insns.size() - 1; i >= 0; i--) {
            Insn in = insns.get(i);
            if (in.op != null) {
                return in.op.isTerminal();
            }
            if (in.placed != null) {
                return false;
            }
        }
        return false;
    }
}
