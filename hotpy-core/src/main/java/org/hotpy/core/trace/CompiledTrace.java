package org.hotpy.core.trace;

import org.hotpy.api.trace.Trace;
import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.interp.Frame;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.types.collection.PyDict;

/**
 * An optimised trace ready for the {@link Executor}: instructions as ints ({@link XOp}), register
 * files per kind with the constants preloaded, the trace's parameters, and its exits compiled for
 * the deoptimiser. Made by {@link TraceCompiler}; immutable but for its counters.
 */
final class CompiledTrace {
    /** The optimised IR, until it is compiled to bytecode (then released: nothing reads it again). */
    Trace trace;
    final CodeObject code;
    final int anchorPc;
    final boolean entry;
    /** The namespaces the trace was recorded in: it runs only in frames that have these. */
    final PyDict globals;
    final PyDict builtins;
    final PyObject locals;

    final int[] insns;
    final Object[] aux;
    final int[][] lists;
    final PyObject[] objInit;
    final long[] longInit;
    final double[] dblInit;
    /**
     * The first register of each file ({@link Slots#OBJ}, {@link Slots#LONG}, {@link Slots#DOUBLE})
     * that holds a trace constant; registers from there on are never written after the preload.
     */
    final int[] firstConst;
    /** The object register of each parameter, in order (frame slots 0, 1, ...). */
    final int[] params;
    /** Parameters the trace uses: a frame whose slot is unbound there cannot enter. */
    final int[] required;
    final ExitInfo[] exits;
    final int[] exitCounts;
    /** The instruction index after the label, where {@code jump} continues (0 without a label). */
    final int loopStart;
    /** Whether the trace ends in {@code jump}: it goes round a loop (with or without a label, that is peeled or not). */
    final boolean loops;
    long runs;
    /** The trace compiled to bytecode, or null: the {@link Executor} interprets it. */
    JitCode jit;
    /** Bytes of the compiled {@code run} method (set even when too big to install; 0 before the JIT saw it). */
    int methodBytes;
    /** The size of {@link #jit}'s class file. */
    int jitBytes;
    /** What the trace counts against the cache size ({@link TraceSettings#cacheBytes}). */
    int codeBytes;
    /** Why the trace was invalidated or evicted, or null while installed (for {@code -X trace-stats}). */
    String dropped;
    /** Where compiled code writes its registers when it leaves (see {@code TraceJit.emitSpill}); cleared after each exit. */
    final PyObject[] spillObj;
    final long[] spillLong;
    final double[] spillDbl;
    /**
     * The object registers the compiled exit block writes into {@link #spillObj}: all
     * {@link Tier2#leave} must clear; null: clear all.
     */
    int[] spilledObj;
    /** IR instructions of the whole trace, and of its loop body (from the label on; the whole trace without one). */
    final int length;
    final int bodyLength;
    /** How many {@link XOp#FRAMES_PUSH} the compiled trace holds (see {@link TraceWorth#straightWork}). */
    int framesPushes;
    /** A RETURN_VALUE of the code, where tier 1 finishes after this trace (a bridge) returned; -1 if it cannot return. */
    int returnPc = -1;
    /** IR instructions run since {@link #checkedRuns}, estimated from where each run left (see {@link Tier2#leave}). */
    long work;
    /** Loop iterations run since {@link #checkedRuns} (see {@link TraceWorth#rarelyTurns}). */
    long windowIterations;
    /** Which exits leave by a branch inside the loop ({@link BranchExits}). */
    final boolean[] branchExits;
    /** Exits by a branch inside the loop since {@link #checkedRuns}. */
    long windowBranchExits;
    /** {@link #runs} when the trace's payoff was last checked. */
    long checkedRuns;
    /** A hash of the recorded trace (before the passes), to tell a recording there again that is the same ({@link TraceWorth#recordedShape}). */
    long recordedShape;
    /** Exits taken at the anchor before a single iteration completed. */
    int stuck;

    CompiledTrace(Trace trace, CodeObject code, Frame recordedIn, int[] insns, Object[] aux, int[][] lists,
            PyObject[] objInit, long[] longInit, double[] dblInit, int[] firstConst, int[] params, int[] required,
            ExitInfo[] exits, int loopStart) {
        this.trace = trace;
        this.code = code;
        this.anchorPc = trace.anchor().pc();
        this.entry = trace.anchor().type() == org.hotpy.api.trace.Anchor.Type.ENTRY;
        this.globals = recordedIn.globals;
        this.builtins = recordedIn.builtins;
        this.locals = recordedIn.locals;
        this.insns = insns;
        this.aux = aux;
        this.lists = lists;
        this.objInit = objInit;
        this.longInit = longInit;
        this.dblInit = dblInit;
        this.firstConst = firstConst;
        this.params = params;
        this.required = required;
        this.exits = exits;
        this.exitCounts = new int[exits.length];
        this.loopStart = loopStart;
        this.spillObj = new PyObject[objInit.length];
        this.spillLong = new long[longInit.length];
        this.spillDbl = new double[dblInit.length];
        this.length = trace.instructions().size();
        this.bodyLength = trace.label() == null ? length : length - trace.label().position();
        var ins = trace.instructions();
        this.loops = !ins.isEmpty() && ins.get(ins.size() - 1).op() == org.hotpy.api.trace.Op.JUMP;
        this.branchExits = BranchExits.of(code, anchorPc, loops && !entry, exits);
    }

    /** Whether {@code f} may run this trace: the same namespaces, and every parameter the trace reads bound. */
    boolean accepts(Frame f) {
        if (f.globals != globals || f.builtins != builtins || f.locals != locals) {
            return false;
        }
        PyObject[] s = f.stack;
        for (int i : required) {
            if (s[i] == null) {
                return false;
            }
        }
        return true;
    }

    long exitTotal() {
        long n = 0;
        for (int c : exitCounts) {
            n += c;
        }
        return n;
    }

    @Override
    public String toString() {
        return (entry ? "entry " : "loop ") + code.qualname + ":" + anchorPc;
    }
}
