package org.hotpy.core.ops;

import java.util.IdentityHashMap;
import java.util.Map;

import org.hotpy.core.model.PyObject;

/**
 * Detects recursion in the reprs of containers ({@code [...]}, {@code {...}}) as CPython's
 * Py_ReprEnter does: per thread, the set of objects whose repr is being built.
 */
public final class ReprGuard {
    private ReprGuard() {}

    /** A subclass rather than {@code withInitial(IdentityHashMap::new)}: a repr then links no lambda. */
    private static final ThreadLocal<Map<PyObject, Boolean>> ACTIVE = new ThreadLocal<>() {
        @Override
        protected Map<PyObject, Boolean> initialValue() {
            return new IdentityHashMap<>();
        }
    };

    /** False when {@code o} is already being printed further up (the caller prints "..."). */
    public static boolean enter(PyObject o) {
        return ACTIVE.get().putIfAbsent(o, Boolean.TRUE) == null;
    }

    public static void exit(PyObject o) {
        ACTIVE.get().remove(o);
    }
}
