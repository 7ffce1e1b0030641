package org.hotpy.core.modules.io;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Attr;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyBytes;
import org.hotpy.core.types.text.PyStr;

/**
 * {@code _io.BufferedReader}, {@code BufferedWriter} and {@code BufferedRandom}: one Java class,
 * three Python types. Buffers reads and writes over a raw stream — a {@link RawFile} called
 * directly, or any object with the raw methods ({@code read}, {@code write}, {@code seek} …).
 * Invariant: at most one of the two buffers holds data; switching direction first flushes the
 * writes or gives back the unread bytes by seeking the raw stream.
 */
public final class BufferedFile extends PyIOBase {
    public static final PyType READER = PyType.builtin("BufferedReader", PyType.OBJECT, BufferedFile.class,
            t -> define(t, true, false)).inModule("_io");
    public static final PyType WRITER = PyType.builtin("BufferedWriter", PyType.OBJECT, BufferedFile.class,
            t -> define(t, false, true)).inModule("_io");
    public static final PyType RANDOM = PyType.builtin("BufferedRandom", PyType.OBJECT, BufferedFile.class,
            t -> define(t, true, true)).inModule("_io");

    static final int DEFAULT_BUFFER_SIZE = 8192;

    private final PyType type;
    private PyObject raw;
    private final RawFile rawFile;
    private final int bufferSize;
    private byte[] rbuf = new byte[0];
    private int rpos;
    private final ByteArrayOutputStream wbuf = new ByteArrayOutputStream();

    BufferedFile(PyType type, PyObject raw, int bufferSize) {
        this.type = type;
        this.raw = raw;
        this.rawFile = raw instanceof RawFile r ? r : null;
        this.bufferSize = bufferSize;
    }

    @Override
    public PyType type() {
        return type;
    }

    public PyObject raw() {
        return raw;
    }

    private boolean canRead() {
        return type != WRITER;
    }

    private boolean canWrite() {
        return type != READER;
    }

    // ---- the raw stream ----

    private byte[] rawRead(long n) {
        if (rawFile != null) {
            return rawFile.read(n);
        }
        PyObject r = Call.callMethod(raw, "read", PyInt.of(n));
        return r == PyNone.NONE ? new byte[0] : PyBytes.bytesLike(r, "read");
    }

    private void rawWrite(byte[] data) {
        if (rawFile != null) {
            rawFile.write(data);
        } else {
            Call.callMethod(raw, "write", new PyBytes(data));
        }
    }

    private long rawSeek(long pos, int whence) {
        if (rawFile != null) {
            return rawFile.seek(pos, whence);
        }
        return Protocols.asIndexLong(Call.callMethod(raw, "seek", PyInt.of(pos), PyInt.of(whence)), "position too large");
    }

    private void checkOpen() {
        if (closed || rawFile != null && rawFile.isClosed()) {
            throw Errors.valueError(raw == null ? "raw stream has been detached" : "I/O operation on closed file.");
        }
    }

    // ---- buffering ----

    private int buffered() {
        return rbuf.length - rpos;
    }

    /** Before writing or seeking: the raw position goes back to the logical one. */
    private void dropReadAhead() {
        if (buffered() > 0) {
            rawSeek(-buffered(), 1);
        }
        rbuf = new byte[0];
        rpos = 0;
    }

    private void flushWrites() {
        if (wbuf.size() > 0) {
            byte[] data = wbuf.toByteArray();
            wbuf.reset();
            rawWrite(data);
        }
    }

    /** Refills the read buffer; false at the end of the stream. */
    private boolean fill() {
        flushWrites();
        byte[] chunk = rawRead(Math.max(bufferSize, 1));
        rbuf = chunk;
        rpos = 0;
        return chunk.length > 0;
    }

    public byte[] read(long n) {
        checkOpen();
        if (!canRead()) {
            throw unsupported("read");
        }
        if (n < 0) {
            flushWrites();
            byte[] head = Arrays.copyOfRange(rbuf, rpos, rbuf.length);
            rbuf = new byte[0];
            rpos = 0;
            byte[] rest = rawRead(-1);
            return concat(head, rest);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (out.size() < n) {
            if (buffered() == 0 && !fill()) {
                break;
            }
            int k = (int) Math.min(n - out.size(), buffered());
            out.write(rbuf, rpos, k);
            rpos += k;
        }
        return out.toByteArray();
    }

    byte[] read1(long n) {
        checkOpen();
        if (buffered() == 0 && !fill()) {
            return new byte[0];
        }
        int k = (int) (n < 0 ? buffered() : Math.min(n, buffered()));
        byte[] r = Arrays.copyOfRange(rbuf, rpos, rpos + k);
        rpos += k;
        return r;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    @Override
    protected PyObject readlineObject(long limit) {
        checkOpen();
        if (!canRead()) {
            throw unsupported("readline");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            if (buffered() == 0 && !fill()) {
                break;
            }
            int end = rpos;
            int stop = limit < 0 ? rbuf.length : (int) Math.min(rbuf.length, rpos + (limit - out.size()));
            while (end < stop && rbuf[end] != '\n') {
                end++;
            }
            boolean newline = end < stop;
            int upto = newline ? end + 1 : end;
            out.write(rbuf, rpos, upto - rpos);
            rpos = upto;
            if (newline) {
                break;
            }
        }
        return new PyBytes(out.toByteArray());
    }

    public int write(byte[] data) {
        checkOpen();
        if (!canWrite()) {
            throw unsupported("write");
        }
        dropReadAhead();
        wbuf.write(data, 0, data.length);
        if (wbuf.size() >= bufferSize) {
            flushWrites();
        }
        return data.length;
    }

    public long seek(long pos, int whence) {
        checkOpen();
        if (whence < 0 || whence > 2) {
            throw Errors.valueError("whence value %d unsupported", whence);
        }
        flushWrites();
        if (whence == 1) {
            pos -= buffered();
        }
        rbuf = new byte[0];
        rpos = 0;
        return rawSeek(pos, whence);
    }

    public long tell() {
        checkOpen();
        return rawSeek(0, 1) - buffered() + wbuf.size();
    }

    @Override
    public void flush() {
        checkOpen();
        flushWrites();
        if (rawFile != null) {
            rawFile.flush();
        }
    }

    @Override
    public void close() {
        if (closed || raw == null) {
            return;
        }
        try {
            if (rawFile == null || !rawFile.isClosed()) {
                flushWrites();
            }
        } finally {
            closed = true;
            if (rawFile != null) {
                rawFile.close();
            } else {
                Call.callMethod(raw, "close");
            }
        }
    }

    private static void define(TypeDef t, boolean reader, boolean writer) {
        defineCommon(t);
        PyType self = t.type();
        t.newMethod("raw, buffer_size=8192", (cls, a) -> {
            long size = Protocols.asIndexLong(a[1], "buffer size too large");
            if (size <= 0) {
                throw Errors.valueError("buffer size must be strictly positive");
            }
            return new BufferedFile(self, a[0], (int) Math.min(size, 1 << 24));
        });
        t.method1("read", "size=-1, /", (BufferedFile f, PyObject n) -> new PyBytes(f.read(size(n))));
        t.method1("read1", "size=-1, /", (BufferedFile f, PyObject n) -> new PyBytes(f.read1(size(n))));
        t.method1("peek", "size=0, /", (BufferedFile f, PyObject n) -> {
            f.checkOpen();
            if (f.buffered() == 0) {
                f.fill();
            }
            return new PyBytes(Arrays.copyOfRange(f.rbuf, f.rpos, f.rbuf.length));
        });
        t.method1("readinto", "buffer, /", (BufferedFile f, PyObject b) -> {
            byte[] data = f.read(Protocols.len(b));
            Protocols.setItem(b, new org.hotpy.core.types.collection.PySlice(PyInt.ZERO, PyInt.of(data.length),
                    PyNone.NONE), new PyBytes(data));
            return PyInt.of(data.length);
        });
        t.method1("write", "buffer, /", (BufferedFile f, PyObject b) -> PyInt.of(f.write(PyBytes.bytesLike(b, "write"))));
        t.method2("seek", "target, whence=0, /", (BufferedFile f, PyObject p, PyObject w) ->
                PyInt.of(f.seek(Protocols.asIndexLong(p, "seek position too large"), (int) Protocols.asIndexClamped(w))));
        t.method0("tell", (BufferedFile f) -> PyInt.of(f.tell()));
        t.method1("truncate", "pos=None, /", (BufferedFile f, PyObject p) -> {
            f.checkOpen();
            f.flushWrites();
            f.dropReadAhead();
            PyObject at = p == PyNone.NONE ? PyInt.of(f.tell()) : p;
            return Call.callMethod(f.raw, "truncate", at);
        });
        t.method0("detach", (BufferedFile f) -> {
            f.flush();
            PyObject r = f.raw;
            f.raw = null;
            return r;
        });
        t.method0("fileno", (BufferedFile f) -> Call.callMethod(f.raw, "fileno"));
        t.method0("isatty", (BufferedFile f) -> Call.callMethod(f.raw, "isatty"));
        t.method0("readable", (BufferedFile f) -> {
            f.checkOpen();
            return PyBool.of(reader);
        });
        t.method0("writable", (BufferedFile f) -> {
            f.checkOpen();
            return PyBool.of(writer);
        });
        t.method0("seekable", (BufferedFile f) -> Call.callMethod(f.raw, "seekable"));
        t.getter("raw", (BufferedFile f) -> f.raw);
        t.getter("closed", (BufferedFile f) -> PyBool.of(f.closed || f.rawFile != null && f.rawFile.isClosed()));
        t.getter("name", (BufferedFile f) -> Attr.get(f.raw, "name"));
        t.getter("mode", (BufferedFile f) -> Attr.get(f.raw, "mode"));
        t.method0("__repr__", (BufferedFile f) -> {
            PyObject name = f.raw == null ? null : Attr.getOrNull(f.raw, "name");
            return PyStr.of("<_io." + f.type.name() + (name == null ? "" : " name=" + RawFile.nameRepr(name)) + ">");
        });
    }
}
