package org.hotpy.core.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * An exit writes back only the real frame's locals the trace may have changed ({@link
 * UnchangedLocals}): a local the snapshot names by the parameter read from its own slot stays as
 * the frame holds it, every other local is written, and so is every local of a loop trace that
 * jumps back to its parameters. Expected outputs come from running the programs under python3.
 */
class UnchangedLocalsTest {

    /** An entry trace of {@code f} that leaves at {@code c > 50} once the calls grow. */
    private static final String ENTRY_EXITS = """
            def f(a, b):
                c = a * 2
                if c > 50:
                    return c
                return b
            t = 0
            for i in range(100):
                r = f(i, 1)
                t += r
            print(t)
            """;

    /** A loop trace (no passes: it jumps back to its parameters) leaving at its condition. */
    private static final String LOOP_EXITS = """
            def g(n, k):
                i = 0
                while i < n:
                    i += k
                return i
            print(sum(g(j % 9, 2) for j in range(300)))
            """;

    @Test
    void anExitWritesTheChangedLocalAndKeepsTheParametersUnchanged() {
        TracedPrograms.Run r = TracedPrograms.run(TraceSettings.builder().threshold(1).build(), ENTRY_EXITS);
        assertThat(r.out()).isEqualTo("9276\n"); // python3
        CompiledTrace f = trace(r, "f", true);
        List<int[]> written = writtenAtExits(f);
        assertThat(written).isNotEmpty().allSatisfy(w -> assertThat(w).doesNotContain(0, 1));
        assertThat(written).anySatisfy(w -> assertThat(w).contains(2));
        assertThat(r.tier2().stats().deopts).isPositive();
    }

    @Test
    void aLoopThatJumpsToItsParametersWritesEveryLocal() {
        TracedPrograms.Run r = TracedPrograms.run(TraceSettings.builder().threshold(1).build(), LOOP_EXITS);
        assertThat(r.out()).isEqualTo("1324\n"); // python3
        CompiledTrace g = trace(r, "g", false);
        assertThat(Arrays.stream(g.exits).filter(e -> e != null)).allSatisfy(e -> assertThat(e.frames[0].written).isNull());
    }

    private static CompiledTrace trace(TracedPrograms.Run r, String qualname, boolean entry) {
        return r.tier2().installedTraces().stream().filter(t -> t.code.qualname.equals(qualname) && t.entry == entry)
                .findFirst().orElseThrow();
    }

    private static List<int[]> writtenAtExits(CompiledTrace t) {
        return Arrays.stream(t.exits).filter(e -> e != null).map(e -> e.frames[0].written).toList();
    }
}
