package org.hotpy.core.interp;

/**
 * Stops a running script because a resource limit was hit or the embedder interrupted it. An
 * {@link Error}, not a Python exception: neither {@code except:} nor {@code finally} in the
 * script can intercept it, and the interpreter loop lets it pass through every frame.
 */
public final class ExecutionStopped extends Error {
    /** Why execution stopped. */
    public enum Reason { INTERRUPTED, STEP_LIMIT, TIMEOUT, MEMORY }

    private final Reason reason;

    public ExecutionStopped(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
