package org.hotpy.passes.fold;

import static org.assertj.core.api.Assertions.assertThat;

import org.hotpy.passes.testing.FakeRuntimeView;
import org.hotpy.passes.testing.PassTester;
import org.junit.jupiter.api.Test;

class DeadCodePassTest {
    private final PassTester t = new PassTester(new DeadCodePass(), new FakeRuntimeView());

    @Test
    void removesUnusedPureInstructions() {
        t.assertRewrites("[i0] i1 = int_add(i0, 1); i2 = int_mul(i1, 2); jump(i0)", "[i0] jump(i0)");
        assertThat(t.counter("removed")).isEqualTo(2);
    }

    @Test
    void keepsValuesSnapshotsNeed() {
        t.assertUnchanged("[i0] i1 = int_add(i0, 1); guard_true(true) {@code:0 [i1]}; jump(i0)");
    }

    @Test
    void keepsGuardsEvenWithUnusedResults() {
        t.assertRewrites("""
                [p0]
                i1 = unbox_int(p0) {@code:0 [p0]}
                i2 = int_add_ovf(i1, 1) {=}
                i3 = int_add(i1, 1)
                jump(p0)
                """, """
                [p0]
                i1 = unbox_int(p0) {@code:0 [p0]}
                i2 = int_add_ovf(i1, 1) {=}
                jump(p0)
                """);
    }

    @Test
    void keepsEffects() {
        t.assertUnchanged("""
                [p0, p1]
                set_slot[0](p0, p1)
                list_append(p0, p1)
                p2 = call(p0) {@code:0 [p0, p1]}
                jump(p0, p1)
                """);
    }

    @Test
    void removesUnusedAllocationsAndHeapReads() {
        t.assertRewrites("""
                [p0]
                p1 = build_tuple(p0, p0)
                p2 = new_instance(@C, @S, p1)
                p3 = get_slot[0](p0)
                i4 = len(p0)
                p5 = box_int(i4)
                jump(p0)
                """, "[p0] jump(p0)");
    }

    @Test
    void removesChainsWhoseOnlyUseIsDead() {
        t.assertRewrites("[f0] f1 = float_add(f0, 1.0); f2 = float_mul(f1, f1); b3 = float_lt(f2, 0.0); jump(f0)",
                "[f0] jump(f0)");
    }

    @Test
    void keepsLabelAndJumpArguments() {
        t.assertRewrites("""
                [i0]
                i1 = int_add(i0, 1)
                i2 = int_add(i0, 2)
                [i3] = label(i1)
                i4 = int_add(i3, 1)
                i5 = int_sub(i3, 1)
                jump(i4)
                """, """
                [i0]
                i1 = int_add(i0, 1)
                [i2] = label(i1)
                i3 = int_add(i2, 1)
                jump(i3)
                """);
    }

    @Test
    void removesFramesNothingCanExitThrough() {
        t.assertRewrites("""
                entry @f:0
                [i0]
                enter_frame(@g, @fn_g) {@f:2 [i0]}
                i1 = int_add(i0, 1)
                leave_frame()
                return(i1)
                """, """
                entry @f:0
                [i0]
                i1 = int_add(i0, 1)
                return(i1)
                """);
        assertThat(t.counter("frames-removed")).isEqualTo(1);
    }

    @Test
    void keepsFramesAGuardInsideNeeds() {
        t.assertUnchanged("""
                entry @f:0
                [i0]
                enter_frame(@g, @fn_g) {@f:2 [i0]}
                enter_frame(@h, @fn_h) {@f:2 [i0], @g:4(@fn_g) [i0]}
                i1 = int_add_ovf(i0, 1) {@f:2 [i0], @g:4(@fn_g) [i0], @h:0(@fn_h) [i0]}
                leave_frame()
                leave_frame()
                return(i1)
                """);
    }

    @Test
    void anOuterFrameIsNeededWhenOnlyAnInnerOneIs() {
        t.assertRewrites("""
                entry @f:0
                [i0]
                enter_frame(@g, @fn_g) {@f:2 [i0]}
                enter_frame(@h, @fn_h) {@f:2 [i0], @g:4(@fn_g) [i0]}
                leave_frame()
                enter_frame(@k, @fn_k) {@f:2 [i0], @g:6(@fn_g) [i0]}
                i1 = int_add_ovf(i0, 1) {@f:2 [i0], @g:6(@fn_g) [i0], @k:0(@fn_k) [i0]}
                leave_frame()
                leave_frame()
                return(i1)
                """, """
                entry @f:0
                [i0]
                enter_frame(@g, @fn_g) {@f:2 [i0]}
                enter_frame(@k, @fn_k) {@f:2 [i0], @g:6(@fn_g) [i0]}
                i1 = int_add_ovf(i0, 1) {@f:2 [i0], @g:6(@fn_g) [i0], @k:0(@fn_k) [i0]}
                leave_frame()
                leave_frame()
                return(i1)
                """);
    }

    @Test
    void keepsUnusedImpureIntrinsicsAndRemovesNothingFromAMinimalTrace() {
        t.assertUnchanged("[] exit() {@code:3 []}");
    }
}
