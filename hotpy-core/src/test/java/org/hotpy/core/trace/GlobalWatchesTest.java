package org.hotpy.core.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hotpy.api.HostPolicy;
import org.hotpy.api.Interpreter;
import org.hotpy.api.Python;
import org.hotpy.api.pass.TracePass;
import org.hotpy.core.trace.TracedPrograms.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Global loads cached behind per-name watches ({@code guard_global_binding}): a trace that reads
 * global {@code f} survives stores to other globals, and every way of rebinding {@code f} (or a
 * builtin) is seen at once. The program {@code src/test/python/tier2/globals_rebound.py} rebinds
 * mid-loop in each way Python allows; its expected output comes from python3.
 */
class GlobalWatchesTest {
    private static final List<TracePass> PASSES = List.of(new GlobalWatchTestPass());
    private static final Path PROGRAM = Path.of("src/test/python/tier2/globals_rebound.py").toAbsolutePath();

    private static boolean guardsABinding(CompiledTrace t) {
        for (int ip = 0; ip < t.insns.length; ip += XOp.STRIDE) {
            if (t.insns[ip] == XOp.GUARD_GLOBAL_BINDING) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest(name = "threshold={0} jit={1}")
    @CsvSource({"1,false", "1,true", "53,false", "53,true"})
    void theReboundProgramGivesCPythonsOutput(int threshold, boolean jit) throws IOException {
        String src = Files.readString(PROGRAM);
        String expected = Files.readString(Path.of(PROGRAM.toString().replace(".py", ".out")));
        Run r = TracedPrograms.run(PROGRAM, TraceSettings.builder().threshold(threshold).jit(jit).build(), src, PASSES);
        assertThat(r.out()).isEqualTo(expected);
        assertThat(r.tier2().stats().invalidated).as("rebinding invalidated traces").isPositive();
    }

    /** The loop stores two globals on every iteration and reads a third: its trace is never invalidated. */
    @Test
    void storesToOtherGlobalsKeepTheTrace() {
        String src = """
                count = 0
                last = None
                def f(x):
                    return x + 1
                def tick(i):
                    global count, last
                    count += 1
                    last = i
                def loop(n):
                    t = 0
                    for i in range(n):
                        tick(i)
                        t += f(i)
                    return t
                print(loop(5000), count, last)
                """;
        // Expected from python3.
        Run r = TracedPrograms.run(Path.of("stores.py"), TraceSettings.builder().threshold(53).build(), src, PASSES);
        assertThat(r.out()).isEqualTo("12502500 5000 4999\n");
        assertThat(r.tier2().stats().invalidated).isZero();
        assertThat(r.tier2().installedTraces()).anyMatch(GlobalWatchesTest::guardsABinding);
    }

    /** The embedding API rebinds a global the trace read, between calls and from a Java callback mid-loop. */
    @Test
    void rebindingFromJavaIsSeen() {
        try (Interpreter py = Python.builder().traceThreshold(53).addPass(new GlobalWatchTestPass())
                .hostPolicy(HostPolicy.trusted()).build()) {
            py.exec("""
                    scale = 2
                    hits = 0
                    def loop(n, hook):
                        global hits
                        t = 0
                        for i in range(n):
                            hits += 1
                            if i == n // 2:
                                hook()
                            t += scale * i
                        return t
                    """);
            Runnable nothing = () -> { };
            assertThat(py.eval("loop(1000, lambda: None)")).isEqualTo(999000L);
            py.set("scale", 3);
            assertThat(py.call("loop", 1000, nothing)).isEqualTo(1498500L);
            Runnable rebind = () -> py.globals().put("scale", 5);
            // i < 500 at scale 3, then scale 5: 3 * 124750 + 5 * 374750
            assertThat(py.call("loop", 1000, rebind)).isEqualTo(3 * 124750L + 5 * 374750L);
            assertThat(py.get("scale")).isEqualTo(5L);
        }
    }
}
