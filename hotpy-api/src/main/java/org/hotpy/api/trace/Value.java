package org.hotpy.api.trace;

/**
 * An SSA value: defined once (a trace parameter, a label value, an instruction result), a
 * constant, or a placeholder for a virtual object that only snapshots describe.
 *
 * <p>Within its trace a value has a dense {@link #index()}: parameters first, then label values and
 * results in instruction order, then constants, then placeholders. The executor uses it as a
 * register number; passes use it to index side tables ({@code new int[trace.valueCount()]}).
 * Equality is identity. What is known of a value at a given point beyond its kind and constant
 * (its exact type after a guard, say) depends on the position, so it is not stored here: see
 * {@link org.hotpy.api.pass.GuardFacts}.
 */
public final class Value {
    /** How a value comes to exist. */
    public enum Def {
        /** A trace parameter: live at entry (the anchor frame's locals, as the recorder chose). */
        PARAM,
        /** Defined by the {@link Op#LABEL}, refilled by each {@link Op#JUMP}. */
        LABEL,
        /** The result of an instruction. */
        RESULT,
        /** A constant. */
        CONSTANT,
        /** Named only by snapshots, which describe it as a {@link VirtualObject}. */
        VIRTUAL,
        /** Used but never defined: always a verifier error. */
        UNDEFINED
    }

    private final Kind kind;
    private final int index;
    private final Def def;
    private final Object constant;
    private Instr definition;

    Value(Kind kind, int index, Def def, Object constant) {
        this.kind = kind;
        this.index = index;
        this.def = def;
        this.constant = constant;
    }

    /** The kind of register the value lives in. */
    public Kind kind() {
        return kind;
    }

    /** The dense index within the value's trace (see the class comment). */
    public int index() {
        return index;
    }

    /** How the value comes to exist. */
    public Def def() {
        return def;
    }

    /** The instruction defining the value ({@link Def#RESULT} and {@link Def#LABEL}), else {@code null}. */
    public Instr definition() {
        return definition;
    }

    void setDefinition(Instr in) {
        this.definition = in;
    }

    /** Whether this is a constant. */
    public boolean isConstant() {
        return def == Def.CONSTANT;
    }

    /** Whether this is the {@link ObjRef#NULL} constant. */
    public boolean isNull() {
        return constant == ObjRef.NULL;
    }

    /** The constant as {@code Long}, {@code Double}, {@code Boolean} or {@link ObjRef}; {@code null} if not a constant. */
    public Object constantValue() {
        return constant;
    }

    /** The value of an {@code INT64} constant. */
    public long longValue() {
        return (Long) requireConstant(Kind.INT64);
    }

    /** The value of a {@code FLOAT64} constant. */
    public double doubleValue() {
        return (Double) requireConstant(Kind.FLOAT64);
    }

    /** The value of a {@code BOOL} constant. */
    public boolean boolValue() {
        return (Boolean) requireConstant(Kind.BOOL);
    }

    /** The object of an {@code OBJECT} constant. */
    public ObjRef refValue() {
        return (ObjRef) requireConstant(Kind.OBJECT);
    }

    private Object requireConstant(Kind k) {
        if (def != Def.CONSTANT || kind != k) {
            throw new IllegalStateException("not a " + k + " constant: " + this);
        }
        return constant;
    }

    /** A debugging name: {@code p3}, or the constant's text ({@code 5}, {@code @int}). */
    @Override
    public String toString() {
        return def == Def.CONSTANT ? TracePrinter.constantText(this) : kind.prefix() + Integer.toString(index);
    }
}
