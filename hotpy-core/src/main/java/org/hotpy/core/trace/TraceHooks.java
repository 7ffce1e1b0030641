package org.hotpy.core.trace;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.interp.CompiledCode;
import org.hotpy.core.interp.Frame;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.model.PyObject;

/**
 * The only calls tier 1 makes into tier 2, each when a counter of the code runs out: a loop's
 * back-edge counter ({@code JUMP_BACKWARD}) or a function's entry counter. With tier 2 off the
 * counters are simply reset, so tier 1 pays one decrement and, once in a thousand back-edges, a
 * call that returns at once.
 */
public final class TraceHooks {
    private TraceHooks() {
    }

    /** Back-edges between two calls of {@link #backEdge} while tier 2 is off (a prime, as the thresholds are). */
    static final short IDLE_BACK_EDGES = 1021;

    /**
     * Back-edges between two calls of {@link #backEdge} while tier 2 is off and the code is not
     * compiled yet (tier 1 compiles a loop at its second run-out once its body has specialised):
     * enough for the body's instructions to finish their warm-up of 8 executions. At a thousand,
     * a loop in a function called once (wordfreq's text generation and analysis) ran a thousand
     * turns in the interpreter's dispatch loop, and HotSpot compiled that loop with C2 (an OSR
     * compilation of {@code Interpreter.run}) during the warm-up.
     */
    static final short WARMING_BACK_EDGES = 29;

    /**
     * The back-edge at {@code jumpPc} to the loop header {@code target} ran out of count. Tier 1's
     * state is in {@code f} ({@code f.sp}); returns the pc tier 1 continues at, with {@code f.sp}
     * updated, and {@code f.pendingThrow} set when an exception must be raised there (the pc is then
     * one past the raising instruction).
     */
    public static int backEdge(InterpreterState ts, Frame f, int jumpPc, int target) {
        Tier2 t2 = ts.tier2();
        if (t2 == null) {
            // not Short.MAX_VALUE: a counter that runs out every thousand or so back-edges keeps
            // this branch in HotSpot's profile, so the first loop to run out late in a run does
            // not make it throw the compiled dispatch loop away; the call costs nothing measurable
            f.code.counters[jumpPc] = idleBackEdges(f.code);
            return target;
        }
        return t2.backEdge(ts, f, jumpPc, target);
    }

    /** What a back-edge counter of {@code code} restarts from where no tier-2 trace is wanted (yet). */
    static short idleBackEdges(CodeObject code) {
        return CompiledCode.notCompiled(code) ? WARMING_BACK_EDGES : IDLE_BACK_EDGES;
    }

    /**
     * A call of {@code f.code} (a fresh frame at pc 0) ran out of count. Returns the function's
     * result when tier 2 ran it to the end, else null: tier 1 then runs {@code f} from {@code f.pc}
     * (raising {@code f.pendingThrow} first if set).
     */
    public static PyObject functionEntry(InterpreterState ts, Frame f) {
        Tier2 t2 = ts.tier2();
        if (t2 == null) {
            f.code.entryCounter = Integer.MAX_VALUE;
            return null;
        }
        return t2.functionEntry(ts, f);
    }
}
