package org.hotpy.core.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hotpy.core.trace.TracedPrograms.Run;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Tier 2's selective mode, the command line's default ({@code -X trace=auto}): only innermost
 * loops with a numeric body ({@link LoopCandidates}) that turn often per entry ({@link LoopProbe})
 * are traced, functions never at entry, and the passes are found only once a loop is found worth
 * tracing.
 * Expected outputs come from python3.
 */
class SelectiveTracingTest {
    /** The command line's settings with no options. */
    private static TraceSettings commandLineDefault() {
        return TraceSettings.parseXOptions(List.of());
    }

    @Nested
    class Options {
        @Test
        void theCommandLineTracesSelectivelyUnlessToldOtherwise() {
            TraceSettings s = commandLineDefault();
            assertThat(s.enabled()).isTrue();
            assertThat(s.selective()).isTrue();
            assertThat(TraceSettings.parseXOptions(List.of("trace=auto")).selective()).isTrue();
        }

        @Test
        void traceOnAndAThresholdTraceEverything() {
            assertThat(TraceSettings.parseXOptions(List.of("trace=on")).selective()).isFalse();
            TraceSettings t = TraceSettings.parseXOptions(List.of("trace-threshold=5"));
            assertThat(t.enabled()).isTrue();
            assertThat(t.selective()).isFalse();
            assertThat(TraceSettings.parseXOptions(List.of("trace=off")).enabled()).isFalse();
        }

        @Test
        void aBadTraceModeNamesTheThreeModes() {
            assertThatThrownBy(() -> TraceSettings.parseXOptions(List.of("trace=sometimes")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("-X trace: expected on, off or auto, not 'sometimes'");
        }
    }

    @Nested
    class WhatIsTraced {
        @Test
        void aNumericInnerLoopThatTurnsOftenIsTracedWithTheSmallFunctionItCalls() {
            Run r = TracedPrograms.run(commandLineDefault(), """
                    def scale(i, j):
                        s = i + j
                        return 1.0 / (s * (s + 1) // 2 + i + 1)

                    def row(i, n):
                        acc = 0.0
                        for j in range(n):
                            acc += scale(i, j) * (j + 1)
                        return acc

                    print(round(sum(row(i, 8000) for i in range(3)), 6))
                    """);
            assertThat(r.out()).isEqualTo("49.130486\n"); // python3
            TraceStats s = r.tier2().stats();
            assertThat(s.loopsConfirmed).isEqualTo(1);
            assertThat(s.loopsRecorded).isPositive();
            assertThat(s.calleesRecorded).isPositive();
            assertThat(s.entriesRecorded).isZero();
            assertThat(s.iterations).isGreaterThan(10_000);
        }

        @Test
        void aLoopTurningAFewTimesPerEntryIsProbedButNotTraced() {
            Run r = TracedPrograms.run(commandLineDefault(), """
                    def main():
                        t = 0.0
                        for i in range(40000):
                            k = 0
                            while k < 3:
                                t = t * 0.5 + k
                                k += 1
                        print(t)

                    main()
                    """);
            assertThat(r.out()).isEqualTo("2.857142857142857\n"); // python3
            TraceStats s = r.tier2().stats();
            assertThat(s.loopsTurningTooLittle).isPositive();
            assertThat(s.loopsConfirmed).isZero();
            assertThat(s.loopsRecorded + s.entriesRecorded).isZero();
        }

        @Test
        void loopsCallingMethodsOrNestingLoopsAreNotCandidates() {
            Run r = TracedPrograms.run(commandLineDefault(), """
                    class Acc:
                        def __init__(self):
                            self.total = 0
                        def add(self, x):
                            self.total += x

                    def main():
                        a = Acc()
                        for i in range(30000):
                            a.add(i)
                        grid = 0
                        for y in range(200):
                            for x in range(5):
                                grid += x * y
                        print(a.total, grid)

                    main()
                    """);
            assertThat(r.out()).isEqualTo("449985000 199000\n"); // python3
            TraceStats s = r.tier2().stats();
            assertThat(s.loopsNotCandidates).isGreaterThanOrEqualTo(2);
            assertThat(s.loopsRecorded + s.entriesRecorded).isZero();
        }

        @Test
        void aLoopCallingAFunctionThatCallsIsNotACandidate() {
            Run r = TracedPrograms.run(commandLineDefault(), """
                    def inner(x):
                        return x * 2

                    def outer(x):
                        return inner(x) + 1

                    def main():
                        t = 0
                        for i in range(30000):
                            t += outer(i)
                        print(t)

                    main()
                    """);
            assertThat(r.out()).isEqualTo("900000000\n"); // python3
            assertThat(r.tier2().stats().loopsNotCandidates).isPositive();
            assertThat(r.tier2().stats().loopsRecorded).isZero();
        }

        @Test
        void aTraceLeavingByABranchEveryFewTurnsIsDroppedOneLeavingRarelyStays() {
            Run r = TracedPrograms.run(commandLineDefault(), """
                    def often(n):
                        empty = frozenset()
                        t = 0
                        for i in range(n):
                            s = empty | set([i % 13])
                            if i % 5 not in s:
                                t += 1
                        return t

                    def rarely(n):
                        best = 0
                        for i in range(n):
                            x = (i * 7919) % 100003
                            if x > best:
                                best = x
                        return best

                    print(often(30000), rarely(30000))
                    """);
            assertThat(r.out()).isEqualTo("27690 100001\n"); // python3
            TraceStats s = r.tier2().stats();
            assertThat(s.loopsConfirmed).isEqualTo(2);
            assertThat(s.leavingByBranches).isEqualTo(1);
            assertThat(s.format()).contains("1 traces dropped for leaving by a branch");
        }

        @Test
        void hotFunctionsAreNotTracedAtEntry() {
            Run r = TracedPrograms.run(commandLineDefault(), """
                    def f(x):
                        return x * 3 + 1

                    t = 0
                    i = 0
                    while i < 20000:
                        t += f(i)
                        i += 1
                    print(t)
                    """);
            assertThat(r.out()).isEqualTo("599990000\n"); // python3
            assertThat(r.tier2().stats().entriesRecorded).isZero();
        }

        @Test
        void aBridgeFromTheLoopsExitIsNotRecordedWhenTheCodeAfterItIsTooShortToPay() {
            Run r = TracedPrograms.run(commandLineDefault(), """
                    def f(n):
                        total = 0
                        for k in range(n):
                            i = 0
                            x = 0.0
                            while i < 300 and x < 1e9:
                                x = x * 1.0001 + 1.0
                                i += 1
                            total += i
                        return total

                    print(f(400))
                    """);
            assertThat(r.out()).isEqualTo("120000\n"); // python3
            TraceStats s = r.tier2().stats();
            assertThat(s.loopsRecorded).isEqualTo(1);
            assertThat(s.deopts).isGreaterThan(100); // the loop's exit is taken at every entry
            assertThat(s.bridgesPredictedShort).isEqualTo(1);
            assertThat(s.bridgesRecorded).isZero();
            assertThat(s.tooShort).isZero();
        }

        @Test
        void aBridgeFromTheLoopsExitIsRecordedWhenTheCodeAfterItMayPay() {
            Run r = TracedPrograms.run(commandLineDefault(), """
                    def g(n):
                        total = 0
                        y = 0
                        for k in range(n):
                            i = 0
                            while i < 300:
                                i += 1
                            a = k + 1
                            b = a * 2
                            c = b - 3
                            d = c * a
                            e = d + b
                            y = (y + a * b - c + d * e - a + b * c - d + e * a - b + c * d - e) % 1000003
                            total += i
                        return total, y

                    print(g(400))
                    """);
            assertThat(r.out()).isEqualTo("(120000, 417005)\n"); // python3
            TraceStats s = r.tier2().stats();
            assertThat(s.bridgesPredictedShort).isZero();
            assertThat(s.bridgesRecorded).isPositive();
        }

        @Test
        void theOptimiserIsMadeOnlyWhenALoopIsWorthTracing() {
            Run none = TracedPrograms.run(commandLineDefault(), """
                    def f(x):
                        return [x] * 2

                    print(sum(len(f(i)) for i in range(5000)))
                    """);
            assertThat(none.out()).isEqualTo("10000\n");
            assertThat(none.tier2().hasOptimizer()).isFalse();
            Run some = TracedPrograms.run(commandLineDefault(), """
                    t = 0.0
                    for i in range(20000):
                        t = t * 0.5 + i
                    print(t)
                    """);
            assertThat(some.out()).isEqualTo("39996.0\n"); // python3
            assertThat(some.tier2().hasOptimizer()).isTrue();
        }
    }

    @Nested
    class Answers {
        @Test
        void theSelectiveLoopsProgramGivesCPythonsAnswerAndTracesItsLoops() throws IOException {
            Path program = Path.of("src/test/python/tier2/selective_loops.py").toAbsolutePath();
            Run r = TracedPrograms.run(program, commandLineDefault(), Files.readString(program));
            assertThat(r.out()).isEqualTo(Files.readString(program.resolveSibling("selective_loops.out")));
            TraceStats s = r.tier2().stats();
            assertThat(s.loopsConfirmed).isGreaterThanOrEqualTo(4);
            assertThat(s.deopts).isPositive();
        }
    }
}
