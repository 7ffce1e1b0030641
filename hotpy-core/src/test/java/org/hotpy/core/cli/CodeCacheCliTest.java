package org.hotpy.core.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotpy.core.cli.MainTest.hotpyWithJvmOptions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hotpy.core.codecache.CodeCache;
import org.hotpy.core.compiler.Compiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's compiled-code cache ({@code -Dhotpy.codeCache}, which the launcher sets):
 * scripts and the modules they import are stored, a later run uses them, and an edited file, a
 * syntax error or {@code -X code-cache=off} never runs stale code.
 */
class CodeCacheCliTest {
    @TempDir
    Path dir;

    private Path cacheDir() {
        return dir.resolve("cache");
    }

    private MainTest.Result run(String... args) throws Exception {
        return hotpyWithJvmOptions(List.of("-Dhotpy.codeCache=" + cacheDir()), dir, null, args);
    }

    private String write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p.toAbsolutePath().normalize().toString();
    }

    @Test
    void aScriptAndItsImportsAreStoredAndReused() throws Exception {
        String mod = write("helper_mod.py", "def twice(x):\n    return 2 * x\n");
        String prog = write("prog.py", "import helper_mod\nprint(helper_mod.twice(21))\n");
        MainTest.Result first = run(prog);
        assertThat(first.out()).as(first.err()).isEqualTo("42\n");
        CodeCache cache = CodeCache.at(cacheDir());
        Path progEntry = cache.entry(prog);
        Path modEntry = cache.entry(mod);
        assertThat(progEntry).exists();
        assertThat(modEntry).exists();
        byte[] stored = Files.readAllBytes(progEntry);

        MainTest.Result second = run(prog);
        assertThat(second.out()).as(second.err()).isEqualTo("42\n");
        assertThat(Files.readAllBytes(progEntry)).as("a hit leaves the entry alone").isEqualTo(stored);
    }

    /** Proof that a run takes its code from the cache: an entry made for the file's source runs instead. */
    @Test
    void aRunTakesTheCodeOfAMatchingEntry() throws Exception {
        String source = "print('from the source')\n";
        String prog = write("prog.py", source);
        CodeCache.at(cacheDir()).store(prog, source.getBytes(StandardCharsets.UTF_8),
                Compiler.compile("print('from the cache')\n", prog, Compiler.Mode.EXEC));
        assertThat(run(prog).out()).isEqualTo("from the cache\n");
        assertThat(run("-X", "code-cache=off", prog).out()).isEqualTo("from the source\n");
    }

    @Test
    void anEditedScriptRunsItsNewSource() throws Exception {
        String prog = write("prog.py", "print('A')\n");
        assertThat(run(prog).out()).isEqualTo("A\n");
        write("prog.py", "print('B')\n");
        assertThat(run(prog).out()).isEqualTo("B\n");
    }

    @Test
    void offWritesNothing() throws Exception {
        String prog = write("prog.py", "print('hi')\n");
        assertThat(run("-X", "code-cache=off", prog).out()).isEqualTo("hi\n");
        assertThat(cacheDir()).doesNotExist();
    }

    @Test
    void aMalformedOptionIsAUsageError() throws Exception {
        String prog = write("prog.py", "print('hi')\n");
        MainTest.Result r = run("-X", "code-cache=maybe", prog);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("-X code-cache must be on or off, not 'maybe'");
    }

    @Test
    void aSyntaxErrorIsNeverStored() throws Exception {
        String prog = write("prog.py", "print('hi'\n");
        MainTest.Result first = run(prog);
        assertThat(first.status()).isEqualTo(1);
        assertThat(first.err()).contains("SyntaxError");
        assertThat(CodeCache.at(cacheDir()).entry(prog)).doesNotExist();
        assertThat(run(prog).err()).isEqualTo(first.err());
    }
}
