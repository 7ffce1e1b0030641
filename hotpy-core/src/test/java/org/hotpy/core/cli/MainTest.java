package org.hotpy.core.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a user meets it: {@code org.hotpy.core.cli.Main} in a child JVM (its
 * streams are the process's own), compared with what {@code python3} does for the same
 * arguments: output, {@code sys.argv}, exit statuses, tracebacks, SyntaxError reports, usage
 * errors and Ctrl-C.
 */
class MainTest {
    @TempDir
    Path dir;

    record Result(int status, String out, String err) {}

    static Result hotpy(Path cwd, String stdin, String... args) throws Exception {
        return hotpyWithJvmOptions(List.of(), cwd, stdin, args);
    }

    static Result hotpyWithJvmOptions(List<String> jvmOptions, Path cwd, String stdin, String... args)
            throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.hotpy.core.cli.Main"));
        cmd.addAll(List.of(args));
        return exec(cmd, cwd, stdin);
    }

    static Result python3(Path cwd, String stdin, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("python3"));
        cmd.addAll(List.of(args));
        try {
            return exec(cmd, cwd, stdin);
        } catch (IOException e) {
            assumeTrue(false, "python3 is not available: " + e.getMessage());
            return null;
        }
    }

    private static Result exec(List<String> cmd, Path cwd, String stdin) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        Process p = pb.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        try (var in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("process ended: %s", cmd).isTrue();
        return new Result(p.exitValue(), out.get(), err.get());
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    /** Same stdout and exit status as python3. */
    private void sameAsPython(String stdin, String... args) throws Exception {
        Result py = python3(dir, stdin, args);
        Result hp = hotpy(dir, stdin, args);
        assertThat(hp.out()).as("stdout; stderr was:%n%s", hp.err()).isEqualTo(py.out());
        assertThat(hp.status()).as("exit status; stderr was:%n%s", hp.err()).isEqualTo(py.status());
    }

    @Nested
    class Programs {
        @Test
        void commandAndItsArgv() throws Exception {
            sameAsPython(null, "-c", "import sys; print(sys.argv)", "a", "-b", "--c");
        }

        @Test
        void scriptAndItsArgv() throws Exception {
            write("prog.py", "import sys\nprint(sys.argv, __name__)\n");
            sameAsPython(null, "prog.py", "x", "y");
        }

        @Test
        void programFromStdin() throws Exception {
            sameAsPython("import sys\nprint(sys.argv, 6 * 7)\n", "-", "arg");
            sameAsPython("print('piped')\n");
        }

        @Test
        void moduleAsMain() throws Exception {
            write("tool.py", "import sys\nprint(__name__, sys.argv[1:])\n");
            sameAsPython(null, "-m", "tool", "p", "q");
        }

        @Test
        void siblingImports() throws Exception {
            Files.createDirectories(dir.resolve("sub"));
            write("sub/helper.py", "VALUE = 41\n");
            write("sub/main.py", "import helper\nprint(helper.VALUE + 1)\n");
            sameAsPython(null, "sub/main.py");
        }
    }

    @Nested
    class ExitStatus {
        @Test
        void systemExitCodes() throws Exception {
            sameAsPython(null, "-c", "raise SystemExit(3)");
            sameAsPython(null, "-c", "import sys; sys.exit(None)");
        }

        @Test
        void systemExitWithAMessagePrintsItOnStderr() throws Exception {
            Result r = hotpy(dir, null, "-c", "import sys; sys.exit('fatal error')");
            assertThat(r.status()).isEqualTo(1);
            assertThat(r.err()).isEqualTo(python3(dir, null, "-c", "import sys; sys.exit('fatal error')").err());
        }

        @Test
        void uncaughtExceptionPrintsATracebackAndExitsWithOne() throws Exception {
            write("boom.py", "def f():\n    raise ValueError('bad value')\n\nf()\n");
            Result r = hotpy(dir, null, "boom.py");
            Result py = python3(dir, null, "boom.py");
            assertThat(r.status()).isEqualTo(1).isEqualTo(py.status());
            assertThat(r.err()).startsWith("Traceback (most recent call last):\n")
                    .contains("line 4, in <module>\n    f()\n", "line 2, in f\n    raise ValueError('bad value')\n")
                    .endsWith("ValueError: bad value\n");
        }

        @Test
        void syntaxErrorShowsTheLineAndACaret() throws Exception {
            write("bad.py", "x = 1\nif x\n    pass\n");
            Result r = hotpy(dir, null, "bad.py");
            Result py = python3(dir, null, "bad.py");
            assertThat(r.status()).isEqualTo(1).isEqualTo(py.status());
            String expected = py.err().substring(py.err().indexOf(", line"));
            assertThat(r.err()).endsWith(expected);
        }

        @Test
        void missingScriptIsStatusTwo() throws Exception {
            Result r = hotpy(dir, null, "no_such_file.py");
            assertThat(r.status()).isEqualTo(2).isEqualTo(python3(dir, null, "no_such_file.py").status());
            assertThat(r.err()).contains("can't open file", "no_such_file.py", "[Errno 2] No such file or directory");
        }

        @Test
        void unknownOptionIsAUsageError() throws Exception {
            Result r = hotpy(dir, null, "-Z");
            assertThat(r.status()).isEqualTo(2).isEqualTo(python3(dir, null, "-Z").status());
            assertThat(r.err()).contains("usage:");
        }

        @Test
        void unknownPassIsStatusTwoBeforeTheProgramRuns() throws Exception {
            // tier 2 chooses its passes on a thread of its own while the interpreter starts
            // (Tier2.prepare); what that throws still ends the run before the program's first line
            Result r = hotpy(dir, null, "-X", "trace=on", "-X", "passes=no-such-pass", "-c", "print('ran')");
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).contains("unknown pass 'no-such-pass'");
            assertThat(r.out()).doesNotContain("ran");
        }

        @Test
        void missingModuleIsStatusOne() throws Exception {
            Result r = hotpy(dir, null, "-m", "no_such_module");
            assertThat(r.status()).isEqualTo(1).isEqualTo(python3(dir, null, "-m", "no_such_module").status());
            assertThat(r.err()).contains("No module named no_such_module");
        }

        @Test
        void versionAndHelp() throws Exception {
            assertThat(hotpy(dir, null, "-V").out()).startsWith("Python 3.11");
            Result help = hotpy(dir, null, "-h");
            assertThat(help.status()).isZero();
            assertThat(help.out()).contains("usage:");
        }
    }

    @Nested
    class AtExit {
        /** CPython flushes sys.stdout at exit whatever object it is, twice (before and after the modules go). */
        @Test
        void aReplacedStdoutIsFlushed() throws Exception {
            write("wrap.py", """
                    import sys
                    class Upper:
                        def __init__(self, real):
                            self.real = real
                        def write(self, s):
                            return self.real.write(s.upper())
                        def flush(self):
                            self.real.write("flush called\\n")
                            self.real.flush()
                    sys.stdout = Upper(sys.stdout)
                    print("hello")
                    """);
            Result py = python3(dir, null, "wrap.py");
            Result hp = hotpy(dir, null, "wrap.py");
            assertThat(hp.out()).isEqualTo("HELLO\nflush called\nflush called\n").isEqualTo(py.out());
            assertThat(hp.status()).isZero().isEqualTo(py.status());
        }

        /** The standard streams take instance attributes; print and the exit flush use them. */
        @Test
        void aStreamsOwnMethodsAreUsed() throws Exception {
            write("own.py", """
                    import sys
                    real_write = sys.stdout.write
                    sys.stdout.write = lambda s: real_write(s.upper())
                    print("hello", "world")
                    del sys.stdout.write
                    print("back", sorted(vars(sys.stdout).keys() - {"mode"}))
                    sys.stdout.flush = lambda: sys.stderr.write("flushed\\n")
                    """);
            Result py = python3(dir, null, "own.py");
            Result hp = hotpy(dir, null, "own.py");
            assertThat(hp.out()).isEqualTo("HELLO WORLD\nback []\n").isEqualTo(py.out());
            assertThat(hp.err()).startsWith("flushed\nflushed\n");
            assertThat(py.err()).startsWith(hp.err());
            assertThat(hp.status()).isZero().isEqualTo(py.status());
        }

        @Test
        void aClosedOrRemovedStdoutIsNoError() throws Exception {
            sameAsPython(null, "-c", "import sys; print('x'); sys.stdout.close()");
            sameAsPython(null, "-c", "import sys; print('x', end=''); sys.stdout = None");
            assertThat(hotpy(dir, null, "-c", "import sys; sys.stdout.close()").err()).isEmpty();
        }

        @Test
        void unflushedOutputIsWrittenAtExit() throws Exception {
            sameAsPython(null, "-c", "import sys; sys.stdout.write('no newline'); sys.stderr.write('err')");
        }

        /** Loggers are lazy: slf4j looks for its provider only when something is logged. */
        @Test
        void aTrivialProgramStartsNoLogging() throws Exception {
            Result r = hotpyWithJvmOptions(List.of("-verbose:class"), dir, null, "-c", "pass");
            assertThat(r.status()).isZero();
            assertThat(r.out()).contains("org.hotpy.core.cli.Main").doesNotContain("org.slf4j.nop.NOPServiceProvider");
        }
    }

    @Nested
    class Interrupts {
        @Test
        void ctrlCRaisesKeyboardInterruptAndExitsWith130() throws Exception {
            assumeTrue(Files.isExecutable(Path.of("/bin/kill")) || Files.isExecutable(Path.of("/usr/bin/kill")),
                    "no kill command to send SIGINT");
            // started in the background by a non-interactive shell, this JVM ignores SIGINT, and so
            // does the child it starts: like CPython, hotpy then leaves Ctrl-C ignored
            assumeFalse(sigintIgnored(), "SIGINT is ignored in this process and its children");
            List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), "org.hotpy.core.cli.Main", "-c",
                    "import sys\nprint('ready', flush=True)\ntry:\n    while True:\n        pass\n"
                            + "finally:\n    print('finally ran', flush=True)\n");
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).start();
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("ready");
            new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(out.readLine()).isEqualTo("finally ran");
            assertThat(p.exitValue()).isEqualTo(130);
            assertThat(err.get()).startsWith("Traceback (most recent call last):").endsWith("KeyboardInterrupt\n");
        }

        /** Whether SIGINT (signal 2) is in this process's ignored set, as Linux reports it. */
        private static boolean sigintIgnored() throws IOException {
            Path status = Path.of("/proc/self/status");
            if (!Files.isReadable(status)) {
                return false;
            }
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("SigIgn:")) {
                    return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & (1L << 1)) != 0;
                }
            }
            return false;
        }
    }
}
