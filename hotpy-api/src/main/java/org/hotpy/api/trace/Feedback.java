package org.hotpy.api.trace;

import java.util.List;
import java.util.Objects;

/**
 * What the recorder saw when it recorded a generic instruction; passes specialise on it and guard
 * that it still holds. A trace follows one path, so feedback is what that path saw.
 *
 * <p>Text form: {@code <@int, @int>}, {@code <@Point; shape=@S1>}, {@code <@function; value=@f>}.
 *
 * @param types  the exact Python type of each operand, in operand order (empty if not recorded)
 * @param shape  for attribute access on an instance: the receiver's shape, else {@code null}
 * @param value  an object seen, else {@code null}: the callable of a call
 */
public record Feedback(List<ObjRef> types, ObjRef shape, ObjRef value) {
    /** Nothing recorded. */
    public static final Feedback NONE = new Feedback(List.of(), null, null);

    public Feedback {
        types = List.copyOf(types);
    }

    /** Feedback with operand types only. */
    public static Feedback types(ObjRef... types) {
        return new Feedback(List.of(types), null, null);
    }

    /** The type of operand {@code i}, or {@code null} if not recorded. */
    public ObjRef type(int i) {
        return i < types.size() ? types.get(i) : null;
    }

    /** This feedback with the shape set. */
    public Feedback withShape(ObjRef s) {
        return new Feedback(types, s, value);
    }

    /** This feedback with the seen value set. */
    public Feedback withValue(ObjRef v) {
        return new Feedback(types, shape, v);
    }

    /** Whether nothing was recorded. */
    public boolean isEmpty() {
        return types.isEmpty() && shape == null && value == null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Feedback f && types.equals(f.types) && Objects.equals(shape, f.shape)
                && Objects.equals(value, f.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(types, shape, value);
    }
}
