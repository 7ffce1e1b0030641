package org.hotpy.core.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hotpy.api.HostPolicy;
import org.hotpy.api.Interpreter;
import org.hotpy.api.Python;
import org.hotpy.api.PythonException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File access granted below one folder, and the ways out of it that must stay shut. */
class FileEscapeTest {
    @TempDir
    Path dir;

    private Interpreter under(Path root, boolean writable) {
        HostPolicy.Builder b = HostPolicy.builder();
        if (writable) {
            b.allowFileAccess(root);
        } else {
            b.allowReadOnlyFileAccess(root);
        }
        return Python.builder().hostPolicy(b.build()).build();
    }

    private static void refused(Interpreter py, String script) {
        assertThatThrownBy(() -> py.exec(script))
                .isInstanceOf(PythonException.class)
                .satisfies(e -> assertThat(((PythonException) e).pythonType()).isEqualTo("PermissionError"));
        assertThat(py.eval("1 + 1")).isEqualTo(2L);
    }

    @Test
    void insideTheRootReadAndWrite() throws IOException {
        Path root = Files.createDirectory(dir.resolve("root"));
        try (Interpreter py = under(root, true)) {
            py.exec("with open('notes.txt', 'w') as f:\n    f.write('hello')\n");
            assertThat(Files.readString(root.resolve("notes.txt"))).isEqualTo("hello");
            assertThat(py.eval("open('notes.txt').read()")).isEqualTo("hello");
        }
    }

    @Test
    void relativeTraversalIsRefused() throws IOException {
        Path root = Files.createDirectory(dir.resolve("root"));
        Files.writeString(dir.resolve("secret.txt"), "secret");
        try (Interpreter py = under(root, true)) {
            refused(py, "open('../secret.txt').read()");
            refused(py, "open('sub/../../secret.txt').read()");
        }
    }

    @Test
    void absolutePathOutsideIsRefused() throws IOException {
        Path root = Files.createDirectory(dir.resolve("root"));
        Path secret = Files.writeString(dir.resolve("secret.txt"), "secret");
        try (Interpreter py = under(root, true)) {
            refused(py, "open(" + literal(secret) + ").read()");
        }
    }

    @Test
    void symbolicLinkOutIsRefused() throws IOException {
        Path root = Files.createDirectory(dir.resolve("root"));
        Path secret = Files.writeString(dir.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(root.resolve("link.txt"), secret);
        Files.createSymbolicLink(root.resolve("out"), dir);
        try (Interpreter py = under(root, true)) {
            refused(py, "open('link.txt').read()");
            refused(py, "open('out/secret.txt').read()");
            refused(py, "open('out/new.txt', 'w')");
        }
        assertThat(Files.exists(dir.resolve("new.txt"))).isFalse();
    }

    @Test
    void readOnlyRootRefusesWrites() throws IOException {
        Path root = Files.createDirectory(dir.resolve("root"));
        Files.writeString(root.resolve("data.txt"), "data");
        try (Interpreter py = under(root, false)) {
            assertThat(py.eval("open('data.txt').read()")).isEqualTo("data");
            refused(py, "open('data.txt', 'w')");
            refused(py, "open('data.txt', 'a')");
            refused(py, "open('new.txt', 'x')");
        }
    }

    @Test
    void theRootItselfIsNotAFile() throws IOException {
        Path root = Files.createDirectory(dir.resolve("root"));
        try (Interpreter py = under(root, true)) {
            refused(py, "open('.')");
        }
    }

    @Test
    void modulePathIsImportableButNotOpenable() throws IOException {
        Path mods = Files.createDirectory(dir.resolve("mods"));
        Files.writeString(mods.resolve("helper.py"), "def twice(x):\n    return 2 * x\n");
        try (Interpreter py = Python.builder().addModulePath(mods).build()) {
            py.exec("import helper");
            assertThat(py.eval("helper.twice(21)")).isEqualTo(42L);
            refused(py, "open(helper.__file__).read()");
        }
    }

    private static String literal(Path p) {
        return "'" + p.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
