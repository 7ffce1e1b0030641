package org.hotpy.passes.peel;

import static org.assertj.core.api.Assertions.assertThat;

import org.hotpy.passes.testing.FakeRuntimeView;
import org.hotpy.passes.testing.PassTester;
import org.junit.jupiter.api.Test;

class LoopPeelingPassTest {
    private final PassTester t = new PassTester(new LoopPeelingPass(), new FakeRuntimeView());

    @Test
    void aLoopIsPeeledOnce() {
        t.assertRewrites("""
                [i0]
                i1 = int_add(i0, 1)
                jump(i1)
                """, """
                [i0]
                i1 = int_add(i0, 1)
                [i2] = label(i1)
                i3 = int_add(i2, 1)
                jump(i3)
                """);
        assertThat(t.counter("peeled")).isEqualTo(1);
    }

    @Test
    void aTypeGuardOnABoxedLoopVariableLeavesTheLoop() {
        t.assertRewrites("""
                loop @f:2
                [p0]
                guard_type(p0, @int) {@f:2 [p0]}
                i1 = unbox_int(p0) {=}
                i2 = int_add_ovf(i1, 1) {=}
                p3 = box_int(i2)
                jump(p3)
                """, """
                loop @f:2
                [p0]
                guard_type(p0, @int) {@f:2 [p0]}
                i1 = unbox_int(p0) {=}
                i2 = int_add_ovf(i1, 1) {=}
                p3 = box_int(i2)
                [p4] = label(p3)
                i5 = unbox_int(p4) {@f:2 [p4]}
                i6 = int_add_ovf(i5, 1) {=}
                p7 = box_int(i6)
                jump(p7)
                """);
        assertThat(t.counter("guards-removed")).isEqualTo(1);
    }

    @Test
    void aGuardOnALoopInvariantValueHoldsByInduction() {
        t.assertRewrites("""
                [p0, p1]
                guard_type(p1, @float) {@f:2 [p0, p1]}
                guard_is(p0, @fn) {=}
                p2 = call(p0, p1) {=}
                jump(p0, p1)
                """, """
                [p0, p1]
                guard_type(p1, @float) {@f:2 [p0, p1]}
                guard_is(p0, @fn) {=}
                p2 = call(p0, p1) {=}
                [p3, p4] = label(p0, p1)
                p5 = call(p0, p1) {=}
                jump(p0, p1)
                """);
        assertThat(t.counter("invariants-forwarded")).as("both values pass through the loop").isEqualTo(2);
    }

    @Test
    void aGuardOnAValueTheLoopRecomputesStays() {
        String body = """
                [p0]
                guard_type(p0, @int) {@f:2 [p0]}
                p1 = call(p0) {=}
                jump(p1)
                """;
        t.assertRewrites(body, """
                [p0]
                guard_type(p0, @int) {@f:2 [p0]}
                p1 = call(p0) {=}
                [p2] = label(p1)
                guard_type(p2, @int) {@f:2 [p2]}
                p3 = call(p2) {=}
                jump(p3)
                """);
        assertThat(t.counter("guards-removed")).isZero();
    }

    @Test
    void globalStateGuardsLeaveLoopsWithoutOpaqueInstructions() {
        t.assertRewrites("""
                [i0]
                guard_globals_version(@G, 4) {@f:2 [i0]}
                guard_type_version(@Point, 2) {=}
                i1 = int_add_ovf(i0, 1) {=}
                jump(i1)
                """, """
                [i0]
                guard_globals_version(@G, 4) {@f:2 [i0]}
                guard_type_version(@Point, 2) {=}
                i1 = int_add_ovf(i0, 1) {=}
                [i2] = label(i1)
                i3 = int_add_ovf(i2, 1) {@f:2 [i2]}
                jump(i3)
                """);
        assertThat(t.counter("guards-removed")).isEqualTo(2);
    }

    @Test
    void globalStateGuardsStayWhenTheLoopRunsArbitraryCode() {
        t.assertRewrites("""
                [p0]
                guard_globals_version(@G, 4) {@f:2 [p0]}
                p1 = call(p0) {=}
                jump(p0)
                """, """
                [p0]
                guard_globals_version(@G, 4) {@f:2 [p0]}
                p1 = call(p0) {=}
                [p2] = label(p0)
                guard_globals_version(@G, 4) {=}
                p3 = call(p0) {=}
                jump(p0)
                """);
    }

    @Test
    void globalBindingGuardsLeaveLoopsWithoutOpaqueInstructions() {
        t.assertRewrites("""
                [i0]
                guard_global_binding(@w_G_f) {@f:2 [i0]}
                i1 = int_add_ovf(i0, 1) {=}
                jump(i1)
                """, """
                [i0]
                guard_global_binding(@w_G_f) {@f:2 [i0]}
                i1 = int_add_ovf(i0, 1) {=}
                [i2] = label(i1)
                i3 = int_add_ovf(i2, 1) {@f:2 [i2]}
                jump(i3)
                """);
        assertThat(t.counter("guards-removed")).isEqualTo(1);
    }

    @Test
    void globalBindingGuardsStayWhenTheLoopStoresGlobals() {
        t.assertRewrites("""
                [p0]
                guard_global_binding(@w_G_f) {@f:2 [p0]}
                store_global[f](@G, p0) {=}
                jump(p0)
                """, """
                [p0]
                guard_global_binding(@w_G_f) {@f:2 [p0]}
                store_global[f](@G, p0) {=}
                [p1] = label(p0)
                guard_global_binding(@w_G_f) {=}
                store_global[f](@G, p0) {=}
                jump(p0)
                """);
    }

    @Test
    void shapeGuardsHoldWhileNothingChangesTheShape() {
        t.assertRewrites("""
                [p0]
                guard_type(p0, @Point) {@f:2 [p0]}
                guard_shape(p0, @S1) {=}
                p1 = get_slot[0](p0)
                set_slot[0](p0, p1)
                jump(p0)
                """, """
                [p0]
                guard_type(p0, @Point) {@f:2 [p0]}
                guard_shape(p0, @S1) {=}
                p1 = get_slot[0](p0)
                set_slot[0](p0, p1)
                [p2] = label(p0)
                p3 = get_slot[0](p0)
                set_slot[0](p0, p3)
                jump(p0)
                """);
    }

    @Test
    void aShapeChangeInTheLoopKeepsTheShapeGuard() {
        t.assertRewrites("""
                [p0]
                guard_shape(p0, @S1) {@f:2 [p0]}
                set_shape(p0, @S2)
                jump(p0)
                """, """
                [p0]
                guard_shape(p0, @S1) {@f:2 [p0]}
                set_shape(p0, @S2)
                [p1] = label(p0)
                guard_shape(p0, @S1) {=}
                set_shape(p0, @S2)
                jump(p0)
                """);
    }

    @Test
    void assumptionsThatContradictEachOtherAreDropped() {
        t.assertRewrites("""
                [p0, p1]
                guard_type(p0, @int) {@f:2 [p0, p1]}
                guard_type(p1, @float) {=}
                jump(p1, p0)
                """, """
                [p0, p1]
                guard_type(p0, @int) {@f:2 [p0, p1]}
                guard_type(p1, @float) {=}
                [p2, p3] = label(p1, p0)
                guard_type(p2, @int) {@f:2 [p2, p3]}
                guard_type(p3, @float) {=}
                jump(p3, p2)
                """);
    }

    @Test
    void entryTracesAndPeeledTracesAreLeftAlone() {
        t.assertUnchanged("entry @f:0\n[p0]\nreturn(p0)\n");
        t.assertUnchanged("[i0]\n[i1] = label(i0)\njump(i1)\n");
        t.assertUnchanged("[i0]\nexit() {@f:0 [i0]}\n");
    }

    @Test
    void truthGuardsOnChangingValuesStay() {
        t.assertRewrites("""
                [i0]
                b1 = int_lt(i0, 10)
                guard_true(b1) {@f:2 [i0]}
                i2 = int_add(i0, 1)
                jump(i2)
                """, """
                [i0]
                b1 = int_lt(i0, 10)
                guard_true(b1) {@f:2 [i0]}
                i2 = int_add(i0, 1)
                [i3] = label(i2)
                b4 = int_lt(i3, 10)
                guard_true(b4) {@f:2 [i3]}
                i5 = int_add(i3, 1)
                jump(i5)
                """);
    }
}
