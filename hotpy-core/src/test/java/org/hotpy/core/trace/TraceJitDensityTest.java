package org.hotpy.core.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.hotpy.core.trace.TracedPrograms.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bytecode {@link TraceJit} writes stays dense: registers spilled before a call from inlined
 * frames, and at exits, cost {@code run} one load each (the stores are in the class's spill
 * methods), so traces that call out from inlined code fit under the JIT's size limit. Spills wider
 * than a JVM method's 255 argument slots are split, and a register no exit reads gets no value in
 * the prologue; both must still verify (a class that does not would silently leave the trace to
 * the executor, so the tests check that every installed trace was compiled) and give tier 1's answers.
 */
class TraceJitDensityTest {
    private static final Path WIDE = Path.of("src/test/python/tier2/wide_spills.py").toAbsolutePath();

    @TempDir
    static Path passDir;

    @BeforeAll
    static void registerPass() throws IOException {
        TracedPrograms.registerInliningPass(passDir);
    }

    private static TraceSettings.Builder inlining() {
        return TraceSettings.builder().threshold(1).passes("test-inlining").passPath(passDir.toString());
    }

    /** A loop calling out (with a keyword, so not inlined) from two inlined frames, with many live locals. */
    private static final String CALLS_FROM_INLINED_FRAMES = """
            import sys
            def where(n, k=None):
                return sys._getframe(n).f_code.co_name
            def inner(i, a, b):
                c = a + b
                return where(1, k=0), where(2, k=c), c
            def outer(i, a, b):
                d = a * 2
                return inner(i + 1, d, b), d
            def loop(n):
                a = 1; b = 2; c = 3; d = 4; e = 5; f = 6; g = 7; h = 8
                res = []
                for i in range(n):
                    res.append(outer(i, a + i, b))
                    a, b, c, d, e, f, g, h = b, c, d, e, f, g, h, a
                return res[0], res[-1], len(res)
            print(loop(40))
            """;

    private static boolean pushesInlinedFrames(CompiledTrace t) {
        for (int ip = 0; ip < t.insns.length; ip += XOp.STRIDE) {
            if (t.insns[ip] == XOp.FRAMES_PUSH) {
                return true;
            }
        }
        return false;
    }

    @Test
    void callsFromInlinedFramesCostFewBytesPerInstruction() {
        Run r = TracedPrograms.run(inlining().build(), CALLS_FROM_INLINED_FRAMES);
        // Expected from python3.
        assertThat(r.out()).isEqualTo("((('inner', 'outer', 4), 2), (('inner', 'outer', 95), 94), 40)\n");
        List<CompiledTrace> loops = r.tier2().installedTraces().stream()
                .filter(t -> !t.entry && pushesInlinedFrames(t)).toList();
        assertThat(loops).isNotEmpty().allSatisfy(t -> {
            assertThat(t.jit).isNotNull();
            // Storing each spilled register in run() took this loop's 36 instructions to 2590
            // bytes (72 per instruction); with the spill methods it takes 1442 (40).
            assertThat(runBytes(t)).as("run() of %s", t).isLessThanOrEqualTo(50 * t.length);
        });
    }

    @Test
    void spillsWiderThanAMethodsArgumentsAreSplitAndGiveTier1sAnswers() throws IOException {
        String src = Files.readString(WIDE);
        String expected = Files.readString(Path.of(WIDE.toString().replace(".py", ".out")));
        for (boolean jit : new boolean[] {true, false}) {
            // Over the default size limit (the frame has 262 locals): HotSpot interprets the class,
            // which is enough to check what its spills do.
            Run r = TracedPrograms.run(WIDE, inlining().jit(jit).jitMaxBytes(60_000).build(), src);
            assertThat(r.out()).isEqualTo(expected);
            if (jit) {
                List<CompiledTrace> traces = r.tier2().installedTraces();
                assertThat(traces).isNotEmpty().allSatisfy(t -> assertThat(t.jit).as("%s compiled", t).isNotNull());
                assertThat(traces).anyMatch(t -> spillMethods(t).size() > 1
                        && spillMethods(t).stream().anyMatch(m -> argSlots(m) > 200));
                assertThat(traces).allSatisfy(t -> assertThat(spillMethods(t)).allMatch(m -> argSlots(m) <= 255));
            }
        }
    }

    @Test
    void everyTraceOfTheLoopProgramsVerifies() {
        // Label moves, exits before and after the label, and registers computed only in the body.
        String src = """
                def f(n):
                    t = 0
                    x = 1.5
                    s = ''
                    for i in range(n):
                        y = x * i
                        if i % 3 == 0:
                            t += i
                        else:
                            t -= 1
                        x, y = y - x, x
                        s = str(i % 10)
                    return t, round(x, 3), s
                print(f(50), f(7))
                """;
        Run r = TracedPrograms.run(TraceSettings.builder().threshold(1).build(), src);
        assertThat(r.out()).isEqualTo("(375, 0.0, '9') (5, 0.0, '6')\n"); // python3
        assertThat(r.tier2().installedTraces()).isNotEmpty().allSatisfy(t -> assertThat(t.jit).isNotNull());
    }

    /** The size of {@code t}'s compiled {@code run} method: the least limit it compiles under. */
    static int runBytes(CompiledTrace t) {
        int lo = 0;
        int hi = TraceSettings.HOTSPOT_MAX_BYTES * 4;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (TraceJit.compile(t, mid) != null) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static List<Method> spillMethods(CompiledTrace t) {
        return Arrays.stream(t.jit.getClass().getDeclaredMethods()).filter(m -> m.getName().startsWith("spill")).toList();
    }

    private static int argSlots(Method m) {
        int n = 0;
        for (Class<?> c : m.getParameterTypes()) {
            n += c == long.class || c == double.class ? 2 : 1;
        }
        return n;
    }
}
