package org.hotpy.api.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds a trace in order: parameters first, then instructions, then one terminator
 * ({@link #jump}, {@link #exit} or {@link #ret}), which returns the {@link Trace}. The recorder uses
 * it; so do passes that rebuild a trace from scratch (loop peeling).
 *
 * <pre>{@code
 * TraceBuilder b = new TraceBuilder(Anchor.loop(code, 12));
 * Value p0 = b.param(Kind.OBJECT);
 * b.emit(Op.GUARD_TYPE, snap, p0, b.constRef(intType));
 * Value i1 = b.emit(Op.UNBOX_INT, snap, p0);
 * Value i2 = b.emit(Op.INT_ADD_OVF, snap, i1, b.constInt(1));
 * Trace t = b.jump(b.emit(Op.BOX_INT, i2));
 * }</pre>
 */
public final class TraceBuilder implements Emitter {
    private final Anchor anchor;
    private final Values values = new Values(0);
    private final List<Value> params = new ArrayList<>();
    private final List<Instr> instrs = new ArrayList<>();
    private boolean finished;

    /** A builder for a trace starting at {@code anchor}. */
    public TraceBuilder(Anchor anchor) {
        this.anchor = Objects.requireNonNull(anchor, "anchor");
    }

    /** A new parameter; all parameters come before the first instruction. */
    public Value param(Kind kind) {
        checkOpen();
        if (!instrs.isEmpty()) {
            throw new IllegalStateException("parameters must be added before the first instruction");
        }
        Value p = values.fresh(Objects.requireNonNull(kind, "kind"), Value.Def.PARAM);
        params.add(p);
        return p;
    }

    /** The parameters so far. */
    public List<Value> params() {
        return List.copyOf(params);
    }

    /** The instructions so far. */
    public List<Instr> instructions() {
        return List.copyOf(instrs);
    }

    @Override
    public Instr emit(Op op, Imm imm, Feedback feedback, Snapshot snapshot, List<Value> args) {
        checkOpen();
        Instr in = InstrFactory.make(values, op, imm, feedback, snapshot, args, null);
        instrs.add(in);
        return in;
    }

    /**
     * Emit the {@code label}: the loop body starts here; returns one new value per argument, of
     * the same kind, which the final {@link #jump} refills.
     */
    public List<Value> label(List<Value> args) {
        checkOpen();
        Value[] defs = new Value[args.size()];
        for (int i = 0; i < defs.length; i++) {
            defs[i] = values.fresh(args.get(i).kind(), Value.Def.LABEL);
        }
        instrs.add(new Instr(Op.LABEL, null, args.toArray(new Value[0]), null, defs, null, null));
        return List.of(defs);
    }

    /** End with {@code jump(args)} and return the trace. */
    public Trace jump(List<Value> args) {
        return finish(new Instr(Op.JUMP, null, args.toArray(new Value[0]), null, null, null, null));
    }

    /** End with {@code jump(args)} and return the trace. */
    public Trace jump(Value... args) {
        return jump(List.of(args));
    }

    /** End with an unconditional exit to {@code snapshot} and return the trace. */
    public Trace exit(Snapshot snapshot) {
        return finish(new Instr(Op.EXIT, null, new Value[0], null, null, null,
                Objects.requireNonNull(snapshot, "snapshot")));
    }

    /** End with {@code return(value)} and return the trace. */
    public Trace ret(Value value) {
        return finish(new Instr(Op.RETURN, null, new Value[] {Objects.requireNonNull(value)}, null, null, null, null));
    }

    private Trace finish(Instr terminator) {
        checkOpen();
        instrs.add(terminator);
        finished = true;
        return TraceAssembler.assemble(anchor, params, instrs);
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException("the trace is already finished");
        }
    }

    @Override
    public Value constInt(long v) {
        return values.constant(Kind.INT64, v);
    }

    @Override
    public Value constFloat(double v) {
        return values.constant(Kind.FLOAT64, v);
    }

    @Override
    public Value constBool(boolean v) {
        return values.constant(Kind.BOOL, v);
    }

    @Override
    public Value constRef(ObjRef r) {
        return values.constant(Kind.OBJECT, Objects.requireNonNull(r, "ref"));
    }

    /** Append an instruction without checks (the parser builds invalid traces for the verifier to reject). */
    void appendUnchecked(Instr in) {
        instrs.add(in);
    }

    Values values() {
        return values;
    }

    /** Finish with whatever was appended, terminator included (the parser's path). */
    Trace finishUnchecked() {
        finished = true;
        return TraceAssembler.assemble(anchor, params, instrs);
    }

    void addParamUnchecked(Value p) {
        params.add(p);
    }
}
