package org.hotpy.core.embed;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;

import org.hotpy.api.PythonException;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.interp.ExecutionStopped;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.sandbox.HostAccess;
import org.hotpy.core.types.exception.PyBaseException;

/**
 * The embedding state of one interpreter: its host access, the gate Java callers pass through
 * (null for interpreters not built by the API, such as the CLI's, which run on their own thread),
 * and the Java exceptions behind Python exceptions raised by host methods (kept weakly, for
 * {@link PythonException#getCause()}).
 */
final class Interop {
    private final InterpreterState st;
    private final Gate gate;
    private final Map<PyBaseException, Throwable> javaCauses = new WeakHashMap<>();
    private EmbeddedInterpreter api;
    private ClassLoader classLoader = Interop.class.getClassLoader();

    private Interop(InterpreterState st, Gate gate) {
        this.st = st;
        this.gate = gate;
    }

    /** Creates and attaches the embedding state of an interpreter built by the API. */
    static Interop attach(InterpreterState st, Gate gate) {
        Interop i = new Interop(st, gate);
        st.setEmbedding(i);
        return i;
    }

    /** The embedding state of {@code st}, created on first use for interpreters the API did not build. */
    static Interop of(InterpreterState st) {
        Object e = st.embedding();
        if (e instanceof Interop i) {
            return i;
        }
        Interop i = new Interop(st, null);
        st.setEmbedding(i);
        return i;
    }

    /** The embedding state of the interpreter running on this thread. */
    static Interop current() {
        return of(InterpreterState.current());
    }

    InterpreterState state() {
        return st;
    }

    HostAccess access() {
        return st.hostAccess();
    }

    /** The API object, or null for an interpreter the API did not build. */
    EmbeddedInterpreter api() {
        return api;
    }

    void setApi(EmbeddedInterpreter api) {
        this.api = api;
    }

    /**
     * Runs {@code body} in this interpreter from Java: through the gate when there is one (lock,
     * limits, error conversion), else by making the interpreter current for the call.
     */
    <T> T call(Supplier<T> body) {
        if (gate != null) {
            return gate.call(body);
        }
        InterpreterState prev = st.enter();
        try {
            return body.get();
        } catch (PyException e) {
            throw Exceptions.toApi(this, e);
        } finally {
            InterpreterState.restore(prev);
        }
    }

    /** Whether code runs under this interpreter's lock on the calling thread (or needs none). */
    boolean isEntered() {
        return gate == null ? InterpreterState.currentOrNull() == st : gate.isHeldByCurrentThread();
    }

    /** Where Python's Java imports load classes from (the creating thread's context loader, for the API). */
    ClassLoader classLoader() {
        return classLoader;
    }

    void setClassLoader(ClassLoader loader) {
        if (loader != null) {
            this.classLoader = loader;
        }
    }

    void rememberJavaCause(PyBaseException exc, Throwable t) {
        synchronized (javaCauses) {
            javaCauses.put(exc, t);
        }
    }

    Throwable javaCause(PyBaseException exc) {
        synchronized (javaCauses) {
            return javaCauses.get(exc);
        }
    }

    /** Fails when the interpreter has been closed (handles and views outlive it). */
    void checkOpen() {
        if (gate != null && gate.isClosed()) {
            throw new IllegalStateException("the HotPy interpreter is closed");
        }
    }

    /** Rethrows an {@link ExecutionStopped} untouched; used where Java code catches Throwable. */
    static void rethrowIfStopped(Throwable t) {
        if (t instanceof ExecutionStopped s) {
            throw s;
        }
    }
}
