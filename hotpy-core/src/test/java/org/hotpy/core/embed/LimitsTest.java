package org.hotpy.core.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.hotpy.api.Interpreter;
import org.hotpy.api.Python;
import org.hotpy.api.PythonException;
import org.hotpy.api.ResourceLimitException;
import org.hotpy.api.ResourceLimitException.Limit;
import org.hotpy.api.ResourceLimits;
import org.hotpy.fixtures.Lambdas;
import org.junit.jupiter.api.Test;

/** Limits stop runs whatever the script does, and the interpreter stays usable. */
class LimitsTest {
    private static Interpreter limited(ResourceLimits limits) {
        return Python.builder().limits(limits).build();
    }

    private static Limit limitOf(Runnable r) {
        try {
            r.run();
        } catch (ResourceLimitException e) {
            return e.limit();
        }
        throw new AssertionError("no limit was hit");
    }

    @Test
    void stepLimitIsPerRun() {
        try (Interpreter py = limited(ResourceLimits.builder().maxSteps(50_000).build())) {
            assertThat(limitOf(() -> py.exec("while True:\n    pass"))).isEqualTo(Limit.STEPS);
            py.exec("def work():\n    t = 0\n    for i in range(30000):\n        t += i\n    return t");
            assertThat(py.call("work")).isEqualTo(449985000L);
            assertThat(py.call("work")).as("a second run has a fresh budget").isEqualTo(449985000L);
        }
    }

    @Test
    void timeout() {
        try (Interpreter py = limited(ResourceLimits.builder().timeout(Duration.ofMillis(200)).build())) {
            assertThat(limitOf(() -> py.exec("while True:\n    pass"))).isEqualTo(Limit.TIMEOUT);
            assertThat(limitOf(() -> py.exec("import time\ntime.sleep(30)"))).isEqualTo(Limit.TIMEOUT);
            assertThat(Thread.currentThread().isInterrupted()).as("the watchdog's interrupt is cleared").isFalse();
            assertThat(py.eval("1 + 1")).isEqualTo(2L);
        }
    }

    @Test
    void limitSkipsExceptAndFinally() {
        try (Interpreter py = limited(ResourceLimits.builder().maxSteps(10_000).build())) {
            py.exec("log = []");
            assertThat(limitOf(() -> py.exec(
                    "try:\n    while True:\n        pass\nexcept BaseException:\n    log.append('except')\n"
                    + "finally:\n    log.append('finally')"))).isEqualTo(Limit.STEPS);
            assertThat(py.eval("log")).asList().isEmpty();
        }
    }

    @Test
    void limitCrossesJavaCallbacks() {
        try (Interpreter py = limited(ResourceLimits.builder().maxSteps(10_000).build())) {
            py.exec("class Spin:\n    def run(self):\n        while True:\n            pass\n"
                    + "def outer(r):\n    try:\n        r.run()\n    except BaseException:\n        return 'swallowed'");
            Runnable spin = py.asInterface(py.eval("Spin()"), Runnable.class);
            assertThat(limitOf(() -> py.call("outer", spin))).isEqualTo(Limit.STEPS);
        }
    }

    @Test
    void interruptFromAnotherThread() throws Exception {
        try (Interpreter py = Python.create()) {
            CountDownLatch started = new CountDownLatch(1);
            py.set("started", Lambdas.runnable(started::countDown));
            CompletableFuture<Limit> run = CompletableFuture.supplyAsync(
                    () -> limitOf(() -> py.exec("started()\nwhile True:\n    pass")));
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
            py.interrupt();
            assertThat(run.get(30, TimeUnit.SECONDS)).isEqualTo(Limit.INTERRUPTED);
            assertThat(py.eval("'still usable'")).isEqualTo("still usable");
        }
    }

    @Test
    void interruptWhileIdleDoesNothing() {
        try (Interpreter py = Python.create()) {
            py.interrupt();
            assertThat(py.eval("sum(range(100000))")).isEqualTo(4999950000L);
        }
    }

    @Test
    void recursionLimitIsACap() {
        try (Interpreter py = limited(ResourceLimits.builder().maxRecursionDepth(100).build())) {
            py.exec("import sys\nsys.setrecursionlimit(50)\nlow = sys.getrecursionlimit()\n"
                    + "sys.setrecursionlimit(100000)\nhigh = sys.getrecursionlimit()");
            assertThat(py.get("low")).isEqualTo(50L);
            assertThat(py.get("high")).isEqualTo(100L);
            py.exec("def d(n):\n    return 0 if n == 0 else 1 + d(n - 1)");
            assertThat(py.call("d", 90)).isEqualTo(90L);
            assertThatThrownBy(() -> py.call("d", 200)).isInstanceOf(PythonException.class)
                    .hasMessageContaining("RecursionError");
        }
    }

    @Test
    void objectSizeCap() {
        try (Interpreter py = limited(ResourceLimits.builder().maxObjectSize(10_000).build())) {
            assertThat(py.eval("len('x' * 10000)")).isEqualTo(10000L);
            for (String big : new String[] {"'x' * 10001", "[0] * 10001", "list(range(20000))", "b'a' * 20000",
                "'ab' * 5000 + 'c'"}) {
                assertThatThrownBy(() -> py.eval(big)).as(big).isInstanceOf(PythonException.class)
                        .hasMessageStartingWith("MemoryError");
            }
        }
    }

    @Test
    void reprsAreCappedToo() {
        // escaping makes a repr up to ten times its text: repr(repr(...)) grew exponentially
        try (Interpreter py = limited(ResourceLimits.builder().maxObjectSize(10_000).build())) {
            assertThat(py.eval("len(repr('\\\\' * 4000))")).isEqualTo(8002L);
            for (String big : new String[] {"repr('\\\\' * 6000)", "ascii('\\u0100' * 2000)", "repr('x' * 9999)"}) {
                assertThatThrownBy(() -> py.eval(big)).as(big).isInstanceOf(PythonException.class)
                        .hasMessageStartingWith("MemoryError");
            }
        }
    }

    @Test
    void bigIntSizeCapIsCheckedBeforeComputing() {
        // ints count their bytes; BigInteger cannot be interrupted, so an over-cap power, product or
        // shift must fail before it is computed (x ** 1000003 here would run for minutes)
        try (Interpreter py = limited(ResourceLimits.builder().maxObjectSize(10_000).build())) {
            assertThat(py.eval("(3 ** 200) ** 100 > 0")).isEqualTo(true);
            assertThat(py.eval("((1 << 70000) * (1 << 9000)).bit_length()")).isEqualTo(79001L);
            for (String big : new String[] {"(3 ** 200) ** 1000003", "(1 << 60000) * (1 << 30000)", "1 << 90000",
                "(2 ** 100) << 80000"}) {
                assertThatThrownBy(() -> py.eval(big)).as(big).isInstanceOf(PythonException.class)
                        .hasMessageStartingWith("MemoryError");
            }
        }
    }

    @Test
    void watchdogKeepsNothingAfterRuns() {
        try (Interpreter py = limited(ResourceLimits.builder().timeout(Duration.ofSeconds(30)).build())) {
            for (int i = 0; i < 20; i++) {
                py.eval("1");
            }
        }
        assertThat(Watchdog.pending()).isZero();
    }
}
