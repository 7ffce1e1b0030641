package org.hotpy.core.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.codecache.CodeCache;
import org.hotpy.core.compiler.Compiler;
import org.hotpy.core.errors.InternalErrors;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.interp.Bootstrap;
import org.hotpy.core.interp.ExecutionStopped;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.interp.RuntimeConfig;
import org.hotpy.core.interp.SyntaxErrors;
import org.hotpy.core.interp.Tracebacks;
import org.hotpy.core.lexer.SourceDecoder;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.modules.io.TextStream;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.parser.SyntaxErrorException;
import org.hotpy.core.types.exception.ExceptionTypes;
import org.hotpy.core.types.exception.PyBaseException;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;

/**
 * The {@code hotpy} command: runs a file, {@code -c} code, {@code -m} module, stdin, or the REPL,
 * with {@code python3}'s options, exit statuses and error output. The interpreter runs on a
 * thread with a large stack so deep Python recursion does not exhaust the Java stack first.
 */
public final class Main {
    private Main() {}

    /** Java stack for the interpreter thread: lets sys.setrecursionlimit(100000) run 50,000 deep. */
    private static final long STACK_BYTES = 1L << 30;

    public static void main(String[] args) {
        Runner runner = new Runner(args);
        Thread t = new Thread(null, runner, "main", STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.exit(runner.status);
    }

    /**
     * The interpreter thread's body. A class, not a lambda: the first lambda of a run sets up the
     * JDK's lambda machinery (~8 ms on JDK 17), which a program that links none can skip.
     */
    private static final class Runner implements Runnable {
        private final String[] args;
        private int status; // read after join(), which orders it after the thread's write

        Runner(String[] args) {
            this.args = args;
        }

        @Override
        public void run() {
            status = Main.run(args);
        }
    }

    /**
     * {@code -X compile=on|off} and {@code -X compile-threshold=N} (calls before tier 1 compiles a
     * function; 1 compiles everything at once, for testing) become the system properties the
     * per-function compiler reads when it is first used, which is after this. Returns an error
     * message for a malformed value, else null.
     */
    static String compileOptions(List<String> xoptions) {
        for (String x : xoptions) {
            if (x.startsWith("compile=")) {
                String v = x.substring("compile=".length());
                if (!v.equals("on") && !v.equals("off")) {
                    return "-X compile must be on or off, not '" + v + "'";
                }
                System.setProperty("hotpy.compile", v);
            } else if (x.startsWith("compile-threshold=")) {
                String v = x.substring("compile-threshold=".length());
                if (!v.matches("[1-9][0-9]{0,8}")) {
                    return "-X compile-threshold must be a positive number, not '" + v + "'";
                }
                System.setProperty("hotpy.compile.calls", v);
            }
        }
        return null;
    }

    /**
     * The compiled-code cache of this run: the folder the launcher names in {@code hotpy.codeCache}
     * (beside its build, so that a rebuild clears it, as it does the start-up archive), unless
     * {@code -X code-cache=off}. It is HotPy's own start-up cache, not a {@code .pyc} file beside
     * the source, so {@code -B} and {@code PYTHONDONTWRITEBYTECODE} (which are about those) leave
     * it alone. Returns an error message for a malformed option, else null.
     */
    static String codeCacheOption(List<String> xoptions, InterpreterState st) {
        boolean on = true;
        for (String x : xoptions) {
            if (x.startsWith("code-cache=")) {
                String v = x.substring("code-cache=".length());
                if (!v.equals("on") && !v.equals("off")) {
                    return "-X code-cache must be on or off, not '" + v + "'";
                }
                on = v.equals("on");
            }
        }
        String dir = System.getProperty("hotpy.codeCache");
        if (on && dir != null && !dir.isEmpty()) {
            st.imports().useCodeCache(CodeCache.at(Path.of(dir)));
        }
        return null;
    }

    static int run(String[] args) {
        Options opts;
        try {
            opts = Options.parse(args);
        } catch (Options.UsageError e) {
            System.err.println(e.getMessage());
            System.err.println("usage: hotpy [option] ... [-c cmd | -m mod | file | -] [arg] ...");
            System.err.println("Try `hotpy -h' for more information.");
            return 2;
        }
        if (opts.version) {
            System.out.println("Python 3.11.7 (HotPy 0.1.0)");
            return 0;
        }
        if (opts.help) {
            System.out.print(Options.HELP);
            return 0;
        }
        String bad = compileOptions(opts.xoptions);
        if (bad != null) {
            System.err.println("hotpy: " + bad);
            return 2;
        }
        org.hotpy.core.trace.TraceSettings traceSettings;
        try {
            traceSettings = org.hotpy.core.trace.TraceSettings.parseXOptions(opts.xoptions);
        } catch (RuntimeException e) {
            System.err.println("hotpy: " + e.getMessage());
            return 2;
        }
        // tier 2's passes are found and ordered while the interpreter starts (Tier2.Preparation)
        org.hotpy.core.trace.Tier2.Preparation passes = org.hotpy.core.trace.Tier2.prepare(traceSettings);
        Writer out = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), 1 << 16);
        Writer err = new AutoFlushWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8));
        Reader in = new InputStreamReader(System.in, StandardCharsets.UTF_8);
        if (System.console() != null) {
            out = new AutoFlushWriter(out);
        }
        List<String> path = new ArrayList<>();
        path.add(opts.script != null && !opts.script.equals("-") ? scriptDir(opts.script) : "");
        String extra = System.getenv("HOTPYPATH");
        if (extra != null && !extra.isEmpty()) {
            for (String p : extra.split(java.io.File.pathSeparator)) {
                if (!p.isEmpty()) {
                    path.add(p);
                }
            }
        }
        RuntimeConfig cfg = RuntimeConfig.commandLine(out, err, in, opts.argv(), path);
        InterpreterState st = Bootstrap.create(cfg);
        bad = codeCacheOption(opts.xoptions, st);
        if (bad != null) {
            System.err.println("hotpy: " + bad);
            return 2;
        }
        org.hotpy.core.trace.Tier2 tier2;
        try {
            tier2 = org.hotpy.core.trace.Tier2.install(st, traceSettings, passes);
        } catch (RuntimeException e) {
            System.err.println("hotpy: " + e.getMessage());
            return 2;
        }
        InterpreterState prev = st.enter();
        KeyboardInterrupts.install(st);
        try {
            return execute(st, opts);
        } finally {
            org.hotpy.core.modules.Shutdown.run(st);
            flush(st, out, err);
            if (tier2 != null && tier2.settings().stats()) {
                System.err.print(tier2.statisticsReport());
            }
            InterpreterState.restore(prev);
        }
    }

    private static String scriptDir(String script) {
        Path p = Path.of(script).toAbsolutePath().getParent();
        return p == null ? "" : p.toString();
    }

    private static int execute(InterpreterState st, Options opts) {
        try {
            if (opts.command != null) {
                runSource(st, opts.command, "<string>");
            } else if (opts.module != null) {
                runModule(st, opts.module);
            } else if (opts.script != null && !opts.script.equals("-")) {
                byte[] src;
                try {
                    src = Files.readAllBytes(Path.of(opts.script));
                } catch (NoSuchFileException e) {
                    System.err.println("hotpy: can't open file '" + Path.of(opts.script).toAbsolutePath()
                            + "': [Errno 2] No such file or directory");
                    return 2;
                } catch (IOException e) {
                    System.err.println("hotpy: can't open file '" + opts.script + "': " + e.getMessage());
                    return 2;
                }
                // As CPython 3.9+, the script's code (and __file__) carry its absolute path.
                String file = Path.of(opts.script).toAbsolutePath().normalize().toString();
                st.imports().runMain(file, null, st.imports().compileFile(src, file));
            } else if (opts.script == null && System.console() != null) {
                return new Repl(st).run();
            } else {
                byte[] src = System.in.readAllBytes();
                runBytes(st, src, "<stdin>");
            }
            return 0;
        } catch (PyException e) {
            return handleUncaught(st, e);
        } catch (ModuleNotRunnable e) {
            System.err.println("hotpy: " + e.getMessage());
            return 1;
        } catch (ExecutionStopped e) {
            return 130;
        } catch (IOException e) {
            System.err.println("hotpy: " + e.getMessage());
            return 1;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return handleUncaught(st, InternalErrors.toPython(e));
        }
    }

    private static void runBytes(InterpreterState st, byte[] src, String filename) {
        String text;
        try {
            text = SourceDecoder.decode(src, filename);
        } catch (SyntaxErrorException e) {
            throw SyntaxErrors.toPython(e);
        }
        runSource(st, text, filename);
    }

    private static void runSource(InterpreterState st, String text, String filename) {
        CodeObject code;
        try {
            code = Compiler.compile(text, filename, Compiler.Mode.EXEC);
        } catch (SyntaxErrorException e) {
            throw SyntaxErrors.toPython(e);
        }
        st.imports().runMain(filename, null, code);
    }

    private static void runModule(InterpreterState st, String module) {
        if (!st.imports().runModuleAsMain(module)) {
            throw new ModuleNotRunnable(module);
        }
    }

    /** {@code -m name} found no module: python3 reports it without a traceback. */
    static final class ModuleNotRunnable extends RuntimeException {
        ModuleNotRunnable(String name) {
            super("No module named " + name, null, false, false);
        }
    }

    /** Prints the traceback (or handles SystemExit) and returns the process exit status. */
    static int handleUncaught(InterpreterState st, PyException e) {
        PyBaseException exc = e.exception();
        if (exc.type().isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) {
            return exitStatus(st, exc);
        }
        flushStdout(st);
        report(st, exc);
        if (exc.type().isSubtypeOf(ExceptionTypes.KEYBOARD_INTERRUPT)) {
            return 130;
        }
        return 1;
    }

    /** Shows an uncaught exception: the traceback, or whatever a program's own {@code sys.excepthook} does. */
    private static void report(InterpreterState st, PyBaseException exc) {
        org.hotpy.core.modules.SysHooks.reportUncaught(st, exc, text -> writeStderr(st, text));
        flushStderr(st);
    }

    private static void flushStderr(InterpreterState st) {
        try {
            TextStream.callFlush(st.sysModule().get("stderr"));
        } catch (RuntimeException e) {
            // nothing more can be reported
        }
    }

    private static int exitStatus(InterpreterState st, PyBaseException exc) {
        PyObject code = org.hotpy.core.ops.Attr.getOrNull(exc, "code");
        if (code == null || code == PyNone.NONE) {
            return 0;
        }
        if (code instanceof PyInt i && !(code instanceof PyBool)) {
            return (int) i.value;
        }
        if (code instanceof PyBool b) {
            return b.isTrue() ? 1 : 0;
        }
        flushStdout(st);
        writeStderr(st, Protocols.str(code).value() + "\n");
        return 1;
    }

    private static void flushStdout(InterpreterState st) {
        try {
            PyObject out = st.sysModule().get("stdout");
            if (out != null && out != PyNone.NONE) {
                TextStream.callFlush(out);
            }
        } catch (RuntimeException e) {
            // a broken stdout must not hide the error report
        }
    }

    private static void writeStderr(InterpreterState st, String text) {
        try {
            PyObject errStream = st.sysModule().get("stderr");
            org.hotpy.core.ops.Call.callMethod(errStream, "write", org.hotpy.core.types.text.PyStr.of(text));
            org.hotpy.core.ops.Call.callMethod(errStream, "flush");
        } catch (RuntimeException e) {
            System.err.print(text);
            System.err.flush();
        }
    }

    private static void flush(InterpreterState st, Writer out, Writer err) {
        // As CPython's finalisation: sys.stdout then sys.stderr, and both again after the
        // modules are torn down (a program's own stream objects see flush() called twice).
        for (int round = 0; round < 2; round++) {
            flushStdout(st);
            flushStderr(st);
        }
        try {
            out.flush();
            err.flush();
        } catch (IOException e) {
            // nothing more can be reported
        }
    }
}
