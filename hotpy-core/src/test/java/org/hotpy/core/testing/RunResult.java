package org.hotpy.core.testing;

import org.hotpy.core.interp.ExecutionStopped;

/**
 * What running a Python program in-process produced.
 *
 * @param outcome    how the run ended
 * @param stdout     what the program wrote to {@code sys.stdout}
 * @param stderr     what it wrote to {@code sys.stderr}, plus the traceback of an uncaught exception
 * @param exitStatus the status {@code python3} would exit with (0, 1, SystemExit's code, 130)
 * @param pyType     the name of the uncaught Python exception's type, or null
 * @param stop       why a limit stopped the run, or null
 * @param internal   the Java throwable behind an internal error, or null
 */
public record RunResult(Outcome outcome, String stdout, String stderr, int exitStatus, String pyType,
                        ExecutionStopped.Reason stop, Throwable internal) {

    /** The ways a run can end. Only the first four are acceptable for any input. */
    public enum Outcome {
        /** The program ran to its end. */
        COMPLETED,
        /** An uncaught Python exception (SyntaxError included) other than SystemExit. */
        PY_EXCEPTION,
        /** {@code SystemExit} / {@code sys.exit()}. */
        SYSTEM_EXIT,
        /** The step or time limit stopped it. */
        LIMIT,
        /** A Java throwable escaped, or an internal error surfaced as SystemError: a HotPy bug. */
        INTERNAL_ERROR,
        /** The run did not end within the join timeout, even after an interrupt request. */
        HANG
    }

    public boolean acceptable() {
        return outcome != Outcome.INTERNAL_ERROR && outcome != Outcome.HANG;
    }

    /** A one-line description for failure messages. */
    public String describe() {
        return switch (outcome) {
            case PY_EXCEPTION -> "uncaught " + pyType;
            case SYSTEM_EXIT -> "SystemExit(" + exitStatus + ")";
            case LIMIT -> "stopped: " + stop;
            case INTERNAL_ERROR -> "internal error: " + internal;
            case HANG -> "hang: " + (internal == null ? "" : internal.getMessage());
            case COMPLETED -> "completed";
        };
    }
}
