package org.hotpy.passes.globals;

import static org.assertj.core.api.Assertions.assertThat;

import org.hotpy.api.pass.PassContext;
import org.hotpy.api.pass.IntrinsicRegistry;
import org.hotpy.api.trace.TraceText;
import org.hotpy.passes.testing.FakeRuntimeView;
import org.hotpy.passes.testing.PassTester;
import org.junit.jupiter.api.Test;

class GlobalLookupCachingPassTest {
    private final FakeRuntimeView view = new FakeRuntimeView()
            .dict("G", 7, "f", "fn_f", "N", "n100", "len", "my_len")
            .dict("B", 3, "len", "builtin_len", "range", "builtin_range", "print", "builtin_print")
            .dict("G2", 1, "g", "fn_g");
    private final PassTester t = new PassTester(new GlobalLookupCachingPass(), view);

    @Test
    void aGlobalBecomesAConstantBehindOneGuard() {
        t.assertRewrites("""
                [p0]
                p1 = load_global[f](@G, @B) {@code:2 [p0]}
                p2 = call(p1, p0) {@code:4 [p0 | null, p1, p0]}
                jump(p2)
                """, """
                [p0]
                guard_globals_version(@G, 7) {@code:2 [p0]}
                p1 = call(@fn_f, p0) {@code:4 [p0 | null, @fn_f, p0]}
                jump(p1)
                """);
        assertThat(t.counter("loads-cached")).isEqualTo(1);
        assertThat(t.counter("guards-added")).isEqualTo(1);
    }

    @Test
    void aBuiltinIsGuardedInBothDicts() {
        t.assertRewrites("""
                [p0]
                p1 = load_global[range](@G, @B) {@code:2 [p0]}
                jump(p1)
                """, """
                [p0]
                guard_globals_version(@G, 7) {@code:2 [p0]}
                guard_globals_version(@B, 3) {=}
                jump(@builtin_range)
                """);
    }

    @Test
    void aGlobalShadowingABuiltinWins() {
        t.assertRewrites("[p0] p1 = load_global[len](@G, @B) {@code:2 [p0]}; jump(p1)",
                "[p0] guard_globals_version(@G, 7) {@code:2 [p0]}; jump(@my_len)");
    }

    @Test
    void oneGuardPerDictWhenNothingOpaqueIntervenes() {
        t.assertRewrites("""
                [p0]
                p1 = load_global[N](@G, @B) {@code:2 [p0]}
                p2 = load_global[print](@G, @B) {@code:4 [p0 | p1]}
                p3 = load_global[range](@G, @B) {@code:6 [p0 | p1, p2]}
                p4 = build_tuple(p1, p2, p3)
                jump(p4)
                """, """
                [p0]
                guard_globals_version(@G, 7) {@code:2 [p0]}
                guard_globals_version(@B, 3) {@code:4 [p0 | @n100]}
                p1 = build_tuple(@n100, @builtin_print, @builtin_range)
                jump(p1)
                """);
        assertThat(t.counter("guards-added")).isEqualTo(2);
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
                guard_globals_version(@G, 7) {@code:2 [p0]}
                p1 = call(p0) {@code:4 [p0]}
                guard_globals_version(@G, 7) {@code:6 [p0]}
                jump(@n100)
                """);
    }

    @Test
    void differentGlobalsDictsGetTheirOwnGuards() {
        t.assertRewrites("""
                [p0]
                p1 = load_global[f](@G, @B) {@code:2 [p0]}
                p2 = load_global[g](@G2, @B) {@code:4 [p0]}
                p3 = build_list(p1, p2)
                jump(p3)
                """, """
                [p0]
                guard_globals_version(@G, 7) {@code:2 [p0]}
                guard_globals_version(@G2, 1) {@code:4 [p0]}
                p1 = build_list(@fn_f, @fn_g)
                jump(p1)
                """);
    }

    @Test
    void unknownNamesStay() {
        t.assertUnchanged("[p0] p1 = load_global[missing](@G, @B) {@code:2 [p0]}; jump(p1)");
    }

    @Test
    void unknownDictsStay() {
        t.assertUnchanged("[p0] p1 = load_global[f](@Other, @B) {@code:2 [p0]}; jump(p1)");
    }

    @Test
    void anUncachedLoadCountsAsOpaque() {
        t.assertRewrites("""
                [p0]
                p1 = load_global[f](@G, @B) {@code:2 [p0]}
                p2 = load_global[missing](@G, @B) {@code:4 [p0]}
                p3 = load_global[f](@G, @B) {@code:6 [p0]}
                jump(p3)
                """, """
                [p0]
                guard_globals_version(@G, 7) {@code:2 [p0]}
                p1 = load_global[missing](@G, @B) {@code:4 [p0]}
                guard_globals_version(@G, 7) {@code:6 [p0]}
                jump(@fn_f)
                """);
    }

    @Test
    void aSecondRoundRemovesGuardsThatBecameRedundant() {
        t.assertRewrites("""
                [p0]
                guard_globals_version(@G, 7) {@code:2 [p0]}
                p1 = build_tuple(p0)
                guard_globals_version(@G, 7) {@code:6 [p0]}
                jump(p1)
                """, """
                [p0]
                guard_globals_version(@G, 7) {@code:2 [p0]}
                p1 = build_tuple(p0)
                jump(p1)
                """);
        assertThat(t.counter("guards-removed")).isEqualTo(1);
    }

    @Test
    void aPeeledLoopWithoutOpaqueCodeKeepsThePreamblesGuard() {
        t.assertRewrites("""
                [p0]
                p1 = load_global[N](@G, @B) {@code:2 [p0]}
                [p2] = label(p0)
                p3 = load_global[N](@G, @B) {@code:2 [p2]}
                jump(p3)
                """, """
                [p0]
                guard_globals_version(@G, 7) {@code:2 [p0]}
                [p1] = label(p0)
                jump(@n100)
                """);
    }

    @Test
    void aPeeledLoopThatRunsCodeGuardsAgainAfterTheLabel() {
        t.assertRewrites("""
                [p0]
                p1 = load_global[N](@G, @B) {@code:2 [p0]}
                [p2] = label(p0)
                p3 = load_global[N](@G, @B) {@code:2 [p2]}
                p4 = call(p3) {@code:4 [p2]}
                jump(p4)
                """, """
                [p0]
                guard_globals_version(@G, 7) {@code:2 [p0]}
                [p1] = label(p0)
                guard_globals_version(@G, 7) {@code:2 [p1]}
                p2 = call(@n100) {@code:4 [p1]}
                jump(p2)
                """);
    }

    @Test
    void moduleLevelLoadNameIsAGlobalLoad() {
        t.assertRewrites("""
                [p0]
                p1 = load_name[range](@G, @G, @B) {@code:2 [p0]}
                p2 = load_name[f](@Cls, @G, @B) {@code:4 [p0]}
                jump(p1)
                """, """
                [p0]
                guard_globals_version(@G, 7) {@code:2 [p0]}
                guard_globals_version(@B, 3) {=}
                p1 = load_name[f](@Cls, @G, @B) {@code:4 [p0]}
                jump(@builtin_range)
                """);
    }

    @Test
    void loadsFromADictTheTraceStoresIntoStay() {
        t.assertRewrites("""
                [p0]
                p1 = load_global[f](@G, @B) {@code:2 [p0]}
                p2 = load_global[g](@G2, @B) {@code:4 [p0]}
                store_global[N](@G, p0) {@code:6 [p0]}
                jump(p2)
                """, """
                [p0]
                p1 = load_global[f](@G, @B) {@code:2 [p0]}
                guard_globals_version(@G2, 1) {@code:4 [p0]}
                store_global[N](@G, p0) {@code:6 [p0]}
                jump(@fn_g)
                """);
    }

    @Test
    void traceWithoutGlobalsIsNotApplicable() {
        var trace = TraceText.parse("[i0] jump(i0)");
        assertThat(new GlobalLookupCachingPass().notApplicable(trace,
                PassContext.of(view, java.util.Map.of(), IntrinsicRegistry.create()))).contains("no global loads");
        t.assertUnchanged("[i0] jump(i0)");
    }
}
