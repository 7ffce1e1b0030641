package org.hotpy.core.interp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.hotpy.core.errors.PyException;
import org.hotpy.core.testing.PythonRun;
import org.hotpy.core.testing.RunResult;
import org.hotpy.core.testing.TestInterpreter;
import org.hotpy.core.types.function.PyBuiltinFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The interpreter loop's contract at its edges: Java stack exhaustion becomes RecursionError, any
 * other Java exception a SystemError that keeps its cause, and a step limit, a deadline or an
 * interrupt from another thread stop a script in a way Python code cannot intercept.
 */
class InterpreterTest {
    private TestInterpreter py;

    @BeforeEach
    void start() {
        py = new TestInterpreter();
    }

    @AfterEach
    void stop() {
        py.close();
    }

    @Nested
    class JavaErrors {
        @Test
        void javaStackExhaustionBecomesRecursionError() throws Exception {
            AtomicReference<String> seen = new AtomicReference<>();
            Thread t = new Thread(null, () -> {
                try (TestInterpreter small = new TestInterpreter()) {
                    small.exec("import sys\nsys.setrecursionlimit(10 ** 6)\n"
                            + "def down(n):\n    return down(n + 1)\n"
                            + "try:\n    down(0)\nexcept RecursionError as e:\n    result = str(e)\n");
                    seen.set(small.get("result").toString());
                } catch (Throwable e) {
                    seen.set("escaped: " + e);
                }
            }, "small-stack", 512 * 1024);
            t.start();
            t.join();
            assertThat(seen.get()).isEqualTo("maximum recursion depth exceeded");
        }

        @Test
        void otherJavaExceptionsBecomeSystemErrorWithTheirCause() {
            IllegalStateException bug = new IllegalStateException("simulated bug");
            py.globals().putStr("buggy", PyBuiltinFunction.of("buggy", "", a -> {
                throw bug;
            }));
            py.exec("try:\n    buggy()\nexcept SystemError as e:\n    caught = str(e)\n");
            assertThat(py.get("caught").toString()).startsWith("internal error: java.lang.IllegalStateException");
            assertThatThrownBy(() -> py.exec("buggy()")).isInstanceOfSatisfying(PyException.class, e -> {
                assertThat(e.type().name()).isEqualTo("SystemError");
                assertThat(e.getCause()).isSameAs(bug);
            });
        }

        @Test
        void theRecursionLimitIsEnforcedBeforeTheJavaStack() {
            py.exec("def down(n):\n    return down(n + 1)\n");
            assertThat(py.raises("down(0)")).isEqualTo("RecursionError");
            assertThat(py.state().depth()).isZero();
            assertThat(py.repr("(lambda: 5)()")).isEqualTo("5");
        }
    }

    @Nested
    class Limits {
        private RunResult run(String src, long steps, long millis) {
            return PythonRun.run(src, PythonRun.Options.of("limits.py", List.of()).withLimits(steps, millis));
        }

        @Test
        void theStepLimitStopsAnInfiniteLoop() {
            RunResult r = run("print('start')\nwhile True:\n    pass\n", 10_000, 0);
            assertThat(r.outcome()).isEqualTo(RunResult.Outcome.LIMIT);
            assertThat(r.stop()).isEqualTo(ExecutionStopped.Reason.STEP_LIMIT);
            assertThat(r.stdout()).isEqualTo("start\n");
        }

        @Test
        void theDeadlineStopsAnInfiniteLoop() {
            RunResult r = run("while True:\n    pass\n", Long.MAX_VALUE, 200);
            assertThat(r.outcome()).isEqualTo(RunResult.Outcome.LIMIT);
            assertThat(r.stop()).isEqualTo(ExecutionStopped.Reason.TIMEOUT);
        }

        @Test
        void pythonHandlersCannotCatchTheStop() {
            RunResult r = run("""
                    try:
                        while True:
                            pass
                    except BaseException:
                        print('caught')
                    """, 10_000, 0);
            assertThat(r.outcome()).isEqualTo(RunResult.Outcome.LIMIT);
            assertThat(r.stdout()).isEmpty();
        }

        @Test
        void anotherThreadCanInterruptARun() throws Exception {
            PythonRun.Execution ex = new PythonRun.Execution("while True:\n    pass\n",
                    PythonRun.Options.of("spin.py", List.of()));
            Thread t = new Thread(ex);
            t.start();
            while (ex.phase() != PythonRun.Phase.RUNNING) {
                Thread.onSpinWait();
            }
            ex.interrupt();
            t.join(30_000);
            assertThat(t.isAlive()).isFalse();
            assertThat(ex.result().stop()).isEqualTo(ExecutionStopped.Reason.INTERRUPTED);
        }

        @Test
        void recursionCountsAgainstTheStepLimit() {
            RunResult r = run("import sys\nsys.setrecursionlimit(100000)\n"
                    + "def f(n):\n    return f(n + 1) if n < 50000 else n\nprint(f(0))\n", 1_000, 0);
            assertThat(r.outcome()).isEqualTo(RunResult.Outcome.LIMIT);
        }
    }
}
