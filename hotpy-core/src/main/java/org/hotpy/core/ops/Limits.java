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

    /**
     * Sizes up to this need no look-up of the interpreter's cap: the embedding API refuses a cap
     * below 1024 ({@code ResourceLimits.Builder.maxObjectSize}). Most checks are of small
     * objects (a tuple concatenation, a list growing), and the look-up is a thread-local read.
     */
    static final long ALWAYS_ALLOWED = 1024;

    public static void checkSize(long n) {
        if (n >= 0 && n <= ALWAYS_ALLOWED) {
            return;
        }
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
