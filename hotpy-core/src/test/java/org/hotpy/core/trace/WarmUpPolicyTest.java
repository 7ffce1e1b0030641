package org.hotpy.core.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hotpy.api.trace.Trace;
import org.hotpy.api.trace.TraceText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tier 2 spends less of its warm-up on traces it then drops: a trace predicted too big for the JIT
 * is not optimised ({@link SizeForecast}), and a trace dropped for an exit inside an inlined
 * function is recorded again calling that function ({@link RetryPolicy#callsInstead}), and an anchor
 * whose recording fails as the last one there did, or records the trace last dropped there for not
 * paying off, is given up on; a recording the passes made too short there last time is not
 * optimised again. Expected outputs come from python3.
 */
class WarmUpPolicyTest {
    private static final Path CHURN = Path.of("src/test/python/tier2/inlined_exit_churn.py").toAbsolutePath();

    @TempDir
    static Path passDir;

    @BeforeAll
    static void registerPass() throws IOException {
        TracedPrograms.registerInliningPass(passDir);
    }

    private static TraceSettings.Builder inlining() {
        return TraceSettings.builder().passes("test-inlining").passPath(passDir.toString());
    }

    /** A loop whose body is small but calls a function of some 80 recorded instructions. */
    private static final String BIG_CALLEE = """
            def body(x, y):
                x = (x * 3 + y) % 1000003
                y = (y + x * 1) % 999983
                x = (x * 4 + y) % 1000003
                y = (y + x * 2) % 999983
                x = (x * 5 + y) % 1000003
                y = (y + x * 3) % 999983
                x = (x * 6 + y) % 1000003
                y = (y + x * 4) % 999983
                x = (x * 7 + y) % 1000003
                y = (y + x * 5) % 999983
                x = (x * 8 + y) % 1000003
                y = (y + x * 6) % 999983
                x = (x * 9 + y) % 1000003
                y = (y + x * 7) % 999983
                return x + y

            def main():
                t = 0
                for i in range(3000):
                    t = (t + body(i, t)) % 1000000007
                return t

            print(main())
            """;

    private static final String SMALL_CALLEE = """
            def step(x):
                return x * 3 % 1000003

            def main():
                t = 0
                for i in range(3000):
                    t = (t + step(i)) % 1000000007
                return t

            print(main())
            """;

    @Nested
    class Forecast {
        @Test
        void aLoopTooBigWithItsCalleesIsNotOptimised() {
            TracedPrograms.Run r = TracedPrograms.run(inlining().threshold(3).build(), BIG_CALLEE);
            assertThat(r.out()).isEqualTo("26952538\n"); // python3
            // main's loop trace alone (some 15 instructions) is not too big: with body's callee trace it is
            assertThat(r.tier2().stats().predictedTooBig).isPositive();
            assertThat(r.tier2().installedTraces()).noneMatch(t -> !t.entry && t.code.qualname.equals("main"));
        }

        @Test
        void loopTracesArePricedAsPeeledAndUnboxedOthersPerInstruction() {
            SizeForecast f = new SizeForecast(TracedPrograms.run(inlining().threshold(3).build(), "pass").tier2());
            Trace loop = TraceText.parse("loop @main:4\n[p0, p1]\np2 = binary_op[add](p0, p1) <@int, @int> {@main:4 [p0, p1]}\njump(p2, p1)");
            Trace straight = TraceText.parse("[p0, p1]\np2 = binary_op[add](p0, p1) <@int, @int> {@f:0 [p0, p1]}\nreturn(p2)");
            assertThat(f.expandedSize(loop)).isEqualTo(2);
            assertThat(f.minBytes(loop)).isEqualTo(SizeForecast.LOOP_FIXED_BYTES + 2 * SizeForecast.LOOP_BYTES);
            assertThat(f.minBytes(straight)).isEqualTo(2 * SizeForecast.STRAIGHT_BYTES);
            assertThat(f.hopeless(straight, 2 * SizeForecast.STRAIGHT_BYTES)).isFalse();
            assertThat(f.hopeless(straight, 2 * SizeForecast.STRAIGHT_BYTES - 1)).isTrue();
        }

        @Test
        void smallTracesAreOptimisedAndCompiled() {
            TracedPrograms.Run r = TracedPrograms.run(inlining().threshold(3).build(), SMALL_CALLEE);
            assertThat(r.out()).isEqualTo("13495500\n"); // python3
            assertThat(r.tier2().stats().predictedTooBig).isZero();
            assertThat(r.tier2().stats().jitted).isPositive();
        }

        @Test
        void withoutTheJitNothingIsPredicted() {
            TracedPrograms.Run r = TracedPrograms.run(inlining().threshold(3).jit(false).build(), BIG_CALLEE);
            assertThat(r.out()).isEqualTo("26952538\n");
            assertThat(r.tier2().stats().predictedTooBig).isZero();
        }
    }

    @Nested
    class InlinedExitChurn {
        private Tier2 run(TraceSettings s) throws IOException {
            TracedPrograms.Run r = TracedPrograms.run(CHURN, s, Files.readString(CHURN));
            assertThat(r.out()).isEqualTo(Files.readString(CHURN.resolveSibling("inlined_exit_churn.out")));
            return r.tier2();
        }

        @Test
        void aTraceDroppedForAnInlinedExitIsRecordedAgainCallingTheFunction() throws IOException {
            Tier2 t2 = run(inlining().build());
            assertThat(t2.stats().calledInstead).isPositive();
            // once per anchor, where recording the same way again would be dropped again (up to 4 times)
            assertThat(t2.stats().invalidated).isLessThanOrEqualTo(t2.stats().calledInstead);
        }

        @Test
        void theFunctionIsCalledOnlyAtTheAnchorWhoseTraceWasDropped() throws IOException {
            Tier2 t2 = run(inlining().build());
            for (CompiledTrace t : t2.installedTraces()) {
                if (!(t.code.traces instanceof CodeTraces ct)) {
                    continue;
                }
                for (int key : new int[] {-1, t.anchorPc}) {
                    assertThat(ct.calledInstead(key)).allMatch(c -> c.qualname.equals("add"));
                }
            }
        }

        @Test
        void givesCPythonsAnswersAtEveryThreshold() throws IOException {
            run(inlining().threshold(1).build());
            run(inlining().threshold(3).build());
            run(TraceSettings.builder().threshold(3).passes("none").build());
        }
    }

    @Nested
    class RepeatedFailures {
        private static final String LOOP = "loop in a traced function";

        /** total's entry recordings stop at its own loop, every time at the same instruction. */
        private static final String ENTRY_AT_A_LOOP = """
                def total(xs):
                    s = 0
                    for x in xs:
                        s += x
                    return s

                def main():
                    t = 0
                    xs = [1, 2, 3]
                    for i in range(3000):
                        t += total(xs)
                    return t

                print(main())
                """;

        /** pick's entry recordings stop at one of two loops, the other one each call. */
        private static final String ENTRY_AT_ALTERNATING_LOOPS = """
                def pick(xs, flag):
                    s = 0
                    if flag:
                        for x in xs:
                            s += x
                    else:
                        for x in xs:
                            s -= x * 2
                    return s

                def main():
                    t = 0
                    xs = [1, 2, 3]
                    for i in range(3000):
                        t += pick(xs, i % 2)
                    return t

                print(main())
                """;

        /** inner's loop trace runs 40 iterations a call: too little for a trace-min-work of 1000. */
        private static final String SHORT_INNER_LOOP = """
                def inner(n):
                    s = 0
                    for k in range(n):
                        s += k
                    return s

                def main():
                    t = 0
                    for j in range(20000):
                        t += inner(40)
                    return t
                print(main())
                """;

        /** The loops' traces come after the first entry recordings: the loop threshold is the default. */
        private TraceSettings entryFirst() {
            return TraceSettings.builder().entryThreshold(3).build();
        }

        /** The inner for loop runs once per turn at first (its recordings end with it), then 40 times. */
        private static final String INNER_FOR_LONG_LATER = """
                def main():
                    t = 0
                    for j in range(3000):
                        for k in range(1 if j < 200 else 40):
                            t += k
                    return t
                print(main())
                """;

        @Test
        void anEntryRecordingThatStopsAtTheSameLoopTwiceIsNotTriedAgain() {
            TracedPrograms.Run r = TracedPrograms.run(entryFirst(), ENTRY_AT_A_LOOP);
            assertThat(r.out()).isEqualTo("18000\n"); // python3
            // before, it was recorded CodeTraces.MAX_ATTEMPTS times, stopping at the loop each time
            assertThat(r.tier2().stats().aborts(LOOP)).isEqualTo(2);
            assertThat(r.tier2().stats().failedAsBefore).isEqualTo(1);
        }

        @Test
        void recordingsThatStopDifferentlyAreStillRetried() {
            TracedPrograms.Run r = TracedPrograms.run(entryFirst(), ENTRY_AT_ALTERNATING_LOOPS);
            assertThat(r.out()).isEqualTo("-9000\n"); // python3
            assertThat(r.tier2().stats().aborts(LOOP)).isEqualTo(CodeTraces.MAX_ATTEMPTS);
            assertThat(r.tier2().stats().failedAsBefore).isZero();
        }

        @Test
        void aLoopWhoseRecordingEndedWithTheLoopIsStillRetried() {
            TracedPrograms.Run r = TracedPrograms.run(TraceSettings.defaults(), INNER_FOR_LONG_LATER);
            assertThat(r.out()).isEqualTo("2184000\n"); // python3
            assertThat(r.tier2().stats().aborts(RetryPolicy.LOOP_ENDED)).isGreaterThan(1);
            assertThat(r.tier2().stats().failedAsBefore).isZero();
            assertThat(r.tier2().stats().iterations).isGreaterThan(50_000);
        }

        @Test
        void theTraceLastDroppedForNotPayingOffIsNotOptimisedAgain() {
            TraceSettings s = TraceSettings.builder().threshold(3).minWorkPerRun(1000).build();
            TracedPrograms.Run r = TracedPrograms.run(s, SHORT_INNER_LOOP);
            assertThat(r.out()).isEqualTo("15600000\n"); // python3
            TraceStats st = r.tier2().stats();
            // dropped once, then recorded the same and given up (before: compiled and dropped 4 times)
            assertThat(st.unprofitable).isEqualTo(1);
            assertThat(st.recordedAsBefore).isEqualTo(1);
        }

        /** The inner loop runs twice per turn at first, so its recordings end with it, then 40 times. */
        private static final String SHORT_THEN_LONG_INNER_LOOP = """
                def main():
                    t = 0
                    d = {}
                    for j in range(3000):
                        for k in range(2 if j < 2000 else 40):
                            d[k] = d.get(k, 0) + 1
                            t += len(d)
                    return t, len(d)
                print(main())
                """;

        @Test
        void aRecordingThePassesMadeTooShortIsNotOptimisedAgain() {
            // (the low minimum work lets the first recordings, each of one turn of the inner loop, pass
            // the check before the passes and fail the one after)
            TraceSettings s = TraceSettings.builder().minWorkPerRun(8).build();
            TracedPrograms.Run r = TracedPrograms.run(s, SHORT_THEN_LONG_INNER_LOOP);
            assertThat(r.out()).isEqualTo("(1607220, 40)\n"); // python3
            TraceStats st = r.tier2().stats();
            // the loop ended during its recording, so it is recorded again after a back-off; the
            // same recording is not optimised a second time, a longer one later still may be
            assertThat(st.recordedShortAsBefore).isPositive();
            assertThat(st.tooShort).isGreaterThan(st.recordedShortAsBefore);
            assertThat(st.iterations).isGreaterThan(10_000); // the 40-turn loop still gets its trace
        }

        @Test
        void recordingsWithOtherTypesOrOpsHaveAnotherShape() {
            String add = "[p0, p1]\np2 = binary_op[add](p0, p1) <@int, @int> {@f:0 [p0, p1]}\nreturn(p2)";
            long shape = TraceWorth.recordedShape(TraceText.parse(add));
            assertThat(TraceWorth.recordedShape(TraceText.parse(add))).isEqualTo(shape);
            assertThat(TraceWorth.recordedShape(TraceText.parse(add.replace("@int, @int", "@float, @int")))).isNotEqualTo(shape);
            assertThat(TraceWorth.recordedShape(TraceText.parse(add.replace("[add]", "[sub]")))).isNotEqualTo(shape);
        }
    }
}
