package org.hotpy.core.errors;

/**
 * Heap set aside so that running out of memory can still be reported as a Python MemoryError.
 * Building the MemoryError, its traceback and the embedding API's exception allocates, and when
 * the failed allocation was a small one the heap has nothing left for them: the conversion then
 * fails with a second OutOfMemoryError that escapes the interpreter (CPython keeps preallocated
 * MemoryError instances for the same reason). The reserve is dropped at the first conversion and
 * set aside again when an embedded run or a program starts.
 */
public final class MemoryReserve {
    private MemoryReserve() {}

    private static final int BYTES = 1 << 20;

    private static volatile byte[] reserve = new byte[BYTES];

    /** Gives the reserve back to the heap; the next allocation that fails collects it first. */
    public static void release() {
        reserve = null;
    }

    /**
     * Sets the reserve aside again if it was released and the heap has ample room for it now. While
     * the heap is still nearly full (the script that ran out keeps its data), taking the last free
     * megabyte back would leave the next run less than the reserve gives: the embedding test of an
     * interpreter that goes on after its MemoryError failed one run in three that way.
     */
    public static void replenish() {
        if (reserve == null && headroom() > 8L * BYTES) {
            try {
                reserve = new byte[BYTES];
            } catch (OutOfMemoryError e) {
                // still full: try again at the next start
            }
        }
    }

    /** Heap not in use (garbage counts as used until collected, which errs on the safe side). */
    private static long headroom() {
        Runtime r = Runtime.getRuntime();
        return r.maxMemory() - (r.totalMemory() - r.freeMemory());
    }
}
