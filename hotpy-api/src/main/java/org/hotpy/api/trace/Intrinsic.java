package org.hotpy.api.trace;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Java method a pass lets the trace call ({@link Op#INTRINSIC}): the way a third party adds
 * behaviour the core has no op for. Parameter and return types map to kinds: {@code long} is
 * {@code INT64}, {@code double} {@code FLOAT64}, {@code boolean} {@code BOOL}, any reference type
 * {@code OBJECT} (the executor passes the core's Python objects), {@code void} no result.
 *
 * <p>Register intrinsics through {@link org.hotpy.api.pass.IntrinsicRegistry}; names are unique
 * and conventionally prefixed with the pass name ({@code my-pass.fast_hypot}).
 *
 * @param name      the unique name shown in the text form ({@code intrinsic[name]})
 * @param handle    the method to call
 * @param pure      no effects and a result that depends on the arguments alone (may be folded and shared)
 * @param canRaise  may throw a Python exception (the instruction then needs a snapshot)
 */
public record Intrinsic(String name, MethodHandle handle, boolean pure, boolean canRaise) implements Imm {

    public Intrinsic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(handle, "handle");
        if (pure && canRaise) {
            throw new IllegalArgumentException("intrinsic " + name + " cannot be both pure and raising");
        }
        MethodType t = handle.type();
        for (Class<?> p : t.parameterList()) {
            kindOf(p, name);
        }
        if (t.returnType() != void.class) {
            kindOf(t.returnType(), name);
        }
    }

    /** The operand kinds, from the handle's parameter types. */
    public List<Kind> argKinds() {
        List<Kind> kinds = new ArrayList<>();
        for (Class<?> p : handle.type().parameterList()) {
            kinds.add(kindOf(p, name));
        }
        return kinds;
    }

    /** The result kind, or {@code null} for a {@code void} handle. */
    public Kind resultKind() {
        Class<?> r = handle.type().returnType();
        return r == void.class ? null : kindOf(r, name);
    }

    private static Kind kindOf(Class<?> c, String name) {
        if (c == long.class) {
            return Kind.INT64;
        } else if (c == double.class) {
            return Kind.FLOAT64;
        } else if (c == boolean.class) {
            return Kind.BOOL;
        } else if (!c.isPrimitive()) {
            return Kind.OBJECT;
        }
        throw new IllegalArgumentException("intrinsic " + name + ": type " + c
                + " has no trace kind (use long, double, boolean or a reference type)");
    }

    @Override
    public String toString() {
        return "intrinsic " + name + " " + handle.type();
    }
}
