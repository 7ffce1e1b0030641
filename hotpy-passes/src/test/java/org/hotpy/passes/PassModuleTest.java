package org.hotpy.passes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.hotpy.api.pass.IntrinsicRegistry;
import org.hotpy.api.pass.PassContext;
import org.hotpy.api.pass.RuntimeView;
import org.hotpy.api.pass.TracePass;
import org.hotpy.api.trace.Trace;
import org.hotpy.api.trace.TraceText;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The module as a whole: what ServiceLoader finds, and that it needs nothing but the API. */
class PassModuleTest {

    static List<TracePass> installed() {
        return ServiceLoader.load(TracePass.class).stream().map(ServiceLoader.Provider::get).toList();
    }

    @Nested
    class Services {
        @Test
        void everyStandardPassIsRegistered() {
            assertThat(installed()).extracting(TracePass::name).containsExactlyInAnyOrder("constant-folding",
                    "dead-code-elimination", "global-lookup-caching", "type-specialisation", "call-inlining",
                    "escape-unboxing", "loop-peeling");
        }

        @Test
        void constraintsNameRealPassesAndDeclareTheCurrentSpi() {
            Set<String> names = new HashSet<>(installed().stream().map(TracePass::name).toList());
            for (TracePass p : installed()) {
                assertThat(p.name()).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
                assertThat(p.spiVersion()).isEqualTo(TracePass.SPI_VERSION);
                assertThat(names).as("%s runsAfter", p.name()).containsAll(p.runsAfter());
                assertThat(names).as("%s runsBefore", p.name()).containsAll(p.runsBefore());
                assertThat(names).as("%s requires", p.name()).containsAll(p.requires());
                assertThat(p.description()).isNotBlank();
            }
            assertThat(PipelineTest.order(installed())).extracting(TracePass::name).containsExactly(
                    "global-lookup-caching", "type-specialisation", "call-inlining", "loop-peeling",
                    "escape-unboxing", "constant-folding", "dead-code-elimination");
        }

        @Test
        void passesThatKnowNothingReturnTheSameTrace() {
            Trace t = TraceText.parse("""
                    loop @f:0
                    [p0, p1]
                    p2 = binary_op[add](p0, p1) <@int, @int> {@f:0 [p0, p1]}
                    p3 = load_global[g](@G, @B) {@f:2 [p0, p1]}
                    p4 = call(p3, p2) {@f:4 [p0, p1]}
                    jump(p4, p1)
                    """);
            for (TracePass p : installed()) {
                if (p.name().equals("loop-peeling")) {
                    continue; // peeling needs no knowledge: it always applies to a loop
                }
                Trace out = p.run(t, PassContext.of(RuntimeView.unknown(), Map.of(), IntrinsicRegistry.create()));
                assertThat(out).as(p.name()).isSameAs(t);
            }
        }
    }

    /**
     * hotpy-passes must compile against hotpy-api alone, the proof that a third party can write a
     * pass. Three independent checks: the core's classes are not loadable here (the test class path
     * contains the compile class path), no compiled class of the module refers to a core class, and
     * the pom declares no dependency besides hotpy-api outside the test scope.
     */
    @Nested
    class OnlyTheApi {
        @Test
        void coreClassesAreNotOnTheClassPath() {
            for (String name : List.of("org.hotpy.core.opt.TraceOptimizer", "org.hotpy.core.ast.Node")) {
                assertThatThrownBy(() -> Class.forName(name)).isInstanceOf(ClassNotFoundException.class);
            }
            assertThat(System.getProperty("java.class.path")).doesNotContain("hotpy-core");
        }

        @Test
        void noCompiledClassRefersToTheCore() throws IOException {
            Path classes = Path.of("target/classes/org/hotpy/passes");
            assertThat(classes).isDirectory();
            List<Path> offenders = new ArrayList<>();
            int scanned = 0;
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                    scanned++;
                    if (new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains("org/hotpy/core")) {
                        offenders.add(f);
                    }
                }
            }
            assertThat(scanned).isGreaterThan(10);
            assertThat(offenders).isEmpty();
        }

        @Test
        void thePomDependsOnTheApiOnly() throws Exception {
            Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
            NodeList deps = pom.getElementsByTagName("dependency");
            List<String> compileDeps = new ArrayList<>();
            for (int i = 0; i < deps.getLength(); i++) {
                Element d = (Element) deps.item(i);
                NodeList scope = d.getElementsByTagName("scope");
                if (scope.getLength() == 0 || !scope.item(0).getTextContent().strip().equals("test")) {
                    compileDeps.add(d.getElementsByTagName("artifactId").item(0).getTextContent().strip());
                }
            }
            assertThat(compileDeps).containsExactly("hotpy-api");
        }
    }
}
