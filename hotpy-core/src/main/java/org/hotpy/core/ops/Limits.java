package org.hotpy.core.ops;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.interp.InterpreterState;

/**
 * The size cap on a single object: builders of large strings, lists and tables check it before
 * allocating, so {@code 'x' * 10**10} raises MemoryError at once instead of exhausting the heap.
 */
public final class Limits {
    private Limits() {}

    /** Java arrays cannot be larger than this in any case. */
    public static final long HARD_MAX = Integer.MAX_VALUE - 16;

    public static void checkSize(long n) {
        long max = HARD_MAX;
        InterpreterState st = InterpreterState.currentOrNull();
        if (st != null) {
            max = Math.min(max, st.maxObjectSize());
        }
        if (n > max || n < 0) {
            throw Errors.memoryError("");
        }
    }
}
