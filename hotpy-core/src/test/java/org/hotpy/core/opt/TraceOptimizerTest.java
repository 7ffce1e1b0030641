package org.hotpy.core.opt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hotpy.api.pass.IntrinsicRegistry;
import org.hotpy.api.pass.PassContext;
import org.hotpy.api.pass.RuntimeView;
import org.hotpy.api.pass.TracePass;
import org.hotpy.api.trace.Trace;
import org.hotpy.api.trace.TraceText;
import org.hotpy.core.opt.TestPasses.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceOptimizerTest {
    private static final String TRACE = """
            loop @f:4
            [i0]
            i1 = int_add(i0, 0)
            guard_true(true) {@f:4 [i1]}
            i2 = int_add(i1, 1)
            jump(i2)
            """;

    private static OptimizerConfig.Builder only(TracePass... passes) {
        OptimizerConfig.Builder b = OptimizerConfig.builder().serviceLoader(false);
        for (TracePass p : passes) {
            b.addPass(p);
        }
        return b;
    }

    private static TraceOptimizer optimizer(OptimizerConfig.Builder b) {
        return new TraceOptimizer(b.build(), RuntimeView.unknown(), IntrinsicRegistry.create());
    }

    private static List<String> names(TraceOptimizer o) {
        return o.passes().stream().map(TracePass::name).toList();
    }

    @Nested
    class Ordering {
        @Test
        void constraintsOrderPassesAndTiesGoByName() {
            TraceOptimizer o = optimizer(only(new Named("c", Set.of("b"), Set.of(), Set.of()),
                    new Named("b"), new Named("a", Set.of(), Set.of("b"), Set.of()), new Named("z"), new Named("y")));
            assertThat(names(o)).containsExactly("a", "b", "c", "y", "z");
        }

        @Test
        void constraintsOnAbsentPassesAreIgnored() {
            TraceOptimizer o = optimizer(only(new Named("a", Set.of("nobody"), Set.of("nothing"), Set.of())));
            assertThat(names(o)).containsExactly("a");
        }

        @Test
        void aCycleIsNamed() {
            assertThatThrownBy(() -> optimizer(only(new Named("a", Set.of("c"), Set.of(), Set.of()),
                    new Named("b", Set.of("a"), Set.of(), Set.of()), new Named("c", Set.of("b"), Set.of(), Set.of()),
                    new Named("d", Set.of("c"), Set.of(), Set.of()))))
                    .isInstanceOf(OptimizerConfigurationException.class)
                    .hasMessage("the pass ordering constraints form a cycle: a -> b -> c -> a");
        }

        @Test
        void missingOrDisabledRequiredPassesAreErrors() {
            assertThatThrownBy(() -> optimizer(only(new Named("a", Set.of(), Set.of(), Set.of("b")))))
                    .hasMessage("pass 'a' requires pass 'b', which is not installed");
            assertThatThrownBy(() -> optimizer(only(new Named("a", Set.of(), Set.of(), Set.of("b")), new Named("b"))
                    .disable("b")))
                    .hasMessage("pass 'a' requires pass 'b', which the configuration disables");
        }

        @Test
        void passNamesAreCheckedForKebabCaseByHand() {
            assertThat(PassOrder.isKebab("type-specialisation")).isTrue();
            assertThat(PassOrder.isKebab("a")).isTrue();
            assertThat(PassOrder.isKebab("pass-2-x9")).isTrue();
            assertThat(PassOrder.isKebab("")).isFalse();
            assertThat(PassOrder.isKebab("Type_Spec")).isFalse();
            assertThat(PassOrder.isKebab("2pass")).isFalse();
            assertThat(PassOrder.isKebab("-a")).isFalse();
            assertThat(PassOrder.isKebab("a-")).isFalse();
            assertThat(PassOrder.isKebab("a--b")).isFalse();
            assertThat(PassOrder.isKebab("a b")).isFalse();
        }

        @Test
        void badNamesDuplicatesAndNewerSpisAreRefused() {
            assertThatThrownBy(() -> optimizer(only(new Named("Type_Spec"))))
                    .hasMessageContaining("has the name 'Type_Spec'; pass names are kebab-case");
            assertThatThrownBy(() -> optimizer(only(new Named("a"), new TracePass() {
                @Override
                public String name() {
                    return "a";
                }

                @Override
                public Trace run(Trace trace, PassContext context) {
                    return trace;
                }
            }))).hasMessageContaining("two passes are named 'a'");
            assertThatThrownBy(() -> optimizer(only(new TracePass() {
                @Override
                public String name() {
                    return "future";
                }

                @Override
                public int spiVersion() {
                    return TracePass.SPI_VERSION + 1;
                }

                @Override
                public Trace run(Trace trace, PassContext context) {
                    return trace;
                }
            }))).hasMessageContaining("needs pass SPI version 2, but this runtime provides 1");
        }
    }

    @Nested
    class Selection {
        @Test
        void specsSelectPasses() {
            TracePass[] ps = {new Named("a"), new Named("b"), new Named("c")};
            assertThat(names(optimizer(only(ps).passes("none")))).isEmpty();
            assertThat(names(optimizer(only(ps).passes("a,c")))).containsExactly("a", "c");
            assertThat(names(optimizer(only(ps).passes("-b")))).containsExactly("a", "c");
            assertThat(names(optimizer(only(ps).passes("all,-a")))).containsExactly("b", "c");
            assertThat(names(optimizer(only(ps).passes("none,+b")))).containsExactly("b");
        }

        @Test
        void unknownNamesInTheSelectionAreErrors() {
            assertThatThrownBy(() -> optimizer(only(new Named("a")).passes("a,bogus")))
                    .hasMessage("unknown pass 'bogus' in the pass selection; installed: [a]");
        }

        @Test
        void serviceLoaderFindsPasses(@TempDir Path dir) throws IOException {
            Path services = dir.resolve("META-INF/services");
            Files.createDirectories(services);
            Files.writeString(services.resolve(TracePass.class.getName()),
                    TestPasses.AddZero.class.getName() + "\n" + TestPasses.TrueGuards.class.getName() + "\n");
            try (URLClassLoader cl = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
                TraceOptimizer o = optimizer(OptimizerConfig.builder().classLoader(cl));
                assertThat(names(o)).containsExactly("add-zero", "true-guards");
            }
        }
    }

    @Nested
    class Running {
        @Test
        void passesRunAndStatisticsAreKept() {
            TraceOptimizer o = optimizer(only(new TestPasses.TrueGuards(), new TestPasses.AddZero()));
            Trace out = o.optimize(TraceText.parse(TRACE)).orElseThrow();
            assertThat(TraceText.print(out)).isEqualTo("loop @f:4\n[i0]\ni1 = int_add(i0, 1)\njump(i1)\n");
            OptimizerStatistics s = o.statistics();
            assertThat(s.traces()).isEqualTo(1);
            assertThat(s.fallbacks()).isZero();
            PassStatistics addZero = s.passes().get(0);
            assertThat(addZero.pass()).isEqualTo("add-zero");
            assertThat(addZero.runs()).as("round 1 changed, round 2 did not").isEqualTo(2);
            assertThat(addZero.changedRuns()).isEqualTo(1);
            assertThat(addZero.instructionsBefore()).as("4 in round 1, 2 in round 2").isEqualTo(4 + 2);
            assertThat(addZero.instructionsAfter()).isEqualTo(3 + 2);
            assertThat(addZero.counters()).containsEntry("removed", 1L);
            PassStatistics guards = s.passes().get(1);
            assertThat(guards.runs()).as("not repeatable").isEqualTo(1);
            assertThat(guards.guardsRemoved()).isEqualTo(1);
            assertThat(s.format()).contains("add-zero").contains("true-guards").contains("{removed=1}");
        }

        @Test
        void aThrowingPassDropsTheTrace() {
            TraceOptimizer o = optimizer(only(new TestPasses.AddZero(), new TestPasses.Explode()));
            assertThat(o.optimize(TraceText.parse(TRACE))).isEmpty();
            assertThat(o.statistics().fallbacks()).isEqualTo(1);
            assertThat(o.statistics().passes()).filteredOn(p -> p.pass().equals("explode"))
                    .singleElement().extracting(PassStatistics::failures).isEqualTo(1L);
        }

        @Test
        void anInvalidResultDropsTheTraceUnlessVerificationIsOff() {
            assertThat(optimizer(only(new TestPasses.BreakSsa())).optimize(TraceText.parse(TRACE))).isEmpty();
            Optional<Trace> unverified = optimizer(only(new TestPasses.BreakSsa()).verify(false))
                    .optimize(TraceText.parse(TRACE));
            assertThat(unverified).isPresent();
        }

        @Test
        void anInvalidInputIsDropped() {
            TraceOptimizer o = optimizer(only(new TestPasses.AddZero()));
            assertThat(o.optimize(TraceText.parse("[i0]\ni1 = int_add(i0, p7)\njump(i1)"))).isEmpty();
            assertThat(o.statistics().passes().get(0).runs()).isZero();
        }

        @Test
        void optBisectRunsOnlyTheFirstApplications() {
            TraceOptimizer o = optimizer(only(new TestPasses.AddZero(), new TestPasses.TrueGuards()).bisectLimit(1));
            Trace out = o.optimize(TraceText.parse(TRACE)).orElseThrow();
            assertThat(TraceText.print(out)).contains("guard_true(true)").doesNotContain("int_add(i0, 0)");
            assertThat(o.lastBisectApplication()).isEqualTo("#1: add-zero on trace #1 loop f:4");
            assertThat(o.statistics().passes().get(1).bisectSkipped()).isEqualTo(1);
            o.optimize(TraceText.parse(TRACE));
            assertThat(o.lastBisectApplication()).as("the limit counts across traces").startsWith("#1:");
        }

        @Test
        void dumpsGoToTheSink() {
            List<String> titles = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            TraceOptimizer o = optimizer(only(new TestPasses.AddZero(), new TestPasses.TrueGuards())
                    .dump("true-guards").dumpSink((title, text) -> {
                        titles.add(title);
                        texts.add(text);
                    }));
            o.optimize(TraceText.parse(TRACE));
            assertThat(titles).containsExactly("before true-guards (trace #1 loop f:4, round 1)",
                    "after true-guards (trace #1 loop f:4, round 1)");
            assertThat(texts.get(0)).contains("guard_true(true) {@f:4 [i0]}  # exit 0");
            assertThat(texts.get(1)).doesNotContain("guard_true");
        }

        @Test
        void dumpAllToAWriter() {
            java.io.StringWriter w = new java.io.StringWriter();
            optimizer(only(new TestPasses.AddZero()).dump("*").dumpSides(false, true).maxRounds(1)
                    .dumpSink(DumpSink.to(w))).optimize(TraceText.parse(TRACE));
            assertThat(w.toString()).startsWith(";; after add-zero (trace #1 loop f:4, round 1)\nloop @f:4\n");
        }
    }
}
