package org.hotpy.api;

import java.util.List;

/**
 * A run stopped by a limit of {@link ResourceLimits} or by {@link Interpreter#interrupt()}. Python
 * code never saw it: no {@code except} or {@code finally} ran, so nothing can swallow it. The
 * interpreter stays usable; objects the run changed keep the state they had when it stopped.
 *
 * <p>{@link #pythonType()} names the limit ({@code "StepLimitExceeded"}, {@code "TimeoutExceeded"},
 * {@code "Interrupted"}); these are not Python classes.
 */
public final class ResourceLimitException extends PythonException {
    private static final long serialVersionUID = 1L;

    /** Which limit stopped the run. */
    public enum Limit {
        /** {@link ResourceLimits#maxSteps()} was used up. */
        STEPS("StepLimitExceeded", "the script ran more than %s steps"),
        /** {@link ResourceLimits#timeout()} passed. */
        TIMEOUT("TimeoutExceeded", "the script ran longer than %s"),
        /** {@link Interpreter#interrupt()} (or a Java thread interrupt) stopped it. */
        INTERRUPTED("Interrupted", "the script was interrupted%s");

        private final String typeName;
        private final String message;

        Limit(String typeName, String message) {
            this.typeName = typeName;
            this.message = message;
        }
    }

    private final Limit limit;

    /** Made by the implementation; {@code detail} fills the message (the budget, the timeout, or ""). */
    public ResourceLimitException(Limit limit, String detail) {
        super(limit.typeName, String.format(limit.message, detail), List.of(), null, -1, -1,
                limit.typeName + ": " + String.format(limit.message, detail) + "\n", null, null);
        this.limit = limit;
    }

    public Limit limit() {
        return limit;
    }
}
