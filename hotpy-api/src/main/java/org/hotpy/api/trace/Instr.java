package org.hotpy.api.trace;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One instruction: an {@link Op}, its operands, maybe a result, maybe an immediate, type feedback
 * (generic ops) and a snapshot (guards, ops that can raise, {@code exit}). Immutable; made by
 * {@link TraceBuilder} and {@link TraceEditor}. {@link #position()} and {@link #exitIndex()} are
 * meaningful for instructions taken from a {@link Trace}.
 */
public final class Instr {
    private static final Value[] NO_VALUES = {};

    private final Op op;
    private final Value[] args;
    private final Value result;
    private final Value[] labelValues;
    private final Imm imm;
    private final Feedback feedback;
    private final Snapshot snapshot;
    private int position = -1;
    private int exitIndex = -1;

    Instr(Op op, Imm imm, Value[] args, Value result, Value[] labelValues, Feedback feedback, Snapshot snapshot) {
        this.op = Objects.requireNonNull(op, "op");
        this.imm = imm;
        this.args = args;
        this.result = result;
        this.labelValues = labelValues == null ? NO_VALUES : labelValues;
        this.feedback = feedback;
        this.snapshot = snapshot;
    }

    /** The same instruction with other operands and snapshot (same result and label values). */
    Instr with(Value[] newArgs, Snapshot newSnapshot) {
        return new Instr(op, imm, newArgs, result, labelValues, feedback, newSnapshot);
    }

    void place(int position, int exitIndex) {
        this.position = position;
        this.exitIndex = exitIndex;
    }

    /** The op. */
    public Op op() {
        return op;
    }

    /** The operands. */
    public List<Value> args() {
        return List.of(args);
    }

    /** Operand {@code i}. */
    public Value arg(int i) {
        return args[i];
    }

    /** The number of operands. */
    public int argCount() {
        return args.length;
    }

    Value[] argArray() {
        return args;
    }

    /** The result, or {@code null} if the instruction defines none. */
    public Value result() {
        return result;
    }

    /** The values a {@link Op#LABEL} defines (empty for every other op). */
    public List<Value> labelValues() {
        return List.of(labelValues);
    }

    Value[] labelValueArray() {
        return labelValues;
    }

    /** The immediate, or {@code null}. */
    public Imm imm() {
        return imm;
    }

    /** The operator of a {@link Op#BINARY_OP}. */
    public BinaryOperator binaryOperator() {
        return (BinaryOperator) imm;
    }

    /** The operator of a {@link Op#COMPARE_OP}. */
    public CompareOperator compareOperator() {
        return (CompareOperator) imm;
    }

    /** The name immediate ({@link Op.ImmKind#NAME}). */
    public String name() {
        return ((Imm.Name) imm).name();
    }

    /** The index immediate ({@link Op.ImmKind#INDEX}), such as a slot number. */
    public int intImm() {
        return ((Imm.Index) imm).value();
    }

    /** The keyword names of a {@link Op#CALL} (empty when it has none). */
    public List<String> keywordNames() {
        return imm == null ? List.of() : ((Imm.Names) imm).names();
    }

    /** The intrinsic of an {@link Op#INTRINSIC}. */
    public Intrinsic intrinsic() {
        return (Intrinsic) imm;
    }

    /** The type feedback, or {@code null}. */
    public Feedback feedback() {
        return feedback;
    }

    /** The snapshot, or {@code null}. */
    public Snapshot snapshot() {
        return snapshot;
    }

    /** The index of this instruction in its trace, or -1 if it is not (yet) in one. */
    public int position() {
        return position;
    }

    /** Dense number among the trace's instructions that have a snapshot (for exit counters), else -1. */
    public int exitIndex() {
        return exitIndex;
    }

    /** Whether the op is a guard. */
    public boolean isGuard() {
        return op.isGuard();
    }

    /** Whether this instruction must carry a snapshot (an {@code INTRINSIC} that can raise does). */
    public boolean needsSnapshot() {
        return op == Op.INTRINSIC ? intrinsic().canRaise() : op.needsSnapshot();
    }

    /** Whether this instruction is pure (see {@link Op#isPure()}; an {@code INTRINSIC} as declared). */
    public boolean isPure() {
        return op == Op.INTRINSIC ? intrinsic().pure() && result != null : op.isPure();
    }

    /** Whether this instruction may run arbitrary code ({@link Op#isOpaque()}; an impure {@code INTRINSIC} is). */
    public boolean isOpaque() {
        return op == Op.INTRINSIC ? !intrinsic().pure() : op.isOpaque();
    }

    /**
     * Whether the trace writes its frames back while this instruction runs: it has a snapshot and
     * may run Python code (any opaque op but {@code load_global}, which only reads dicts; an
     * {@code intrinsic}; {@code len}), and such code can look at its callers' frames
     * ({@code sys._getframe}, {@code f_locals}, {@code locals()}, a traceback). The compiled trace
     * writes its real frame's locals and builds the inlined frames from the snapshot just before
     * the instruction, then goes on running: an object those frames' locals reach is seen by
     * Python code while the trace still holds it, so it must be real, not a virtual object rebuilt
     * for the frame (see {@code docs/OPTIMISER.md}, escape-based unboxing).
     */
    public boolean showsFrames() {
        return snapshot != null && (op == Op.LEN || op == Op.INTRINSIC || (op.isOpaque() && op != Op.LOAD_GLOBAL));
    }

    /** Whether this instruction may be deleted when its result is unused. */
    public boolean isRemovableIfUnused() {
        return op == Op.INTRINSIC ? isPure() : op.isRemovableIfUnused();
    }

    /** The instruction in text form, with values named as in {@link Value#toString()}. */
    @Override
    public String toString() {
        return TracePrinter.instrText(this);
    }

    /** Whether {@code o} has the same op, immediate, feedback, operands (by identity) and snapshot. */
    boolean sameAs(Instr o) {
        return op == o.op && Objects.equals(imm, o.imm) && Objects.equals(feedback, o.feedback)
                && Arrays.equals(args, o.args) && Objects.equals(snapshot, o.snapshot);
    }
}
