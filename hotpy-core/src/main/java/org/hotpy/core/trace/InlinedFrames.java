package org.hotpy.core.trace;

import java.util.Arrays;

import org.hotpy.core.interp.Frame;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.types.function.PyFunction;

/**
 * The trace's real frame written back, and heap frames for the inlined frames of a trace, while an
 * operation that may run Python code (a call, a generic op reaching a dunder or a property)
 * executes inside them: tier 1 would have
 * those frames on the frame chain, and {@code sys._getframe}, {@code warnings.warn}'s caller
 * location and {@code inspect.currentframe().f_back} walk it. Before such an op the trace compiler
 * puts {@link XOp#FRAMES_PUSH} (building the frames from the op's snapshot, as the deoptimiser would,
 * and pushing them over the trace's real frame), after it {@link XOp#FRAMES_POP}; an exit or an
 * exception between the two unwinds them in {@link Tier2#leave}. Ops that cannot run Python code
 * (typed arithmetic, guards, slot access) get no frames, so inlined code that only computes still
 * allocates nothing.
 */
final class InlinedFrames {
    /** More frames than call inlining ever stacks over a trace's real frame (its max-depth is 3). */
    private static final int MAX_PUSHED = 64;

    private InlinedFrames() {
    }

    /**
     * Pushes a frame for each inlined frame of exit {@code e}, outermost first, each at the pc tier 1
     * would have while the op runs: a caller one past its call (the snapshot's resume index), the
     * innermost one past the op. The real frame {@code f} gets its pc the same way, and its fast
     * locals from the snapshot: the trace keeps them in registers, but {@code locals()},
     * {@code f_locals} and a callee's {@code sys._getframe(1)} read the frame (issue 6). With no
     * inlined frame this only writes the real frame back and pushes nothing.
     */
    static void push(InterpreterState ts, Frame f, ExitInfo e, PyObject[] o, long[] l, double[] d) {
        PyObject[] virt = Deoptimizer.materialise(e, o, l, d);
        int n = e.frames.length;
        Deoptimizer.writeLocals(f, e.frames[0], virt, o, l, d);
        f.pc = n == 1 ? e.frames[0].pc + 1 : e.frames[0].pc;
        for (int i = 1; i < n; i++) {
            ExitInfo.FrameInfo fi = e.frames[i];
            PyObject callee = Deoptimizer.value(fi.function, virt, o, l, d);
            PyFunction fn = callee instanceof PyType t ? Deoptimizer.initOf(t, fi.code) : (PyFunction) callee;
            Frame fr = new Frame(fi.code, fn, fn.globals, fn.builtins, null);
            Deoptimizer.write(fr, fi, virt, o, l, d);
            fr.pc = i == n - 1 ? fi.pc + 1 : fi.pc;
            ts.pushFrame(fr);
        }
    }

    /**
     * As {@link #push} from the compiled trace's spill arrays, which the JIT filled with the
     * registers exit {@code k} names; they are cleared again before any Python code runs, as
     * {@link Tier2#leave} does, so they keep nothing alive and a nested exit may reuse them.
     */
    static void pushSpilled(CompiledTrace t, int k, InterpreterState ts, Frame f) {
        ExitInfo e = t.exits[k];
        try {
            push(ts, f, e, t.spillObj, t.spillLong, t.spillDbl);
        } finally {
            clear(t.spillObj, e.pushSpilledObj);
        }
    }

    /**
     * The object registers among the register references {@code refs} (what a frames push spills
     * into the object array and must clear). A loop, not a stream: the first trace compiled would
     * pay for linking the lambdas.
     */
    static int[] objectRegisters(int[] refs) {
        int[] regs = new int[refs.length];
        int n = 0;
        for (int ref : refs) {
            if (Slots.kind(ref) == Slots.OBJ) {
                regs[n++] = Slots.reg(ref);
            }
        }
        return Arrays.copyOf(regs, n);
    }

    /** Clears {@code regs} of {@code spill} (all of it when null). */
    static void clear(PyObject[] spill, int[] regs) {
        if (regs == null) {
            Arrays.fill(spill, null);
            return;
        }
        for (int r : regs) {
            spill[r] = null;
        }
    }

    /** Pops the frames {@link #push} put over {@code f}; nothing when {@code f} is the running frame. */
    static void pop(InterpreterState ts, Frame f) {
        Frame top = ts.frame();
        if (top == f || top == null) {
            return;
        }
        int n = 0;
        for (Frame r = top; r != f; r = r.back) {
            if (r == null || ++n > MAX_PUSHED) {
                return; // f is not below: these frames are not ours
            }
        }
        while (ts.frame() != f) {
            ts.popFrame(ts.frame());
        }
    }

    /**
     * The registers that exit {@code e}'s real frame's locals written back, inlined frames and
     * virtual objects read (for the JIT's partial spill).
     */
    static int[] registersRead(ExitInfo e) {
        int[] refs = e.frames[0].localsWritten().clone();
        for (int i = 1; i < e.frames.length; i++) {
            ExitInfo.FrameInfo fi = e.frames[i];
            refs = concat(refs, new int[] {fi.function});
            refs = concat(refs, fi.locals);
            refs = concat(refs, fi.stack);
        }
        for (ExitInfo.VirtualInfo v : e.virtuals) {
            refs = concat(refs, v.args);
        }
        return realRegisters(refs);
    }

    /**
     * The distinct registers among {@code refs}, in first-seen order, without NULL and virtuals. A
     * loop, not a stream: the stream classes were the only ones a traced program loaded from outside
     * the start-up archive (it is trained in the default mode, where nothing is inlined).
     */
    private static int[] realRegisters(int[] refs) {
        int[] out = new int[refs.length];
        int n = 0;
        for (int r : refs) {
            if (r != Slots.NULL && !Slots.isVirtual(r) && !contains(out, n, r)) {
                out[n++] = r;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static boolean contains(int[] a, int n, int x) {
        for (int i = 0; i < n; i++) {
            if (a[i] == x) {
                return true;
            }
        }
        return false;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
