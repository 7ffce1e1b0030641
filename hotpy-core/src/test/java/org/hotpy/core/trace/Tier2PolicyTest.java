package org.hotpy.core.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Tier 2's payoff policy (issue 6): traces too short to pay for entering them are not installed,
 * traces that leave too soon after entering are dropped, the cache is bounded by bytes, and exits
 * reuse the trace's spill arrays. Expected outputs come from running the programs under python3.
 */
class Tier2PolicyTest {

    /** A program's output, and its tier 2 afterwards. */
    private static final String TINY_FUNCTION = """
            def f(x): return x + 1
            s = 0
            for i in range(3000): s = f(s)
            print(s)
            """;

    private static final String SHORT_INNER_LOOP = """
            t = 0
            for j in range(3000):
                for k in range(2):
                    t += k * j
            print(t)
            """;

    private static final String BRANCHY_LOOP = """
            a = b = 0
            for i in range(20000):
                if i % 3 == 0: a += i
                else: b -= 1
            print(a, b)
            """;

    /** The inner loop runs once per turn at first (its first recordings end at once), then 40 times. */
    private static final String INNER_LOOP_LONG_LATER = """
            def main():
                t = 0
                for j in range(3000):
                    k = 0
                    n = 1 if j < 200 else 40
                    while k < n:
                        t += k
                        k += 1
                return t
            print(main())
            """;

    /** The inner loop turns 30 times per entry at first (its trace is recorded then), then once. */
    private static final String INNER_LOOP_ONCE_LATER = """
            def main():
                t = 0
                for j in range(5000):
                    k = 0
                    n = 30 if j < 100 else 1
                    while k < n:
                        t += k + j
                        k += 1
                return t
            print(main())
            """;

    /**
     * pystone's main loop in small: calls (each a frames push in the trace) and then an inner loop,
     * where the outer loop's trace ends: every run of that trace would leave after the calls.
     */
    private static final String CALLS_THEN_INNER_LOOP = """
            g = 0
            def put(x):
                global g
                g = x
            def main():
                t = 0
                i = 0
                while i < 5000:
                    put(i)
                    put(i + 1)
                    put(i + 2)
                    put(i + 3)
                    put(i + 4)
                    k = 0
                    while k < 2:
                        t += k + i
                        k += 1
                    i += 1
                return t
            print(main(), g)
            """;

    /** An installed trace of {@code main} that does not loop: it starts at a loop header and always leaves. */
    private static boolean straightLoopTraceOfMain(CompiledTrace t) {
        return !t.entry && t.loopStart == 0 && t.code.qualname.equals("main");
    }

    @Nested
    class Payoff {
        @Test
        void aTraceThatOnlyCallsBeforeItLeavesIsNotInstalled() {
            TracedPrograms.Run r = TracedPrograms.run(TraceSettings.builder().threshold(3).build(), CALLS_THEN_INNER_LOOP);
            assertThat(r.out()).isEqualTo("25000000 5003\n"); // python3
            assertThat(r.tier2().stats().tooShort).isPositive();
            assertThat(r.tier2().installedTraces()).noneMatch(Tier2PolicyTest::straightLoopTraceOfMain);
            assertThat(r.tier2().stats().deopts).isLessThan(1000);
        }

        @Test
        void outerLoopsAroundShortInnerLoopsGiveCPythonsAnswers() throws IOException {
            Path program = Path.of("src/test/python/tier2/inner_loops.py").toAbsolutePath();
            String src = Files.readString(program);
            String expected = Files.readString(program.resolveSibling("inner_loops.out"));
            for (TraceSettings s : List.of(TraceSettings.defaults(), TraceSettings.builder().threshold(3).build(),
                    TraceSettings.builder().threshold(1).build())) {
                TracedPrograms.Run r = TracedPrograms.run(program, s, src);
                assertThat(r.out()).as("threshold %d", s.loopThreshold()).isEqualTo(expected);
                assertThat(r.tier2().stats().runs).isPositive();
            }
        }

        @Test
        void framesPushesCostNothingWhenEveryTraceIsKept() {
            TraceSettings s = TraceSettings.builder().threshold(3).minWorkPerRun(1).build();
            TracedPrograms.Run r = TracedPrograms.run(s, CALLS_THEN_INNER_LOOP);
            assertThat(r.out()).isEqualTo("25000000 5003\n");
            assertThat(r.tier2().worth.framesPushWork()).isZero();
            assertThat(r.tier2().installedTraces()).anyMatch(Tier2PolicyTest::straightLoopTraceOfMain);
        }

        @Test
        void aTraceTooShortToPayOffIsNotInstalled() {
            TracedPrograms.Run r = TracedPrograms.run(TraceSettings.builder().threshold(3).build(), TINY_FUNCTION);
            assertThat(r.out()).isEqualTo("3000\n");
            assertThat(r.tier2().stats().tooShort).isPositive();
            assertThat(r.tier2().installedTraces()).noneMatch(t -> t.entry && t.code.qualname.equals("f"));
        }

        @Test
        void aTraceThatLeavesSoonAfterEnteringIsDropped() {
            TraceSettings s = TraceSettings.builder().threshold(3).minWorkPerRun(1000).build();
            TracedPrograms.Run r = TracedPrograms.run(s, SHORT_INNER_LOOP);
            assertThat(r.out()).isEqualTo("4498500\n");
            assertThat(r.tier2().stats().unprofitable).isPositive();
            assertThat(r.tier2().stats().invalidated).isGreaterThanOrEqualTo(r.tier2().stats().unprofitable);
        }

        @Test
        void aLoopWhoseRecordingEndedWithTheLoopIsRecordedAgainLater() {
            TracedPrograms.Run r = TracedPrograms.run(TraceSettings.defaults(), INNER_LOOP_LONG_LATER);
            assertThat(r.out()).isEqualTo("2184000\n"); // python3
            assertThat(r.tier2().stats().tooShort).isPositive();
            assertThat(r.tier2().stats().iterations).isGreaterThan(50_000);
        }

        @Test
        void aLoopTraceWhoseRunsRarelyTurnIsDroppedAndItsAnchorGivenUp() {
            TracedPrograms.Run r = TracedPrograms.run(TraceSettings.parseXOptions(List.of("trace=on")), INNER_LOOP_ONCE_LATER);
            assertThat(r.out()).isEqualTo("12684550\n"); // python3
            assertThat(r.tier2().stats().rarelyTurning).isPositive();
            assertThat(r.tier2().installedTraces()).noneMatch(t -> !t.entry && t.code.qualname.equals("main"));
            assertThat(r.tier2().stats().runs).isLessThan(2000);
        }

        @Test
        void rarelyTurningMeansLessThanOneIterationInEightRuns() {
            assertThat(TraceWorth.rarelyTurns(512, 6)).isTrue();
            assertThat(TraceWorth.rarelyTurns(512, 63)).isTrue();
            assertThat(TraceWorth.rarelyTurns(512, 64)).isFalse();
            assertThat(TraceWorth.rarelyTurns(512, 100_000)).isFalse();
            assertThat(TraceWorth.rarelyTurns(0, 0)).isFalse();
        }

        @Test
        void thresholdOneKeepsEveryTrace() {
            TracedPrograms.Run r = TracedPrograms.run(TraceSettings.builder().threshold(1).build(), SHORT_INNER_LOOP);
            assertThat(r.out()).isEqualTo("4498500\n");
            assertThat(r.tier2().stats().tooShort).isZero();
            assertThat(r.tier2().stats().unprofitable).isZero();
            assertThat(r.tier2().stats().rarelyTurning).isZero();
        }
    }

    @Nested
    class Cache {
        @Test
        void theCacheKeepsNoMoreBytesThanAllowed() {
            TraceSettings s = TraceSettings.builder().threshold(1).cacheBytes(1).build();
            TracedPrograms.Run r = TracedPrograms.run(s, BRANCHY_LOOP);
            assertThat(r.out()).isEqualTo("66663333 -13333\n");
            assertThat(r.tier2().stats().evicted).isPositive();
            assertThat(r.tier2().installedTraces()).isEmpty();
        }

        @Test
        void theCacheKeepsNoMoreTracesThanAllowedAndEvictedOnesFallBackToTier1() {
            TraceSettings s = TraceSettings.builder().threshold(1).maxTraces(1).build();
            TracedPrograms.Run r = TracedPrograms.run(s, BRANCHY_LOOP);
            assertThat(r.out()).isEqualTo("66663333 -13333\n"); // python3
            assertThat(r.tier2().stats().evicted).isPositive();
            assertThat(r.tier2().installedTraces()).hasSizeLessThanOrEqualTo(1);
            assertThat(TraceSettings.parseXOptions(List.of("trace=on", "trace-cache-size=7")).maxTraces()).isEqualTo(7);
        }

        @Test
        void installedTracesKeepNoIrAndNoObjectsFromTheirLastExit() {
            TracedPrograms.Run r = TracedPrograms.run(TraceSettings.builder().threshold(1).build(), BRANCHY_LOOP);
            assertThat(r.out()).isEqualTo("66663333 -13333\n");
            assertThat(r.tier2().stats().deopts).isPositive();
            assertThat(r.tier2().installedTraces()).isNotEmpty().allSatisfy(t -> {
                assertThat(t.trace).isNull();
                assertThat(t.spillObj).containsOnlyNulls();
                assertThat(t.codeBytes).isPositive();
            });
        }
    }

    @Nested
    class Options {
        @Test
        void theNewOptionsAreParsed() {
            TraceSettings s = TraceSettings.parseXOptions(List.of("trace=on", "trace-jit-max-bytes=3000",
                    "trace-min-work=5", "trace-cache-bytes=4096"));
            assertThat(s.jitMaxBytes()).isEqualTo(3000);
            assertThat(s.minWorkPerRun()).isEqualTo(5);
            assertThat(s.cacheBytes()).isEqualTo(4096);
        }

        @Test
        void theCommandLineDefaultsPayAttentionToCost() {
            TraceSettings s = TraceSettings.parseXOptions(List.of("trace=on"));
            assertThat(s.verify()).isFalse();
            assertThat(s.jitMaxBytes()).isEqualTo(TraceSettings.DEFAULT_JIT_MAX_BYTES);
            assertThat(s.minWorkPerRun()).isEqualTo(TraceSettings.DEFAULT_MIN_WORK_PER_RUN);
            assertThat(TraceSettings.parseXOptions(List.of("trace=on", "trace-verify=on")).verify()).isTrue();
        }

        @Test
        void thresholdOneIsForTestingUnlessTheLimitsAreSetOnTheirOwn() {
            TraceSettings one = TraceSettings.parseXOptions(List.of("trace-threshold=1"));
            assertThat(one.minWorkPerRun()).isZero();
            assertThat(one.jitMaxBytes()).isEqualTo(TraceSettings.HOTSPOT_MAX_BYTES);
            TraceSettings set = TraceSettings.parseXOptions(List.of("trace-min-work=7", "trace-threshold=1"));
            assertThat(set.minWorkPerRun()).isEqualTo(7);
        }

        @Test
        void aMalformedLimitIsRefusedByName() {
            assertThatThrownBy(() -> TraceSettings.parseXOptions(List.of("trace-cache-bytes=0")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trace-cache-bytes");
        }
    }
}
