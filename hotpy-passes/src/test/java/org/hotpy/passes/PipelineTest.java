package org.hotpy.passes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.hotpy.api.pass.IntrinsicRegistry;
import org.hotpy.api.pass.PassContext;
import org.hotpy.api.pass.TracePass;
import org.hotpy.api.trace.Op;
import org.hotpy.api.trace.Trace;
import org.hotpy.api.trace.TraceText;
import org.hotpy.api.trace.TraceVerifier;
import org.hotpy.passes.testing.FakeRuntimeView;
import org.junit.jupiter.api.Test;

/**
 * All standard passes together on a recorded loop, run as the core's driver runs them (order from
 * the declared constraints, rounds while something changes, verifier after every pass):
 * <pre>
 * def f(x): return x + 1
 * while i &lt; n:
 *     total = total + f(i)
 *     i = i + 1
 * </pre>
 */
class PipelineTest {
    static final String RECORDED = """
            loop @main:10
            [p0, p1, p2]
            p3 = compare_op[lt](p0, p2) <@int, @int> {@main:10 [p0, p1, p2 | p0, p2]}
            b4 = truth(p3) <@bool> {@main:12 [p0, p1, p2 | p3]}
            guard_true(b4) {=}
            p5 = load_global[f](@G, @B) {@main:14 [p0, p1, p2 | p1, null]}
            p6 = call(p5, p0) <@function, @int; value=@fn_f> {@main:16 [p0, p1, p2 | p1, null, p5, p0]}
            p7 = binary_op[add](p1, p6) <@int, @int> {@main:18 [p0, p1, p2 | p1, p6]}
            p8 = binary_op[add](p0, @one) <@int, @int> {@main:22 [p0, p7, p2 | p0, @one]}
            jump(p8, p7, p2)
            """;

    private final FakeRuntimeView view = new FakeRuntimeView().intObject("one", 1)
            .dict("G", 12, "f", "fn_f").dict("B", 1)
            .function("fn_f", "f", 1).calleeTrace("fn_f", """
                    entry @f:0
                    [p0]
                    p1 = binary_op[add](p0, @one) <@int, @int> {@f:4 [p0 | p0, @one]}
                    return(p1)
                    """)
            .callSite("main", 16, 18, 3);

    @Test
    void theLoopEndsUpUnboxedWithItsGuardsHoisted() {
        // The loop body keeps one guard (i < n) and the overflow checks; i and total are INT64 label
        // values, n is the preamble's value, f's body is inlined (its frame stays because its add
        // can overflow and must then rebuild f's frame), and the version guards stay in the preamble.
        Trace out = optimise(TraceText.parse(RECORDED));
        assertThat(TraceText.print(out)).isEqualTo("""
                loop @main:10
                [p0, p1, p2]
                guard_type(p0, @int) {@main:10 [p0, p1, p2 | p0, p2]}
                guard_type(p2, @int) {=}
                i3 = unbox_int(p0) {=}
                i4 = unbox_int(p2) {=}
                b5 = int_lt(i3, i4)
                guard_true(b5) {@main:12 [p0, p1, p2 | b5]}
                guard_globals_version(@G, 12) {@main:14 [p0, p1, p2 | p1, null]}
                guard_function_version(@fn_f, 1) {@main:16 [p0, p1, p2 | p1, null, @fn_f, p0]}
                enter_frame(@f, @fn_f) {=}
                i6 = int_add_ovf(i3, 1) {@main:18 [p0, p1, p2 | p1], @f:4(@fn_f) [p0 | p0, @one]}
                leave_frame()
                guard_type(p1, @int) {@main:18 [p0, p1, p2 | p1, i6]}
                i7 = unbox_int(p1) {=}
                i8 = int_add_ovf(i7, i6) {=}
                [i9, i10, p11] = label(i6, i8, p2)
                b12 = int_lt(i9, i4)
                guard_true(b12) {@main:12 [i9, i10, p2 | b12]}
                enter_frame(@f, @fn_f) {@main:16 [i9, i10, p2 | i10, null, @fn_f, i9]}
                i13 = int_add_ovf(i9, 1) {@main:18 [i9, i10, p2 | i10], @f:4(@fn_f) [i9 | i9, @one]}
                leave_frame()
                i14 = int_add_ovf(i10, i13) {@main:18 [i9, i10, p2 | i10, i13]}
                jump(i13, i14, p2)
                """);
        long allocations = out.instructions().stream().filter(in -> in.op().allocates()
                || in.op() == Op.BOX_INT).count();
        assertThat(allocations).as("no boxing or allocation is left").isZero();
    }

    /** Runs the passes as TraceOptimizer does; every intermediate trace must verify. */
    private Trace optimise(Trace t) {
        List<TracePass> passes = order(PassModuleTest.installed());
        for (int round = 1; round <= 3; round++) {
            boolean changed = false;
            for (TracePass p : passes) {
                if (round > p.maxRuns()) {
                    continue;
                }
                PassContext ctx = PassContext.of(view, Map.of(), IntrinsicRegistry.create(), new org.hotpy.api.pass.PassStats(), round);
                if (p.notApplicable(t, ctx).isPresent()) {
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

    /** The driver's order: a topological sort of the constraints, ties by name. */
    static List<TracePass> order(List<TracePass> passes) {
        List<TracePass> out = new ArrayList<>();
        List<TracePass> left = new ArrayList<>(passes);
        PriorityQueue<TracePass> ready = new PriorityQueue<>(Comparator.comparing(TracePass::name));
        while (!left.isEmpty()) {
            for (TracePass p : left) {
                boolean free = left.stream().noneMatch(q -> q != p
                        && (p.runsAfter().contains(q.name()) || q.runsBefore().contains(p.name())));
                if (free) {
                    ready.add(p);
                }
            }
            TracePass next = ready.poll();
            ready.clear();
            out.add(next);
            left.remove(next);
        }
        return out;
    }
}
