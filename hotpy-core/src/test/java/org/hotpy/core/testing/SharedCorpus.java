package org.hotpy.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the shared folder ({@code ../shared} beside the project root, holding
 * {@code conformance/cases}) and the project's own Python test programs. The shared folder is
 * looked up as the system property {@code hotpy.shared}, else in the parent folders of the
 * working directory (a worktree such as {@code /work/wt/name} finds {@code /work/shared}).
 */
public final class SharedCorpus {
    private SharedCorpus() {}

    /** The shared folder, or null when there is none. */
    public static Path sharedDir() {
        String prop = System.getProperty("hotpy.shared");
        if (prop != null && !prop.isEmpty()) {
            return Files.isDirectory(Path.of(prop, "conformance", "cases")) ? Path.of(prop) : null;
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared/conformance/cases"))) {
                return p.resolve("shared");
            }
        }
        return null;
    }

    /** The conformance case folder, or null. */
    public static Path casesDir() {
        Path shared = sharedDir();
        return shared == null ? null : shared.resolve("conformance/cases");
    }

    /** {@code hotpy-core/src/test/python}: the project's own Python test programs. */
    public static Path projectPrograms() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path inModule = p.resolve("src/test/python");
            if (Files.isDirectory(inModule) && p.endsWith("hotpy-core")) {
                return inModule;
            }
            Path inRoot = p.resolve("hotpy-core/src/test/python");
            if (Files.isDirectory(inRoot)) {
                return inRoot;
            }
        }
        throw new IllegalStateException("hotpy-core/src/test/python not found from " + Path.of("").toAbsolutePath());
    }

    /** Every {@code *.py} under {@code dir}, sorted; with {@code withOut}, only those with a {@code .out}. */
    public static List<Path> pythonFiles(Path dir, boolean withOut) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(f -> f.toString().endsWith(".py"))
                    .filter(f -> !withOut || Files.isRegularFile(expectedOutput(f)))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code name.out} beside {@code name.py}. */
    public static Path expectedOutput(Path program) {
        String n = program.getFileName().toString();
        return program.resolveSibling(n.substring(0, n.length() - 3) + ".out");
    }
}
