package org.hotpy.core.errors;

import org.hotpy.core.log.LazyLogger;
import org.slf4j.Logger;

/**
 * Maps a Java exception escaping from the runtime to the Python exception a user sees: memory
 * exhaustion to MemoryError, stack exhaustion to RecursionError, anything else (a bug in HotPy)
 * to SystemError, logged with its Java stack trace so the bug can be found.
 */
public final class InternalErrors {
    private InternalErrors() {}

    private static final Logger LOG = LazyLogger.of(InternalErrors.class);

    public static PyException toPython(Throwable t) {
        if (t instanceof PyException p) {
            return p;
        }
        if (t instanceof OutOfMemoryError) {
            MemoryReserve.release();
            return Errors.memoryError("");
        }
        if (t instanceof StackOverflowError) {
            return Errors.recursionError("maximum recursion depth exceeded");
        }
        LOG.warn("internal error in the HotPy runtime", t);
        return new PyException(Errors.systemError("internal error: %s", t.toString()).exception(), t);
    }
}
