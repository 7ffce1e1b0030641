package org.hotpy.core.codecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotpy.core.codecache.CodeFormatTest.assertSameCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.compiler.Compiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An entry is used only for the same path and the very same source; anything else is a miss. */
class CodeCacheTest {
    @TempDir
    Path dir;

    private static final String FILE = "/home/u/prog.py";
    private static final byte[] SOURCE = "def f(n):\n    return n * 2\nprint(f(21))\n".getBytes(StandardCharsets.UTF_8);

    private static CodeObject compile(byte[] source, String file) {
        return Compiler.compile(new String(source, StandardCharsets.UTF_8), file, Compiler.Mode.EXEC);
    }

    @Test
    void storedCodeLoadsBackForTheSameFileAndSource() {
        CodeCache cache = CodeCache.at(dir.resolve("cache"));
        assertThat(cache.load(FILE, SOURCE)).isNull();
        CodeObject code = compile(SOURCE, FILE);
        cache.store(FILE, SOURCE, code);
        CodeObject back = cache.load(FILE, SOURCE);
        assertThat(back).isNotNull().isNotSameAs(code);
        assertSameCode(back, code);
    }

    @Test
    void anEditedSourceMissesEvenAtTheSameLength() {
        CodeCache cache = CodeCache.at(dir);
        cache.store(FILE, SOURCE, compile(SOURCE, FILE));
        byte[] edited = SOURCE.clone();
        edited[edited.length - 4] = '3'; // f(21) -> f(31)
        assertThat(cache.load(FILE, edited)).isNull();
        assertThat(cache.load(FILE, Arrays.copyOf(SOURCE, SOURCE.length - 1))).isNull();
    }

    @Test
    void anotherPathMissesAndHasItsOwnEntry() {
        CodeCache cache = CodeCache.at(dir);
        cache.store(FILE, SOURCE, compile(SOURCE, FILE));
        String other = "/home/v/prog.py";
        assertThat(cache.entry(other)).isNotEqualTo(cache.entry(FILE));
        assertThat(cache.entry(FILE).getFileName().toString()).startsWith("prog.py-").endsWith(".hpyc");
        assertThat(cache.load(other, SOURCE)).isNull();
        cache.store(other, SOURCE, compile(SOURCE, other));
        assertThat(cache.load(other, SOURCE).filename).isEqualTo(other);
        assertThat(cache.load(FILE, SOURCE).filename).isEqualTo(FILE);
    }

    @Test
    void damagedEntriesAreMisses() throws IOException {
        CodeCache cache = CodeCache.at(dir);
        cache.store(FILE, SOURCE, compile(SOURCE, FILE));
        Path entry = cache.entry(FILE);
        byte[] whole = Files.readAllBytes(entry);
        for (int n : new int[] {0, 3, 8, 20, whole.length / 2, whole.length - 1}) {
            Files.write(entry, Arrays.copyOf(whole, n));
            assertThat(cache.load(FILE, SOURCE)).as("cut at %d", n).isNull();
        }
        byte[] longer = Arrays.copyOf(whole, whole.length + 1);
        Files.write(entry, longer);
        assertThat(cache.load(FILE, SOURCE)).as("trailing byte").isNull();
        byte[] otherFormat = whole.clone();
        otherFormat[7]++; // the format version
        Files.write(entry, otherFormat);
        assertThat(cache.load(FILE, SOURCE)).as("other format version").isNull();
        // the next store replaces a damaged entry
        cache.store(FILE, SOURCE, compile(SOURCE, FILE));
        assertThat(cache.load(FILE, SOURCE)).isNotNull();
    }

    @Test
    void aFolderThatCannotBeMadeOnlyMeansNoCaching() throws IOException {
        Path notADir = Files.writeString(dir.resolve("file"), "x");
        CodeCache cache = CodeCache.at(notADir.resolve("cache"));
        cache.store(FILE, SOURCE, compile(SOURCE, FILE));
        assertThat(cache.load(FILE, SOURCE)).isNull();
    }

    @Test
    void codeWithAConstantWithoutEncodingIsNotStored() throws IOException {
        CodeCache cache = CodeCache.at(dir);
        CodeObject code = compile(SOURCE, FILE);
        code.consts[0] = new org.hotpy.core.types.collection.PySet();
        cache.store(FILE, SOURCE, code);
        assertThat(cache.load(FILE, SOURCE)).isNull();
        try (var files = Files.list(dir)) {
            assertThat(files).as("no entry and no temporary file left").isEmpty();
        }
    }

    @Test
    void theNoneCacheHoldsNothing() {
        CodeCache.NONE.store(FILE, SOURCE, compile(SOURCE, FILE));
        assertThat(CodeCache.NONE.load(FILE, SOURCE)).isNull();
    }
}
