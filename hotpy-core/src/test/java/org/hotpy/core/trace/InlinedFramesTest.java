package org.hotpy.core.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.hotpy.core.trace.TracedPrograms.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Frames of inlined functions (issue 6): while a call or generic op runs inside them they are on
 * the frame chain, so {@code sys._getframe}, {@code f_back}, warnings' caller location and
 * {@code traceback.extract_stack} give tier 1's answers. The program is
 * {@code src/test/python/tier2/inlined_frames.py}; its expected output {@code inlined_frames.out}
 * comes from python3. hotpy-passes is not on this module's class path, so {@link InliningTestPass}
 * does the inlining, loaded through {@code -X pass-path} as a third-party pass would be.
 */
class InlinedFramesTest {
    private static final Path PROGRAM = Path.of("src/test/python/tier2/inlined_frames.py").toAbsolutePath();

    @TempDir
    static Path passDir;

    @BeforeAll
    static void registerPass() throws IOException {
        TracedPrograms.registerInliningPass(passDir);
    }

    private static Run run(TraceSettings settings, String src) {
        return TracedPrograms.run(PROGRAM, settings, src);
    }

    private static TraceSettings.Builder inlining() {
        return TraceSettings.builder().threshold(1).passes("test-inlining").passPath(passDir.toString());
    }

    private static boolean pushesInlinedFrames(CompiledTrace t) {
        for (int ip = 0; ip < t.insns.length; ip += XOp.STRIDE) {
            if (t.insns[ip] == XOp.FRAMES_PUSH) {
                return true;
            }
        }
        return false;
    }

    @Nested
    class TheProgram {
        @Test
        void givesTier1sOutputWithInliningInTheExecutor() throws IOException {
            assertSameAsTier1(inlining().jit(false).build());
        }

        @Test
        void givesTier1sOutputWithInliningInTheJit() throws IOException {
            assertSameAsTier1(inlining().jit(true).build());
        }

        private void assertSameAsTier1(TraceSettings s) throws IOException {
            String src = Files.readString(PROGRAM);
            String expected = Files.readString(Path.of(PROGRAM.toString().replace(".py", ".out")));
            assertThat(run(TraceSettings.builder().enabled(false).build(), src).out()).isEqualTo(expected);
            Run r = run(s, src);
            assertThat(r.out()).isEqualTo(expected);
            List<CompiledTrace> traces = r.tier2().installedTraces();
            assertThat(traces).anyMatch(t -> Arrays.stream(t.exits).anyMatch(e -> e != null && e.inlined()));
            assertThat(traces).anyMatch(InlinedFramesTest::pushesInlinedFrames);
        }
    }

    @Nested
    class Getframe {
        private static final String SRC = """
                import sys
                def where(n, k=None):
                    f = sys._getframe(n)
                    return f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name
                def inner(i):
                    x = i * 3
                    return where(1, k=0), where(2, k=0), x
                def outer(i):
                    return inner(i + 1)
                res = []
                for i in range(30):
                    res.append(outer(i))
                print(res[0], res[-1], len(set(r[:2] for r in res)))
                """;

        @Test
        void seesEveryInlinedCallerWithItsLine() {
            // Expected from python3.
            String expected = "(('inner', 7, 'outer'), ('outer', 9, '<module>'), 3) "
                    + "(('inner', 7, 'outer'), ('outer', 9, '<module>'), 90) 1\n";
            assertThat(run(TraceSettings.builder().enabled(false).build(), SRC).out()).isEqualTo(expected);
            assertThat(run(inlining().jit(false).build(), SRC).out()).isEqualTo(expected);
            assertThat(run(inlining().jit(true).build(), SRC).out()).isEqualTo(expected);
        }

        @Test
        void leavesNoFrameBehindWhenTheCalleeRaises() {
            String src = """
                    import sys
                    def check(i, k=None):
                        if i % 5 == 4:
                            raise ValueError(i)
                        return sys._getframe(1).f_code.co_name
                    def mid(i):
                        return check(i, k=1)
                    out = []
                    for i in range(20):
                        try:
                            out.append(mid(i))
                        except ValueError as e:
                            out.append(sys._getframe(0).f_code.co_name + str(e))
                    print(out[:5], len(out))
                    """;
            // Expected from python3.
            String expected = "['mid', 'mid', 'mid', 'mid', '<module>4'] 20\n";
            assertThat(run(TraceSettings.builder().enabled(false).build(), src).out()).isEqualTo(expected);
            assertThat(run(inlining().jit(false).build(), src).out()).isEqualTo(expected);
            assertThat(run(inlining().jit(true).build(), src).out()).isEqualTo(expected);
        }
    }
}
