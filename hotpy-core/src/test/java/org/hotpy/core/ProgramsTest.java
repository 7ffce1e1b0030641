package org.hotpy.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.hotpy.core.lexer.SourceDecoder;
import org.hotpy.core.testing.PythonRun;
import org.hotpy.core.testing.RunResult;
import org.hotpy.core.testing.SharedCorpus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every Python test program of the project, {@code hotpy-core/src/test/python/<area>/NAME.py}
 * with a {@code NAME.out} beside it, in-process on a fresh interpreter, and compares its stdout
 * with the {@code .out} that CPython 3.11 produced. Optional sidecars, written by
 * {@code generate_expected.py} for programs that end with an uncaught exception or a non-zero
 * status: {@code NAME.err} (the expected stderr, with the program's folder removed from paths)
 * and {@code NAME.status} (the expected exit status). Without them the program must exit with
 * status 0. Programs run on a thread with a 1 GiB stack, as the {@code hotpy} launcher's.
 *
 * <p>{@code known-failures.txt} beside the areas lists programs that may fail (with the
 * reason): such a failure is reported as skipped, and a listed program that passes is reported
 * so its line can be removed.
 */
class ProgramsTest {
    private static final long STACK_BYTES = 1L << 30;
    private static final long HANG_MS = 120_000;

    @TestFactory
    Stream<DynamicTest> everyProgramPrintsWhatCPythonPrinted() throws IOException {
        Path root = SharedCorpus.projectPrograms();
        List<Path> programs = SharedCorpus.pythonFiles(root, true);
        assertThat(programs).as("Python test programs under %s", root).isNotEmpty();
        Map<String, String> known = knownFailures(root);
        return programs.stream().map(p -> {
            String name = root.relativize(p).toString().replace('\\', '/');
            return DynamicTest.dynamicTest(name, p.toUri(), () -> checkOrExplain(p, name, known.get(name)));
        });
    }

    private static void checkOrExplain(Path program, String name, String knownReason) throws IOException {
        if (knownReason == null) {
            check(program);
            return;
        }
        try {
            check(program);
        } catch (AssertionError e) {
            Assumptions.abort("known failure (known-failures.txt): " + knownReason);
        }
        System.out.println("ProgramsTest: " + name + " now passes; remove it from known-failures.txt");
    }

    /** AREA/NAME.py to the reason it may fail. */
    static Map<String, String> knownFailures(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        Path file = root.resolve("known-failures.txt");
        if (!Files.isRegularFile(file)) {
            return out;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            int hash = entry.indexOf('#');
            String name = (hash < 0 ? entry : entry.substring(0, hash)).strip();
            out.put(name, hash < 0 ? "no reason given" : entry.substring(hash + 1).strip());
        }
        return out;
    }

    private static void check(Path program) throws IOException {
        Path dir = program.getParent();
        String source = SourceDecoder.decode(Files.readAllBytes(program), program.toString());
        PythonRun.Options opts = PythonRun.Options.of(program.toString(), List.of(dir.toString()));
        RunResult r = PythonRun.runIsolated(source, opts, STACK_BYTES, HANG_MS);
        String expectedErr = sidecar(program, ".err");
        String expectedStatus = sidecar(program, ".status");
        int status = expectedStatus == null ? 0 : Integer.parseInt(expectedStatus.trim());
        assertThat(r.acceptable()).as("%s ended with %s", program.getFileName(), r.describe()).isTrue();
        String stderr = r.stderr().replace(dir + "/", "");
        if (status == 0 && expectedErr == null) {
            assertThat(r.exitStatus()).as("exit status; stderr:%n%s", stderr).isZero();
        }
        assertThat(r.stdout()).as("stdout of %s", program.getFileName()).isEqualTo(expected(program));
        if (expectedErr != null) {
            assertThat(stderr).as("stderr of %s", program.getFileName()).isEqualTo(expectedErr);
        }
        assertThat(r.exitStatus()).as("exit status of %s", program.getFileName()).isEqualTo(status);
    }

    private static String expected(Path program) throws IOException {
        return Files.readString(SharedCorpus.expectedOutput(program), StandardCharsets.UTF_8);
    }

    private static String sidecar(Path program, String ext) throws IOException {
        String n = program.getFileName().toString();
        Path p = program.resolveSibling(n.substring(0, n.length() - 3) + ext);
        return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
    }
}
