package org.hotpy.api;

import java.util.List;
import java.util.Optional;

/**
 * A Python exception that reached Java: its type name ({@code "ZeroDivisionError"}, or
 * {@code "mymodule.MyError"} for a class outside builtins and {@code __main__}, as a traceback
 * names it), its message, and its traceback, innermost frame last as Python prints it. For a
 * {@code SyntaxError} the file, line and column are those of the error; otherwise they are the
 * innermost frame's (column -1).
 *
 * <p>When Python code let a Java exception thrown by a host method escape, that Java exception is
 * the {@linkplain #getCause() cause}.
 */
public class PythonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** One traceback entry: where a Python function was when the exception passed through it. */
    public record Frame(String fileName, int line, String function) {
        @Override
        public String toString() {
            return "File \"" + fileName + "\", line " + line + ", in " + function;
        }
    }

    private final String pythonType;
    private final String pythonMessage;
    private final transient List<Frame> traceback;
    private final String fileName;
    private final int lineNumber;
    private final int columnNumber;
    private final String formatted;
    private final transient PyHandle exception;

    /**
     * Made by the implementation. {@code formatted} is the report Python would print (traceback and
     * message); {@code exception} is a handle on the exception object, or null.
     */
    public PythonException(String pythonType, String pythonMessage, List<Frame> traceback, String fileName,
                           int lineNumber, int columnNumber, String formatted, PyHandle exception, Throwable cause) {
        super(pythonMessage.isEmpty() ? pythonType : pythonType + ": " + pythonMessage, cause);
        this.pythonType = pythonType;
        this.pythonMessage = pythonMessage;
        this.traceback = List.copyOf(traceback);
        this.fileName = fileName;
        this.lineNumber = lineNumber;
        this.columnNumber = columnNumber;
        this.formatted = formatted;
        this.exception = exception;
    }

    /** The Python exception's type as a traceback names it ({@code "KeyError"}). */
    public String pythonType() {
        return pythonType;
    }

    /** {@code str(exception)}. */
    public String pythonMessage() {
        return pythonMessage;
    }

    /** The traceback, outermost call first (as Python prints it); empty if the error came before any code ran. */
    public List<Frame> traceback() {
        return traceback;
    }

    /** The file of a SyntaxError, else of the innermost frame; null when unknown. */
    public String fileName() {
        return fileName;
    }

    /** The line of a SyntaxError, else of the innermost frame; -1 when unknown. */
    public int lineNumber() {
        return lineNumber;
    }

    /** The column (1-based) of a SyntaxError; -1 otherwise. */
    public int columnNumber() {
        return columnNumber;
    }

    /** Whether this is a {@code SyntaxError} (or {@code IndentationError}, {@code TabError}). */
    public boolean isSyntaxError() {
        return columnNumber >= 0;
    }

    /** The report Python prints for this exception: "Traceback (most recent call last):" … "Type: message". */
    public String formattedTraceback() {
        return formatted;
    }

    /** The Python exception object (to read attributes such as {@code args}), while its interpreter is open. */
    public Optional<PyHandle> exception() {
        return Optional.ofNullable(exception);
    }
}
