package org.hotpy.core.trace;

import java.util.Map;
import java.util.WeakHashMap;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.types.function.PyFunction;

/**
 * Versions of Python functions, as CPython's {@code func_version}: what a call of a function does
 * depends on its {@code __code__} and {@code __defaults__} (its globals and closure are fixed), so
 * a version names one pair of them. The pair is compared by identity: assigning either attribute
 * stores a new object. Kept beside the functions (weakly) rather than in them, so tier 1 pays
 * nothing.
 */
final class FunctionVersions {
    /** What a version stands for. */
    record Entry(long version, CodeObject code, PyObject[] defaults) {
        /** Whether {@code f} still has the code and defaults of this version. */
        boolean matches(PyFunction f) {
            return f.code == code && f.defaults == defaults;
        }
    }

    private final Map<PyFunction, Entry> entries = new WeakHashMap<>();
    private long next = 1;

    /** The current version of {@code f} (a new one when its code or defaults changed). */
    synchronized Entry current(PyFunction f) {
        Entry e = entries.get(f);
        if (e == null || !e.matches(f)) {
            e = new Entry(next++, f.code, f.defaults);
            entries.put(f, e);
        }
        return e;
    }

    /** The entry version {@code v} of {@code f} stands for, or null if that is no longer its current version. */
    synchronized Entry lookup(PyFunction f, long v) {
        Entry e = current(f);
        return e.version() == v ? e : null;
    }
}
