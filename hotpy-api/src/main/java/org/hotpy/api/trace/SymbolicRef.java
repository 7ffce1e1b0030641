package org.hotpy.api.trace;

import java.util.Objects;

/**
 * An {@link ObjRef} that is nothing but a name: what {@link TraceText#parse} makes of {@code @name}
 * by default, and what tests use as stand-ins for runtime objects. Equal names are the same object.
 */
public record SymbolicRef(String refName) implements ObjRef {
    public SymbolicRef {
        Objects.requireNonNull(refName, "refName");
        if (refName.isEmpty()) {
            throw new IllegalArgumentException("a symbolic ref needs a non-empty name");
        }
    }

    /** The ref named {@code name}. */
    public static SymbolicRef of(String name) {
        return new SymbolicRef(name);
    }

    @Override
    public String toString() {
        return "@" + refName;
    }
}
