package org.hotpy.core.modules.os;

import java.io.IOException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.modules.io.FdTable;
import org.hotpy.core.modules.io.IoErrors;
import org.hotpy.core.modules.io.RawFile;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyBytes;

/**
 * Descriptor-level I/O of {@code posix} ({@code open}, {@code read}, {@code write},
 * {@code close}, {@code lseek} …) over the interpreter's {@link FdTable}: the numbers are the
 * interpreter's own, shared with {@code open()}'s file objects.
 */
final class PosixFds {
    private PosixFds() {}

    static final int O_RDONLY = 0;
    static final int O_WRONLY = 1;
    static final int O_RDWR = 2;
    static final int O_CREAT = 0x40;
    static final int O_EXCL = 0x80;
    static final int O_TRUNC = 0x200;
    static final int O_APPEND = 0x400;

    static RawFile raw(InterpreterState st, int fd) {
        RawFile f = FdTable.of(st).get(fd);
        if (f == null || f.isClosed()) {
            throw IoErrors.osError(IoErrors.EBADF, (String) null);
        }
        return f;
    }

    private static int fdArg(PyObject o) {
        return (int) Protocols.asIndexLong(o, "fd is greater than maximum");
    }

    static void define(PyModule m, InterpreterState st) {
        PosixModule.def(m, "open", "path, flags, mode=511, *, dir_fd=None", a -> {
            PathArg p = PathArg.of(a[0], "open", false);
            int flags = (int) Protocols.asIndexLong(a[1], "flags");
            return PyInt.of(open(st, p, flags));
        });
        PosixModule.def(m, "read", "fd, length, /", a -> {
            long n = Protocols.asIndexLong(a[1], "length");
            if (n < 0) {
                throw IoErrors.osError(IoErrors.EINVAL, (String) null);
            }
            return new PyBytes(raw(st, fdArg(a[0])).read(n));
        });
        PosixModule.def(m, "write", "fd, data, /", a ->
                PyInt.of(raw(st, fdArg(a[0])).write(PyBytes.bytesLike(a[1], "write"))));
        PosixModule.def(m, "close", "fd", a -> {
            raw(st, fdArg(a[0])).close();
            return PyNone.NONE;
        });
        PosixModule.def(m, "closerange", "fd_low, fd_high, /", a -> {
            int low = fdArg(a[0]);
            int high = fdArg(a[1]);
            for (PyObject n : FdTable.of(st).openNumbers()) {
                int fd = (int) ((PyInt) n).value;
                if (fd >= low && fd < high) {
                    FdTable.of(st).get(fd).close();
                }
            }
            return PyNone.NONE;
        });
        PosixModule.def(m, "lseek", "fd, position, whence, /", a -> PyInt.of(raw(st, fdArg(a[0]))
                .seek(Protocols.asIndexLong(a[1], "position"), (int) Protocols.asIndexLong(a[2], "whence"))));
        PosixModule.def(m, "dup", "fd, /", a -> PyInt.of(FdTable.of(st).dup(raw(st, fdArg(a[0])))));
        PosixModule.def(m, "isatty", "fd, /", a -> {
            RawFile f = FdTable.of(st).get(fdArg(a[0]));
            return PyBool.of(f != null && f.isatty());
        });
        PosixModule.def(m, "fsync", "fd", a -> {
            raw(st, fdArg(Protocols.index(a[0] instanceof PyInt ? a[0]
                    : org.hotpy.core.ops.Call.callMethod(a[0], "fileno")))).flush();
            return PyNone.NONE;
        });
        PosixModule.def(m, "ftruncate", "fd, length, /", a -> {
            raw(st, fdArg(a[0])).truncate(Protocols.asIndexLong(a[1], "length"));
            return PyNone.NONE;
        });
        PosixModule.def(m, "fstat", "fd", a -> {
            raw(st, fdArg(a[0]));
            return PosixFiles.stat(st, a[0], true, "fstat");
        });
        PosixModule.def(m, "get_inheritable", "fd, /", a -> PyBool.FALSE);
        PosixModule.def(m, "set_inheritable", "fd, inheritable, /", a -> PyNone.NONE);
        PosixModule.def(m, "get_blocking", "fd, /", a -> PyBool.TRUE);
    }

    private static int open(InterpreterState st, PathArg p, int flags) {
        int access = flags & 3;
        Set<OpenOption> o = new HashSet<>();
        if (access == O_RDONLY || access == O_RDWR) {
            o.add(StandardOpenOption.READ);
        }
        if (access == O_WRONLY || access == O_RDWR) {
            o.add(StandardOpenOption.WRITE);
        }
        if ((flags & O_CREAT) != 0) {
            o.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        if ((flags & O_TRUNC) != 0) {
            o.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        String kind = (flags & O_APPEND) != 0 ? "a" : access == O_RDONLY ? "r" : "w";
        String mode = access == O_RDWR ? kind + "+" : kind;
        Path path = p.path(st);
        try {
            return RawFile.openDescriptor(FdTable.of(st), path, p.object(), mode, o).fd();
        } catch (IOException e) {
            throw IoErrors.fromIOException(e, p.object(), null);
        }
    }
}
