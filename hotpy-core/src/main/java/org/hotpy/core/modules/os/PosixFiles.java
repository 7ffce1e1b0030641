package org.hotpy.core.modules.os;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.modules.io.FdTable;
import org.hotpy.core.modules.io.IoErrors;
import org.hotpy.core.modules.io.RawFile;
import org.hotpy.core.ops.Iteration;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.number.IntMath;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/** The file-system functions of {@code posix}: stat, directories, renames, links, modes, times. */
final class PosixFiles {
    private PosixFiles() {}

    static void define(PyModule m, InterpreterState st) {
        PosixModule.def(m, "stat", "path, *, dir_fd=None, follow_symlinks=True", a -> stat(st, a[0], Protocols.isTrue(a[2]), "stat"));
        PosixModule.def(m, "lstat", "path, *, dir_fd=None", a -> stat(st, a[0], false, "lstat"));
        PosixModule.def(m, "listdir", "path=None", a -> listdir(st, a[0]));
        PosixModule.def(m, "_scandir", "path='.', /", a -> scandir(st, a[0]));
        PosixModule.def(m, "mkdir", "path, mode=511, *, dir_fd=None", a -> {
            PathArg p = PathArg.of(a[0], "mkdir", false);
            try {
                Files.createDirectory(p.path(st));
            } catch (IOException e) {
                throw IoErrors.fromIOException(e, p.object(), null);
            }
            return PyNone.NONE;
        });
        PosixModule.def(m, "rmdir", "path, *, dir_fd=None", a -> {
            PathArg p = PathArg.of(a[0], "rmdir", false);
            Path path = p.path(st);
            if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                throw IoErrors.osError(IoErrors.ENOTDIR, p.object(), null);
            }
            delete(path, p);
            return PyNone.NONE;
        });
        PosixModule.Body remove = a -> {
            PathArg p = PathArg.of(a[0], "remove", false);
            Path path = p.path(st);
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                throw IoErrors.osError(IoErrors.EISDIR, p.object(), null);
            }
            delete(path, p);
            return PyNone.NONE;
        };
        PosixModule.def(m, "remove", "path, *, dir_fd=None", remove);
        PosixModule.def(m, "unlink", "path, *, dir_fd=None", remove);
        PosixModule.def(m, "rename", "src, dst, *, src_dir_fd=None, dst_dir_fd=None", a -> rename(st, a[0], a[1], "rename"));
        PosixModule.def(m, "replace", "src, dst, *, src_dir_fd=None, dst_dir_fd=None", a -> rename(st, a[0], a[1], "replace"));
        PosixModule.def(m, "symlink", "src, dst, target_is_directory=False, *, dir_fd=None", a -> {
            PathArg src = PathArg.of(a[0], "symlink", false);
            PathArg dst = PathArg.of(a[1], "symlink", false);
            try {
                Files.createSymbolicLink(dst.path(st), Path.of(src.text()));
            } catch (IOException e) {
                throw IoErrors.fromIOException(e, src.object(), dst.object());
            }
            return PyNone.NONE;
        });
        PosixModule.def(m, "link", "src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True", a -> {
            PathArg src = PathArg.of(a[0], "link", false);
            PathArg dst = PathArg.of(a[1], "link", false);
            try {
                Files.createLink(dst.path(st), src.path(st));
            } catch (IOException e) {
                throw IoErrors.fromIOException(e, src.object(), dst.object());
            }
            return PyNone.NONE;
        });
        PosixModule.def(m, "readlink", "path, *, dir_fd=None", a -> {
            PathArg p = PathArg.of(a[0], "readlink", false);
            try {
                return p.wrap(Files.readSymbolicLink(p.path(st)).toString());
            } catch (IOException e) {
                throw IoErrors.fromIOException(e, p.object(), null);
            }
        });
        PosixModule.def(m, "chmod", "path, mode, *, dir_fd=None, follow_symlinks=True", a -> {
            PathArg p = PathArg.of(a[0], "chmod", false);
            try {
                Files.setPosixFilePermissions(p.path(st), permissions((int) Protocols.asIndexLong(a[1], "mode")));
            } catch (IOException e) {
                throw IoErrors.fromIOException(e, p.object(), null);
            }
            return PyNone.NONE;
        });
        PosixModule.def(m, "access", "path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True", a -> {
            PathArg p = PathArg.of(a[0], "access", false);
            Path path = p.path(st);
            long mode = Protocols.asIndexLong(a[1], "mode");
            boolean ok = Files.exists(path)
                    && ((mode & 4) == 0 || Files.isReadable(path))
                    && ((mode & 2) == 0 || Files.isWritable(path))
                    && ((mode & 1) == 0 || Files.isExecutable(path));
            return PyBool.of(ok);
        });
        PosixModule.def(m, "utime", "path, times=None, *, ns=?, dir_fd=None, follow_symlinks=True", a -> utime(st, a));
        PosixModule.def(m, "truncate", "path, length", a -> {
            PathArg p = PathArg.of(a[0], "truncate", true);
            long length = Protocols.asIndexLong(a[1], "length");
            if (p.fd() >= 0) {
                PosixFds.raw(st, p.fd()).truncate(length);
                return PyNone.NONE;
            }
            try (var ch = java.nio.channels.FileChannel.open(p.path(st), java.nio.file.StandardOpenOption.WRITE)) {
                if (length < ch.size()) {
                    ch.truncate(length);
                } else if (length > ch.size()) {
                    ch.write(java.nio.ByteBuffer.allocate(1), length - 1);
                }
            } catch (IOException e) {
                throw IoErrors.fromIOException(e, p.object(), null);
            }
            return PyNone.NONE;
        });
        PosixModule.def(m, "getcwd", "", a -> PyStr.of(FdTable.of(st).cwd().toString()));
        PosixModule.def(m, "getcwdb", "", a -> new org.hotpy.core.types.text.PyBytes(
                FdTable.of(st).cwd().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        PosixModule.def(m, "chdir", "path", a -> {
            PathArg p = PathArg.of(a[0], "chdir", false);
            Path path = p.path(st);
            if (!Files.exists(path)) {
                throw IoErrors.osError(IoErrors.ENOENT, p.object(), null);
            }
            if (!Files.isDirectory(path)) {
                throw IoErrors.osError(IoErrors.ENOTDIR, p.object(), null);
            }
            FdTable.of(st).setCwd(path);
            return PyNone.NONE;
        });
        PosixModule.def(m, "_realpath", "path, /", a -> {
            PathArg p = PathArg.of(a[0], "realpath", false);
            return p.wrap(realpath(p.path(st)).toString());
        });
    }

    static PyObject stat(InterpreterState st, PyObject arg, boolean follow, String fname) {
        PathArg p = PathArg.of(arg, fname, true);
        Path path;
        if (p.fd() >= 0) {
            RawFile f = FdTable.of(st).get(p.fd());
            if (f == null) {
                throw IoErrors.osError(IoErrors.EBADF, PyInt.of(p.fd()), null);
            }
            PyObject name = f.nameObject();
            if (!(name instanceof PyStr ns)) {
                throw Errors.notSupported("os.fstat() of a standard stream");
            }
            path = FdTable.of(st).resolve(Path.of(ns.value()));
        } else {
            path = p.path(st);
        }
        try {
            return PosixStat.stat(path, follow);
        } catch (IOException e) {
            throw IoErrors.fromIOException(e, p.object(), null);
        }
    }

    private static PyObject listdir(InterpreterState st, PyObject arg) {
        PathArg p = PathArg.of(arg == PyNone.NONE ? PyStr.of(".") : arg, "listdir", false);
        List<PyObject> names = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(p.path(st))) {
            for (Path e : ds) {
                names.add(p.wrap(e.getFileName().toString()));
            }
        } catch (IOException e) {
            throw IoErrors.fromIOException(e, p.object(), null);
        }
        return PyList.wrap(names.toArray(new PyObject[0]));
    }

    /** For os.scandir: (name, is_dir, is_file, is_symlink) of each entry, not following links for the last. */
    private static PyObject scandir(InterpreterState st, PyObject arg) {
        PathArg p = PathArg.of(arg, "scandir", false);
        List<PyObject> entries = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(p.path(st))) {
            for (Path e : ds) {
                entries.add(PyTuple.of(p.wrap(e.getFileName().toString()),
                        PyBool.of(Files.isDirectory(e, LinkOption.NOFOLLOW_LINKS)),
                        PyBool.of(Files.isRegularFile(e, LinkOption.NOFOLLOW_LINKS)),
                        PyBool.of(Files.isSymbolicLink(e))));
            }
        } catch (IOException e) {
            throw IoErrors.fromIOException(e, p.object(), null);
        }
        return PyList.wrap(entries.toArray(new PyObject[0]));
    }

    private static void delete(Path path, PathArg p) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw IoErrors.fromIOException(e, p.object(), null);
        }
    }

    private static PyObject rename(InterpreterState st, PyObject a, PyObject b, String fname) {
        PathArg src = PathArg.of(a, fname, false);
        PathArg dst = PathArg.of(b, fname, false);
        Path from = src.path(st);
        Path to = dst.path(st);
        try {
            if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
                throw new NoSuchFileException(src.text());
            }
            if (Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
                throw IoErrors.osError(IoErrors.EISDIR, src.object(), dst.object());
            }
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw IoErrors.fromIOException(e, src.object(), dst.object());
        }
        return PyNone.NONE;
    }

    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ,
        };
        for (int i = 0; i < order.length; i++) {
            if ((mode & (1 << i)) != 0) {
                s.add(order[i]);
            }
        }
        return s;
    }

    /** {@code utime(path, times=None, *, ns)}: now, (atime, mtime) in seconds, or in nanoseconds. */
    private static PyObject utime(InterpreterState st, PyObject[] a) {
        PathArg p = PathArg.of(a[0], "utime", false);
        if (a[1] != PyNone.NONE && a[2] != null) {
            throw Errors.valueError("utime: you may specify either 'times' or 'ns' but not both");
        }
        long atime;
        long mtime;
        if (a[2] != null) {
            PyObject[] ns = pair(a[2], "utime: 'ns' must be a tuple of two ints");
            atime = IntMath.toLong(ns[0], "ns too large");
            mtime = IntMath.toLong(ns[1], "ns too large");
        } else if (a[1] != PyNone.NONE) {
            PyObject[] t = pair(a[1], "utime: 'times' must be either a tuple of two ints or None");
            atime = toNanos(t[0]);
            mtime = toNanos(t[1]);
        } else {
            atime = mtime = System.currentTimeMillis() * 1_000_000L;
        }
        try {
            var view = Files.getFileAttributeView(p.path(st), java.nio.file.attribute.BasicFileAttributeView.class);
            view.setTimes(FileTime.from(mtime, TimeUnit.NANOSECONDS), FileTime.from(atime, TimeUnit.NANOSECONDS), null);
        } catch (IOException e) {
            throw IoErrors.fromIOException(e, p.object(), null);
        }
        return PyNone.NONE;
    }

    private static PyObject[] pair(PyObject o, String message) {
        if (!(o instanceof PyTuple t) || t.size() != 2) {
            throw Errors.typeError("%s", message);
        }
        return Iteration.toArray(t);
    }

    private static long toNanos(PyObject o) {
        if (o instanceof PyFloat f) {
            return (long) Math.floor(f.value * 1e9);
        }
        return Math.multiplyExact(IntMath.toLong(Protocols.index(o), "timestamp too large"), 1_000_000_000L);
    }

    /** CPython's non-strict realpath: symlinks resolved as far as the path exists. */
    static Path realpath(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        Path rest = Path.of("");
        while (existing != null && !Files.exists(existing)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        try {
            Path real = existing == null ? Path.of("/") : existing.toRealPath();
            return rest.toString().isEmpty() ? real : real.resolve(rest).normalize();
        } catch (IOException e) {
            return abs;
        }
    }
}
