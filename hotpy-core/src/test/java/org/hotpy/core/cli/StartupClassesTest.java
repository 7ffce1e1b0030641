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
        String out = runLogged("pass");
        assertThat(hotpyLambdas(out)).as("lambda classes of HotPy loaded by `-c pass`").isEmpty();
        assertThat(out).as("class loading was logged").contains("org.hotpy.core.cli.Main ");
    }

    /**
     * The builtin types a program uses are defined on first use, and their methods are enum
     * constants too (IntMethods.Fn, ListMethods.Fn and the like): a lambda each cost the benchmarks
     * 35-100 ms of their main thread. Compiling the program links none either.
     */
    @Test
    void smallProgramLinksNoLambda() throws Exception {
        String program = String.join("\n",
                "class Point:",
                "    def __init__(self, x, y): self.x, self.y = x, y",
                "    def __repr__(self): return f'Point({self.x!r}, {self.y})'",
                "def squares(n):",
                "    for i in range(n): yield i * i",
                "d = {'a': 1, 'b': 2.5}",
                "l = [3, 1, 2]; l.append(len(d)); l.sort()",
                "t = tuple(l) + (d.get('a'), d.get('z', 0))",
                "s = ' '.join(str(x) for x in t).upper().split()",
                "print(sum(squares(5)), 7 // 2, 2 ** 10, 1.5 * 4, -3 % 5, t, s, repr(Point(1, 2.0)),",
                "      sorted(d.items()), list(range(3)), isinstance(3, int), 'b' in d, abs(-2.5), max(l))");
        String out = runLogged(program);
        assertThat(out).as("the program ran").contains("30 3 1024 6.0 2 (1, 2, 2, 3, 1, 0)");
        assertThat(hotpyLambdas(out)).as("lambda classes of HotPy loaded by a small program").isEmpty();
    }

    /** Runs {@code -c program} in a new JVM that logs each class it loads; returns its output. */
    private static String runLogged(String program) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"),
                "org.hotpy.core.cli.Main", "-c", program);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = read(p.getInputStream());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    private static List<String> hotpyLambdas(String out) {
        return out.lines().filter(line -> line.contains("org.hotpy.") && line.contains("$$Lambda")).toList();
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
