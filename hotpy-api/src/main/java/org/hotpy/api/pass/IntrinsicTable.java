package org.hotpy.api.pass;

import java.lang.invoke.MethodHandle;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.hotpy.api.trace.Intrinsic;

/** The standard {@link IntrinsicRegistry}: a concurrent map from name to intrinsic. */
final class IntrinsicTable implements IntrinsicRegistry {
    private final ConcurrentHashMap<String, Intrinsic> byName = new ConcurrentHashMap<>();

    @Override
    public Intrinsic register(String name, MethodHandle handle, boolean pure, boolean canRaise) {
        Intrinsic fresh = new Intrinsic(name, handle, pure, canRaise);
        Intrinsic existing = byName.putIfAbsent(name, fresh);
        if (existing == null) {
            return fresh;
        }
        // Method handles have no useful equality, so the first registration wins and a later one
        // must agree on type and flags (passes are expected to keep their handle in a constant).
        if (!existing.handle().type().equals(handle.type()) || existing.pure() != pure
                || existing.canRaise() != canRaise) {
            throw new IllegalStateException("intrinsic " + name + " is already registered as " + existing
                    + " (pure=" + existing.pure() + ", canRaise=" + existing.canRaise() + ")");
        }
        return existing;
    }

    @Override
    public Optional<Intrinsic> lookup(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    @Override
    public Collection<Intrinsic> all() {
        return List.copyOf(byName.values());
    }
}
