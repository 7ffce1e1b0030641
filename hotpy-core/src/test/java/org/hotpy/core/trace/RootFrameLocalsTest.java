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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The trace's own frame (issue 6): its fast locals live in registers, so before an op that may
 * run Python code the trace writes them back, and {@code locals()}, {@code sys._getframe(0).f_locals}
 * and a callee's {@code sys._getframe(1).f_locals} see tier 1's values. The program is
 * {@code src/test/python/tier2/root_frame_locals.py}; its expected output
 * {@code root_frame_locals.out} comes from python3.
 */
class RootFrameLocalsTest {
    private static final Path PROGRAM = Path.of("src/test/python/tier2/root_frame_locals.py").toAbsolutePath();

    @TempDir
    static Path passDir;

    @BeforeAll
    static void registerPass() throws IOException {
        TracedPrograms.registerInliningPass(passDir);
    }

    private static Run run(TraceSettings settings, String src) {
        return TracedPrograms.run(PROGRAM, settings, src);
    }

    /** Whether a trace writes its frame back before an op whose exit has no inlined frame. */
    private static boolean writesItsOwnFrame(CompiledTrace t) {
        for (int ip = 0; ip < t.insns.length; ip += XOp.STRIDE) {
            if (t.insns[ip] == XOp.FRAMES_PUSH && !t.exits[t.insns[ip + 4]].inlined()) {
                return true;
            }
        }
        return false;
    }

    @Nested
    class TheProgram {
        @ParameterizedTest(name = "passes={0} jit={1}")
        @CsvSource({"none,false", "none,true", "test-inlining,false", "test-inlining,true"})
        void givesTier1sOutput(String passes, boolean jit) throws IOException {
            String src = Files.readString(PROGRAM);
            String expected = Files.readString(Path.of(PROGRAM.toString().replace(".py", ".out")));
            assertThat(run(TraceSettings.builder().enabled(false).build(), src).out()).isEqualTo(expected);
            TraceSettings s = TraceSettings.builder().threshold(1).passes(passes).passPath(passDir.toString()).jit(jit)
                    .build();
            Run r = run(s, src);
            assertThat(r.out()).isEqualTo(expected);
            assertThat(r.tier2().installedTraces()).anyMatch(RootFrameLocalsTest::writesItsOwnFrame);
        }
    }

    @Nested
    class ThePeekSnippet {
        @ParameterizedTest(name = "jit={0}")
        @CsvSource({"false", "true"})
        void seesEachIterationsValue(boolean jit) {
            String src = """
                    import sys
                    def peek():
                        return sys._getframe(1).f_locals['x']
                    def f():
                        out = []
                        x = 0
                        for i in range(8):
                            x = i * 2
                            out.append(peek())
                        return out
                    print(f())
                    """;
            // Expected from python3.
            String expected = "[0, 2, 4, 6, 8, 10, 12, 14]\n";
            assertThat(run(TraceSettings.builder().enabled(false).build(), src).out()).isEqualTo(expected);
            Run r = run(TraceSettings.builder().threshold(1).passes("none").jit(jit).build(), src);
            assertThat(r.out()).isEqualTo(expected);
            assertThat(r.tier2().installedTraces()).isNotEmpty()
                    .allMatch(t -> Arrays.stream(t.exits).noneMatch(e -> e != null && e.inlined()));
        }
    }
}
