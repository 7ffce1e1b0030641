package org.hotpy.passes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.hotpy.api.pass.IntrinsicRegistry;
import org.hotpy.api.pass.PassContext;
import org.hotpy.api.pass.PassStats;
import org.hotpy.api.pass.RuntimeView;
import org.hotpy.api.pass.TracePass;
import org.hotpy.api.trace.Trace;
import org.hotpy.api.trace.TraceText;
import org.hotpy.api.trace.TraceVerifier;
import org.hotpy.passes.testing.FakeRuntimeView;
import org.hotpy.passes.testing.MiniExecutor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The optimised trace must behave as the recorded one: run both on many inputs in the reference
 * evaluator; where the optimised trace leaves, resume the recorded trace from its snapshot (as
 * tier 1 resumes the bytecode) and compare where, and with which values, each finally leaves.
 */
class DifferentialTest {
    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
    /** The optimised form of each recorded trace text (its values are its own, so it can be shared). */
    private static final Map<String, Trace> OPTIMISED = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@code while i < n: total = total + i * i; i = i + 1}. */
    static final String SUM_OF_SQUARES = """
            loop @m:10
            [p0, p1, p2]
            p3 = compare_op[lt](p0, p2) <@int, @int> {@m:10 [p0, p1, p2 | p0, p2]}
            b4 = truth(p3) <@bool> {@m:12 [p0, p1, p2 | p3]}
            guard_true(b4) {=}
            p5 = binary_op[mul](p0, p0) <@int, @int> {@m:14 [p0, p1, p2 | p1, p0, p0]}
            p6 = binary_op[iadd](p1, p5) <@int, @int> {@m:16 [p0, p1, p2 | p1, p5]}
            p7 = binary_op[iadd](p0, @one) <@int, @int> {@m:20 [p0, p6, p2 | p0, @one]}
            jump(p7, p6, p2)
            """;

    /** {@code while i < n: x = x * 0.5 + i; i = i + 1} (float and int mixed). */
    static final String DECAY = """
            loop @m:30
            [p0, p1, p2]
            p3 = compare_op[lt](p0, p2) <@int, @int> {@m:30 [p0, p1, p2 | p0, p2]}
            b4 = truth(p3) <@bool> {@m:32 [p0, p1, p2 | p3]}
            guard_true(b4) {=}
            p5 = binary_op[mul](p1, @half) <@float, @float> {@m:34 [p0, p1, p2 | p1, @half]}
            p6 = binary_op[add](p5, p0) <@float, @int> {@m:36 [p0, p1, p2 | p5, p0]}
            p7 = binary_op[iadd](p0, @one) <@int, @int> {@m:40 [p0, p6, p2 | p0, @one]}
            jump(p7, p6, p2)
            """;

    /** {@code while i < n: pair = (i, i - 2); i = i + 1} with {@code pair} a live local. */
    static final String PAIRS = """
            loop @m:50
            [p0, p1, p2]
            p3 = compare_op[lt](p0, p2) <@int, @int> {@m:50 [p0, p1, p2 | p0, p2]}
            b4 = truth(p3) <@bool> {@m:52 [p0, p1, p2 | p3]}
            guard_true(b4) {=}
            p5 = binary_op[sub](p0, @two) <@int, @int> {@m:54 [p0, p1, p2 | p0, p0, @two]}
            p6 = build_tuple(p0, p5)
            p7 = binary_op[iadd](p0, @one) <@int, @int> {@m:58 [p0, p6, p2 | p0, @one]}
            jump(p7, p6, p2)
            """;

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        List<Object> starts = List.of(big(0), big(7), big(-3), MAX.subtract(big(2)), MIN, big(3_037_000_499L), 2.5);
        List<Object> totals = List.of(big(0), MAX.subtract(big(20)), big(1L << 62), 1.5);
        for (String trace : List.of(SUM_OF_SQUARES, DECAY, PAIRS)) {
            for (Object i : starts) {
                for (Object total : totals) {
                    // n near i, so every recorded run ends by leaving the loop (or on an exception-free path).
                    BigInteger base = i instanceof BigInteger b ? b : big(2);
                    for (Object n : List.of(base.subtract(big(1)), base, base.add(big(1)), base.add(big(9)))) {
                        Object acc = trace == DECAY && total instanceof BigInteger b ? (Object) b.doubleValue() : total;
                        out.add(Arguments.of(trace.lines().findFirst().orElseThrow(), trace, List.of(i, acc, n)));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("cases")
    void optimisedTraceBehavesAsRecorded(String name, String text, List<Object> inputs) {
        Trace recorded = TraceText.parse(text);
        Trace optimised = OPTIMISED.computeIfAbsent(text, k -> optimise(TraceText.parse(k)));
        assertThat(TraceText.print(optimised)).isNotEqualTo(TraceText.print(recorded));
        String expected = MiniExecutor.run(recorded, inputs, 100_000);
        assertThat(expected).startsWith("exit");
        assertThat(MiniExecutor.runAndResume(optimised, recorded, inputs, 100_000)).isEqualTo(expected);
    }

    private static Trace optimise(Trace t) {
        RuntimeView view = new FakeRuntimeView().intObject("one", 1).intObject("two", 2).floatObject("half", 0.5);
        List<TracePass> passes = PipelineTest.order(PassModuleTest.installed());
        for (int round = 1; round <= 3; round++) {
            boolean changed = false;
            for (TracePass p : passes) {
                PassContext ctx = PassContext.of(view, Map.of(), IntrinsicRegistry.create(), new PassStats(), round);
                if (round > p.maxRuns() || p.notApplicable(t, ctx).isPresent()) {
                    continue;
                }
                Trace next = p.run(t, ctx);
                TraceVerifier.verify(next);
                changed |= next != t;
                t = next;
            }
            if (!changed) {
                break;
            }
        }
        return t;
    }

    private static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }
}
