package org.hotpy.core.embed;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.hotpy.api.PythonException;
import org.hotpy.api.ResourceLimitException;
import org.hotpy.api.ResourceLimits;
import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.MemoryReserve;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.interp.ExecutionStopped;
import org.hotpy.core.interp.InterpreterState;

/**
 * The one way Java enters an interpreter built by the API. A reentrant lock lets one thread in
 * at a time (CPython's GIL, never released while Python code runs). The outermost entry of a
 * thread is a <em>run</em>: it arms the step budget and deadline, schedules the timeout, and on
 * the way out turns what escaped into API exceptions, disarms the limits and flushes the
 * streams. Entries nested inside a run (a host method calling back into Python) share its limits.
 *
 * <p>A limit hit travels as {@link ExecutionStopped}, an {@link Error} the interpreter loop never
 * catches, so neither {@code except:} nor {@code finally} in the script runs; only the run's
 * outermost entry turns it into a {@link ResourceLimitException}.
 */
final class Gate {
    private final ReentrantLock lock = new ReentrantLock();
    private final InterpreterState st;
    private final long maxSteps;
    private final long timeoutNanos;
    private final Runnable onRunEnd;
    private Interop interop;
    private volatile boolean closed;
    private Runnable pendingCleanup;

    // the current run; guarded by this object's monitor
    private Thread runner;
    private long runId;
    private long deadline;
    private boolean userInterrupt;
    private boolean threadInterrupted;

    Gate(InterpreterState st, ResourceLimits limits, Runnable onRunEnd) {
        this.st = st;
        this.maxSteps = limits.maxSteps().orElse(Long.MAX_VALUE);
        this.timeoutNanos = limits.timeout().map(d -> d.toNanos()).orElse(0L);
        this.onRunEnd = onRunEnd;
    }

    void setInterop(Interop interop) {
        this.interop = interop;
    }

    <T> T call(Supplier<T> body) {
        checkNotClosed();
        lock.lock();
        try {
            checkNotClosed();
            return lock.getHoldCount() == 1 ? run(body) : nested(body);
        } finally {
            lock.unlock();
        }
    }

    private <T> T nested(Supplier<T> body) {
        InterpreterState prev = st.enter();
        try {
            return body.get();
        } catch (PyException e) {
            throw Exceptions.toApi(interop, e);
        } finally {
            InterpreterState.restore(prev);
        }
    }

    private <T> T run(Supplier<T> body) {
        long id = begin();
        ScheduledFuture<?> alarm = timeoutNanos == 0 ? null
                : Watchdog.schedule(() -> expire(id), timeoutNanos, TimeUnit.NANOSECONDS);
        InterpreterState prev = st.enter();
        try {
            return body.get();
        } catch (ExecutionStopped e) {
            throw limitHit(e);
        } catch (PyException e) {
            throw Exceptions.toApi(interop, e);
        } catch (StackOverflowError e) {
            throw Exceptions.toApi(interop, Errors.recursionError("maximum recursion depth exceeded"));
        } catch (OutOfMemoryError e) {
            MemoryReserve.release();
            throw Exceptions.toApi(interop, Errors.memoryError(""));
        } finally {
            if (alarm != null) {
                alarm.cancel(false);
            }
            end();
            InterpreterState.restore(prev);
            onRunEnd.run();
            if (closed && pendingCleanup != null) {
                Runnable c = pendingCleanup;
                pendingCleanup = null;
                c.run();
            }
        }
    }

    private long begin() {
        MemoryReserve.replenish(); // used up by an earlier run's MemoryError
        long d = timeoutNanos == 0 ? Long.MAX_VALUE : System.nanoTime() + timeoutNanos;
        // arm before publishing the run, so an interrupt() that sees the run is not cleared by arming
        st.armLimits(maxSteps, d);
        st.setHandledException(null);
        synchronized (this) {
            runner = Thread.currentThread();
            deadline = d;
            userInterrupt = false;
            threadInterrupted = false;
            return ++runId;
        }
    }

    private void end() {
        st.armLimits(Long.MAX_VALUE, Long.MAX_VALUE);
        st.setHandledException(null);
        synchronized (this) {
            runner = null;
            if (threadInterrupted) {
                Thread.interrupted(); // clear the interrupt the watchdog delivered, and only that one
                threadInterrupted = false;
            }
        }
    }

    private PythonException limitHit(ExecutionStopped e) {
        boolean user;
        boolean late;
        synchronized (this) {
            user = userInterrupt;
            late = deadline != Long.MAX_VALUE && System.nanoTime() - deadline >= 0;
        }
        return switch (e.reason()) {
            case STEP_LIMIT -> new ResourceLimitException(ResourceLimitException.Limit.STEPS, Long.toString(maxSteps));
            case TIMEOUT -> timeout();
            case INTERRUPTED -> !user && late ? timeout()
                    : new ResourceLimitException(ResourceLimitException.Limit.INTERRUPTED, "");
            case MEMORY -> Exceptions.toApi(interop, Errors.memoryError("the script ran out of memory"));
        };
    }

    private ResourceLimitException timeout() {
        return new ResourceLimitException(ResourceLimitException.Limit.TIMEOUT,
                TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms");
    }

    /** The deadline passed: flag the run, and wake it if it is blocked. */
    private void expire(long id) {
        synchronized (this) {
            if (runner == null || runId != id) {
                return;
            }
        }
        st.requestInterrupt();
        Watchdog.schedule(() -> wake(id), Watchdog.GRACE_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Interrupts the run's thread if the run {@code id} has still not stopped (it sleeps or blocks). */
    private void wake(long id) {
        synchronized (this) {
            if (runner != null && runId == id) {
                threadInterrupted = true;
                runner.interrupt();
            }
        }
    }

    /** Stops the current run, if any, at its next step. */
    void interrupt() {
        long id;
        synchronized (this) {
            if (runner == null) {
                return;
            }
            userInterrupt = true;
            id = runId;
        }
        st.requestInterrupt();
        Watchdog.schedule(() -> wake(id), Watchdog.GRACE_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Closes: stops the current run and runs {@code cleanup} once nothing runs. Called from a
     * host method inside a run, the cleanup waits for that run to end.
     */
    void close(Runnable cleanup) {
        if (closed) {
            return;
        }
        closed = true;
        interrupt();
        if (lock.isHeldByCurrentThread()) {
            pendingCleanup = cleanup;
            return;
        }
        lock.lock();
        try {
            cleanup.run();
        } finally {
            lock.unlock();
        }
    }

    boolean isClosed() {
        return closed;
    }

    boolean isHeldByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }

    private void checkNotClosed() {
        if (closed) {
            throw new IllegalStateException("the HotPy interpreter is closed");
        }
    }
}
