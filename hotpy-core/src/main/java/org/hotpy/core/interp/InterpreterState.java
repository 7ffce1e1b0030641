package org.hotpy.core.interp;

import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.exception.PyBaseException;

/**
 * Everything one Python interpreter owns: its modules (and so its {@code sys} and
 * {@code builtins}), its standard streams, limits and configuration. Interpreters share no
 * mutable Python state; one thread runs an interpreter at a time, and the running interpreter
 * is reachable from Java code through {@link #current()}.
 *
 * <p>The per-thread execution state (current frame, recursion depth, the exception being
 * handled) lives here too, since an interpreter is used by one thread at a time.
 */
public final class InterpreterState {
    private static final ThreadLocal<InterpreterState> CURRENT = new ThreadLocal<>();

    private final RuntimeConfig config;
    private final PyDict modules = new PyDict();
    private PyModule builtinsModule;
    private PyModule sysModule;
    private final ImportSystem imports;

    // execution state of the thread currently running this interpreter
    Frame frame;
    int depth;
    int recursionLimit = 1000;
    PyBaseException handled;
    /**
     * While a generator runs: the exception its resumer was handling (CPython keeps a stack of
     * exception states and looks past a generator's empty one), seen when the generator handles none.
     */
    PyBaseException outerHandled;
    private int maxStrDigits = 4300;
    /** Tier 2 (trace recording and execution) of this interpreter, or null when it is off. */
    private org.hotpy.core.trace.Tier2 tier2;

    public InterpreterState(RuntimeConfig config) {
        this.config = config;
        this.imports = new ImportSystem(this);
    }

    /** A thread and the interpreter current on it when it last looked or changed it. */
    private record Current(Thread thread, InterpreterState state) {}

    private static final Current NO_CURRENT = new Current(null, null);

    /**
     * The answer to the last look-up, so that a thread asking again needs no ThreadLocal probe
     * (a builtin such as {@code sum()} asks once per item of a generator it advances; the probe
     * was 7% of such a loop). Only the thread itself changes its interpreter ({@link #enter},
     * {@link #restore}), and it refreshes this then; another thread at most overwrites it with its
     * own pair, which makes the next look-up here take the slow path. Immutable, so a racy read
     * sees a whole pair.
     */
    private static Current last = NO_CURRENT;

    /** This interpreter paired with the thread that last made it current: reused, not allocated per entry. */
    private Current pair;

    /** This interpreter paired with the calling thread (allocates only when another thread uses it). */
    private Current pairOnThisThread() {
        Thread t = Thread.currentThread();
        Current p = pair;
        if (p == null || p.thread != t) {
            p = pair = new Current(t, this);
        }
        return p;
    }

    /** The interpreter running on this thread; fails if none is. */
    public static InterpreterState current() {
        Current c = last;
        if (c.thread == Thread.currentThread()) {
            return c.state;
        }
        InterpreterState st = CURRENT.get();
        if (st == null) {
            throw new IllegalStateException("no HotPy interpreter is running on this thread");
        }
        last = st.pairOnThisThread();
        return st;
    }

    /** The interpreter running on this thread, or null. */
    public static InterpreterState currentOrNull() {
        Current c = last;
        return c.thread == Thread.currentThread() ? c.state : CURRENT.get();
    }

    /** Makes this interpreter current on the calling thread; returns the previous one (to restore). */
    public InterpreterState enter() {
        InterpreterState prev = CURRENT.get();
        CURRENT.set(this);
        last = pairOnThisThread();
        return prev;
    }

    /** Restores the interpreter that was current before {@link #enter()}. */
    public static void restore(InterpreterState prev) {
        if (prev == null) {
            CURRENT.remove();
            last = NO_CURRENT; // and holds no closed interpreter
        } else {
            CURRENT.set(prev);
            last = prev.pairOnThisThread();
        }
    }

    public RuntimeConfig config() {
        return config;
    }

    public PyDict modules() {
        return modules;
    }

    public PyModule builtinsModule() {
        return builtinsModule;
    }

    public PyDict builtins() {
        return builtinsModule.dict();
    }

    public void setBuiltinsModule(PyModule m) {
        this.builtinsModule = m;
    }

    public PyModule sysModule() {
        return sysModule;
    }

    public void setSysModule(PyModule m) {
        this.sysModule = m;
    }

    /** Tier 2 of this interpreter, or null when tracing is off. */
    public org.hotpy.core.trace.Tier2 tier2() {
        return tier2;
    }

    public void setTier2(org.hotpy.core.trace.Tier2 t) {
        this.tier2 = t;
    }

    public ImportSystem imports() {
        return imports;
    }

    /** The innermost Python frame executing, or null. */
    public Frame frame() {
        return frame;
    }

    /**
     * Makes {@code f} the running frame as a Python call does (recursion check, depth, back link):
     * for tier 2, which runs callee frames itself while recording and rebuilds inlined frames.
     */
    public void pushFrame(Frame f) {
        enterRecursive("");
        f.back = frame;
        frame = f;
    }

    /**
     * Counts one level towards the recursion limit: a Python frame ({@link #pushFrame}), or Java
     * recursion that runs no frame of its own, as CPython's {@code Py_EnterRecursiveCall(where)}
     * does for {@code repr()} and {@code str()}, so that a structure nested deeper than the limit
     * raises RecursionError instead of recursing on. {@code where} completes the message
     * (" while getting the repr of an object"; empty for a frame).
     */
    public void enterRecursive(String where) {
        if (depth >= recursionLimit) {
            throw org.hotpy.core.errors.Errors.recursionError("maximum recursion depth exceeded" + where);
        }
        depth++;
    }

    /** Undoes {@link #enterRecursive}. */
    public void leaveRecursive() {
        depth--;
    }

    /** Undoes {@link #pushFrame}. */
    public void popFrame(Frame f) {
        frame = f.back;
        leaveRecursive();
    }

    public int recursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int limit) {
        this.recursionLimit = limit;
    }

    public int depth() {
        return depth;
    }

    /**
     * The exception being handled ({@code sys.exc_info()[1]}, a bare {@code raise}, the
     * {@code __context__} of a new exception), or null: a generator's own, else its resumer's.
     */
    public PyBaseException handledException() {
        PyBaseException h = handled;
        return h != null ? h : outerHandled;
    }

    /** Sets the exception being handled at the top level (an embedding run's start and end). */
    public void setHandledException(PyBaseException e) {
        this.handled = e;
        this.outerHandled = null;
    }

    public long maxObjectSize() {
        return config.maxObjectSize();
    }

    public int maxStrDigits() {
        return maxStrDigits;
    }

    public void setMaxStrDigits(int n) {
        this.maxStrDigits = n;
    }

    private volatile boolean interruptRequested;
    private volatile boolean keyboardInterrupt;

    /** Ctrl-C on the command line: raise KeyboardInterrupt in the running script. */
    public void requestKeyboardInterrupt() {
        keyboardInterrupt = true;
    }
    private long stepBudget = Long.MAX_VALUE;
    private long deadlineNanos = Long.MAX_VALUE;

    /**
     * Back-edges and calls only decrement this countdown (so the JIT inlines the check into the
     * dispatch loop); the flags, the step budget and the clock are examined when it runs out,
     * every {@link #POLL_INTERVAL} ticks at most, or exactly at the tick a small budget ends.
     */
    private int pollCountdown = POLL_INTERVAL - 1;
    private int pollChunk = POLL_INTERVAL;
    private static final int POLL_INTERVAL = 1024;

    /** Asks the running script to stop at its next loop iteration or call (from any thread). */
    public void requestInterrupt() {
        interruptRequested = true;
    }

    /** Arms the step and time limits for one run (Long.MAX_VALUE: none). */
    public void armLimits(long steps, long deadline) {
        this.stepBudget = steps;
        this.deadlineNanos = deadline;
        this.interruptRequested = false;
        startChunk();
    }

    /** Called on loop back-edges and calls: enforces interruption, step and time limits. */
    public void checkInterrupt() {
        if (--pollCountdown < 0) {
            poll();
        }
    }

    private void poll() {
        stepBudget -= pollChunk;
        startChunk();
        if (keyboardInterrupt) {
            keyboardInterrupt = false;
            throw org.hotpy.core.errors.Errors.withArgs(
                    org.hotpy.core.types.exception.ExceptionTypes.KEYBOARD_INTERRUPT);
        }
        if (interruptRequested) {
            interruptRequested = false;
            throw new ExecutionStopped(ExecutionStopped.Reason.INTERRUPTED);
        }
        if (stepBudget < 0) {
            throw new ExecutionStopped(ExecutionStopped.Reason.STEP_LIMIT);
        }
        if (deadlineNanos != Long.MAX_VALUE && System.nanoTime() > deadlineNanos) {
            throw new ExecutionStopped(ExecutionStopped.Reason.TIMEOUT);
        }
    }

    // ---- embedding hooks (issue 5): the host policy and the JSR-223 global-name fallback ----
    private org.hotpy.core.sandbox.HostAccess hostAccess;
    private java.util.function.Function<String, PyObject> globalFallback;
    private Object embedding;

    /** The embedding layer's per-interpreter state ({@code org.hotpy.core.embed.Interop}); opaque here. */
    public Object embedding() {
        return embedding;
    }

    public void setEmbedding(Object e) {
        this.embedding = e;
    }

    /** What the host lets this interpreter reach; derived from the config unless an embedder set it. */
    public org.hotpy.core.sandbox.HostAccess hostAccess() {
        org.hotpy.core.sandbox.HostAccess h = hostAccess;
        if (h == null) {
            h = hostAccess = org.hotpy.core.sandbox.HostAccess.forConfig(config);
        }
        return h;
    }

    public void setHostAccess(org.hotpy.core.sandbox.HostAccess h) {
        this.hostAccess = h;
    }

    /** Sets what a global name found neither in globals nor builtins resolves to (null: NameError). */
    public void setGlobalFallback(java.util.function.Function<String, PyObject> f) {
        this.globalFallback = f;
    }

    /** The fallback's value for a name missing from globals and builtins, or null. */
    public PyObject globalFallback(String name) {
        java.util.function.Function<String, PyObject> f = globalFallback;
        return f == null ? null : f.apply(name);
    }

    /** {@link #checkInterrupt()} of the interpreter running on this thread, if any (Java-side loops). */
    public static void checkCurrentInterrupt() {
        InterpreterState st = currentOrNull();
        if (st != null) {
            st.checkInterrupt();
        }
    }

    /** The next chunk of ticks ends at the poll interval or one tick past the step budget. */
    private void startChunk() {
        pollChunk = stepBudget < 0 ? 1 : stepBudget >= POLL_INTERVAL ? POLL_INTERVAL : (int) stepBudget + 1;
        pollCountdown = pollChunk - 1;
    }

    /**
     * Sets {@code exc.__context__} to the exception being handled, as CPython does for every
     * exception raised inside an except or finally block, breaking any cycle this would create.
     */
    public void chainContext(PyBaseException exc) {
        PyBaseException h = handledException();
        if (h == null || h == exc) {
            return;
        }
        PyBaseException o = h;
        while (o != null) {
            PyBaseException next = o.context();
            if (next == exc) {
                o.setContext(null);
                break;
            }
            o = next;
        }
        exc.setContext(h);
    }

    /** {@code __name__} of the innermost frame's globals (for a new class's {@code __module__}). */
    public PyObject callerGlobalName() {
        Frame f = frame;
        return f == null ? null : f.globals.getStr("__name__");
    }
}
