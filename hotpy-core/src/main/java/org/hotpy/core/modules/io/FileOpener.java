package org.hotpy.core.modules.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyBytes;
import org.hotpy.core.types.text.PyStr;

/**
 * The builtin {@code open()} and {@code io.FileIO()}: CPython's mode rules and messages, a
 * {@link RawFile} under a {@link BufferedFile} under a {@link TextFile} as the mode asks, subject
 * to the interpreter's file policy.
 */
public final class FileOpener {
    private FileOpener() {}

    /** Arguments as bound by open()'s signature: file, mode, buffering, encoding, errors, newline, closefd, opener. */
    public static PyObject open(InterpreterState st, PyObject[] a) {
        PyObject file = a[0];
        String mode = Protocols.strArg(a[1], "mode", "open");
        long buffering = Protocols.asIndexLong(a[2], "buffering too large");
        Mode m = Mode.parse(mode);
        checkText(a[3], "encoding");
        checkText(a[4], "errors");
        checkText(a[5], "newline");
        if (m.binary && a[3] != PyNone.NONE) {
            throw Errors.valueError("binary mode doesn't take an encoding argument");
        }
        if (m.binary && a[4] != PyNone.NONE) {
            throw Errors.valueError("binary mode doesn't take an errors argument");
        }
        if (m.binary && a[5] != PyNone.NONE) {
            throw Errors.valueError("binary mode doesn't take a newline argument");
        }
        if (!m.binary && buffering == 0) {
            throw Errors.valueError("can't have unbuffered text I/O");
        }
        if (a[5] instanceof PyStr nl && !nl.value().isEmpty() && !nl.value().equals("\n")
                && !nl.value().equals("\r") && !nl.value().equals("\r\n")) {
            throw Errors.valueError("illegal newline value: %s", nl.value());
        }
        if (!m.binary && a[3] != PyNone.NONE) {
            TextCodec.forName(((PyStr) a[3]).value());  // LookupError before the file is touched
        }
        RawFile raw = openRaw(st, file, m, Protocols.isTrue(a[6]), a[7]);
        if (buffering == 0) {
            return raw;
        }
        int size = buffering > 1 ? (int) Math.min(buffering, 1 << 24) : BufferedFile.DEFAULT_BUFFER_SIZE;
        PyType kind = m.updating ? BufferedFile.RANDOM : m.reading ? BufferedFile.READER : BufferedFile.WRITER;
        BufferedFile buffered = new BufferedFile(kind, raw, size);
        FdTable.of(st).flushAtExit(buffered);
        if (m.binary) {
            return buffered;
        }
        boolean lineBuffering = buffering == 1 || raw.isatty();
        TextFile text = TextFile.wrap(buffered, a[3], a[4], a[5], lineBuffering, false, mode);
        if (m.appending && raw.seekable()) {
            raw.seek(0, 2);
        }
        return text;
    }

    private static void checkText(PyObject o, String what) {
        if (o != PyNone.NONE && !(o instanceof PyStr)) {
            throw Errors.typeError("open() argument '%s' must be str or None, not %s", what, o.type().tpName());
        }
    }

    /** {@code io.FileIO(file, mode='r', closefd=True, opener=None)}. */
    static RawFile openRaw(PyObject file, PyObject mode, PyObject closefd, PyObject opener) {
        String ms = Protocols.strArg(mode, "mode", "FileIO");
        if (ms.contains("t") || ms.chars().anyMatch(c -> "rwxab+".indexOf(c) < 0)) {
            throw Errors.valueError("invalid mode: %s", ms);
        }
        return openRaw(InterpreterState.current(), file, Mode.parse(ms.contains("b") ? ms : ms + "b"),
                Protocols.isTrue(closefd), opener);
    }

    private static RawFile openRaw(InterpreterState st, PyObject file, Mode m, boolean closefd, PyObject opener) {
        FdTable table = FdTable.of(st);
        if (file instanceof PyInt || (org.hotpy.core.types.number.IntMath.isInt(file) && !(file instanceof PyStr))) {
            long fd = Protocols.asIndexLong(file, "fd is greater than maximum");
            if (fd < 0) {
                throw Errors.valueError("negative file descriptor");
            }
            RawFile f = table.get((int) fd);
            if (f == null) {
                throw IoErrors.osError(IoErrors.EBADF, (String) null);
            }
            return closefd ? f : f.view(m.flags());
        }
        if (!closefd) {
            throw Errors.valueError("Cannot use closefd=False with file name");
        }
        PyObject name = fspath(file);
        String pathText = name instanceof PyBytes b ? new String(b.data(), java.nio.charset.StandardCharsets.UTF_8)
                : ((PyStr) name).value();
        if (opener != PyNone.NONE) {
            PyObject fd = Call.call(opener, name, PyInt.of(m.osFlags()));
            long n = Protocols.asIndexLong(fd, "fd too large");
            if (n < 0) {
                throw Errors.valueError("opener returned %d", n);
            }
            RawFile f = table.get((int) n);
            if (f == null) {
                throw IoErrors.osError(IoErrors.EBADF, (String) null);
            }
            return f;
        }
        Path path = checkPolicy(st, pathText, m.flags());
        try {
            return RawFile.open(table, path, file instanceof PyInt ? file : name, m.flags(), m.options());
        } catch (IOException e) {
            if (Files.isDirectory(path)) {
                throw IoErrors.osError(IoErrors.EISDIR, name, null);
            }
            throw IoErrors.fromIOException(e, name, null);
        }
    }

    /** {@code os.fspath}: str and bytes as they are, else {@code __fspath__()}, else TypeError. */
    public static PyObject fspath(PyObject p) {
        if (p instanceof PyStr || p instanceof PyBytes) {
            return p;
        }
        PyObject f = p.type().lookup("__fspath__");
        if (f != null) {
            PyObject r = Call.callMethod(p, "__fspath__");
            if (r instanceof PyStr || r instanceof PyBytes) {
                return r;
            }
            throw Errors.typeError("expected %s.__fspath__() to return str or bytes, not %s", p.type().tpName(),
                    r.type().tpName());
        }
        throw Errors.typeError("expected str, bytes or os.PathLike object, not %s", p.type().tpName());
    }

    /**
     * The path to open with {@code mode} (letters of r/w/a/x/+), or PermissionError when the host
     * policy forbids it. A trusted interpreter resolves relative paths against its own working folder.
     */
    public static Path checkPolicy(InterpreterState st, String file, String mode) {
        Path p = st.hostAccess().checkOpen(file, mode);
        return st.config().trusted() ? FdTable.of(st).resolve(p) : p;
    }

    /** OSError subclass with errno, strerror and filename, formatted as CPython prints it. */
    public static PyException osError(PyType type, int errno, String msg, String filename) {
        return Errors.withArgs(type, PyInt.of(errno), PyStr.of(msg), PyStr.of(filename));
    }

    /** A parsed mode string. */
    record Mode(boolean reading, boolean writing, boolean appending, boolean creating, boolean updating,
                boolean binary) {
        static Mode parse(String mode) {
            boolean r = false;
            boolean w = false;
            boolean a = false;
            boolean x = false;
            boolean plus = false;
            boolean t = false;
            boolean b = false;
            for (int i = 0; i < mode.length(); i++) {
                char c = mode.charAt(i);
                if ("rwxabt+".indexOf(c) < 0 || mode.indexOf(c, i + 1) >= 0) {
                    throw Errors.valueError("invalid mode: '%s'", mode);
                }
                switch (c) {
                    case 'r' -> r = true;
                    case 'w' -> w = true;
                    case 'a' -> a = true;
                    case 'x' -> x = true;
                    case '+' -> plus = true;
                    case 't' -> t = true;
                    default -> b = true;
                }
            }
            if (t && b) {
                throw Errors.valueError("can't have text and binary mode at once");
            }
            int kinds = (r ? 1 : 0) + (w ? 1 : 0) + (a ? 1 : 0) + (x ? 1 : 0);
            if (kinds == 0) {
                throw Errors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
            }
            if (kinds > 1) {
                throw Errors.valueError("must have exactly one of create/read/write/append mode");
            }
            return new Mode(r, w, a, x, plus, b);
        }

        /** The letters RawFile keeps: which of r/w/a/x, and + for updating. */
        String flags() {
            return (reading ? "r" : writing ? "w" : appending ? "a" : "x") + (updating ? "+" : "");
        }

        Set<OpenOption> options() {
            Set<OpenOption> o = new HashSet<>();
            if (reading || updating) {
                o.add(StandardOpenOption.READ);
            }
            if (!reading || updating) {
                o.add(StandardOpenOption.WRITE);
            }
            if (writing) {
                o.add(StandardOpenOption.CREATE);
                o.add(StandardOpenOption.TRUNCATE_EXISTING);
            } else if (appending) {
                o.add(StandardOpenOption.CREATE);
            } else if (creating) {
                o.add(StandardOpenOption.CREATE_NEW);
            }
            return o;
        }

        /** The os.open flags of this mode, as CPython passes them to an opener. */
        int osFlags() {
            int f = updating ? 2 : reading ? 0 : 1;
            if (writing) {
                f |= 0x40 | 0x200;
            } else if (appending) {
                f |= 0x40 | 0x400;
            } else if (creating) {
                f |= 0x40 | 0x80;
            }
            return f | 0x80000;     // O_CLOEXEC
        }
    }
}
