package org.hotpy.core.testing;

import java.io.StringReader;
import java.util.List;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.compiler.Compiler;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.interp.Bootstrap;
import org.hotpy.core.interp.ExecutionStopped;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.interp.RuntimeConfig;
import org.hotpy.core.interp.SyntaxErrors;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.ops.Attr;
import org.hotpy.core.ops.Call;
import org.hotpy.core.parser.SyntaxErrorException;
import org.hotpy.core.types.exception.ExceptionTypes;
import org.hotpy.core.types.exception.PyBaseException;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/**
 * Runs Python source in-process the way {@code hotpy prog.py} does (a fresh interpreter, the
 * program as {@code __main__}, an uncaught exception's traceback on stderr), but with the
 * streams captured in memory, stdin given as a string, and optional step and time limits.
 *
 * <p>{@link #run} works on the calling thread; {@link #runIsolated} on a fresh thread with its
 * own stack size and a join timeout, so a hang (in the compiler, or in a Java operation the
 * step limit cannot interrupt) is reported instead of blocking the test run.
 */
public final class PythonRun {
    private PythonRun() {}

    /** Where the run currently is; tells a compiler hang from a runtime hang. */
    public enum Phase { STARTING, COMPILING, RUNNING, DONE }

    /**
     * How to run.
     *
     * @param filename      the program's file name ({@code __file__}, tracebacks)
     * @param argv          {@code sys.argv}
     * @param searchPath    folders put first on {@code sys.path} (the program's own folder)
     * @param stdin         everything {@code sys.stdin} will read
     * @param steps         the step budget (loop back-edges and calls), Long.MAX_VALUE for none
     * @param timeoutMillis wall time before the run is stopped, 0 for none
     * @param maxObjectSize the largest object a script may build (elements or chars)
     * @param outputLimit   characters of stdout and of stderr kept
     * @param trusted       full host access, as on the command line; false runs under the default-deny
     *                      policy (no files, no os), for generated code that must not touch the disk
     */
    public record Options(String filename, List<String> argv, List<String> searchPath, String stdin, long steps,
                          long timeoutMillis, long maxObjectSize, int outputLimit, boolean trusted) {

        /** No limits, empty stdin, 16 M characters of output. */
        public static Options of(String filename, List<String> searchPath) {
            return new Options(filename, List.of(filename), searchPath, "", Long.MAX_VALUE, 0,
                    Integer.MAX_VALUE - 16L, 16 << 20, true);
        }

        public Options withLimits(long steps, long timeoutMillis) {
            return new Options(filename, argv, searchPath, stdin, steps, timeoutMillis, maxObjectSize, outputLimit, trusted);
        }

        public Options withMaxObjectSize(long max) {
            return new Options(filename, argv, searchPath, stdin, steps, timeoutMillis, max, outputLimit, trusted);
        }

        public Options withOutputLimit(int chars) {
            return new Options(filename, argv, searchPath, stdin, steps, timeoutMillis, maxObjectSize, chars, trusted);
        }

        /** The same run under the default-deny host policy: files and the os module are refused. */
        public Options untrusted() {
            return new Options(filename, argv, searchPath, stdin, steps, timeoutMillis, maxObjectSize, outputLimit, false);
        }

        public Options withStdin(String text) {
            return new Options(filename, argv, searchPath, text, steps, timeoutMillis, maxObjectSize, outputLimit, trusted);
        }
    }

    /** One run, observable from another thread while it executes. */
    public static final class Execution implements Runnable {
        private final String source;
        private final Options opts;
        private volatile Phase phase = Phase.STARTING;
        private volatile InterpreterState state;
        private volatile RunResult result;

        public Execution(String source, Options opts) {
            this.source = source;
            this.opts = opts;
        }

        public Phase phase() {
            return phase;
        }

        public RunResult result() {
            return result;
        }

        /** Asks the running program to stop at its next back-edge or call. */
        public void interrupt() {
            InterpreterState st = state;
            if (st != null) {
                st.requestInterrupt();
            }
        }

        @Override
        public void run() {
            BoundedWriter out = new BoundedWriter(opts.outputLimit());
            BoundedWriter err = new BoundedWriter(opts.outputLimit());
            try {
                result = execute(out, err);
            } catch (Throwable t) { // the point of the harness: any escaping throwable is classified
                result = new RunResult(RunResult.Outcome.INTERNAL_ERROR, out.toString(), err.toString(), 1, null,
                        null, t);
            } finally {
                phase = Phase.DONE;
            }
        }

        private RunResult execute(BoundedWriter out, BoundedWriter err) {
            RuntimeConfig cfg = new RuntimeConfig(out, err, new StringReader(opts.stdin()), opts.argv(),
                    opts.searchPath(), opts.trusted(), null, opts.maxObjectSize());
            InterpreterState st = Bootstrap.create(cfg);
            InterpreterState prev = st.enter();
            try {
                long deadline = opts.timeoutMillis() > 0 ? System.nanoTime() + opts.timeoutMillis() * 1_000_000L
                        : Long.MAX_VALUE;
                st.armLimits(opts.steps(), deadline);
                state = st;
                Throwable end = runMain(st);
                st.armLimits(Long.MAX_VALUE, Long.MAX_VALUE); // flushing and tracebacks run unbounded
                org.hotpy.core.modules.Shutdown.run(st); // atexit callbacks, as the command line runs them
                return classify(st, out, err, end);
            } finally {
                flushStdout(st);
                InterpreterState.restore(prev);
            }
        }

        /** Runs the program; returns what stopped it abnormally, or null when it completed. */
        private Throwable runMain(InterpreterState st) {
            try {
                CodeObject code;
                phase = Phase.COMPILING;
                try {
                    code = Compiler.compile(source, opts.filename(), Compiler.Mode.EXEC);
                } catch (SyntaxErrorException e) {
                    throw SyntaxErrors.toPython(e);
                }
                phase = Phase.RUNNING;
                st.imports().runMain(opts.filename(), null, code);
                return null;
            } catch (PyException | ExecutionStopped e) {
                return e;
            }
        }
    }

    /** Runs on the calling thread (whose stack must be deep enough for the program). */
    public static RunResult run(String source, Options opts) {
        Execution ex = new Execution(source, opts);
        ex.run();
        return ex.result();
    }

    /**
     * Runs on a new thread with {@code stackBytes} of stack. When the run has a time limit and
     * is still alive half a second after it (or, without one, after {@code hangMillis}), it is
     * interrupted both ways an embedder can: {@link InterpreterState#requestInterrupt()} (seen
     * at the next back-edge or call) and {@link Thread#interrupt()} (which ends a
     * {@code time.sleep}). A run still alive {@code hangMillis} after that is reported as
     * {@link RunResult.Outcome#HANG}, with the phase it was in and the thread's stack.
     */
    public static RunResult runIsolated(String source, Options opts, long stackBytes, long hangMillis) {
        Execution ex = new Execution(source, opts);
        Thread t = new Thread(null, ex, "python-run", stackBytes);
        t.setDaemon(true); // a hung run must not keep the JVM alive
        t.start();
        try {
            t.join(opts.timeoutMillis() > 0 ? opts.timeoutMillis() + 500 : hangMillis);
            if (t.isAlive()) {
                Phase p = ex.phase();
                ex.interrupt();
                t.interrupt();
                t.join(hangMillis);
                if (t.isAlive()) {
                    AssertionError where = new AssertionError("no end " + hangMillis + " ms after an interrupt, in phase "
                            + ex.phase() + " (" + p + " when interrupted)");
                    where.setStackTrace(t.getStackTrace());
                    return new RunResult(RunResult.Outcome.HANG, "", "", -1, null, null, where);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a Python run", e);
        }
        return ex.result();
    }

    private static RunResult classify(InterpreterState st, BoundedWriter out, BoundedWriter err, Throwable end) {
        if (end == null) {
            flushStdout(st);
            return new RunResult(RunResult.Outcome.COMPLETED, out.toString(), err.toString(), 0, null, null, null);
        }
        if (end instanceof ExecutionStopped s) {
            flushStdout(st);
            return new RunResult(RunResult.Outcome.LIMIT, out.toString(), err.toString(), 1, null, s.reason(), null);
        }
        PyException pe = (PyException) end;
        PyBaseException exc = pe.exception();
        String type = exc.type().name();
        if (exc.type().isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) {
            int status = exitStatus(st, exc);
            flushStdout(st);
            return new RunResult(RunResult.Outcome.SYSTEM_EXIT, out.toString(), err.toString(), status, type, null,
                    null);
        }
        flushStdout(st);
        try {
            org.hotpy.core.modules.SysHooks.reportUncaught(st, exc, text -> writeStderr(st, err, text));
        } catch (ExecutionStopped s) {
            // a replaced sys.excepthook ran into the limit (a mutant's hook that never returns)
            flushStdout(st);
            return new RunResult(RunResult.Outcome.LIMIT, out.toString(), err.toString(), 1, type, s.reason(), null);
        }
        if (pe.getCause() != null) {
            return new RunResult(RunResult.Outcome.INTERNAL_ERROR, out.toString(), err.toString(), 1, type, null,
                    pe.getCause());
        }
        int status = exc.type().isSubtypeOf(ExceptionTypes.KEYBOARD_INTERRUPT) ? 130 : 1;
        return new RunResult(RunResult.Outcome.PY_EXCEPTION, out.toString(), err.toString(), status, type, null, null);
    }

    /** SystemExit's code as python3 turns it into an exit status (a non-int is printed, status 1). */
    private static int exitStatus(InterpreterState st, PyBaseException exc) {
        PyObject code = Attr.getOrNull(exc, "code");
        if (code == null || code == PyNone.NONE) {
            return 0;
        }
        if (code instanceof PyBool b) {
            return b.isTrue() ? 1 : 0;
        }
        if (code instanceof PyInt i) {
            return (int) i.value;
        }
        writeStderr(st, null, org.hotpy.core.ops.Protocols.str(code).value() + "\n");
        return 1;
    }

    private static void flushStdout(InterpreterState st) {
        try {
            PyObject out = st.sysModule().get("stdout");
            if (out != null && out != PyNone.NONE) {
                Call.callMethod(out, "flush");
            }
        } catch (RuntimeException e) {
            // a program that broke sys.stdout still gets its outcome reported
        }
    }

    private static void writeStderr(InterpreterState st, BoundedWriter fallback, String text) {
        try {
            PyObject err = st.sysModule().get("stderr");
            Call.callMethod(err, "write", PyStr.of(text));
            Call.callMethod(err, "flush");
        } catch (RuntimeException e) {
            if (fallback != null) {
                fallback.write(text, 0, text.length());
            }
        }
    }
}
