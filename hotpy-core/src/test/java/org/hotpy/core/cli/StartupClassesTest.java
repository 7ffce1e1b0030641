package org.hotpy.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * What a start-up loads. A program that calls no method of a builtin type links no lambda: each
 * one linked at start-up cost ~0.25 ms on JDK 17 (with class-data sharing), and the first of a run
 * ~8 ms more to set up the JDK's lambda machinery. The builtin types made at start-up therefore
 * take their definers and instantiators from enums ({@code CollectionTypeDefs} and the like), and
 * the builtin functions are enum constants ({@code BuiltinsModule.Core}).
 */
class StartupClassesTest {

    @Test
    void passLinksNoLambda() throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"),
                "org.hotpy.core.cli.Main", "-c", "pass");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = read(p.getInputStream());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        List<String> lambdas = out.lines()
                .filter(line -> line.contains("org.hotpy.") && line.contains("$$Lambda"))
                .toList();
        assertThat(lambdas).as("lambda classes of HotPy loaded by `-c pass`").isEmpty();
        assertThat(out).as("class loading was logged").contains("org.hotpy.core.cli.Main ");
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
