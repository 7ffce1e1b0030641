package org.hotpy.api.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * An immutable trace: an {@link Anchor}, parameters (values live at entry), and a linear list of
 * SSA instructions that ends with a terminator ({@code jump}, {@code exit} or {@code return}),
 * with at most one {@code label} before it. Build one with {@link TraceBuilder}, change one with
 * {@link #edit()}, check one with {@link TraceVerifier}, print or parse one with {@link TraceText}.
 *
 * <p>Parameters, by convention between the recorder and the executor: for a loop trace, the anchor
 * frame's slots at the loop header, locals in order and then the value stack bottom first (a
 * {@code for} loop's iterator is on the stack there), so the executor fills them from the frame and
 * every {@code jump} (without a label) passes the same layout back; for an entry trace, the
 * function's parameters. Passes never change the parameters.
 *
 * <p>Values are numbered densely ({@link Value#index()}), and instructions that carry a snapshot
 * are numbered densely too ({@link Instr#exitIndex()}), so an executor sizes its register files
 * with {@link #valueCount()} and its exit counters with {@link #exitCount()}.
 */
public final class Trace {
    private final Anchor anchor;
    private final List<Value> params;
    private final List<Instr> instrs;
    private final List<Value> constants;
    private final int valueCount;
    private final int exitCount;
    private final Instr label;

    Trace(Anchor anchor, List<Value> params, List<Instr> instrs, List<Value> constants, int valueCount) {
        this.anchor = anchor;
        this.params = List.copyOf(params);
        this.instrs = List.copyOf(instrs);
        this.constants = List.copyOf(constants);
        this.valueCount = valueCount;
        int exits = 0;
        Instr firstLabel = null;
        for (int i = 0; i < this.instrs.size(); i++) {
            Instr in = this.instrs.get(i);
            in.place(i, in.snapshot() != null ? exits++ : -1);
            if (in.op() == Op.LABEL && firstLabel == null) {
                firstLabel = in;
            }
        }
        this.exitCount = exits;
        this.label = firstLabel;
    }

    /** Where the trace starts. */
    public Anchor anchor() {
        return anchor;
    }

    /** The values live at entry, in the order the executor passes them. */
    public List<Value> params() {
        return params;
    }

    /** The instructions, terminator last. */
    public List<Instr> instructions() {
        return instrs;
    }

    /** Instruction {@code i}. */
    public Instr instruction(int i) {
        return instrs.get(i);
    }

    /** The number of instructions. */
    public int size() {
        return instrs.size();
    }

    /** The last instruction (a terminator in a valid trace), or {@code null} if there are none. */
    public Instr terminator() {
        return instrs.isEmpty() ? null : instrs.get(instrs.size() - 1);
    }

    /** The {@code label}, or {@code null} if the trace has none. */
    public Instr label() {
        return label;
    }

    /** The number of values: every {@link Value#index()} is below it. */
    public int valueCount() {
        return valueCount;
    }

    /** The constants, in order of first use. */
    public List<Value> constants() {
        return constants;
    }

    /** The number of instructions with a snapshot. */
    public int exitCount() {
        return exitCount;
    }

    /** The instructions with a snapshot, by {@link Instr#exitIndex()}. */
    public List<Instr> exits() {
        List<Instr> out = new ArrayList<>(exitCount);
        for (Instr in : instrs) {
            if (in.snapshot() != null) {
                out.add(in);
            }
        }
        return out;
    }

    /** The number of guard instructions. */
    public int guardCount() {
        int n = 0;
        for (Instr in : instrs) {
            if (in.isGuard()) {
                n++;
            }
        }
        return n;
    }

    /** An editor over this trace; {@link TraceEditor#finish()} makes the new trace. */
    public TraceEditor edit() {
        return new TraceEditor(this);
    }

    /** The text form ({@link TraceText#print(Trace)}). */
    @Override
    public String toString() {
        return TraceText.print(this);
    }
}
