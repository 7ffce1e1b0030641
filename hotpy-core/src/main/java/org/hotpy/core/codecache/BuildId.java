package org.hotpy.core.codecache;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Which build of HotPy wrote a cache entry: the size and modification time of the jar this class
 * was loaded from, so that code compiled by one build is never run by another even when the
 * launcher did not clear the cache (the jars rebuilt by hand). Run from a folder of classes (the
 * tests), it is the folder's path: tests give each run a fresh cache folder.
 */
final class BuildId {
    private BuildId() {}

    private static volatile String value;

    static String get() {
        String v = value;
        if (v == null) {
            v = compute();
            value = v;
        }
        return v;
    }

    private static String compute() {
        try {
            var source = BuildId.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return unknown();
            }
            Path p = Path.of(source.getLocation().toURI());
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return a.isDirectory() ? "classes " + p : "jar " + a.size() + " " + a.lastModifiedTime().toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return unknown();
        }
    }

    /** A build that cannot be told apart from others matches no entry, not even its own. */
    private static String unknown() {
        return "unknown " + System.nanoTime();
    }
}
