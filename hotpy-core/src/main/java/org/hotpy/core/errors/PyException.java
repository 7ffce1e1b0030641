package org.hotpy.core.errors;

import org.hotpy.core.model.PyType;
import org.hotpy.core.types.exception.PyBaseException;

/**
 * The one Java exception that carries a raised Python exception through Java frames.
 *
 * <p>Created without a Java stack trace ({@code writableStackTrace=false}): filling one in costs
 * microseconds and Python code raises and catches exceptions in loops. A new carrier is made for
 * every raise; the Python-visible state (traceback, context, cause) lives on the exception
 * object, never on the carrier.
 */
public final class PyException extends RuntimeException {
    private final PyBaseException exception;

    public PyException(PyBaseException exception) {
        super(null, null, false, false);
        this.exception = exception;
    }

    /** A carrier that keeps a Java cause for the log (internal errors mapped to SystemError). */
    public PyException(PyBaseException exception, Throwable javaCause) {
        super(null, javaCause, false, false);
        this.exception = exception;
    }

    /** A carrier for a bare {@code raise}/RERAISE: the traceback already has this frame. */
    public static PyException reraise(PyBaseException exception) {
        PyException e = new PyException(exception);
        e.reraise = true;
        return e;
    }

    private boolean reraise;

    public boolean isReraise() {
        return reraise;
    }

    public PyBaseException exception() {
        return exception;
    }

    public PyType type() {
        return exception.type();
    }

    /** Whether the exception is an instance of {@code type} (including subclasses). */
    public boolean matches(PyType type) {
        return exception.type().isSubtypeOf(type);
    }

    /** "TypeName: message", computed only when someone asks (logs, debuggers). */
    @Override
    public String getMessage() {
        return exception.describe();
    }
}
