package org.hotpy.core.trace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The exits of JIT-compiled traces write out only the registers some exit reads, constants from
 * the constants themselves, and double registers start from a non-constant 0.0 (so that C1 accepts
 * traces with many doubles and calls, issue 6): exits and exceptions in such traces must still
 * hand tier 1 the right float values. Expected outputs come from running the programs under python3.
 */
class TraceJitSpillTest {

    /**
     * Float locals and constants, leaving at the comparison most of the time. hotpy-passes is not on
     * this module's class path, so these traces keep their floats boxed; with the standard passes
     * (unboxed doubles, inlined frames) {@code src/test/python/tier2/float_exits.py} runs the same code.
     */
    private static final String FLOAT_EXITS = """
            class V:
                def __init__(self, x, y): self.x = x; self.y = y
                def __sub__(self, o): return V(self.x - o.x, self.y - o.y)
                def dot(self, o): return self.x * o.x + self.y * o.y
            def inter(c, p, r):
                cp = c - p
                v = cp.dot(p)
                d = r * r - (cp.dot(cp) - v * v)
                if d < 0.0:
                    return None
                return v - d * 0.5 + 2.5
            tot = 0.0
            n = 0
            for i in range(3000):
                res = inter(V(i * 0.25, 1.5), V(0.5, i % 7 * 0.75), 3.0 + (i % 5))
                if res is None:
                    n += 1
                else:
                    tot += res
            print(n, round(tot, 6))
            """;

    /** A builtin call raising inside a loop trace whose float locals the handler reads. */
    private static final String RAISE_WITH_FLOAT_LOCALS = """
            def h(words):
                s = 0.0
                for i in range(3000):
                    a = i * 0.5
                    b = a + 1.25
                    c = b * b - 0.75
                    try:
                        s += int(words[i % 7]) * b
                    except ValueError:
                        s -= a + c
                return s
            print(round(h(["1", "2", "x", "4", "5", "y", "7"]), 6))
            """;

    @Nested
    class Exits {
        @Test
        void floatValuesReachTierOneThroughExits() {
            TracedPrograms.Run r = TracedPrograms.run(TraceSettings.builder().threshold(1).build(), FLOAT_EXITS);
            assertThat(r.out()).isEqualTo("2971 -614.572266\n"); // python3
            assertThat(r.tier2().stats().jitted).isPositive();
            assertThat(r.tier2().stats().deopts).isGreaterThan(100);
        }

        @Test
        void floatValuesReachTierOneWhenACallRaisesInACompiledTrace() {
            TracedPrograms.Run r = TracedPrograms.run(TraceSettings.builder().threshold(1).build(), RAISE_WITH_FLOAT_LOCALS);
            assertThat(r.out()).isEqualTo("-638672129.0625\n"); // python3
            assertThat(r.tier2().stats().raisedInTrace).isGreaterThan(100);
            assertThat(r.tier2().installedTraces()).anyMatch(t -> t.jit != null);
        }

        @Test
        void theExecutorGivesTheSameAnswers() {
            TraceSettings s = TraceSettings.builder().threshold(1).jit(false).build();
            assertThat(TracedPrograms.run(s, FLOAT_EXITS).out()).isEqualTo("2971 -614.572266\n");
            assertThat(TracedPrograms.run(s, RAISE_WITH_FLOAT_LOCALS).out()).isEqualTo("-638672129.0625\n");
        }
    }

    @Nested
    class Constants {
        @Test
        void constantRegistersComeLastInEachFile() {
            TracedPrograms.Run r = TracedPrograms.run(TraceSettings.builder().threshold(1).build(), FLOAT_EXITS);
            assertThat(r.tier2().installedTraces()).isNotEmpty().allSatisfy(t -> {
                assertThat(t.firstConst[Slots.OBJ]).isBetween(0, t.objInit.length);
                assertThat(t.firstConst[Slots.LONG]).isBetween(0, t.longInit.length);
                assertThat(t.firstConst[Slots.DOUBLE]).isBetween(0, t.dblInit.length);
                for (int reg = 0; reg < t.firstConst[Slots.OBJ]; reg++) {
                    assertThat(t.objInit[reg]).isNull(); // computed registers start empty
                }
                for (int reg = 0; reg < t.firstConst[Slots.DOUBLE]; reg++) {
                    assertThat(t.dblInit[reg]).isZero();
                }
            });
            assertThat(r.tier2().installedTraces()).anyMatch(t -> t.firstConst[Slots.OBJ] < t.objInit.length
                    && t.objInit[t.firstConst[Slots.OBJ]] != null);
        }
    }
}
