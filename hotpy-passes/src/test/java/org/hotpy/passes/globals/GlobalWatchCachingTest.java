package org.hotpy.passes.globals;

import static org.assertj.core.api.Assertions.assertThat;

import org.hotpy.passes.testing.FakeRuntimeView;
import org.hotpy.passes.testing.PassTester;
import org.junit.jupiter.api.Test;

/**
 * {@link GlobalLookupCachingPass} with a view that watches single names
 * ({@code RuntimeView.watchGlobal}): constants behind {@code guard_global_binding}, kept across
 * stores to other names of a watched dict. ({@link GlobalLookupCachingPassTest} covers views
 * without watches, which get whole-dict version guards.)
 */
class GlobalWatchCachingTest {
    private final FakeRuntimeView view = new FakeRuntimeView().watchingGlobals()
            .dict("G", 7, "f", "fn_f", "g", "fn_g", "N", "n100", "len", "my_len", "count", "n0")
            .dict("B", 3, "len", "builtin_len", "range", "builtin_range")
            .dict("G2", 1, "h", "fn_h")
            .rebindsOften("G", "g");
    private final PassTester t = new PassTester(new GlobalLookupCachingPass(), view);

    @Test
    void aGlobalBecomesAConstantBehindItsOwnWatch() {
        t.assertRewrites("""
                [p0]
                p1 = load_global[f](@G, @B) {@code:2 [p0]}
                p2 = call(p1, p0) {@code:4 [p0 | null, p1, p0]}
                jump(p2)
                """, """
                [p0]
                guard_global_binding(@w_G_f) {@code:2 [p0]}
                p1 = call(@fn_f, p0) {@code:4 [p0 | null, @fn_f, p0]}
                jump(p1)
                """);
        assertThat(t.counter("loads-cached")).isEqualTo(1);
        assertThat(t.counter("guards-added")).isEqualTo(1);
    }

    @Test
    void aBuiltinIsWatchedAbsentFromTheGlobalsAndPresentInTheBuiltins() {
        t.assertRewrites("[p0] p1 = load_global[range](@G, @B) {@code:2 [p0]}; jump(p1)", """
                [p0]
                guard_global_binding(@w_G_no_range) {@code:2 [p0]}
                guard_global_binding(@w_B_range) {=}
                jump(@builtin_range)
                """);
    }

    @Test
    void aGlobalShadowingABuiltinIsWatchedInTheGlobals() {
        t.assertRewrites("[p0] p1 = load_global[len](@G, @B) {@code:2 [p0]}; jump(p1)",
                "[p0] guard_global_binding(@w_G_len) {@code:2 [p0]}; jump(@my_len)");
    }

    @Test
    void storesToOtherNamesKeepTheWatchesAndTheirGuards() {
        // pystone's main loop: callees store globals between the loads of the functions it calls.
        t.assertRewrites("""
                [p0]
                p1 = load_global[f](@G, @B) {@code:2 [p0]}
                store_global[count](@G, p0) {@code:4 [p0]}
                p2 = load_global[f](@G, @B) {@code:6 [p0]}
                p3 = load_global[N](@G, @B) {@code:8 [p0]}
                store_global[count](@G, p3) {@code:10 [p0]}
                p4 = build_tuple(p1, p2, p3)
                jump(p4)
                """, """
                [p0]
                guard_global_binding(@w_G_f) {@code:2 [p0]}
                store_global[count](@G, p0) {@code:4 [p0]}
                guard_global_binding(@w_G_N) {@code:8 [p0]}
                store_global[count](@G, @n100) {@code:10 [p0]}
                p1 = build_tuple(@fn_f, @fn_f, @n100)
                jump(p1)
                """);
        assertThat(t.counter("loads-cached")).isEqualTo(3);
        assertThat(t.counter("guards-added")).isEqualTo(2);
    }

    @Test
    void aNameTheTraceStoresStaysALoad() {
        t.assertRewrites("""
                [p0]
                p1 = load_global[count](@G, @B) {@code:2 [p0]}
                store_global[count](@G, p0) {@code:4 [p0]}
                p2 = load_global[f](@G, @B) {@code:6 [p0]}
                jump(p2)
                """, """
                [p0]
                p1 = load_global[count](@G, @B) {@code:2 [p0]}
                store_global[count](@G, p0) {@code:4 [p0]}
                guard_global_binding(@w_G_f) {@code:6 [p0]}
                jump(@fn_f)
                """);
        assertThat(t.counter("loads-left-stored-or-rebound")).isEqualTo(1);
    }

    @Test
    void storingAGlobalThatShadowsABuiltinKeepsTheBuiltinALoad() {
        t.assertUnchanged("""
                [p0]
                p1 = load_global[range](@G, @B) {@code:2 [p0]}
                store_global[range](@G, p0) {@code:4 [p0]}
                jump(p1)
                """);
    }

    @Test
    void aLoadAfterTheTracesOwnStoreGetsTheStoredValue() {
        // pystone's proc_5 stores char1_glob and proc_4, inlined right after, reads it.
        t.assertRewrites("""
                [p0]
                store_global[count](@G, p0) {@code:2 [p0]}
                p1 = load_global[N](@G, @B) {@code:4 [p0]}
                p2 = load_global[count](@G, @B) {@code:6 [p0]}
                jump(p2)
                """, """
                [p0]
                store_global[count](@G, p0) {@code:2 [p0]}
                guard_global_binding(@w_G_N) {@code:4 [p0]}
                jump(p0)
                """);
        assertThat(t.counter("loads-forwarded")).isEqualTo(1);
    }

    @Test
    void forwardingStopsAtOpaqueCode() {
        t.assertUnchanged("""
                [p0]
                store_global[count](@G, p0) {@code:2 [p0]}
                p1 = call(p0) {@code:4 [p0]}
                p2 = load_global[count](@G, @B) {@code:6 [p0]}
                jump(p2)
                """);
    }

    @Test
    void forwardingStopsAtTheLabel() {
        // After the back-edge the body's own store, not the preamble's, is the last one.
        t.assertRewrites("""
                [p0]
                store_global[count](@G, p0) {@code:2 [p0]}
                p1 = load_global[count](@G, @B) {@code:4 [p0]}
                [p2] = label(p1)
                p3 = load_global[count](@G, @B) {@code:4 [p2]}
                store_global[count](@G, p3) {@code:2 [p2]}
                jump(p3)
                """, """
                [p0]
                store_global[count](@G, p0) {@code:2 [p0]}
                [p1] = label(p0)
                p2 = load_global[count](@G, @B) {@code:4 [p1]}
                store_global[count](@G, p2) {@code:2 [p1]}
                jump(p2)
                """);
    }

    @Test
    void aStoreIntoAnotherDictIsNotForwardedToTheGlobals() {
        t.assertRewrites("""
                [p0]
                store_global[count](@G2, p0) {@code:2 [p0]}
                p1 = load_global[count](@G, @B) {@code:4 [p0]}
                jump(p1)
                """, """
                [p0]
                store_global[count](@G2, p0) {@code:2 [p0]}
                guard_global_binding(@w_G_count) {@code:4 [p0]}
                jump(@n0)
                """);
    }

    @Test
    void aSecondRoundKnowsWhichDictAGuardWatches() {
        // After call inlining the first round's guard is in the trace; the store after it still
        // keeps the stored value and the guard.
        t.assertRewrites("""
                [p0]
                guard_global_binding(@w_G_f) {@code:2 [p0]}
                store_global[count](@G, p0) {@code:4 [p0]}
                store_global[N](@G, p0) {@code:6 [p0]}
                p1 = load_global[count](@G, @B) {@code:8 [p0]}
                p2 = load_global[f](@G, @B) {@code:10 [p0]}
                p3 = build_tuple(p1, p2)
                jump(p3)
                """, """
                [p0]
                guard_global_binding(@w_G_f) {@code:2 [p0]}
                store_global[count](@G, p0) {@code:4 [p0]}
                store_global[N](@G, p0) {@code:6 [p0]}
                p1 = build_tuple(p0, @fn_f)
                jump(p1)
                """);
        assertThat(t.counter("loads-forwarded")).isEqualTo(1);
    }

    @Test
    void aNameTheTraceWritesBackIsStillCached() {
        // rec_glob = proc_1(rec_glob), with proc_1 inlined and returning its argument.
        t.assertRewrites("""
                [p0]
                p1 = load_global[count](@G, @B) {@code:2 [p0]}
                p2 = call(p0) {@code:4 [p0]}
                store_global[count](@G, p1) {@code:6 [p0]}
                jump(p2)
                """, """
                [p0]
                guard_global_binding(@w_G_count) {@code:2 [p0]}
                p1 = call(p0) {@code:4 [p0]}
                store_global[count](@G, @n0) {@code:6 [p0]}
                jump(p1)
                """);
    }

    @Test
    void aNameTheTraceStoresItsCurrentValueIntoIsStillCached() {
        // int_glob = 5, when int_glob is 5 already (the same object).
        t.assertRewrites("""
                [p0]
                p1 = load_global[count](@G, @B) {@code:2 [p0]}
                store_global[count](@G, @n0) {@code:4 [p0]}
                jump(p1)
                """, """
                [p0]
                guard_global_binding(@w_G_count) {@code:2 [p0]}
                store_global[count](@G, @n0) {@code:4 [p0]}
                jump(@n0)
                """);
    }

    @Test
    void aNameTheTraceStoresAnotherConstantIntoStaysALoad() {
        t.assertUnchanged("""
                [p0]
                p1 = load_global[count](@G, @B) {@code:2 [p0]}
                store_global[count](@G, @n100) {@code:4 [p0]}
                jump(p1)
                """);
    }

    @Test
    void aNameReboundOftenStaysALoad() {
        t.assertUnchanged("[p0] p1 = load_global[g](@G, @B) {@code:2 [p0]}; jump(p1)");
        assertThat(t.counter("loads-left-stored-or-rebound")).isEqualTo(1);
    }

    @Test
    void aStoreIntoADictWithoutAGuardedWatchIsOpaque() {
        // Nothing guarantees G2 has only str keys, so storing into it might run code.
        t.assertRewrites("""
                [p0]
                p1 = load_global[f](@G, @B) {@code:2 [p0]}
                store_global[x](@G2, p0) {@code:4 [p0]}
                p2 = load_global[f](@G, @B) {@code:6 [p0]}
                jump(p2)
                """, """
                [p0]
                guard_global_binding(@w_G_f) {@code:2 [p0]}
                store_global[x](@G2, p0) {@code:4 [p0]}
                guard_global_binding(@w_G_f) {@code:6 [p0]}
                jump(@fn_f)
                """);
    }

    @Test
    void anOpaqueCallMeansGuardingAgain() {
        t.assertRewrites("""
                [p0]
                p1 = load_global[N](@G, @B) {@code:2 [p0]}
                p2 = call(p0) {@code:4 [p0]}
                p3 = load_global[N](@G, @B) {@code:6 [p0]}
                jump(p3)
                """, """
                [p0]
                guard_global_binding(@w_G_N) {@code:2 [p0]}
                p1 = call(p0) {@code:4 [p0]}
                guard_global_binding(@w_G_N) {@code:6 [p0]}
                jump(@n100)
                """);
    }

    @Test
    void aPeeledLoopThatOnlyStoresKeepsThePreamblesWatch() {
        t.assertRewrites("""
                [p0]
                p1 = load_global[f](@G, @B) {@code:2 [p0]}
                [p2] = label(p0)
                p3 = load_global[f](@G, @B) {@code:2 [p2]}
                store_global[count](@G, p2) {@code:4 [p2]}
                jump(p3)
                """, """
                [p0]
                guard_global_binding(@w_G_f) {@code:2 [p0]}
                [p1] = label(p0)
                store_global[count](@G, p1) {@code:4 [p1]}
                jump(@fn_f)
                """);
    }

    @Test
    void aPeeledLoopThatRunsCodeGuardsAgainAfterTheLabel() {
        t.assertRewrites("""
                [p0]
                p1 = load_global[f](@G, @B) {@code:2 [p0]}
                [p2] = label(p0)
                p3 = load_global[f](@G, @B) {@code:2 [p2]}
                p4 = call(p3) {@code:4 [p2]}
                jump(p4)
                """, """
                [p0]
                guard_global_binding(@w_G_f) {@code:2 [p0]}
                [p1] = label(p0)
                guard_global_binding(@w_G_f) {@code:2 [p1]}
                p2 = call(@fn_f) {@code:4 [p1]}
                jump(p2)
                """);
    }

    @Test
    void aRepeatedWatchGuardIsRemoved() {
        t.assertRewrites("""
                [p0]
                guard_global_binding(@w_G_f) {@code:2 [p0]}
                p1 = build_tuple(p0)
                guard_global_binding(@w_G_f) {@code:6 [p0]}
                jump(p1)
                """, """
                [p0]
                guard_global_binding(@w_G_f) {@code:2 [p0]}
                p1 = build_tuple(p0)
                jump(p1)
                """);
        assertThat(t.counter("guards-removed")).isEqualTo(1);
    }

    @Test
    void aViewWithoutWatchesForADictFallsBackToVersions() {
        FakeRuntimeView plain = new FakeRuntimeView().dict("G", 7, "f", "fn_f").dict("B", 3);
        new PassTester(new GlobalLookupCachingPass(), plain).assertRewrites(
                "[p0] p1 = load_global[f](@G, @B) {@code:2 [p0]}; jump(p1)",
                "[p0] guard_globals_version(@G, 7) {@code:2 [p0]}; jump(@fn_f)");
    }
}
