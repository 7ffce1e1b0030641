package org.hotpy.api.trace;

import java.util.Objects;

/**
 * Where a trace starts: a loop header (its back-edge target) or a function entry, in a code object.
 * Text form: {@code loop @f:12} or {@code entry @f:0} on the first line.
 *
 * @param type  loop or function entry
 * @param code  the code object
 * @param pc    the bytecode index of the anchor
 */
public record Anchor(Type type, ObjRef code, int pc) {
    /** The two anchor kinds. */
    public enum Type {
        /**
         * A loop header: the trace ends with {@code jump} back to it (or exits). A bridge (a trace
         * from a side exit's resume point) has this type too, and may end with {@code return}.
         */
        LOOP,
        /** A function's first instruction: the trace ends with {@code return} (or exits); its parameters are the arguments. */
        ENTRY
    }

    /** The anchor hand-written traces get when they name none: {@code loop @code:0}. */
    public static final Anchor UNKNOWN = new Anchor(Type.LOOP, SymbolicRef.of("code"), 0);

    public Anchor {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(code, "code");
        if (pc < 0) {
            throw new IllegalArgumentException("pc must be >= 0, not " + pc);
        }
    }

    // equals and hashCode written out, as the record's would be: see Imm.Name
    @Override
    public boolean equals(Object o) {
        return o instanceof Anchor a && pc == a.pc && type == a.type && code.equals(a.code);
    }

    @Override
    public int hashCode() {
        return (type.hashCode() * 31 + code.hashCode()) * 31 + Integer.hashCode(pc);
    }

    /** A loop anchor. */
    public static Anchor loop(ObjRef code, int pc) {
        return new Anchor(Type.LOOP, code, pc);
    }

    /** A function-entry anchor. */
    public static Anchor entry(ObjRef code) {
        return new Anchor(Type.ENTRY, code, 0);
    }
}
