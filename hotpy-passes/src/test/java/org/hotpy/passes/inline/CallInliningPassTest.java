package org.hotpy.passes.inline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.hotpy.api.pass.RuntimeFacts.FunctionFlag;
import org.hotpy.passes.testing.FakeRuntimeView;
import org.hotpy.passes.testing.PassTester;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CallInliningPassTest {
    private static final String ADD_BODY = """
            entry @add:0
            [p0, p1]
            p2 = binary_op[add](p0, p1) <@int, @int> {@add:4 [p0, p1 | p0, p1]}
            return(p2)
            """;

    private final FakeRuntimeView view = new FakeRuntimeView()
            .intObject("one", 1).intObject("ten", 10)
            .function("fn_add", "add", 2).calleeTrace("fn_add", ADD_BODY)
            .function("fn_inc", "inc", 2, "one").calleeTrace("fn_inc", """
                    entry @inc:0
                    [p0, p1]
                    guard_type(p0, @int) {@inc:2 [p0, p1]}
                    i2 = unbox_int(p0) {=}
                    i3 = unbox_int(p1) {=}
                    i4 = int_add_ovf(i2, i3) {=}
                    return(i4)
                    """)
            .function("fn_k", "k", 0).calleeTrace("fn_k", "entry @k:0\n[]\nreturn(@ten)\n")
            .function("fn_outer", "outer", 1).calleeTrace("fn_outer", """
                    entry @outer:0
                    [p0]
                    enter_frame(@inner, @fn_inner) {@outer:6 [p0 | null, @fn_inner, p0]}
                    guard_type(p0, @int) {@outer:8 [p0], @inner:0(@fn_inner) [p0]}
                    leave_frame()
                    return(p0)
                    """)
            .function("fn_rec", "main", 1).calleeTrace("fn_rec", "entry @main:0\n[p0]\nreturn(p0)\n")
            .function("fn_plain", "plain", 1)
            .function("fn_star", "star", 1, 1, Set.of(FunctionFlag.VARARGS))
            .function("fn_bad", "bad", 1).calleeTrace("fn_bad", "entry @bad:0\n[p0]\ni1 = int_add(i0, 1)\nreturn(p0)\n")
            .function("fn_init", "init", 2).calleeTrace("fn_init", """
                    entry @init:0
                    [p0, p1]
                    store_attr[x](p0, p1) <@Point, @int; shape=@S0> {@init:4 [p0, p1]}
                    return(@None)
                    """)
            .userClass("Point", 5, "S0", "fn_init").userClass("Empty", 2, "E0", null)
            .callSite("main", 16, 18, 4).callSite("main", 20, 22, 3).callSite("main", 24, 26, 2)
            .callSite("main", 30, 32, 3);
    private final PassTester t = new PassTester(new CallInliningPass(), view);

    @Nested
    class Inlining {
        @Test
        void aKnownFunctionIsSplicedBetweenFrameMarkers() {
            t.assertRewrites("""
                    loop @main:10
                    [p0]
                    p1 = call(@fn_add, p0, @one) {@main:16 [p0 | null, @fn_add, p0, @one]}
                    jump(p1)
                    """, """
                    loop @main:10
                    [p0]
                    guard_function_version(@fn_add, 1) {@main:16 [p0 | null, @fn_add, p0, @one]}
                    enter_frame(@add, @fn_add) {=}
                    p1 = binary_op[add](p0, @one) <@int, @int> {@main:18 [p0], @add:4(@fn_add) [p0, @one | p0, @one]}
                    leave_frame()
                    jump(p1)
                    """);
            assertThat(t.counter("inlined")).isEqualTo(1);
        }

        @Test
        void defaultsFillMissingArgumentsAndPrimitiveResultsAreBoxed() {
            t.assertRewrites("""
                    loop @main:10
                    [p0]
                    p1 = call(@fn_inc, p0) {@main:20 [p0 | null, @fn_inc, p0]}
                    jump(p1)
                    """, """
                    loop @main:10
                    [p0]
                    guard_function_version(@fn_inc, 1) {@main:20 [p0 | null, @fn_inc, p0]}
                    enter_frame(@inc, @fn_inc) {=}
                    guard_type(p0, @int) {@main:22 [p0], @inc:2(@fn_inc) [p0, @one]}
                    i1 = unbox_int(p0) {=}
                    i2 = unbox_int(@one) {=}
                    i3 = int_add_ovf(i1, i2) {=}
                    p4 = box_int(i3)
                    leave_frame()
                    jump(p4)
                    """);
        }

        @Test
        void aCalleeReturningAConstant() {
            t.assertRewrites("""
                    loop @main:10
                    [p0]
                    p1 = call(@fn_k) {@main:24 [p0 | null, @fn_k]}
                    p2 = build_tuple(p1, p0)
                    jump(p2)
                    """, """
                    loop @main:10
                    [p0]
                    guard_function_version(@fn_k, 1) {@main:24 [p0 | null, @fn_k]}
                    enter_frame(@k, @fn_k) {=}
                    leave_frame()
                    p1 = build_tuple(@ten, p0)
                    jump(p1)
                    """);
        }

        @Test
        void aCalleesOwnInlinedFramesNest() {
            t.assertRewrites("""
                    loop @main:10
                    [p0]
                    p1 = call(@fn_outer, p0) {@main:20 [p0 | null, @fn_outer, p0]}
                    jump(p1)
                    """, """
                    loop @main:10
                    [p0]
                    guard_function_version(@fn_outer, 1) {@main:20 [p0 | null, @fn_outer, p0]}
                    enter_frame(@outer, @fn_outer) {=}
                    enter_frame(@inner, @fn_inner) {@main:22 [p0], @outer:6(@fn_outer) [p0 | null, @fn_inner, p0]}
                    guard_type(p0, @int) {@main:22 [p0], @outer:8(@fn_outer) [p0], @inner:0(@fn_inner) [p0]}
                    leave_frame()
                    leave_frame()
                    jump(p0)
                    """);
        }

        @Test
        void aPlainClassCallBecomesANewInstanceAndItsInit() {
            t.assertRewrites("""
                    loop @main:10
                    [p0]
                    p1 = call(@Point, p0) {@main:20 [p0 | null, @Point, p0]}
                    jump(p1)
                    """, """
                    loop @main:10
                    [p0]
                    guard_type_version(@Point, 5) {@main:20 [p0 | null, @Point, p0]}
                    p1 = new_instance(@Point, @S0)
                    guard_function_version(@fn_init, 1) {=}
                    enter_frame(@init, @fn_init) {=}
                    store_attr[x](p1, p0) <@Point, @int; shape=@S0> {@main:22 [p0 | p1], @init:4(@Point) [p1, p0]}
                    leave_frame()
                    jump(p1)
                    """);
            assertThat(t.counter("instantiations")).isEqualTo(1);
        }

        @Test
        void aClassWithoutInitIsJustAnAllocation() {
            t.assertRewrites("""
                    loop @main:10
                    [p0]
                    p1 = call(@Empty) {@main:24 [p0 | null, @Empty]}
                    jump(p1)
                    """, """
                    loop @main:10
                    [p0]
                    guard_type_version(@Empty, 2) {@main:24 [p0 | null, @Empty]}
                    p1 = new_instance(@Empty, @E0)
                    jump(p1)
                    """);
        }
    }

    @Nested
    class DirectCalls {
        @Test
        void withoutACalleeTraceTheCallIsDirect() {
            t.assertRewrites("""
                    loop @main:10
                    [p0]
                    p1 = call(@fn_plain, p0) {@main:30 [p0 | null, @fn_plain, p0]}
                    jump(p1)
                    """, """
                    loop @main:10
                    [p0]
                    guard_function_version(@fn_plain, 1) {@main:30 [p0 | null, @fn_plain, p0]}
                    p1 = call_py(@fn_plain, p0) {=}
                    jump(p1)
                    """);
            assertThat(t.counter("direct-calls")).isEqualTo(1);
        }

        @Test
        void recursionIsNotInlined() {
            t.assertRewrites("""
                    loop @main:10
                    [p0]
                    p1 = call(@fn_rec, p0) {@main:20 [p0 | null, @fn_rec, p0]}
                    jump(p1)
                    """, """
                    loop @main:10
                    [p0]
                    guard_function_version(@fn_rec, 1) {@main:20 [p0 | null, @fn_rec, p0]}
                    p1 = call_py(@fn_rec, p0) {=}
                    jump(p1)
                    """);
        }

        @Test
        void anInvalidCalleeTraceIsNotSpliced() {
            t.assertRewrites("""
                    loop @main:10
                    [p0]
                    p1 = call(@fn_bad, p0) {@main:20 [p0 | null, @fn_bad, p0]}
                    jump(p1)
                    """, """
                    loop @main:10
                    [p0]
                    guard_function_version(@fn_bad, 1) {@main:20 [p0 | null, @fn_bad, p0]}
                    p1 = call_py(@fn_bad, p0) {=}
                    jump(p1)
                    """);
            assertThat(t.counter("callee-invalid")).isEqualTo(1);
        }

        @Test
        void theSizeLimitIsAnOption() {
            new PassTester(new CallInliningPass(), view, Map.of("call-inlining.max-callee-size", "1")).assertRewrites("""
                    loop @main:10
                    [p0]
                    p1 = call(@fn_add, p0, @one) {@main:16 [p0 | null, @fn_add, p0, @one]}
                    jump(p1)
                    """, """
                    loop @main:10
                    [p0]
                    guard_function_version(@fn_add, 1) {@main:16 [p0 | null, @fn_add, p0, @one]}
                    p1 = call_py(@fn_add, p0, @one) {=}
                    jump(p1)
                    """);
        }
    }

    @Nested
    class LeftAlone {
        @Test
        void callsThatDoNotBindPlainlyStay() {
            t.assertUnchanged("""
                    loop @main:10
                    [p0, p1]
                    p2 = call(@fn_star, p0) {@main:20 [p0, p1]}
                    p3 = call(@fn_add, p0, p0, p0) {@main:20 [p0, p1]}
                    p4 = call[key](@fn_add, p0, p0) {@main:20 [p0, p1]}
                    p5 = call(p1, p0) {@main:20 [p0, p1]}
                    p6 = call(@unknown, p0) {@main:20 [p0, p1]}
                    jump(p0, p1)
                    """);
        }

        @Test
        void theDepthLimitIsAnOption() {
            new PassTester(new CallInliningPass(), view, Map.of("call-inlining.max-depth", "0")).assertUnchanged("""
                    loop @main:10
                    [p0]
                    p1 = call(@fn_add, p0, @one) {@main:16 [p0 | null, @fn_add, p0, @one]}
                    jump(p1)
                    """);
        }
    }
}
