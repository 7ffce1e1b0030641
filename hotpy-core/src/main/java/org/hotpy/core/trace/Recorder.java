package org.hotpy.core.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hotpy.api.trace.Anchor;
import org.hotpy.api.trace.Feedback;
import org.hotpy.api.trace.Imm;
import org.hotpy.api.trace.ObjRef;
import org.hotpy.api.trace.Op;
import org.hotpy.api.trace.Snapshot;
import org.hotpy.api.trace.Value;
import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Opcode;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.interp.Frame;
import org.hotpy.core.interp.Interpreter;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.model.ObjectMethods;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Slot;
import org.hotpy.core.model.TypeMethods;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.exception.ExceptionTypes;
import org.hotpy.core.types.function.PyBoundMethod;
import org.hotpy.core.types.function.PyBuiltinFunction;
import org.hotpy.core.types.function.PyFunction;
import org.hotpy.core.types.function.PySuper;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.text.PyStr;

/**
 * The trace recorder: a second interpreter loop that executes a frame's bytecode on the real frame,
 * as tier 1 would, while writing what each instruction means in the IR ({@link RecordSteps} has
 * the data instructions; control flow and calls are here). Recording starts at a hot loop header
 * (the trace closes with {@code jump} when it gets back there), at a hot function entry (it ends
 * with {@code return}) or at a hot side exit (a bridge). Calls of simple Python functions are
 * followed: the callee runs in the recorder too and its body becomes its own entry trace, which
 * call inlining splices in. Whatever the recorder cannot handle ends the recording; tier 1 then
 * carries on from exactly where it stopped, so recording never changes what the program does.
 */
final class Recorder {
    /** Builtins that look at the calling frame: a callee calling them must keep a real frame. */
    private static final Set<String> FRAME_BUILTINS = Set.of("super", "globals", "locals", "vars", "dir", "eval",
            "exec", "__import__", "breakpoint", "_getframe", "exc_info", "exception");

    private final Tier2 t2;
    private final InterpreterState ts;
    private final int maxLength;
    private final int maxDepth;

    Recorder(Tier2 t2, InterpreterState ts) {
        this.t2 = t2;
        this.ts = ts;
        this.maxLength = t2.settings().maxTraceLength();
        this.maxDepth = t2.settings().maxFollowDepth();
    }

    /** Whether a function's entry can be traced: a plain function (no generator, no cells: its parameters are its state at entry). */
    static boolean canRecordEntry(CodeObject c) {
        int fn = CodeObject.CO_OPTIMIZED | CodeObject.CO_NEWLOCALS;
        return (c.flags & fn) == fn && !CoreRuntimeView.isGeneratorCode(c) && c.cellvars.length == 0
                && c.freevars.length == 0;
    }

    /** Records from {@code pc} in {@code f} (a loop header, or a side exit's resume point for a bridge). */
    RecFrame recordLoop(Frame f, int pc) {
        return recordLoop(f, pc, false);
    }

    /**
     * Records from {@code pc} in {@code f}; with {@code mayReturn} (a bridge whose runs can hand a
     * return value back to the caller of a function-entry trace) the trace ends with {@code return}
     * if the function returns, and the frame is left at its RETURN_VALUE with the value on its stack.
     */
    RecFrame recordLoop(Frame f, int pc, boolean mayReturn) {
        RecFrame rf = new RecFrame(f, Anchor.loop(Ref.of(f.code), pc), null, true);
        rf.mayReturn = mayReturn && f.function != null && f.locals == null && canRecordEntry(f.code);
        f.resumeAt(pc);
        rf.kwnames = f.kwnames(); // a bridge may start at a CALL whose KW_NAMES ran before the exit
        rf.bindParams(f.sp);
        run(rf);
        return rf;
    }

    /** Records the body of the function whose fresh frame is {@code f}. */
    RecFrame recordEntry(Frame f) {
        RecFrame rf = new RecFrame(f, Anchor.entry(Ref.of(f.code)), null, true);
        rf.bindParams(f.code.totalArgs());
        run(rf);
        return rf;
    }

    private void run(RecFrame rf) {
        while (rf.stop == RecFrame.Stop.NONE) {
            int pc = rf.pc;
            if (rf.root && pc != rf.startPc && t2.hasTraceAt(rf.code, pc)) {
                exitAt(rf, pc);
            } else if (rf.emitted >= maxLength) {
                if (rf.root) {
                    exitAt(rf, pc);
                } else {
                    rf.abort("callee too long");
                }
            } else {
                rf.f.pc = pc + 1; // as tier 1 has it: code the step runs may read the frame's line
                int next = step(rf, pc);
                if (rf.stop == RecFrame.Stop.NONE) {
                    rf.pc = next;
                }
            }
        }
    }

    private static void exitAt(RecFrame rf, int pc) {
        rf.trace = rf.b.exit(rf.snap(pc));
        rf.pc = pc;
        rf.stop = RecFrame.Stop.EXITED;
    }

    /** Records the instruction at {@code pc}; returns the next pc (ignored once the frame stopped). */
    private int step(RecFrame rf, int pc) {
        int word = rf.code.code[pc];
        Opcode op = Opcode.of(word & 0xff).family();
        int arg = word >>> 8;
        switch (op) {
            case NOP -> { }
            case POP_TOP -> rf.popValue();
            case PUSH_NULL -> rf.push(null, null);
            case COPY -> rf.push(rf.slots[rf.sp - arg], rf.f.stack[rf.sp - arg]);
            case SWAP -> swap(rf, arg);
            case LOAD_CONST -> rf.push(rf.constRef(rf.code.consts[arg]), rf.code.consts[arg]);
            case LOAD_FAST -> RecordSteps.loadFast(rf, arg);
            case STORE_FAST -> {
                PyObject o = rf.peek(0);
                rf.slots[arg] = rf.popValue();
                rf.f.stack[arg] = o;
            }
            case LOAD_DEREF -> RecordSteps.loadDeref(rf, pc, arg);
            case STORE_DEREF -> RecordSteps.storeDeref(rf, arg);
            case LOAD_CLOSURE -> {
                if (rf.slots[arg] == null) {
                    rf.abort("no cell");
                } else {
                    rf.push(rf.slots[arg], rf.f.stack[arg]);
                }
            }
            case LOAD_GLOBAL -> RecordSteps.loadGlobal(rf, pc, arg);
            case LOAD_NAME -> RecordSteps.loadName(rf, pc, arg);
            case STORE_NAME -> RecordSteps.storeName(rf, pc, arg);
            case STORE_GLOBAL -> RecordSteps.storeGlobal(rf, pc, arg);
            case LOAD_ATTR -> RecordSteps.loadAttr(rf, pc, arg, false);
            case LOAD_METHOD -> RecordSteps.loadAttr(rf, pc, arg, true);
            case STORE_ATTR -> RecordSteps.storeAttr(rf, pc, arg);
            case BINARY_SUBSCR -> RecordSteps.binarySubscr(rf, pc);
            case STORE_SUBSCR -> RecordSteps.storeSubscr(rf, pc);
            case BINARY_OP -> RecordSteps.binaryOp(rf, pc, arg);
            case COMPARE_OP -> RecordSteps.compareOp(rf, pc, arg);
            case UNARY_NEGATIVE, UNARY_INVERT, UNARY_NOT -> RecordSteps.unary(rf, pc, op);
            case IS_OP -> RecordSteps.isOp(rf, arg);
            case CONTAINS_OP -> RecordSteps.containsOp(rf, pc, arg);
            case BUILD_TUPLE -> RecordSteps.buildTuple(rf, arg);
            case BUILD_LIST -> RecordSteps.buildList(rf, arg);
            case BUILD_MAP -> RecordSteps.buildMap(rf, pc, arg);
            case LIST_APPEND -> RecordSteps.listAppend(rf, arg);
            case UNPACK_SEQUENCE -> RecordSteps.unpackSequence(rf, pc, arg);
            case LOAD_ASSERTION_ERROR -> rf.push(rf.constRef(ExceptionTypes.ASSERTION_ERROR), ExceptionTypes.ASSERTION_ERROR);
            case KW_NAMES -> rf.kwnames = kwnames(rf.code.consts[arg]);
            case JUMP -> {
                return arg;
            }
            case JUMP_BACKWARD -> backEdge(rf, pc, arg);
            case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
                return condJump(rf, pc, arg, op == Opcode.POP_JUMP_IF_TRUE);
            }
            case POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE -> {
                return noneJump(rf, pc, arg, op == Opcode.POP_JUMP_IF_NONE);
            }
            case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> {
                return orPop(rf, pc, arg, op == Opcode.JUMP_IF_TRUE_OR_POP);
            }
            case GET_ITER -> getIter(rf, pc);
            case FOR_ITER -> forIter(rf, pc, arg);
            case RETURN_VALUE -> returnValue(rf, pc);
            case CALL -> call(rf, pc, arg);
            case RAISE_VARARGS -> {
                if (rf.root) {
                    exitAt(rf, pc);
                } else {
                    rf.abort("raise in a callee");
                }
            }
            default -> rf.abort("unsupported " + op);
        }
        return pc + 1;
    }

    private static void swap(RecFrame rf, int arg) {
        int a = rf.sp - 1;
        int b = rf.sp - arg;
        Value v = rf.slots[a];
        rf.slots[a] = rf.slots[b];
        rf.slots[b] = v;
        PyObject o = rf.f.stack[a];
        rf.f.stack[a] = rf.f.stack[b];
        rf.f.stack[b] = o;
    }

    static String[] kwnames(PyObject constant) {
        PyObject[] items = ((PyTuple) constant).itemsUnsafe();
        String[] names = new String[items.length];
        for (int i = 0; i < items.length; i++) {
            names[i] = ((PyStr) items[i]).value();
        }
        return names;
    }

    // ------------------------------------------------------------------ control flow

    /** JUMP_BACKWARD: back at the anchor closes a loop trace; another loop's header ends the trace there. */
    private void backEdge(RecFrame rf, int pc, int target) {
        if (!rf.root || rf.type != Anchor.Type.LOOP) {
            rf.abort("loop in a traced function");
            return;
        }
        try {
            ts.checkInterrupt();
        } catch (PyException e) {
            rf.raise(e);
            return;
        }
        if (target == rf.startPc && rf.sp == rf.b.params().size()) {
            rf.trace = rf.b.jump(rf.frameValues());
            rf.pc = target;
            rf.stop = RecFrame.Stop.CLOSED;
        } else {
            exitAt(rf, target);
        }
    }

    /**
     * POP_JUMP_IF_TRUE/FALSE: {@code truth} (which raises at this instruction), then a guard on the
     * direction taken whose exit resumes at the other target with the value popped, so tier 1 never
     * evaluates the truth a second time.
     */
    private static int condJump(RecFrame rf, int pc, int arg, boolean ifTrue) {
        PyObject o = rf.peek(0);
        Snapshot s = rf.snap(pc);
        boolean truth;
        try {
            truth = o == PyBool.TRUE || (o != PyBool.FALSE && Protocols.isTrue(o));
        } catch (PyException e) {
            rf.raise(e);
            return pc;
        }
        Value v = rf.popValue();
        Value b = rf.emit(Op.TRUTH, null, RecordSteps.types(o), s, List.of(v)).result();
        boolean jump = ifTrue == truth;
        int other = jump ? pc + 1 : arg;
        rf.emit(truth ? Op.GUARD_TRUE : Op.GUARD_FALSE, rf.snap(other), b);
        return jump ? arg : pc + 1;
    }

    private static int noneJump(RecFrame rf, int pc, int arg, boolean ifNone) {
        boolean isNone = rf.peek(0) == PyNone.NONE;
        Value v = rf.popValue();
        Value b = rf.emit(Op.OBJ_IS, v, rf.constRef(PyNone.NONE));
        boolean jump = ifNone == isNone;
        rf.emit(isNone ? Op.GUARD_TRUE : Op.GUARD_FALSE, rf.snap(jump ? pc + 1 : arg), b);
        return jump ? arg : pc + 1;
    }

    /** JUMP_IF_TRUE/FALSE_OR_POP: jumping keeps the value; falling through pops it. */
    private static int orPop(RecFrame rf, int pc, int arg, boolean ifTrue) {
        PyObject o = rf.peek(0);
        Snapshot s = rf.snap(pc);
        boolean truth;
        try {
            truth = Protocols.isTrue(o);
        } catch (PyException e) {
            rf.raise(e);
            return pc;
        }
        Value b = rf.emit(Op.TRUTH, null, RecordSteps.types(o), s, List.of(rf.peekValue(0))).result();
        Op guard = truth ? Op.GUARD_TRUE : Op.GUARD_FALSE;
        if (ifTrue == truth) {
            rf.emit(guard, rf.snap(pc + 1, rf.sp - 1), b);
            return arg;
        }
        rf.popValue();
        rf.emit(guard, rf.snap(arg, rf.sp + 1), b);
        return pc + 1;
    }

    private static void getIter(RecFrame rf, int pc) {
        PyObject o = rf.peek(0);
        Snapshot s = rf.snap(pc);
        PyObject it;
        try {
            it = Protocols.iter(o);
        } catch (PyException e) {
            rf.raise(e);
            return;
        }
        Value v = rf.popValue();
        rf.push(rf.emit(Op.GET_ITER, null, RecordSteps.types(o), s, List.of(v)).result(), it);
    }

    /** FOR_ITER: the next item; an exhausted iterator ends the recording after leaving the loop as tier 1 would. */
    private static void forIter(RecFrame rf, int pc, int arg) {
        PyObject it = rf.peek(0);
        Snapshot s = rf.snap(pc);
        PyObject o;
        try {
            o = Protocols.next(it);
        } catch (PyException e) {
            rf.raise(e);
            return;
        }
        if (o == null) {
            rf.popValue();
            rf.pc = arg;
            rf.abort(RetryPolicy.LOOP_ENDED);
            return;
        }
        Value r = rf.emit(Op.FOR_ITER, null, RecordSteps.types(it), s, List.of(rf.peekValue(0))).result();
        rf.push(r, o);
    }

    /**
     * RETURN_VALUE: ends an entry or callee trace with {@code return}; a loop trace exits there, and
     * so does a bridge unless it may return (then it ends with {@code return}, but the instruction is
     * left for tier 1 to run, so whoever asked for the recording returns as tier 1 would).
     */
    private static void returnValue(RecFrame rf, int pc) {
        if (rf.root && rf.type == Anchor.Type.LOOP) {
            if (!rf.mayReturn) {
                exitAt(rf, pc);
                return;
            }
            rf.trace = rf.b.ret(rf.peekValue(0));
            rf.returned = rf.peek(0);
            rf.pc = pc;
            rf.stop = RecFrame.Stop.RETURNED;
            return;
        }
        PyObject o = rf.peek(0);
        Value v = rf.popValue();
        rf.trace = rf.b.ret(v);
        rf.returned = o;
        rf.stop = RecFrame.Stop.RETURNED;
    }

    // ------------------------------------------------------------------ calls

    /** CALL argc with [X, Y, args] as tier 1 lays it out; recorded as {@code call[kw](callable, args)}. */
    private void call(RecFrame rf, int pc, int argc) {
        String[] kw = rf.kwnames;
        rf.kwnames = null;
        int base = rf.sp - argc - 2;
        PyObject x = rf.f.stack[base];
        int start = x == null ? base + 2 : base + 1;
        PyObject callable = rf.f.stack[start - 1];
        Value callableV = rf.slots[start - 1];
        if (callable == null || callableV == null) {
            rf.abort("call of NULL");
            return;
        }
        int n = rf.sp - start;
        PyObject[] args = new PyObject[n];
        List<Value> operands = new ArrayList<>(n + 1);
        operands.add(callableV);
        ObjRef[] types = new ObjRef[n + 1];
        types[0] = RecordSteps.typeRef(callable);
        for (int i = 0; i < n; i++) {
            args[i] = rf.f.stack[start + i];
            operands.add(rf.slots[start + i]);
            types[i + 1] = RecordSteps.typeRef(args[i]);
        }
        if (!rf.root && inspectsFrame(callable)) {
            rf.abort("callee inspects its frame");
            return;
        }
        Snapshot s = rf.snap(pc);
        Imm.Names names = kw == null ? Imm.Names.NONE : Imm.names(kw);
        Value r = rf.emit(Op.CALL, names, Feedback.types(types).withValue(Ref.of(callable)), s, operands).result();
        rf.f.pc = pc + 1;
        if (inspectsFrame(callable)) {
            rf.inspectsFrame = true;
        }
        PyObject result;
        try {
            result = invoke(rf, callable, args, kw);
        } catch (PyException e) {
            rf.raise(e);
            return;
        }
        while (rf.sp > base) {
            rf.popValue();
        }
        rf.push(r, result);
    }

    private static boolean inspectsFrame(PyObject callable) {
        return callable == PySuper.TYPE
                || (callable instanceof PyBuiltinFunction b && FRAME_BUILTINS.contains(b.name()));
    }

    /** Calls as tier 1 would; a simple Python function (or method, or plain class's __init__) runs in the recorder. */
    private PyObject invoke(RecFrame rf, PyObject callable, PyObject[] args, String[] kw) {
        if (kw == null && rf.depth < maxDepth) {
            if (callable instanceof PyFunction fn && followable(rf, fn, args.length)) {
                return follow(rf, fn, args);
            }
            if (callable instanceof PyBoundMethod m && m.function instanceof PyFunction fn
                    && followable(rf, fn, args.length + 1)) {
                return follow(rf, fn, prepend(m.self, args));
            }
            if (callable instanceof PyType t) {
                PyFunction init = plainInit(t);
                if (init != null && followable(rf, init, args.length + 1)) {
                    return instantiate(rf, t, init, args);
                }
            }
        }
        return callable.call(args, kw);
    }

    /** {@code C(args)} as CPython's type.__call__ does it for plain classes, with __init__ followed. */
    private PyObject instantiate(RecFrame rf, PyType t, PyFunction init, PyObject[] args) {
        PyObject obj = ObjectMethods.instantiate(t);
        PyObject r = follow(rf, init, prepend(obj, args));
        TypeMethods.checkInitReturnedNone(r);
        return obj;
    }

    /** The Python __init__ of a class whose instantiation is plain (see {@link CoreRuntimeView#instantiation}), else null. */
    static PyFunction plainInit(PyType t) {
        if (t.type() != PyType.TYPE || !CoreRuntimeView.isPlainInstanceType(t) || t.slotCount() != 0
                || t.lookup(Slot.NEW) != PyType.OBJECT.lookup(Slot.NEW) || t.dict().get("__abstractmethods__") != null) {
            return null;
        }
        return t.lookup(Slot.INIT) instanceof PyFunction f ? f : null;
    }

    private static PyObject[] prepend(PyObject first, PyObject[] rest) {
        PyObject[] all = new PyObject[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /**
     * Positional arguments only (defaults may fill the rest), no generator, no closure, not already
     * being recorded, and not one the traces at this anchor are to call ({@link RetryPolicy#callsInstead}).
     */
    private boolean followable(RecFrame rf, PyFunction fn, int nargs) {
        CodeObject c = fn.code;
        int ndefaults = fn.defaults == null ? 0 : fn.defaults.length;
        if (fn.closure != null || !canRecordEntry(c) || c.kwOnlyArgCount != 0 || c.hasVarargs() || c.hasVarkeywords()
                || nargs > c.argCount || c.argCount - nargs > ndefaults) {
            return false;
        }
        RecFrame root = rf;
        for (RecFrame r = rf; r != null; r = r.caller) {
            if (r.code == c) {
                return false;
            }
            root = r;
        }
        return !RetryPolicy.callsInstead(root.code, root.type == Anchor.Type.ENTRY, root.startPc, c);
    }

    /** Runs {@code fn} in the recorder, recording its body as its entry trace; tier 1 finishes it if recording stops. */
    private PyObject follow(RecFrame rf, PyFunction fn, PyObject[] args) {
        CodeObject c = fn.code;
        Frame cf = new Frame(c, fn, fn.globals, fn.builtins, null);
        System.arraycopy(args, 0, cf.stack, 0, args.length);
        for (int i = args.length; i < c.argCount; i++) {
            cf.stack[i] = fn.defaults[i - (c.argCount - fn.defaults.length)];
        }
        RecFrame callee = new RecFrame(cf, Anchor.entry(Ref.of(c)), rf, false);
        callee.bindParams(c.argCount);
        ts.checkInterrupt();
        ts.pushFrame(cf);
        try {
            run(callee);
        } finally {
            ts.popFrame(cf);
        }
        switch (callee.stop) {
            case RETURNED -> {
                if (!callee.inspectsFrame) {
                    t2.calleeRecorded(fn, callee.trace);
                }
                return callee.returned;
            }
            case ABORTED -> {
                t2.stats().abort("callee: " + callee.reason);
                callee.syncFrame();
                return Interpreter.execute(ts, cf);
            }
            case RAISED -> {
                callee.syncFrame();
                cf.pc = callee.pc + 1;
                cf.pendingThrow = callee.raised;
                return Interpreter.execute(ts, cf);
            }
            default -> throw new IllegalStateException("a callee's recording stopped with " + callee.stop);
        }
    }
}
