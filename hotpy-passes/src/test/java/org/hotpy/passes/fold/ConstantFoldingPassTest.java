package org.hotpy.passes.fold;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.hotpy.passes.testing.FakeRuntimeView;
import org.hotpy.passes.testing.PassTester;
import org.junit.jupiter.api.Test;

class ConstantFoldingPassTest {
    private final FakeRuntimeView view = new FakeRuntimeView().intObject("one", 1).floatObject("half", 0.5);
    private final PassTester t = new PassTester(new ConstantFoldingPass(), view);

    @Test
    void foldsChainsOfPureArithmetic() {
        t.assertRewrites("[i0] i1 = int_add(2, 3); i2 = int_mul(i1, 4); jump(i2)", "[i0] jump(20)");
        assertThat(t.counter("folded")).isEqualTo(2);
    }

    @Test
    void foldsCheckedArithmeticThatDoesNotOverflow() {
        t.assertRewrites("""
                [i0]
                i1 = int_add_ovf(9223372036854775806, 1) {@code:0 [i0]}
                i2 = int_floordiv(-7, 2) {=}
                i3 = int_mod(-7, 2) {=}
                jump(i3)
                """, """
                [i0]
                jump(1)
                """);
    }

    @Test
    void keepsArithmeticThatWouldOverflowOrDivideByZero() {
        t.assertUnchanged("""
                [i0]
                i1 = int_add_ovf(9223372036854775807, 1) {@code:0 [i0]}
                i2 = int_floordiv(i1, 0) {=}
                f3 = float_truediv(1.0, 0.0) {=}
                jump(i2)
                """);
    }

    @Test
    void foldsFloatsWithPythonRules() {
        t.assertRewrites("""
                [f0]
                f1 = float_mod(-7.25, 3.0) {@code:0 [f0]}
                f2 = float_floordiv(-0.0, 1.0) {=}
                f3 = float_add(f1, f2)
                b4 = float_lt(f3, 2.0)
                guard_true(b4) {=}
                jump(f3)
                """, """
                [f0]
                jump(1.75)
                """);
    }

    @Test
    void removesGuardsConstantsDecideButKeepsCertainFailures() {
        t.assertRewrites("""
                [p0]
                guard_true(true) {@code:0 [p0]}
                guard_false(true) {=}
                guard_int_value(3, 3) {=}
                guard_is(@None, @None) {=}
                guard_type(@one, @int) {=}
                jump(p0)
                """, """
                [p0]
                guard_false(true) {@code:0 [p0]}
                jump(p0)
                """);
        assertThat(t.counter("guards-removed")).isEqualTo(4);
    }

    @Test
    void unboxesConstantObjects() {
        t.assertRewrites("""
                [p0]
                i1 = unbox_int(@one) {@code:0 [p0]}
                f2 = unbox_float(@half)
                b3 = unbox_bool(@True)
                f4 = int_to_float(i1)
                f5 = float_add(f4, f2)
                guard_true(b3) {=}
                p6 = box_float(f5)
                jump(p6)
                """, """
                [p0]
                p1 = box_float(1.5)
                jump(p1)
                """);
    }

    @Test
    void appliesIdentitiesThatHoldForEveryValue() {
        t.assertRewrites("""
                [i0, f1, b2]
                i3 = int_add(i0, 0)
                i4 = int_mul_ovf(1, i3) {@code:0 [i0, f1, b2]}
                i5 = int_sub(i4, i4)
                i6 = int_or(i4, i5)
                f7 = float_mul(f1, 1.0)
                b8 = bool_not(b2)
                b9 = bool_not(b8)
                b10 = int_le(i6, i6)
                guard_true(b10) {=}
                jump(i6, f7, b9)
                """, """
                [i0, f1, b2]
                b3 = bool_not(b2)
                jump(i0, f1, b2)
                """);
    }

    @Test
    void doesNotApplyIdentitiesThatFailForSomeFloats() {
        // x + 0.0 is not x for x = -0.0; x == x is false for NaN.
        t.assertUnchanged("[f0] f1 = float_add(f0, 0.0); b2 = float_eq(f1, f1); guard_true(b2) {@code:0 [f0]}; jump(f1)");
    }

    @Test
    void multiplyingByZeroIsZero() {
        t.assertRewrites("[i0] i1 = int_mul_ovf(i0, 0) {@code:0 [i0]}; i2 = int_and(0, i1); jump(i2)", "[i0] jump(0)");
    }

    @Test
    void leavesEffectsAndUnknownsAlone() {
        t.assertUnchanged("""
                [p0, i1]
                p2 = binary_op[add](p0, p0) <@int, @int> {@code:0 [p0, i1]}
                i3 = unbox_int(@unknown) {=}
                i4 = int_add(i1, 1)
                b5 = obj_is(p0, @None)
                jump(p2, i4)
                """);
    }

    @Test
    void foldsObjectIdentityOfConstants() {
        t.assertRewrites("[p0] b1 = obj_is(@None, @None); b2 = obj_is(@None, @True); guard_true(b1) {@code:0 [p0]};"
                + " guard_false(b2) {=}; jump(p0)", "[p0] jump(p0)");
    }

    @Test
    void callsPureIntrinsicsOnConstants() throws Exception {
        t.intrinsics().register("test.hypot", MethodHandles.lookup().findStatic(Math.class, "hypot",
                MethodType.methodType(double.class, double.class, double.class)), true, false);
        t.assertRewrites("[f0] f1 = intrinsic[test.hypot](3.0, 4.0); f2 = intrinsic[test.hypot](f0, f1); jump(f2)",
                "[f0] f1 = intrinsic[test.hypot](f0, 5.0); jump(f1)");
    }

    @Test
    void foldingFeedsLaterFoldsInOnePass() {
        t.assertRewrites("""
                [i0]
                i1 = int_lshift_ovf(1, 62) {@code:0 [i0]}
                i2 = int_rshift(i1, 70) {=}
                b3 = int_eq(i2, 0)
                guard_true(b3) {=}
                jump(i1)
                """, "[i0] jump(4611686018427387904)");
    }
}
