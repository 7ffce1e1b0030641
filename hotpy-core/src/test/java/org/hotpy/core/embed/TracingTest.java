package org.hotpy.core.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.ref.WeakReference;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.hotpy.api.Interpreter;
import org.hotpy.api.Python;
import org.hotpy.api.ResourceLimitException;
import org.hotpy.api.ResourceLimits;
import org.hotpy.api.pass.PassContext;
import org.hotpy.api.pass.TracePass;
import org.hotpy.api.trace.Trace;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.trace.Tier2;
import org.hotpy.core.trace.TraceSettings;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trace settings of {@link Python.Builder} run tier 2 in embedded interpreters: the same
 * results as tier 1, the embedder's passes invoked, pass selection by name as {@code -X passes=},
 * a failing pass costing the embedder nothing, and a closed interpreter's traces released.
 */
class TracingTest {
    /** Loops over ints, floats, dicts, strings, an exception handler and big ints. */
    private static final String WORK = """
            def work(n):
                total = 0
                f = 0.0
                words = []
                counts = {}
                for i in range(n):
                    total += i * i % 7
                    if i % 3 == 0:
                        f += i / 4
                    elif i % 5 == 1:
                        total -= 1
                    k = i % 10
                    counts[k] = counts.get(k, 0) + 1
                    if i % 97 == 0:
                        words.append(str(i))
                j = 0
                while j < n:
                    try:
                        total += 10 // (j % 4)
                    except ZeroDivisionError:
                        total += 1
                    j += 1
                big = 1
                for i in range(80):
                    big = big * 3 + i
                return [total, f, '-'.join(words), sorted(counts.items())[:3], big % 1000003, big.bit_length()]
            """;
    /** {@code print(repr(work(3000)))} under python3 3.11, for the source above. */
    private static final String EXPECTED = "[19849, 374625.0, '0-97-194-291-388-485-582-679-776-873-970-1067-1164-"
            + "1261-1358-1455-1552-1649-1746-1843-1940-2037-2134-2231-2328-2425-2522-2619-2716-2813-2910', "
            + "[(0, 300), (1, 300), (2, 300)], 277502, 128]";

    private static Object runWork(Interpreter py) {
        py.exec(WORK);
        assertThat(py.eval("repr(work(3000))")).isEqualTo(EXPECTED);
        return String.valueOf(py.call("work", 3000)); // the Java view's text, while the interpreter is open
    }

    private static Tier2 tier2(Interpreter py) {
        return ((EmbeddedInterpreter) py).state().tier2();
    }

    /** Counts the traces it sees and leaves them unchanged. */
    static final class CountingPass implements TracePass {
        final AtomicInteger runs = new AtomicInteger();
        private final String name;

        CountingPass(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Trace run(Trace trace, PassContext context) {
            runs.incrementAndGet();
            return trace;
        }
    }

    /** Has a bug: throws on every trace (after counting it). */
    static final class ThrowingPass implements TracePass {
        final AtomicInteger runs = new AtomicInteger();

        @Override
        public String name() {
            return "throwing";
        }

        @Override
        public Trace run(Trace trace, PassContext context) {
            runs.incrementAndGet();
            throw new IllegalStateException("a bug in the pass");
        }
    }

    /** Has bugs everywhere a pass can: its applicability check throws, and so would its run. */
    static final class BrokenCheckPass implements TracePass {
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public String name() {
            return "broken-check";
        }

        @Override
        public java.util.Optional<String> notApplicable(Trace trace, PassContext context) {
            checks.incrementAndGet();
            throw new IllegalStateException("a bug in the check");
        }

        @Override
        public Trace run(Trace trace, PassContext context) {
            throw new AssertionError("never reached: the check threw");
        }
    }

    /** Found by {@code ServiceLoader}: listed in a services file that {@link #withServices} provides. */
    public static final class DiscoveredPass implements TracePass {
        static final AtomicInteger RUNS = new AtomicInteger();

        @Override
        public String name() {
            return "discovered";
        }

        @Override
        public Trace run(Trace trace, PassContext context) {
            RUNS.incrementAndGet();
            return trace;
        }
    }

    /** Needs {@link DiscoveredPass}: disabling that one must fail. */
    public static final class DependentPass implements TracePass {
        @Override
        public String name() {
            return "dependent";
        }

        @Override
        public Set<String> requires() {
            return Set.of("discovered");
        }

        @Override
        public Trace run(Trace trace, PassContext context) {
            return trace;
        }
    }

    /** Runs {@code body} with a context class loader whose {@code META-INF/services} lists {@code passes}. */
    private static <T> T withServices(Path dir, Supplier<T> body, Class<?>... passes) throws Exception {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        StringBuilder sb = new StringBuilder();
        for (Class<?> c : passes) {
            sb.append(c.getName()).append('\n');
        }
        Files.writeString(services.resolve(TracePass.class.getName()), sb);
        Thread t = Thread.currentThread();
        ClassLoader saved = t.getContextClassLoader();
        try (URLClassLoader cl = new URLClassLoader(new URL[] {dir.toUri().toURL()}, TracingTest.class.getClassLoader())) {
            t.setContextClassLoader(cl);
            return body.get();
        } finally {
            t.setContextClassLoader(saved);
        }
    }

    @Nested
    class Tiers {
        @Test
        void thresholdOneGivesTheResultsOfTierOne() {
            Object tier1;
            try (Interpreter py = Python.create()) {
                assertThat(tier2(py)).as("no trace setting: tier 1 only").isNull();
                tier1 = runWork(py);
            }
            CountingPass seen = new CountingPass("seen");
            try (Interpreter py = Python.builder().traceThreshold(1).addPass(seen).build()) {
                assertThat(tier2(py).settings().loopThreshold()).isEqualTo(1);
                assertThat(runWork(py)).isEqualTo(tier1);
            }
            assertThat(seen.runs).as("traces were recorded and optimised").hasPositiveValue();
        }

        @Test
        void thresholdIsTheCommandLinesTraceThreshold() {
            try (Interpreter py = Python.builder().traceThreshold(7).build()) {
                assertThat(tier2(py).settings()).isEqualTo(TraceSettings.parseXOptions(
                        List.of("trace=on", "trace-threshold=7", "passes=all", "trace-verify=off")));
            }
        }

        @Test
        void traceSelectiveIsTheCommandLinesDefaultMode() {
            try (Interpreter py = Python.builder().traceSelective().build()) {
                TraceSettings s = tier2(py).settings();
                assertThat(s).isEqualTo(TraceSettings.parseXOptions(List.of("trace=auto", "passes=all", "trace-verify=off")));
                assertThat(s.selective()).isTrue();
                py.exec("""
                        def scale(i, j):
                            return 1.0 / (i + j + 1)

                        def row(i, n):
                            acc = 0.0
                            for j in range(n):
                                acc += scale(i, j) * j
                            return acc
                        """);
                assertThat(py.eval("round(row(3, 20000), 6)")).isEqualTo(19965.409821); // python3
                assertThat(tier2(py).statisticsReport()).contains("1 loops found turning enough");
            }
        }

        @Test
        void traceSelectiveAndAThresholdExcludeEachOther() {
            assertThatThrownBy(() -> Python.builder().traceSelective().traceThreshold(5).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("a selective trace tier has no threshold");
        }

        @Test
        void choosingPassesAloneTracesAtTheDefaultThresholds() {
            try (Interpreter py = Python.builder().addPass(new CountingPass("seen")).build()) {
                TraceSettings s = tier2(py).settings();
                assertThat(s.enabled()).isTrue();
                assertThat(s.loopThreshold()).isEqualTo(TraceSettings.DEFAULT_LOOP_THRESHOLD);
                assertThat(s.verify()).as("an added pass is third-party code: verified").isTrue();
            }
        }

        @Test
        void limitsStopLoopsRunningAsTraces() {
            ResourceLimits steps = ResourceLimits.builder().maxSteps(200_000).build();
            try (Interpreter py = Python.builder().traceThreshold(1).limits(steps).build()) {
                assertThatThrownBy(() -> py.exec("i = 0\nwhile True:\n    i += 1"))
                        .isInstanceOf(ResourceLimitException.class);
                assertThat(py.eval("i > 1000")).as("the loop ran in a trace before the limit stopped it").isEqualTo(true);
                py.exec(WORK);
                assertThat(py.eval("repr(work(3000))")).as("usable after the limit").isEqualTo(EXPECTED);
            }
        }

        @Test
        void interpretersTraceInParallel() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Object>> results = pool.invokeAll(List.of(TracingTest::tracedWork, TracingTest::tracedWork));
                for (Future<Object> f : results) {
                    assertThat(f.get()).isEqualTo(results.get(0).get());
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    private static Object tracedWork() {
        try (Interpreter py = Python.builder().traceThreshold(1).build()) {
            return runWork(py);
        }
    }

    @Nested
    class Passes {
        @Test
        void addedPassIsInvokedAndOrderedWithTheOthers() {
            CountingPass added = new CountingPass("added");
            try (Interpreter py = Python.builder().traceThreshold(2).addPass(added).build()) {
                assertThat(tier2(py).optimizer().passes()).contains(added);
                runWork(py);
            }
            assertThat(added.runs).hasPositiveValue();
        }

        @Test
        void aThrowingPassCostsOnlyItsTraces() {
            ThrowingPass bad = new ThrowingPass();
            try (Interpreter py = Python.builder().traceThreshold(1).addPass(bad).build()) {
                runWork(py);
                assertThat(py.eval("sum(i * 2 for i in range(5000))")).isEqualTo(24995000L);
            }
            assertThat(bad.runs).as("the pass did run, and threw").hasPositiveValue();
        }

        @Test
        void aPassWhoseCheckThrowsCostsOnlyItsTraces() {
            BrokenCheckPass bad = new BrokenCheckPass();
            try (Interpreter py = Python.builder().traceThreshold(1).addPass(bad).build()) {
                runWork(py);
            }
            assertThat(bad.checks).hasPositiveValue();
        }

        @Test
        void passesAreFoundOnTheContextClassLoader(@TempDir Path dir) throws Exception {
            int before = DiscoveredPass.RUNS.get();
            withServices(dir, () -> {
                try (Interpreter py = Python.builder().traceThreshold(1).build()) {
                    assertThat(tier2(py).optimizer().passes()).extracting(TracePass::name).containsExactly("discovered");
                    return runWork(py);
                }
            }, DiscoveredPass.class);
            assertThat(DiscoveredPass.RUNS.get()).isGreaterThan(before);
        }

        @Test
        void disablePassesLeavesAnInstalledPassOut(@TempDir Path dir) throws Exception {
            CountingPass added = new CountingPass("added");
            int before = DiscoveredPass.RUNS.get();
            withServices(dir, () -> {
                try (Interpreter py = Python.builder().traceThreshold(1).addPass(added).disablePasses("discovered")
                        .build()) {
                    assertThat(tier2(py).optimizer().passes()).extracting(TracePass::name).containsExactly("added");
                    return runWork(py);
                }
            }, DiscoveredPass.class);
            assertThat(added.runs).hasPositiveValue();
            assertThat(DiscoveredPass.RUNS.get()).as("the disabled pass never ran").isEqualTo(before);
        }

        @Test
        void enablePassesNamesAnInstalledPass(@TempDir Path dir) throws Exception {
            withServices(dir, () -> {
                try (Interpreter py = Python.builder().enablePasses("discovered").build()) {
                    assertThat(tier2(py).optimizer().passes()).extracting(TracePass::name).containsExactly("discovered");
                    return null;
                }
            }, DiscoveredPass.class);
        }

        @Test
        void unknownPassNamesFailAtBuild(@TempDir Path dir) throws Exception {
            withServices(dir, () -> {
                assertThatThrownBy(() -> Python.builder().enablePasses("constant-foldng").build())
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("unknown pass 'constant-foldng' in enablePasses; installed: [discovered]");
                assertThatThrownBy(() -> Python.builder().disablePasses("nope").build())
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("unknown pass 'nope' in disablePasses; installed: [discovered]");
                return null;
            }, DiscoveredPass.class);
        }

        @Test
        void contradictoryOrImpossibleSelectionsFailAtBuild(@TempDir Path dir) throws Exception {
            withServices(dir, () -> {
                assertThatThrownBy(() -> Python.builder().enablePasses("discovered").disablePasses("discovered").build())
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("pass 'discovered' is both in enablePasses and in disablePasses");
                assertThatThrownBy(() -> Python.builder().disablePasses("discovered").build())
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessage("pass 'dependent' requires pass 'discovered', which the configuration disables");
                return null;
            }, DiscoveredPass.class, DependentPass.class);
        }
    }

    @Nested
    class Lifecycle {
        @Test
        void closingReleasesTheTraces() throws Exception {
            CountingPass seen = new CountingPass("seen");
            WeakReference<InterpreterState> state = tracedAndClosed(seen);
            assertThat(seen.runs).hasPositiveValue();
            for (int attempt = 0; attempt < 50 && state.get() != null; attempt++) {
                System.gc();
                Thread.sleep(20);
            }
            assertThat(state.get()).as("the closed interpreter's state, its tier 2 and traces").isNull();
        }

        private static WeakReference<InterpreterState> tracedAndClosed(TracePass pass) {
            Interpreter py = Python.builder().traceThreshold(1).addPass(pass).build();
            runWork(py);
            InterpreterState st = ((EmbeddedInterpreter) py).state();
            py.close();
            assertThat(st.tier2()).isNull();
            return new WeakReference<>(st);
        }
    }
}
