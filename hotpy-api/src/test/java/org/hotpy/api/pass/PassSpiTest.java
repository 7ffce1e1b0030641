package org.hotpy.api.pass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;
import java.util.Optional;

import org.hotpy.api.trace.Intrinsic;
import org.hotpy.api.trace.Kind;
import org.hotpy.api.trace.Trace;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PassSpiTest {

    static long twice(long x) {
        return 2 * x;
    }

    static void sink(Object o) {
        // An impure intrinsic with no result: used only for its type.
    }

    @Nested
    class Stats {
        @Test
        void countersAddUpAndZeroAddsAreIgnored() {
            PassStats s = new PassStats();
            s.add("folded", 2);
            s.increment("folded");
            s.add("never", 0);
            assertThat(s.get("folded")).isEqualTo(3);
            assertThat(s.counters()).containsOnlyKeys("folded");
            PassStats t = new PassStats();
            t.add("removed", 4);
            s.addAll(t);
            assertThat(s.total()).isEqualTo(7);
        }
    }

    @Nested
    class Intrinsics {
        @Test
        void registrationIsIdempotentAndKindsComeFromTheHandleType() throws Exception {
            IntrinsicRegistry reg = IntrinsicRegistry.create();
            MethodHandle h = MethodHandles.lookup().findStatic(PassSpiTest.class, "twice",
                    MethodType.methodType(long.class, long.class));
            Intrinsic a = reg.register("test.twice", h, true, false);
            Intrinsic b = reg.register("test.twice", MethodHandles.lookup().findStatic(PassSpiTest.class, "twice",
                    MethodType.methodType(long.class, long.class)), true, false);
            assertThat(b).isSameAs(a);
            assertThat(a.argKinds()).containsExactly(Kind.INT64);
            assertThat(a.resultKind()).isEqualTo(Kind.INT64);
            assertThat(reg.lookup("test.twice")).contains(a);
            assertThat(reg.all()).containsExactly(a);
        }

        @Test
        void conflictingRegistrationFails() throws Exception {
            IntrinsicRegistry reg = IntrinsicRegistry.create();
            MethodHandle h = MethodHandles.lookup().findStatic(PassSpiTest.class, "twice",
                    MethodType.methodType(long.class, long.class));
            reg.register("test.twice", h, true, false);
            assertThatThrownBy(() -> reg.register("test.twice", h, false, true))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("already registered");
        }

        @Test
        void voidHandlesHaveNoResultAndOddTypesAreRefused() throws Exception {
            MethodHandle sink = MethodHandles.lookup().findStatic(PassSpiTest.class, "sink",
                    MethodType.methodType(void.class, Object.class));
            Intrinsic x = new Intrinsic("test.sink", sink, false, false);
            assertThat(x.resultKind()).isNull();
            assertThat(x.argKinds()).containsExactly(Kind.OBJECT);
            MethodHandle intHandle = MethodHandles.identity(int.class);
            assertThatThrownBy(() -> new Intrinsic("test.int", intHandle, true, false))
                    .hasMessageContaining("has no trace kind");
            assertThatThrownBy(() -> new Intrinsic("test.both", sink, true, true))
                    .hasMessageContaining("cannot be both pure and raising");
        }
    }

    @Nested
    class Context {
        @Test
        void optionsAreReadByKey() {
            PassContext ctx = PassContext.of(RuntimeView.unknown(), Map.of("p.max", " 7", "p.bad", "x"),
                    IntrinsicRegistry.create());
            assertThat(ctx.intOption("p.max", 3)).isEqualTo(7);
            assertThat(ctx.intOption("p.other", 3)).isEqualTo(3);
            assertThat(ctx.option("p.other", "d")).isEqualTo("d");
            assertThat(ctx.round()).isEqualTo(1);
            assertThatThrownBy(() -> ctx.intOption("p.bad", 1)).hasMessageContaining("option p.bad must be an integer");
        }

        @Test
        void theUnknownViewKnowsNothing() {
            RuntimeView v = RuntimeView.unknown();
            org.hotpy.api.trace.ObjRef r = org.hotpy.api.trace.SymbolicRef.of("x");
            assertThat(v.typeOf(r)).isEmpty();
            assertThat(v.instancesMayChangeType(r)).isTrue();
            assertThat(v.hasStandardAttributes(r)).isFalse();
            assertThat(v.isGenerator(r)).isFalse();
            assertThat(v.calleeTrace(r)).isEmpty();
        }
    }

    @Test
    void passDefaultsAreConservative() {
        TracePass p = new TracePass() {
            @Override
            public String name() {
                return "noop";
            }

            @Override
            public Trace run(Trace trace, PassContext context) {
                return trace;
            }
        };
        assertThat(p.runsAfter()).isEmpty();
        assertThat(p.requires()).isEmpty();
        assertThat(p.maxRuns()).isEqualTo(1);
        assertThat(p.repeatable()).isFalse();
        assertThat(p.spiVersion()).isEqualTo(TracePass.SPI_VERSION);
        assertThat(p.notApplicable(null, null)).isEqualTo(Optional.empty());
    }
}
