package org.hotpy.core.embed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.hotpy.api.PyHandle;
import org.hotpy.api.PythonException;
import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.MemoryReserve;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.interp.ExecutionStopped;
import org.hotpy.core.interp.Tracebacks;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.exception.ExceptionTypes;
import org.hotpy.core.types.exception.PyBaseException;
import org.hotpy.core.types.exception.PyTraceback;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/**
 * Exceptions crossing the boundary. Python → Java: a {@link PyException} becomes a
 * {@link PythonException} with type name, message, traceback and (for SyntaxError) position,
 * computed while the interpreter is still entered (str() of an exception may run Python code).
 * Java → Python: a Java exception thrown by a host method becomes the Python exception closest
 * in meaning, remembering the Java one as the API exception's cause; a {@code PythonException}
 * from a nested call becomes its original Python exception again, so {@code except} matches it.
 */
final class Exceptions {
    private Exceptions() {}

    static PythonException toApi(Interop in, PyException e) {
        PyBaseException exc = e.exception();
        PyType t = exc.type();
        String mod = t.moduleName();
        String type = mod.equals("builtins") || mod.equals("__main__") ? t.qualname() : mod + "." + t.qualname();
        String msg = safeStr(exc);
        List<PythonException.Frame> frames = new ArrayList<>();
        for (PyObject tb = exc.traceback(); tb instanceof PyTraceback entry; tb = entry.next) {
            frames.add(new PythonException.Frame(entry.frame.code.filename, entry.line, entry.frame.code.name));
        }
        String file = frames.isEmpty() ? null : frames.get(frames.size() - 1).fileName();
        int line = frames.isEmpty() ? -1 : frames.get(frames.size() - 1).line();
        int column = -1;
        if (t.isSubtypeOf(ExceptionTypes.SYNTAX_ERROR)) {
            file = exc.attr("filename") instanceof PyStr f ? f.value() : file;
            line = exc.attr("lineno") instanceof PyInt l ? (int) l.value : line;
            column = exc.attr("offset") instanceof PyInt o ? (int) o.value : 0;
            PyObject m = exc.attr("msg");
            msg = m instanceof PyStr s ? s.value() : msg;
        }
        String formatted;
        try {
            formatted = Tracebacks.format(exc);
        } catch (RuntimeException ex) {
            formatted = (msg.isEmpty() ? type : type + ": " + msg) + "\n";
        }
        Throwable cause = in.javaCause(exc);
        if (cause == null) {
            cause = e.getCause();
        }
        PyHandle handle = in.api() == null ? null : new Handle(in, exc);
        return new PythonException(type, msg, frames, file, line, column, formatted, handle, cause);
    }

    private static String safeStr(PyBaseException exc) {
        try {
            return Protocols.str(exc).value();
        } catch (PyException ex) {
            return "<exception str() failed>";
        }
    }

    /**
     * The Python exception for a Throwable that came out of Java code called from Python.
     * {@link ExecutionStopped} and other {@link Error}s a script must not handle are rethrown.
     */
    static PyException fromJava(Interop in, Throwable t) {
        while ((t instanceof InvocationTargetException || t instanceof UndeclaredThrowableException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof ExecutionStopped s) {
            throw s;
        }
        if (t instanceof PyException p) {
            return p;
        }
        if (t instanceof PythonException pe && pe.exception().orElse(null) instanceof Handle h
                && h.interop() == in && h.object() instanceof PyBaseException original) {
            return new PyException(original);
        }
        if (t instanceof StackOverflowError) {
            return Errors.recursionError("maximum recursion depth exceeded");
        }
        if (t instanceof OutOfMemoryError) {
            MemoryReserve.release();
            return Errors.memoryError("");
        }
        if (t instanceof Error err) {
            throw err; // a JVM failure (LinkageError, VirtualMachineError …) is not the script's to handle
        }
        PyException p = Errors.of(pythonType(t), "%s", message(t));
        in.rememberJavaCause(p.exception(), t);
        return p;
    }

    private static PyType pythonType(Throwable t) {
        if (t instanceof IndexOutOfBoundsException) {
            return ExceptionTypes.INDEX_ERROR;
        }
        if (t instanceof NoSuchElementException) {
            return ExceptionTypes.LOOKUP_ERROR;
        }
        if (t instanceof IllegalArgumentException) {
            return ExceptionTypes.VALUE_ERROR;
        }
        if (t instanceof ArithmeticException) {
            return String.valueOf(t.getMessage()).contains("by zero") ? ExceptionTypes.ZERO_DIVISION_ERROR
                    : ExceptionTypes.ARITHMETIC_ERROR;
        }
        if (t instanceof ClassCastException || t instanceof NullPointerException
                || t instanceof UnsupportedOperationException || t instanceof ArrayStoreException) {
            return ExceptionTypes.TYPE_ERROR;
        }
        if (t instanceof SecurityException) {
            return ExceptionTypes.PERMISSION_ERROR;
        }
        if (t instanceof IOException || t instanceof UncheckedIOException) {
            return ExceptionTypes.OS_ERROR;
        }
        return ExceptionTypes.RUNTIME_ERROR;
    }

    /** The Java message, prefixed by the Java class where the Python type alone would not say what happened. */
    private static String message(Throwable t) {
        String m = t.getMessage();
        if (pythonType(t) == ExceptionTypes.RUNTIME_ERROR || m == null) {
            return m == null ? t.getClass().getName() : t.getClass().getName() + ": " + m;
        }
        return m;
    }
}
