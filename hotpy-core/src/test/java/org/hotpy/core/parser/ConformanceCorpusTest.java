package org.hotpy.core.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hotpy.core.lexer.SourceDecoder;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Python program of the shared conformance corpus and benchmarks parses to the same tree
 * as under CPython (positions included). CPython's dumps are made at test time by
 * {@code dump_files.py}; the test is skipped where python3 or the shared folder is missing.
 */
class ConformanceCorpusTest {

    static Path sharedDir() {
        String prop = System.getProperty("hotpy.shared");
        if (prop != null) {
            return Path.of(prop);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared/conformance/cases"))) {
                return p.resolve("shared");
            }
        }
        return null;
    }

    @TestFactory
    Stream<DynamicTest> corpusParsesLikeCPython() throws Exception {
        Path shared = sharedDir();
        assumeTrue(shared != null, "no shared/ folder with the conformance corpus");
        List<Path> files = new ArrayList<>();
        for (String sub : new String[] {"conformance/cases", "bench"}) {
            Path dir = shared.resolve(sub);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.walk(dir)) {
                    s.filter(f -> f.toString().endsWith(".py")).sorted().forEach(files::add);
                }
            }
        }
        assumeTrue(!files.isEmpty(), "no .py files in " + shared);
        List<String> expected = cpythonDumps(files);
        assumeTrue(expected != null, "python3 is not available");
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            String exp = expected.get(i);
            tests.add(DynamicTest.dynamicTest(shared.relativize(f).toString(), () -> {
                String src = SourceDecoder.decode(Files.readAllBytes(f), f.toString());
                if (exp.startsWith("ERR ")) {
                    org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> Parser.parse(src, f.toString(), Parser.Mode.EXEC))
                            .isInstanceOf(SyntaxErrorException.class);
                } else {
                    assertThat(AstDump.dump(Parser.parse(src, f.toString(), Parser.Mode.EXEC), true))
                            .isEqualTo(exp);
                }
            }));
        }
        return tests.stream();
    }

    private static List<String> cpythonDumps(List<Path> files) throws IOException, InterruptedException, URISyntaxException {
        Path script = Path.of(ConformanceCorpusTest.class.getResource("/parser/dump_files.py").toURI());
        List<String> cmd = new ArrayList<>(List.of("python3", script.toString()));
        files.forEach(f -> cmd.add(f.toString()));
        Process proc;
        try {
            proc = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return null;
        }
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!proc.waitFor(120, TimeUnit.SECONDS) || proc.exitValue() != 0) {
            return null;
        }
        List<String> lines = List.of(out.split("\n"));
        return lines.size() == files.size() ? lines : null;
    }
}
