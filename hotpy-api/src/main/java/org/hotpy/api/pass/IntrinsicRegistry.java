package org.hotpy.api.pass;

import java.lang.invoke.MethodHandle;
import java.util.Collection;
import java.util.Optional;

import org.hotpy.api.trace.Intrinsic;

/**
 * Where passes register the Java methods their {@code intrinsic} instructions call. Registration is
 * idempotent (passes are stateless and register on every run): the first registration of a name
 * wins, and a later one must agree on the handle's type and the flags, or it is an error. The core keeps one registry per interpreter and hands it to the executor.
 */
public interface IntrinsicRegistry {
    /**
     * Register (or find) the intrinsic {@code name}.
     *
     * @throws IllegalStateException if {@code name} is bound to another handle type or other flags
     */
    Intrinsic register(String name, MethodHandle handle, boolean pure, boolean canRaise);

    /** The intrinsic named {@code name}, if registered. */
    Optional<Intrinsic> lookup(String name);

    /** Every registered intrinsic. */
    Collection<Intrinsic> all();

    /** A new, empty, thread-safe registry. */
    static IntrinsicRegistry create() {
        return new IntrinsicTable();
    }
}
