package org.hotpy.core.modules.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.interp.RuntimeConfig;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyBytes;
import org.hotpy.core.types.text.PyStr;
import org.hotpy.core.types.text.StrRepr;

/**
 * {@code _io.FileIO}: unbuffered bytes to and from a file (a {@link FileChannel}) or one of the
 * interpreter's standard streams. It owns a descriptor number in the interpreter's
 * {@link FdTable}.
 */
public final class RawFile extends PyIOBase {
    public static final PyType TYPE = PyType.builtin("FileIO", PyType.OBJECT, RawFile.class, RawFile::define)
            .inModule("_io");

    private final FdTable table;
    private final FileChannel ch;
    private final InputStream in;
    private final OutputStream out;
    final PyObject name;
    private final boolean readable;
    private final boolean writable;
    private final boolean appending;
    private final boolean created;
    private final boolean closefd;
    private final boolean tty;
    int fd;
    /** A view or duplicate: closing it releases its own number only, never the channel. */
    private boolean shared;

    private RawFile(FdTable table, FileChannel ch, InputStream in, OutputStream out, PyObject name, String flags,
                    boolean closefd, boolean tty) {
        this.table = table;
        this.ch = ch;
        this.in = in;
        this.out = out;
        this.name = name;
        this.readable = flags.contains("r") || flags.contains("+");
        this.writable = flags.contains("w") || flags.contains("a") || flags.contains("x") || flags.contains("+");
        this.appending = flags.contains("a");
        this.created = flags.contains("x");
        this.closefd = closefd;
        this.tty = tty;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Opens {@code path} with the options of a mode ("r", "w+", "a" …); the caller checked the policy. */
    static RawFile open(FdTable table, Path path, PyObject name, String flags, Set<OpenOption> options)
            throws IOException {
        if (java.nio.file.Files.isDirectory(path)) {
            throw IoErrors.osError(IoErrors.EISDIR, name, null);
        }
        FileChannel ch = FileChannel.open(path, options);
        RawFile f = new RawFile(table, ch, null, null, name, flags, true, false);
        f.fd = table.register(f);
        return f;
    }

    /** For {@code os.open}: a raw file registered under a new descriptor number. */
    public static RawFile openDescriptor(FdTable table, Path path, PyObject name, String flags,
                                         Set<OpenOption> options) throws IOException {
        return open(table, path, name, flags, options);
    }

    /** Descriptor 0, 1 or 2: the interpreter's configured stdin, stdout or stderr, as bytes. */
    static RawFile stdio(FdTable table, int fd, RuntimeConfig cfg) {
        RawFile f = switch (fd) {
            case 0 -> new RawFile(table, null, new StdioAdapters.ReaderInputStream(cfg.stdin()), null,
                    PyStr.of("<stdin>"), "r", false, false);
            case 1 -> new RawFile(table, null, null, new StdioAdapters.WriterOutputStream(cfg.stdout()),
                    PyStr.of("<stdout>"), "w", false, false);
            default -> new RawFile(table, null, null, new StdioAdapters.WriterOutputStream(cfg.stderr()),
                    PyStr.of("<stderr>"), "w", false, false);
        };
        f.fd = fd;
        return f;
    }

    /** The same open file under another descriptor ({@code os.dup}). */
    RawFile duplicate(FdTable t) {
        String flags = (appending ? "a" : created ? "x" : writable && !readable ? "w" : "r") + (readable && writable ? "+" : "");
        RawFile f = new RawFile(t, ch, in, out, name, flags, false, tty);
        f.shared = true;
        return f;
    }

    /** Another object for the same descriptor that leaves the file open when closed ({@code closefd=False}). */
    RawFile view(String flags) {
        RawFile f = new RawFile(table, ch, in, out, PyInt.of(fd), flags, false, tty);
        f.fd = fd;
        f.shared = true;
        return f;
    }

    public PyObject nameObject() {
        return name;
    }

    public int fd() {
        return fd;
    }

    public boolean readable() {
        return readable;
    }

    public boolean writable() {
        return writable;
    }

    public boolean seekable() {
        return ch != null;
    }

    String modeString() {
        String m = created ? "xb" : appending ? "ab" : readable && !writable ? "rb" : writable && !readable ? "wb" : "rb";
        return readable && writable ? m + "+" : m;
    }

    private PyException io(IOException e) {
        return IoErrors.fromIOException(e, null, null);
    }

    private void checkReadable() {
        checkClosed();
        if (!readable) {
            throw unsupported("File not open for reading");
        }
    }

    private void checkWritable() {
        checkClosed();
        if (!writable) {
            throw unsupported("File not open for writing");
        }
    }

    /** Up to {@code n} bytes ({@code n < 0}: to the end); empty at the end of the file. */
    public byte[] read(long n) {
        checkReadable();
        try {
            if (n < 0) {
                return readAll();
            }
            if (in != null) {
                byte[] b = new byte[(int) Math.min(n, 1 << 20)];
                int r = in.read(b, 0, b.length);
                return r <= 0 ? new byte[0] : Arrays.copyOf(b, r);
            }
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(n, Integer.MAX_VALUE - 8));
            int r = ch.read(buf);
            return r <= 0 ? new byte[0] : Arrays.copyOf(buf.array(), r);
        } catch (IOException e) {
            throw io(e);
        }
    }

    private byte[] readAll() throws IOException {
        if (in != null) {
            return in.readAllBytes();
        }
        long remaining = Math.max(0, ch.size() - ch.position());
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(remaining + 1, Integer.MAX_VALUE - 8));
        while (ch.read(buf) > 0) {
            if (!buf.hasRemaining()) {
                buf = ByteBuffer.allocate(buf.capacity() * 2).put(buf.flip());
            }
        }
        return Arrays.copyOf(buf.array(), buf.position());
    }

    public int write(byte[] data) {
        checkWritable();
        try {
            if (out != null) {
                out.write(data);
                out.flush();
                return data.length;
            }
            ByteBuffer buf = ByteBuffer.wrap(data);
            if (appending) {
                ch.position(ch.size());
            }
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            return data.length;
        } catch (IOException e) {
            throw io(e);
        }
    }

    public long seek(long pos, int whence) {
        checkClosed();
        if (ch == null) {
            throw IoErrors.osError(IoErrors.ESPIPE, (String) null);
        }
        try {
            long base = switch (whence) {
                case 0 -> 0;
                case 1 -> ch.position();
                case 2 -> ch.size();
                default -> throw Errors.valueError("invalid whence (%d, should be 0, 1 or 2)", whence);
            };
            long target = base + pos;
            if (target < 0) {
                throw IoErrors.osError(IoErrors.EINVAL, (String) null);
            }
            ch.position(target);
            return target;
        } catch (IOException e) {
            throw io(e);
        }
    }

    public long tell() {
        return seek(0, 1);
    }

    public long truncate(long size) {
        checkWritable();
        if (ch == null) {
            throw IoErrors.osError(IoErrors.EINVAL, (String) null);
        }
        try {
            long pos = ch.position();
            if (size < ch.size()) {
                ch.truncate(size);
            } else if (size > ch.size()) {
                ch.write(ByteBuffer.allocate(1), size - 1);  // extend with zeros, as ftruncate does
            }
            ch.position(pos);
            return size;
        } catch (IOException e) {
            throw io(e);
        }
    }

    public long size() {
        try {
            return ch == null ? 0 : ch.size();
        } catch (IOException e) {
            throw io(e);
        }
    }

    public boolean isatty() {
        return tty;
    }

    @Override
    protected PyObject readlineObject(long limit) {
        checkReadable();
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        while (limit < 0 || line.size() < limit) {
            byte[] b = read(1);
            if (b.length == 0) {
                break;
            }
            line.write(b[0]);
            if (b[0] == '\n') {
                break;
            }
        }
        return new PyBytes(line.toByteArray());
    }

    @Override
    public void flush() {
        checkClosed();
        if (out != null) {
            try {
                out.flush();
            } catch (IOException e) {
                throw io(e);
            }
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!shared || table.get(fd) == this) {
            table.release(fd);
        }
        try {
            if (out != null) {
                out.flush();
            }
            if (closefd && ch != null) {
                ch.close();
            }
        } catch (IOException e) {
            throw io(e);
        }
    }

    private static void define(TypeDef t) {
        defineCommon(t);
        t.newMethod("file, mode='r', closefd=True, opener=None", (cls, a) -> FileOpener.openRaw(a[0], a[1], a[2], a[3]));
        t.method1("read", "size=-1, /", (RawFile f, PyObject n) -> new PyBytes(f.read(size(n))));
        t.method0("readall", (RawFile f) -> new PyBytes(f.read(-1)));
        t.method1("readinto", "buffer, /", (RawFile f, PyObject b) -> {
            byte[] data = f.read(Protocols.len(b));
            Protocols.setItem(b, new org.hotpy.core.types.collection.PySlice(PyInt.ZERO, PyInt.of(data.length),
                    PyNone.NONE), new PyBytes(data));
            return PyInt.of(data.length);
        });
        t.method1("write", "b, /", (RawFile f, PyObject b) -> PyInt.of(f.write(PyBytes.bytesLike(b, "write"))));
        t.method2("seek", "pos, whence=0, /", (RawFile f, PyObject p, PyObject w) ->
                PyInt.of(f.seek(Protocols.asIndexLong(p, "seek position too large"), (int) Protocols.asIndexClamped(w))));
        t.method0("tell", (RawFile f) -> PyInt.of(f.tell()));
        t.method1("truncate", "size=None, /", (RawFile f, PyObject s) ->
                PyInt.of(f.truncate(s == PyNone.NONE ? f.tell() : Protocols.asIndexLong(s, "size too large"))));
        t.method0("fileno", (RawFile f) -> {
            f.checkClosed();
            return PyInt.of(f.fd);
        });
        t.method0("isatty", (RawFile f) -> {
            f.checkClosed();
            return PyBool.of(f.tty);
        });
        t.method0("readable", (RawFile f) -> {
            f.checkClosed();
            return PyBool.of(f.readable);
        });
        t.method0("writable", (RawFile f) -> {
            f.checkClosed();
            return PyBool.of(f.writable);
        });
        t.method0("seekable", (RawFile f) -> {
            f.checkClosed();
            return PyBool.of(f.ch != null);
        });
        t.getter("name", (RawFile f) -> f.name);
        t.getter("mode", (RawFile f) -> PyStr.of(f.modeString()));
        t.getter("closefd", (RawFile f) -> PyBool.of(f.closefd));
        t.method0("__repr__", (RawFile f) -> PyStr.of(f.closed ? "<_io.FileIO [closed]>"
                : "<_io.FileIO name=" + nameRepr(f.name) + " mode='" + f.modeString() + "' closefd="
                + (f.closefd ? "True" : "False") + ">"));
    }

    static String nameRepr(PyObject name) {
        return name instanceof PyStr s ? StrRepr.repr(s.value()) : Protocols.repr(name).value();
    }
}
