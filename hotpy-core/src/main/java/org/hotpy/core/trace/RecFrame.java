package org.hotpy.core.trace;

import java.util.ArrayList;
import java.util.List;

import org.hotpy.api.trace.Anchor;
import org.hotpy.api.trace.Feedback;
import org.hotpy.api.trace.Imm;
import org.hotpy.api.trace.Instr;
import org.hotpy.api.trace.Kind;
import org.hotpy.api.trace.ObjRef;
import org.hotpy.api.trace.Op;
import org.hotpy.api.trace.Snapshot;
import org.hotpy.api.trace.FrameState;
import org.hotpy.api.trace.TraceBuilder;
import org.hotpy.api.trace.Value;
import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.interp.Frame;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.types.function.PyFunction;

/**
 * One frame the recorder executes: the real tier-1 frame (its concrete values) and, slot for slot,
 * the SSA value of the trace that holds each of them. Each recorded frame builds its own trace: the
 * root frame the loop, entry or bridge trace; a followed callee its entry trace (what call inlining
 * splices in later). Snapshots name the slots as they are before the instruction they protect.
 */
final class RecFrame {
    /** Why recording of this frame stopped. */
    enum Stop {
        /** Still recording. */
        NONE,
        /** Back at the anchor: the trace ends with {@code jump}. */
        CLOSED,
        /** The trace ends with {@code exit} to {@link #pc}. */
        EXITED,
        /** The function returned {@link #returned}: the trace ends with {@code return}. */
        RETURNED,
        /** Not recordable at {@link #pc}; that instruction has not run. */
        ABORTED,
        /** The instruction at {@link #pc} raised {@link #raised}. */
        RAISED
    }

    final Frame f;
    final CodeObject code;
    final ObjRef codeRef;
    final TraceBuilder b;
    final Value[] slots;
    final RecFrame caller;
    final int depth;
    final boolean root;
    final int startPc;
    final Anchor.Type type;
    final PyFunction function;
    final int nlocals;
    int sp;
    int pc;
    String[] kwnames;
    int emitted;
    /** A root bridge that may end with {@code return} (see {@link Recorder#recordLoop(Frame, int, boolean)}). */
    boolean mayReturn;
    /** The frame calls a builtin that inspects its caller's frame: its trace must not be inlined. */
    boolean inspectsFrame;

    Stop stop = Stop.NONE;
    String reason;
    PyException raised;
    PyObject returned;
    org.hotpy.api.trace.Trace trace;

    RecFrame(Frame f, Anchor anchor, RecFrame caller, boolean root) {
        this.f = f;
        this.code = f.code;
        this.codeRef = Ref.of(f.code);
        this.b = new TraceBuilder(anchor);
        this.slots = new Value[f.stack.length];
        this.caller = caller;
        this.depth = caller == null ? 0 : caller.depth + 1;
        this.root = root;
        this.startPc = anchor.pc();
        this.type = anchor.type();
        this.function = f.function;
        this.nlocals = f.code.nlocalsplus();
        this.sp = f.sp;
        this.pc = anchor.pc();
    }

    /** The first {@code n} slots become the trace's parameters (unbound ones stay unbound). */
    void bindParams(int n) {
        for (int i = 0; i < n; i++) {
            slots[i] = b.param(Kind.OBJECT);
        }
    }

    // ------------------------------------------------------------------ stack, both concrete and SSA

    void push(Value v, PyObject o) {
        slots[sp] = v;
        f.stack[sp] = o;
        sp++;
    }

    /** Pops the top; the SSA value stays readable in {@link #slots} until overwritten. */
    Value popValue() {
        sp--;
        f.stack[sp] = null;
        return slots[sp];
    }

    Value peekValue(int i) {
        return slots[sp - 1 - i];
    }

    PyObject peek(int i) {
        return f.stack[sp - 1 - i];
    }

    // ------------------------------------------------------------------ emitting

    Instr emit(Op op, Imm imm, Feedback fb, Snapshot s, List<Value> args) {
        emitted++;
        return b.emit(op, imm, fb, s, args);
    }

    Value emit(Op op, Snapshot s, Value... args) {
        return emit(op, null, null, s, List.of(args)).result();
    }

    Value emit(Op op, Value... args) {
        return emit(op, null, null, null, List.of(args)).result();
    }

    Value constRef(Object o) {
        return b.constRef(Ref.of(o));
    }

    /** The state before the instruction at {@code at}, with the stack as it is now. */
    Snapshot snap(int at) {
        return snap(at, sp);
    }

    /** The state at {@code at} with the value stack cut (or extended, over just-popped slots) to {@code depth}. */
    Snapshot snap(int at, int depth) {
        List<Value> locals = new ArrayList<>(nlocals);
        for (int i = 0; i < nlocals; i++) {
            locals.add(valueOrNull(slots[i]));
        }
        List<Value> stack = new ArrayList<>(Math.max(0, depth - nlocals));
        for (int i = nlocals; i < depth; i++) {
            stack.add(valueOrNull(slots[i]));
        }
        return Snapshot.of(FrameState.of(codeRef, at, locals, stack));
    }

    private Value valueOrNull(Value v) {
        return v == null ? b.constNull() : v;
    }

    /** The SSA values of every slot up to the stack top (the layout of a loop trace's parameters). */
    List<Value> frameValues() {
        List<Value> out = new ArrayList<>(sp);
        for (int i = 0; i < sp; i++) {
            out.add(slots[i]);
        }
        return out;
    }

    // ------------------------------------------------------------------ stopping

    void abort(String why) {
        stop = Stop.ABORTED;
        reason = why;
    }

    void raise(PyException e) {
        stop = Stop.RAISED;
        raised = e;
    }

    /** Copies the recorder's stack pointer and position back into the real frame. */
    void syncFrame() {
        f.sp = sp;
        f.pc = pc;
    }
}
