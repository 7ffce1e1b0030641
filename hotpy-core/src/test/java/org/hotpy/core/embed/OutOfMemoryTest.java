package org.hotpy.core.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.hotpy.fixtures.OutOfMemoryMain;
import org.junit.jupiter.api.Test;

/**
 * A script that exhausts the JVM heap gets a MemoryError, and the other interpreters, and the
 * JVM, keep working. Runs {@link OutOfMemoryMain} in a child JVM with a 96 MiB heap so that this
 * test JVM is never short of memory.
 */
class OutOfMemoryTest {
    @Test
    void heapExhaustionIsAMemoryErrorAndOthersGoOn() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx96m", "-cp", System.getProperty("java.class.path"),
                OutOfMemoryMain.class.getName()).redirectErrorStream(true).start();
        boolean done = p.waitFor(5, TimeUnit.MINUTES);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(done).as(out).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        List<String> lines = out.lines().filter(l -> !l.startsWith("SLF4J")).toList();
        assertThat(lines).containsExactly("other before: 332833500", "hog: MemoryError", "hog after: 11",
                "other after: 332833500", "fresh: 42");
    }
}
