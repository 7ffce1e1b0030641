package org.hotpy.passes.types;

import static org.assertj.core.api.Assertions.assertThat;

import org.hotpy.api.pass.RuntimeFacts.AttributeKind;
import org.hotpy.passes.testing.FakeRuntimeView;
import org.hotpy.passes.testing.PassTester;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TypeSpecialisationPassTest {
    private final FakeRuntimeView view = new FakeRuntimeView()
            .intObject("one", 1).intObject("huge", 1L << 60).floatObject("half", 0.5)
            .userClass("Point", 7, "S0", null)
            .shape("S0").shape("S1", "x").shape("S2", "x", "y")
            .transition("S0", "x", "S1").transition("S1", "y", "S2")
            .classAttribute("Point", "norm", "fn_norm", AttributeKind.FUNCTION)
            .classAttribute("Point", "dims", "two", AttributeKind.PLAIN)
            .classAttribute("Point", "area", "area_prop", AttributeKind.DATA_DESCRIPTOR)
            .customClass("Proxy", 3)
            .function("fn_norm", "norm", 1)
            .function("fn_f", "f", 2)
            .builtinFunction("builtin_len", "len").builtinFunction("builtin_abs", "abs");
    private final PassTester t = new PassTester(new TypeSpecialisationPass(), view);

    @Nested
    class Numbers {
        @Test
        void intAdditionBecomesGuardsAndCheckedAdd() {
            t.assertRewrites("""
                    [p0, p1]
                    p2 = binary_op[add](p0, p1) <@int, @int> {@f:4 [p0, p1 | p0, p1]}
                    jump(p2, p1)
                    """, """
                    [p0, p1]
                    guard_type(p0, @int) {@f:4 [p0, p1 | p0, p1]}
                    guard_type(p1, @int) {=}
                    i2 = unbox_int(p0) {=}
                    i3 = unbox_int(p1) {=}
                    i4 = int_add_ovf(i2, i3) {=}
                    p5 = box_int(i4)
                    jump(p5, p1)
                    """);
            assertThat(t.counter("specialised")).isEqualTo(1);
            assertThat(t.counter("guards-added")).isEqualTo(5);
        }

        @Test
        void aValueGuardedOnceIsKnownAfterwards() {
            t.assertRewrites("""
                    [p0]
                    p1 = binary_op[mul](p0, p0) <@int, @int> {@f:4 [p0 | p0, p0]}
                    p2 = binary_op[isub](p1, p0) <@int, @int> {@f:6 [p0 | p1, p0]}
                    jump(p2)
                    """, """
                    [p0]
                    guard_type(p0, @int) {@f:4 [p0 | p0, p0]}
                    i1 = unbox_int(p0) {=}
                    i2 = int_mul_ovf(i1, i1) {=}
                    p3 = box_int(i2)
                    i4 = int_sub_ovf(i2, i1) {@f:6 [p0 | p3, p0]}
                    p5 = box_int(i4)
                    jump(p5)
                    """);
        }

        @Test
        void constantIntsNeedNoGuard() {
            t.assertRewrites("""
                    [p0]
                    p1 = binary_op[iadd](p0, @one) <@int, @int> {@f:4 [p0 | p0, @one]}
                    jump(p1)
                    """, """
                    [p0]
                    guard_type(p0, @int) {@f:4 [p0 | p0, @one]}
                    i1 = unbox_int(p0) {=}
                    i2 = int_add_ovf(i1, 1) {=}
                    p3 = box_int(i2)
                    jump(p3)
                    """);
        }

        @Test
        void floatsAndMixedArithmetic() {
            t.assertRewrites("""
                    [p0, p1]
                    p2 = binary_op[truediv](p0, p1) <@float, @int> {@f:4 [p0, p1 | p0, p1]}
                    p3 = binary_op[mul](p2, @half) <@float, @float> {@f:6 [p0, p1 | p2]}
                    jump(p3, p1)
                    """, """
                    [p0, p1]
                    guard_type(p0, @float) {@f:4 [p0, p1 | p0, p1]}
                    guard_type(p1, @int) {=}
                    f2 = unbox_float(p0)
                    i3 = unbox_int(p1) {=}
                    f4 = int_to_float(i3)
                    f5 = float_truediv(f2, f4) {=}
                    p6 = box_float(f5)
                    f7 = float_mul(f5, 0.5)
                    p8 = box_float(f7)
                    jump(p8, p1)
                    """);
        }

        @Test
        void comparisonsAndTruthFeedConditionalExits() {
            t.assertRewrites("""
                    [p0]
                    p1 = compare_op[lt](p0, @one) <@int, @int> {@f:2 [p0 | p0, @one]}
                    b2 = truth(p1) <@bool> {@f:4 [p0 | p1]}
                    guard_true(b2) {=}
                    jump(p0)
                    """, """
                    [p0]
                    guard_type(p0, @int) {@f:2 [p0 | p0, @one]}
                    i1 = unbox_int(p0) {=}
                    b2 = int_lt(i1, 1)
                    p3 = box_bool(b2)
                    guard_true(b2) {@f:4 [p0 | p3]}
                    jump(p0)
                    """);
        }

        @Test
        void mixedComparisonOnlyWithASmallConstantInt() {
            t.assertRewrites("""
                    [p0]
                    p1 = compare_op[ge](p0, @one) <@float, @int> {@f:2 [p0]}
                    jump(p1)
                    """, """
                    [p0]
                    guard_type(p0, @float) {@f:2 [p0]}
                    f1 = unbox_float(p0)
                    b2 = float_ge(f1, 1.0)
                    p3 = box_bool(b2)
                    jump(p3)
                    """);
            // Python compares int and float exactly; 2**60 does not convert exactly, and p1 is unknown.
            t.assertUnchanged("""
                    [p0, p1]
                    p2 = compare_op[ge](p0, @huge) <@float, @int> {@f:2 [p0]}
                    p3 = compare_op[lt](p0, p1) <@float, @int> {@f:4 [p0]}
                    jump(p2, p3)
                    """);
        }

        @Test
        void truthOfNoneListsAndNotOperator() {
            // bool(None) is False, so the guard_false on it is proved and goes too.
            t.assertRewrites("""
                    [p0, p1]
                    b2 = truth(p0) <@NoneType> {@f:2 [p0, p1]}
                    guard_false(b2) {=}
                    p3 = unary_not(p1) <@list> {@f:4 [p0, p1]}
                    jump(p3, p1)
                    """, """
                    [p0, p1]
                    guard_type(p0, @NoneType) {@f:2 [p0, p1]}
                    guard_type(p1, @list) {@f:4 [p0, p1]}
                    i2 = len(p1)
                    b3 = int_is_true(i2)
                    b4 = bool_not(b3)
                    p5 = box_bool(b4)
                    jump(p5, p1)
                    """);
        }

        @Test
        void unaryOps() {
            t.assertRewrites("""
                    [p0, p1]
                    p2 = unary_negative(p0) <@int> {@f:2 [p0, p1]}
                    p3 = unary_invert(p0) <@int> {@f:4 [p0, p1]}
                    p4 = unary_negative(p1) <@float> {@f:6 [p0, p1]}
                    jump(p3, p4)
                    """, """
                    [p0, p1]
                    guard_type(p0, @int) {@f:2 [p0, p1]}
                    i2 = unbox_int(p0) {=}
                    i3 = int_neg_ovf(i2) {=}
                    p4 = box_int(i3)
                    i5 = int_invert(i2)
                    p6 = box_int(i5)
                    guard_type(p1, @float) {@f:6 [p0, p1]}
                    f7 = unbox_float(p1)
                    f8 = float_neg(f7)
                    p9 = box_float(f8)
                    jump(p6, p9)
                    """);
        }

        @Test
        void unsupportedOperandsStay() {
            t.assertUnchanged("""
                    [p0, p1]
                    p2 = binary_op[pow](p0, p1) <@int, @int> {@f:2 [p0, p1]}
                    p3 = binary_op[add](p0, p1) <@str, @str> {@f:4 [p0, p1]}
                    p4 = binary_op[add](p0, p1) {@f:6 [p0, p1]}
                    jump(p2, p3)
                    """);
        }
    }

    @Nested
    class Attributes {
        @Test
        void instanceAttributeLoadBecomesShapeGuardAndSlotRead() {
            t.assertRewrites("""
                    [p0]
                    p1 = load_attr[y](p0) <@Point; shape=@S2> {@f:2 [p0]}
                    p2 = load_attr[x](p0) <@Point; shape=@S2> {@f:4 [p0 | p1]}
                    jump(p2)
                    """, """
                    [p0]
                    guard_type(p0, @Point) {@f:2 [p0]}
                    guard_type_version(@Point, 7) {=}
                    guard_shape(p0, @S2) {=}
                    p1 = get_slot[1](p0)
                    p2 = get_slot[0](p0)
                    jump(p2)
                    """);
        }

        @Test
        void storeExistingAndNewAttributes() {
            t.assertRewrites("""
                    [p0, p1]
                    store_attr[x](p0, p1) <@Point, @int; shape=@S1> {@f:2 [p0, p1]}
                    store_attr[y](p0, p1) <@Point, @int; shape=@S1> {@f:4 [p0, p1]}
                    p2 = load_attr[y](p0) <@Point; shape=@S2> {@f:6 [p0, p1]}
                    jump(p2, p1)
                    """, """
                    [p0, p1]
                    guard_type(p0, @Point) {@f:2 [p0, p1]}
                    guard_type_version(@Point, 7) {=}
                    guard_shape(p0, @S1) {=}
                    set_slot[0](p0, p1)
                    set_shape(p0, @S2)
                    set_slot[1](p0, p1)
                    p2 = get_slot[1](p0)
                    jump(p2, p1)
                    """);
        }

        @Test
        void methodsBecomeBoundMethodsAndCallsUnbindThem() {
            t.assertRewrites("""
                    [p0]
                    p1 = load_attr[norm](p0) <@Point; shape=@S2> {@f:2 [p0]}
                    p2 = call(p1) <@method; value=@bm> {@f:4 [p0 | null, p1]}
                    jump(p2)
                    """, """
                    [p0]
                    guard_type(p0, @Point) {@f:2 [p0]}
                    guard_type_version(@Point, 7) {=}
                    guard_shape(p0, @S2) {=}
                    p1 = new_bound_method(@fn_norm, p0)
                    p2 = call(@fn_norm, p0) <; value=@fn_norm> {@f:4 [p0 | null, p1]}
                    jump(p2)
                    """);
        }

        @Test
        void classConstantsAndDescriptors() {
            t.assertRewrites("""
                    [p0]
                    p1 = load_attr[dims](p0) <@Point; shape=@S1> {@f:2 [p0]}
                    p2 = load_attr[area](p0) <@Point; shape=@S1> {@f:4 [p0 | p1]}
                    jump(p2)
                    """, """
                    [p0]
                    guard_type(p0, @Point) {@f:2 [p0]}
                    guard_type_version(@Point, 7) {=}
                    guard_shape(p0, @S1) {=}
                    p1 = load_attr[area](p0) <@Point; shape=@S1> {@f:4 [p0 | @two]}
                    jump(p1)
                    """);
        }

        @Test
        void customAttributeAccessAndUnknownShapesStay() {
            t.assertUnchanged("""
                    [p0, p1]
                    p2 = load_attr[x](p0) <@Proxy; shape=@S1> {@f:2 [p0, p1]}
                    p3 = load_attr[x](p1) <@Point> {@f:4 [p0, p1]}
                    p4 = load_attr[z](p1) <@Point; shape=@S2> {@f:6 [p0, p1]}
                    jump(p2, p3)
                    """);
        }

        @Test
        void anOpaqueCallMeansGuardingAgain() {
            t.assertRewrites("""
                    [p0]
                    p1 = load_attr[x](p0) <@Point; shape=@S1> {@f:2 [p0]}
                    p2 = call(p1) {@f:4 [p0]}
                    p3 = load_attr[x](p0) <@Point; shape=@S1> {@f:6 [p0]}
                    jump(p3)
                    """, """
                    [p0]
                    guard_type(p0, @Point) {@f:2 [p0]}
                    guard_type_version(@Point, 7) {=}
                    guard_shape(p0, @S1) {=}
                    p1 = get_slot[0](p0)
                    p2 = call(p1) {@f:4 [p0]}
                    guard_type(p0, @Point) {@f:6 [p0]}
                    guard_type_version(@Point, 7) {=}
                    guard_shape(p0, @S1) {=}
                    p3 = get_slot[0](p0)
                    jump(p3)
                    """);
        }
    }

    @Nested
    class Containers {
        @Test
        void listAndTupleSubscripts() {
            t.assertRewrites("""
                    [p0, p1, p2]
                    p3 = binary_subscr(p0, p1) <@list, @int> {@f:2 [p0, p1, p2]}
                    store_subscr(p0, p1, p3) <@list, @int, @str> {@f:4 [p0, p1, p2]}
                    p4 = binary_subscr(p2, @one) <@tuple, @int> {@f:6 [p0, p1, p2]}
                    jump(p0, p1, p4)
                    """, """
                    [p0, p1, p2]
                    guard_type(p0, @list) {@f:2 [p0, p1, p2]}
                    guard_type(p1, @int) {=}
                    i3 = unbox_int(p1) {=}
                    p4 = list_get_item(p0, i3) {=}
                    list_set_item(p0, i3, p4) {@f:4 [p0, p1, p2]}
                    guard_type(p2, @tuple) {@f:6 [p0, p1, p2]}
                    p5 = tuple_get_item(p2, 1) {=}
                    jump(p0, p1, p5)
                    """);
        }

        @Test
        void lenOfABuiltinContainerIsTheLengthOp() {
            t.assertRewrites("""
                    [p0, p1]
                    p2 = call(@builtin_len, p0) <@builtin_function, @list> {@f:2 [p0, p1]}
                    p3 = call(@builtin_len, p1) <@builtin_function, @Point> {@f:4 [p0, p1]}
                    p4 = call(@builtin_abs, p0) <@builtin_function, @list> {@f:6 [p0, p1]}
                    jump(p2, p3)
                    """, """
                    [p0, p1]
                    guard_type(p0, @list) {@f:2 [p0, p1]}
                    i2 = len(p0)
                    p3 = box_int(i2)
                    p4 = call(@builtin_len, p1) <@builtin_function, @Point> {@f:4 [p0, p1]}
                    p5 = call(@builtin_abs, p0) <@builtin_function, @list> {@f:6 [p0, p1]}
                    jump(p3, p4)
                    """);
        }

        @Test
        void rangeAndListIteration() {
            t.assertRewrites("""
                    [p0, p1]
                    p2 = for_iter(p0) <@range_iterator> {@f:2 [p0, p1]}
                    p3 = for_iter(p1) <@list_iterator> {@f:8 [p0, p1]}
                    jump(p0, p1)
                    """, """
                    [p0, p1]
                    guard_type(p0, @range_iterator) {@f:2 [p0, p1]}
                    i2 = range_iter_next(p0) {=}
                    p3 = box_int(i2)
                    guard_type(p1, @list_iterator) {@f:8 [p0, p1]}
                    p4 = list_iter_next(p1) {=}
                    jump(p0, p1)
                    """);
        }
    }

    @Nested
    class Redundancy {
        @Test
        void guardsProvedEarlierGo() {
            t.assertRewrites("""
                    [p0, b1]
                    guard_type(p0, @int) {@f:2 [p0, b1]}
                    guard_true(b1) {=}
                    i2 = unbox_int(p0) {=}
                    guard_type(p0, @int) {@f:4 [p0, b1]}
                    guard_true(b1) {=}
                    i3 = unbox_int(p0) {=}
                    i4 = int_add(i2, i3)
                    p5 = box_int(i4)
                    guard_type(p5, @int) {=}
                    jump(p5, b1)
                    """, """
                    [p0, b1]
                    guard_type(p0, @int) {@f:2 [p0, b1]}
                    guard_true(b1) {=}
                    i2 = unbox_int(p0) {=}
                    i3 = int_add(i2, i2)
                    p4 = box_int(i3)
                    jump(p4, b1)
                    """);
            assertThat(t.counter("guards-removed")).isEqualTo(3);
            assertThat(t.counter("repeats-removed")).isEqualTo(1);
        }

        @Test
        void versionFactsCrossALabelOnlyWhenTheLoopRunsNoCode() {
            t.assertRewrites("""
                    [p0]
                    guard_type_version(@Point, 7) {@f:2 [p0]}
                    [p1] = label(p0)
                    guard_type_version(@Point, 7) {@f:2 [p1]}
                    jump(p1)
                    """, """
                    [p0]
                    guard_type_version(@Point, 7) {@f:2 [p0]}
                    [p1] = label(p0)
                    jump(p1)
                    """);
            t.assertUnchanged("""
                    [p0]
                    guard_type_version(@Point, 7) {@f:2 [p0]}
                    [p1] = label(p0)
                    guard_type_version(@Point, 7) {@f:2 [p1]}
                    p2 = call(p1) {=}
                    jump(p2)
                    """);
        }

        @Test
        void calleesSeenAsFunctionsAreGuarded() {
            t.assertRewrites("""
                    [p0, p1]
                    p2 = call(p0, p1) <@function, @int; value=@fn_f> {@f:2 [p0, p1]}
                    jump(p0, p2)
                    """, """
                    [p0, p1]
                    guard_is(p0, @fn_f) {@f:2 [p0, p1]}
                    p2 = call(@fn_f, p1) <@function, @int; value=@fn_f> {=}
                    jump(p0, p2)
                    """);
        }
    }
}
