package org.hotpy.core.modules.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.WeakHashMap;

import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.types.number.PyInt;

/**
 * The file descriptors of one interpreter. The JVM does not expose the operating system's
 * descriptor numbers, so each interpreter numbers its open raw files itself: 0, 1 and 2 are its
 * configured stdin, stdout and stderr, and files get the lowest free number from 3 up, as POSIX
 * {@code open} does. Also the registry of streams to flush when the interpreter exits.
 */
public final class FdTable {
    private static final Map<InterpreterState, FdTable> TABLES = new WeakHashMap<>();

    private final InterpreterState st;
    private final TreeMap<Integer, RawFile> open = new TreeMap<>();
    private final List<java.lang.ref.WeakReference<PyIOBase>> flushAtExit = new ArrayList<>();

    /** The working directory {@code os.chdir} set; null until then (the process's own). */
    private java.nio.file.Path cwd;
    private int umask = 0022;

    private FdTable(InterpreterState st) {
        this.st = st;
    }

    /**
     * The interpreter's working directory. The JVM cannot change the process's, so
     * {@code os.chdir} changes this one, and every path the runtime opens is resolved
     * against it ({@link #resolve}).
     */
    public java.nio.file.Path cwd() {
        return cwd != null ? cwd : java.nio.file.Path.of("").toAbsolutePath();
    }

    public void setCwd(java.nio.file.Path dir) {
        this.cwd = dir.toAbsolutePath().normalize();
    }

    /** A path as the program wrote it, resolved against the working directory once it was changed. */
    public java.nio.file.Path resolve(java.nio.file.Path p) {
        return cwd == null || p.isAbsolute() ? p : cwd.resolve(p);
    }

    public int umask(int mask) {
        int old = umask;
        umask = mask;
        return old;
    }

    public static FdTable of(InterpreterState st) {
        synchronized (TABLES) {
            FdTable t = TABLES.get(st); // not computeIfAbsent(st, FdTable::new): a lambda costs start-up
            if (t == null) {
                t = new FdTable(st);
                TABLES.put(st, t);
            }
            return t;
        }
    }

    /** The raw file for {@code fd}, or null when it is not open. */
    public RawFile get(int fd) {
        RawFile f = open.get(fd);
        if (f == null && fd >= 0 && fd <= 2 && !stdClosed[fd]) {
            f = RawFile.stdio(this, fd, st.config());
            open.put(fd, f);
        }
        return f;
    }

    private final boolean[] stdClosed = new boolean[3];

    /** Gives {@code f} the lowest free descriptor number from 3 up. */
    int register(RawFile f) {
        int fd = 3;
        while (open.containsKey(fd)) {
            fd++;
        }
        open.put(fd, f);
        f.fd = fd;
        return fd;
    }

    void release(int fd) {
        open.remove(fd);
        if (fd >= 0 && fd <= 2) {
            stdClosed[fd] = true;
        }
    }

    /** {@code os.dup2}-like renumbering is not offered; this is {@code os.dup}: a new number, same file. */
    public int dup(RawFile f) {
        return register(f.duplicate(this));
    }

    /** Remembers a buffered stream whose data must reach its file when the interpreter exits. */
    void flushAtExit(PyIOBase stream) {
        flushAtExit.removeIf(r -> r.get() == null);
        flushAtExit.add(new java.lang.ref.WeakReference<>(stream));
    }

    /** Flushes every still-open buffered stream (CPython does it when they are finalised). */
    public void flushAll() {
        for (var ref : List.copyOf(flushAtExit)) {
            PyIOBase s = ref.get();
            if (s != null && !s.isClosed()) {
                try {
                    s.flush();
                } catch (RuntimeException e) {
                    // as a finaliser would: a failed flush at exit is not the program's error
                }
            }
        }
    }

    /** The numbers of the descriptors currently open, for tests and {@code os.closerange}. */
    public List<PyObject> openNumbers() {
        List<PyObject> r = new ArrayList<>();
        for (int fd : open.keySet()) {
            r.add(PyInt.of(fd));
        }
        return r;
    }
}
