package org.hotpy.core.interp;

import static org.hotpy.core.bytecode.Ops.*;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Opcode;
import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.InternalErrors;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.trace.TraceHooks;

/**
 * Control flow for {@link FunctionCompiler}'s generated methods: conditional jumps, iteration,
 * loops, returns, exceptions, and the way back to the interpreter. A jumping step returns its new
 * stack pointer {@code sp} as {@code ~sp} (negative) when the jump is taken, as {@code sp} when not.
 */
final class CompiledControl {
    private CompiledControl() {}

    static final String SELF = "org/hotpy/core/interp/CompiledControl";

    static int popJumpIfFalse(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        PyObject v = s[--sp];
        s[sp] = null;
        return Interpreter.truthy(v) ? sp : ~sp;
    }

    static int popJumpIfTrue(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        PyObject v = s[--sp];
        s[sp] = null;
        return Interpreter.truthy(v) ? ~sp : sp;
    }

    static int popJumpIfNone(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        PyObject v = s[--sp];
        s[sp] = null;
        return v == PyNone.NONE ? ~sp : sp;
    }

    static int popJumpIfNotNone(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at,
                                int arg) {
        PyObject v = s[--sp];
        s[sp] = null;
        return v != PyNone.NONE ? ~sp : sp;
    }

    static int jumpIfFalseOrPop(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at,
                                int arg) {
        if (!Interpreter.truthy(s[sp - 1])) {
            return ~sp;
        }
        s[--sp] = null;
        return sp;
    }

    static int jumpIfTrueOrPop(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at,
                               int arg) {
        if (Interpreter.truthy(s[sp - 1])) {
            return ~sp;
        }
        s[--sp] = null;
        return sp;
    }

    static int forIter(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        f.pc = at + 1; // code it runs may read this frame's line
        return next(s, sp, IterHandlers.forIter(code, at, s[sp - 1]));
    }

    static int forIterRange(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        return next(s, sp, IterHandlers.forIterRange(code, at, s[sp - 1]));
    }

    static int forIterList(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        return next(s, sp, IterHandlers.forIterList(code, at, s[sp - 1]));
    }

    static int forIterGen(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        return next(s, sp, IterHandlers.forIterGen(ts, code, at, s[sp - 1]));
    }

    /** Pushes the next value {@code v}, or pops the exhausted iterator ({@code v == null}) and jumps. */
    private static int next(PyObject[] s, int sp, PyObject v) {
        if (v != null) {
            s[sp] = v;
            return sp + 1;
        }
        s[--sp] = null;
        return ~sp;
    }

    static int send(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        int r = IterHandlers.send(ts, s, sp);
        return r < 0 ? ~(-r) : r; // the sub-iterator returned: its value replaced the pair, and we jump
    }

    /**
     * A loop's back-edge: polls for interrupts and counts towards tier 2, as the interpreter does.
     * Returns {@code ~sp} to go round the loop; when tier 2 ran the loop and left it elsewhere (or
     * with an exception to raise), or the code is to be compiled again, sets {@code f.pc} and
     * {@code f.sp} for the interpreter and returns a non-negative number.
     */
    static int jumpBackward(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        ts.checkInterrupt();
        if (--code.counters[at] >= 0) {
            return ~sp;
        }
        f.sp = sp;
        FunctionCompiler.loopRanOut(code);
        int to = TraceHooks.backEdge(ts, f, at, arg);
        if (f.pendingThrow != null || FunctionCompiler.stale(code)) {
            f.pc = to;
            return 0;
        }
        if (to != arg) {
            f.pc = to; // a trace left the loop at `to`: dispatched there, or interpreted from there
            return 1;
        }
        return ~f.sp;
    }

    /**
     * A frame came to {@code self} at {@code pc}, which it cannot start at (a trace left the frame
     * there): the frame goes on in the interpreter, and the pc is noted for the next compilation.
     */
    static void resumeMissed(CodeObject code, CompiledCode self, int pc) {
        FunctionCompiler.resumeMissed(code, self, pc);
    }

    static PyObject returnValue(Frame f, PyObject[] s, int sp, int at) {
        PyObject v = s[--sp];
        s[sp] = null;
        f.sp = sp;
        f.pc = at + 1;
        f.yielded = false;
        return v;
    }

    static PyObject yieldValue(Frame f, PyObject[] s, int sp, int at) {
        PyObject v = s[--sp];
        s[sp] = null;
        f.sp = sp;
        f.pc = at + 1;
        f.yielded = true;
        return v;
    }

    /** Raises the exception that {@code generator.throw()} left for a resuming frame. */
    static void throwPending(Frame f) {
        PyException e = f.pendingThrow;
        f.pendingThrow = null;
        throw e;
    }

    /**
     * An exception {@code t} escaped the instruction before {@code pc}: as the interpreter's catch
     * clauses, records it in the traceback and finds the handler; returns the handler's pc with
     * {@code f.sp} set, or rethrows to the caller when this frame has none.
     */
    static int handle(InterpreterState ts, Frame f, Throwable t, int pc) {
        PyException pe;
        if (t instanceof PyException e) {
            pe = e;
        } else if (t instanceof StackOverflowError) {
            pe = Errors.recursionError("maximum recursion depth exceeded");
        } else if (t instanceof RuntimeException || t instanceof OutOfMemoryError) {
            pe = InternalErrors.toPython(t);
        } else if (t instanceof Error e) {
            throw e; // ExecutionStopped and the like: Python code must not intercept them
        } else {
            throw new IllegalStateException(t);
        }
        int handler = Interpreter.handlerOrUnwind(ts, f, pe, pc);
        f.sp = Interpreter.unwindStack(f, handler, pe.exception(), pc);
        return f.code.exceptionTable[handler + 2];
    }

    /** {@link FunctionCompiler#CHECK_STACK}: the stack pointer a step left is the one predicted. */
    static void checkStack(int sp, int expected, int at) {
        if (sp != expected) {
            throw Errors.systemError("compiled code's stack pointer is %d after instruction %d, not %d", sp, at,
                    expected);
        }
    }

    /**
     * Continues {@code f} in the interpreter from {@code f.pc}: its result, or null when it reached a
     * loop head while {@code self} still is the code's compiled form, for {@code self} to go on there.
     */
    static PyObject interpret(InterpreterState ts, Frame f, CompiledCode self) {
        PyObject r = Interpreter.run(ts, f, self);
        if (r == null) {
            self.handBacks++;
        }
        return r;
    }

    /**
     * An adaptive instruction whose specialisation changed after compilation (a guard failed, or it
     * specialised differently): runs what the instruction now is, and counts the miss so that the
     * code is compiled again once its instructions have settled.
     */
    static int adaptive(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        FunctionCompiler.missed(code);
        return current(ts, f, code, s, sp, at, arg);
    }

    /**
     * An adaptive instruction that was still in its first warm-up when compiled, and is now in none
     * of the specialised forms compiled for it (see {@link FunctionEmitter#likelyForms}): runs it as
     * it now is. Still warming up, it is no miss, and this call, too large to be inlined, keeps its
     * generic path (with everything the shared profile of the generic handlers reaches) out of the
     * compiled code. Once it has specialised to another form, or tried to specialise and stayed
     * generic, each execution counts as a miss, so that the code is compiled again with that form
     * (nqueens' and raytrace's operators on sets and instances, run out of line, made them 10% slower).
     */
    static int unsettled(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        if (Opcode.of(code.code[at] & 0xff).isSpecialized() || !Specializer.firstWarmUp(code, at)) {
            return adaptive(ts, f, code, s, sp, at, arg);
        }
        return current(ts, f, code, s, sp, at, arg);
    }

    /** Runs the adaptive instruction at {@code at} in the form it now has. */
    private static int current(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        int word = code.code[at];
        return switch (word & 0xff) {
            case LOAD_GLOBAL -> CompiledSteps.loadGlobal(ts, f, code, s, sp, at, arg);
            case LOAD_GLOBAL_MODULE -> CompiledSteps.loadGlobalModule(ts, f, code, s, sp, at, arg);
            case LOAD_GLOBAL_BUILTIN -> CompiledSteps.loadGlobalBuiltin(ts, f, code, s, sp, at, arg);
            case LOAD_ATTR -> CompiledSteps.loadAttr(ts, f, code, s, sp, at, arg);
            case LOAD_ATTR_INSTANCE_VALUE -> CompiledSteps.loadAttrInstanceValue(ts, f, code, s, sp, at, arg);
            case LOAD_ATTR_MODULE -> CompiledSteps.loadAttrModule(ts, f, code, s, sp, at, arg);
            case LOAD_ATTR_CLASS -> CompiledSteps.loadAttrClass(ts, f, code, s, sp, at, arg);
            case LOAD_ATTR_SLOT -> CompiledSteps.loadAttrSlot(ts, f, code, s, sp, at, arg);
            case STORE_ATTR -> CompiledSteps.storeAttr(ts, f, code, s, sp, at, arg);
            case STORE_ATTR_INSTANCE_VALUE -> CompiledSteps.storeAttrInstanceValue(ts, f, code, s, sp, at, arg);
            case LOAD_METHOD -> CompiledSteps.loadMethod(ts, f, code, s, sp, at, arg);
            case LOAD_METHOD_WITH_VALUES -> CompiledSteps.loadMethodWithValues(ts, f, code, s, sp, at, arg);
            case LOAD_METHOD_NO_DICT -> CompiledSteps.loadMethodNoDict(ts, f, code, s, sp, at, arg);
            case LOAD_METHOD_CLASS -> CompiledSteps.loadMethodClass(ts, f, code, s, sp, at, arg);
            case LOAD_METHOD_MODULE -> CompiledSteps.loadMethodModule(ts, f, code, s, sp, at, arg);
            case UNPACK_SEQUENCE, UNPACK_SEQUENCE_TUPLE, UNPACK_SEQUENCE_LIST ->
                    CompiledSteps.unpackSequence(ts, f, code, s, sp, at, arg);
            case FOR_ITER -> forIter(ts, f, code, s, sp, at, arg);
            case FOR_ITER_RANGE -> forIterRange(ts, f, code, s, sp, at, arg);
            case FOR_ITER_LIST -> forIterList(ts, f, code, s, sp, at, arg);
            case FOR_ITER_GEN -> forIterGen(ts, f, code, s, sp, at, arg);
            default -> CompiledOps.adaptive(ts, f, code, s, sp, at, arg, word);
        };
    }
}
