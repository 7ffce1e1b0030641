package org.hotpy.core.codecache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.log.LazyLogger;
import org.slf4j.Logger;

/**
 * Compiled code of source files kept on disk between runs, as CPython keeps {@code .pyc} files,
 * but in one folder of its own and for the main script too. In a fresh JVM the lexer, parser and
 * compiler run cold (interpreted by the JVM, then compiled by its JITs while the program waits):
 * 30-50 ms for a 400-line file, against about 1 ms to read the cached form.
 *
 * <p>One file per source path. It holds the path, the whole source and the build it was made by;
 * an entry is used only when all three match, so an edited file, a moved file or a rebuilt HotPy
 * simply misses. A file that cannot be read or parsed is a miss too, and writing failures are
 * ignored: the cache can only make a run faster, never change what it does.
 */
public final class CodeCache {
    private static final Logger LOG = LazyLogger.of(CodeCache.class);
    private static final int MAGIC = 0x48505943; // "HPYC"
    /** Raise whenever {@link CodeFormat} or the meaning of the code words changes. */
    private static final int FORMAT_VERSION = 1;

    /** A cache that never holds anything: the default, and {@code -X code-cache=off}. */
    public static final CodeCache NONE = new CodeCache(null);

    private final Path dir;

    private CodeCache(Path dir) {
        this.dir = dir;
    }

    /** A cache in {@code dir}, which is made on the first store. */
    public static CodeCache at(Path dir) {
        return new CodeCache(dir);
    }

    /** The cached code of {@code filename} when it was compiled from exactly {@code source}, else null. */
    public CodeObject load(String filename, byte[] source) {
        if (dir == null) {
            return null;
        }
        Path file = entry(filename);
        byte[] data;
        try {
            data = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | SecurityException e) {
            LOG.debug("code cache: cannot read {}: {}", file, e.toString());
            return null;
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(data);
            if (in.getInt() != MAGIC || in.getInt() != FORMAT_VERSION || !readText(in).equals(BuildId.get())
                    || !readText(in).equals(filename)) {
                return null;
            }
            int n = in.getInt();
            int at = in.position();
            if (n != source.length || n > in.remaining() || !Arrays.equals(data, at, at + n, source, 0, n)) {
                return null;
            }
            in.position(at + n);
            CodeObject code = CodeFormat.read(in, filename);
            if (in.hasRemaining()) {
                throw new IllegalArgumentException(in.remaining() + " bytes after the code");
            }
            return code;
        } catch (RuntimeException e) {
            LOG.debug("code cache: ignoring damaged {}: {}", file, e.toString());
            return null;
        }
    }

    /** Keeps {@code code}, just compiled from {@code source}, for the next run that loads {@code filename}. */
    public void store(String filename, byte[] source, CodeObject code) {
        if (dir == null) {
            return;
        }
        Path file = entry(filename);
        Path tmp = null;
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(source.length * 2 + 1024);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(FORMAT_VERSION);
            writeText(BuildId.get(), out);
            writeText(filename, out);
            out.writeInt(source.length);
            out.write(source);
            CodeFormat.write(code, out);
            out.flush();
            Files.createDirectories(dir);
            // Written aside and renamed, so a concurrent run reads the old entry or the new one,
            // whole. The name aside is this process's and thread's own: Files.createTempFile's
            // random names seed a SecureRandom, which loaded about a hundred security classes at
            // every first run of a script (about 8 ms of CPU).
            tmp = dir.resolve(file.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + Thread.currentThread().getId() + ".tmp");
            Files.write(tmp, bytes.toByteArray());
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException | SecurityException e) {
            LOG.debug("code cache: not storing {}: {}", filename, e.toString());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException | SecurityException e) {
                    LOG.debug("code cache: cannot remove {}: {}", tmp, e.toString());
                }
            }
        }
    }

    /**
     * The entry of a source path: its last part (to be recognisable when listing the folder) and a
     * 64-bit hash of the whole path. Two paths with the same name only make each other miss.
     */
    public Path entry(String filename) {
        long h = 0xcbf29ce484222325L; // FNV-1a
        for (int i = 0; i < filename.length(); i++) {
            h = (h ^ filename.charAt(i)) * 0x100000001b3L;
        }
        String leaf = filename.substring(filename.lastIndexOf('/') + 1);
        StringBuilder name = new StringBuilder(80);
        for (int i = 0; i < leaf.length() && i < 64; i++) {
            char c = leaf.charAt(i); // not a regex: java.util.regex is not loaded at start-up otherwise
            boolean plain = c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-');
            name.append(plain ? c : '_');
        }
        return dir.resolve(name.append('-').append(Long.toHexString(h)).append(".hpyc").toString());
    }

    private static void writeText(String s, DataOutputStream out) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readText(ByteBuffer in) {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw new IllegalArgumentException("text length " + n + " runs past the end");
        }
        String s = new String(in.array(), in.position(), n, StandardCharsets.UTF_8);
        in.position(in.position() + n);
        return s;
    }
}
