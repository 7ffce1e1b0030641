package org.hotpy.api.trace;

import java.util.List;

/**
 * Something that emits instructions in order: a {@link TraceBuilder} (appending) or a position in a
 * {@link TraceEditor} ({@link TraceEditor#before(Instr)}). Emitting checks the operand count and
 * kinds and the immediate against the {@link Op} table, so a pass bug fails where it is made.
 */
public interface Emitter {
    /**
     * Emit an instruction.
     *
     * @param op        the op
     * @param imm       its immediate, or {@code null} when {@link Op#immKind()} is {@code NONE}
     *                  (a {@link Op#CALL} without keywords may pass {@code null} too)
     * @param feedback  type feedback (generic ops only), or {@code null}
     * @param snapshot  the snapshot (required exactly when the op needs one), or {@code null}
     * @param args      the operands
     * @return the instruction; its {@link Instr#result()} is the new value, if any
     */
    Instr emit(Op op, Imm imm, Feedback feedback, Snapshot snapshot, List<Value> args);

    /** Emit an op without immediate, feedback or snapshot; returns its result (or {@code null}). */
    default Value emit(Op op, Value... args) {
        return emit(op, null, null, null, List.of(args)).result();
    }

    /** Emit an op with a snapshot; returns its result (or {@code null}). */
    default Value emit(Op op, Snapshot snapshot, Value... args) {
        return emit(op, null, null, snapshot, List.of(args)).result();
    }

    /** Emit an op with an immediate; returns its result (or {@code null}). */
    default Value emit(Op op, Imm imm, Value... args) {
        return emit(op, imm, null, null, List.of(args)).result();
    }

    /** Emit an op with an immediate and a snapshot; returns its result (or {@code null}). */
    default Value emit(Op op, Imm imm, Snapshot snapshot, Value... args) {
        return emit(op, imm, null, snapshot, List.of(args)).result();
    }

    /** The {@code INT64} constant. */
    Value constInt(long v);

    /** The {@code FLOAT64} constant (distinguishes {@code -0.0}). */
    Value constFloat(double v);

    /** The {@code BOOL} constant. */
    Value constBool(boolean v);

    /** The {@code OBJECT} constant. */
    Value constRef(ObjRef r);

    /** The {@link ObjRef#NULL} constant, for snapshot slots only. */
    default Value constNull() {
        return constRef(ObjRef.NULL);
    }

    /** A constant of the kind of {@code value} ({@code Long}, {@code Double}, {@code Boolean}, {@link ObjRef}). */
    default Value constOf(Object value) {
        if (value instanceof Long l) {
            return constInt(l);
        } else if (value instanceof Double d) {
            return constFloat(d);
        } else if (value instanceof Boolean b) {
            return constBool(b);
        } else if (value instanceof ObjRef r) {
            return constRef(r);
        }
        throw new IllegalArgumentException("not a constant value: " + value);
    }
}
