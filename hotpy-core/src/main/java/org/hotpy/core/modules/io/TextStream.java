package org.hotpy.core.modules.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;
import org.hotpy.core.types.text.StrCodecs;

/**
 * {@code _io.TextIOWrapper}. This class is the interpreter's {@code sys.stdin},
 * {@code sys.stdout} and {@code sys.stderr}, over the {@link Reader}/{@link Writer} the embedder
 * configured; {@link TextFile} is the same Python type over a binary stream (files, and
 * {@code TextIOWrapper(buffer)}). The Python methods call the virtual methods here, so both
 * behave alike.
 */
public class TextStream extends PyIOBase {
    public static final PyType TYPE = PyType.builtin("TextIOWrapper", PyType.OBJECT, TextStream.class,
            new Definer()).inModule("_io");

    private final Writer out;
    private final BufferedReader in;
    private final String name;
    private final String mode;
    private final boolean closeUnderlying;
    private final int fd;
    private PyObject buffer;

    public TextStream(Writer out, Reader in, String name, String mode, boolean closeUnderlying) {
        this.out = out;
        this.in = in == null ? null : in instanceof BufferedReader b ? b : new BufferedReader(in);
        this.name = name;
        this.mode = mode;
        this.closeUnderlying = closeUnderlying;
        this.fd = name.equals("<stdin>") ? 0 : name.equals("<stdout>") ? 1 : name.equals("<stderr>") ? 2 : -1;
    }

    /** For {@link TextFile}, which keeps its own state. */
    TextStream() {
        this(null, null, "", "", false);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyException io(IOException e) {
        return Errors.osError("%s", e.getMessage() == null ? e.toString() : e.getMessage());
    }

    public void write(String s) {
        checkClosed();
        if (out == null) {
            throw unsupported("not writable");
        }
        try {
            out.write(s);
        } catch (IOException e) {
            throw io(e);
        }
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

    /**
     * {@code stream.flush()} as Python calls it. The interpreter's standard streams (exactly
     * {@code TextIOWrapper}: the type is immutable) are flushed directly unless the program gave
     * the object its own {@code flush}, because looking the method up builds the type's dict,
     * which cost ~15 ms at the exit of every program that never used it.
     */
    public static void callFlush(PyObject stream) {
        if (stream instanceof TextStream s && s.type() == TYPE && s.hasNoInstanceAttributes()) {
            s.flush();
        } else {
            Call.callMethod(stream, "flush");
        }
    }

    public String readline(long limit) {
        checkClosed();
        if (in == null) {
            throw unsupported("not readable");
        }
        try {
            StringBuilder sb = new StringBuilder();
            int c;
            while ((limit < 0 || sb.length() < limit) && (c = in.read()) >= 0) {
                sb.append((char) c);
                if (c == '\n') {
                    break;
                }
            }
            return sb.toString();
        } catch (IOException e) {
            throw io(e);
        }
    }

    public String read(long n) {
        checkClosed();
        if (in == null) {
            throw unsupported("not readable");
        }
        try {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            int r;
            while ((n < 0 || sb.length() < n) && (r = in.read(buf, 0, n < 0 ? buf.length
                    : (int) Math.min(buf.length, n - sb.length()))) > 0) {
                sb.append(buf, 0, r);
            }
            return sb.toString();
        } catch (IOException e) {
            throw io(e);
        }
    }

    @Override
    protected PyObject readlineObject(long limit) {
        return PyStr.of(readline(limit));
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (out != null) {
            flush();
        }
        closed = true;
        if (closeUnderlying) {
            try {
                if (out != null) {
                    out.close();
                }
                if (in != null) {
                    in.close();
                }
            } catch (IOException e) {
                throw io(e);
            }
        }
    }

    public long tell() {
        throw unsupported("underlying stream is not seekable");
    }

    public long seek(long cookie, int whence) {
        throw unsupported("underlying stream is not seekable");
    }

    public PyObject truncate(PyObject pos) {
        throw unsupported("truncate");
    }

    /** The binary stream underneath: for stdio, the descriptor's bytes unbuffered. */
    public PyObject buffer() {
        if (buffer == null) {
            RawFile raw = FdTable.of(InterpreterState.current()).get(fd);
            if (raw == null) {
                throw Errors.valueError("I/O operation on closed file.");
            }
            buffer = new BufferedFile(in != null ? BufferedFile.READER : BufferedFile.WRITER, raw, 1);
        }
        return buffer;
    }

    public String name() {
        return name;
    }

    public String mode() {
        return mode;
    }

    public String encoding() {
        return "utf-8";
    }

    public String errors() {
        return fd == 2 ? "backslashreplace" : "strict";
    }

    public boolean readable() {
        return in != null;
    }

    public boolean writable() {
        return out != null;
    }

    public boolean seekable() {
        return false;
    }

    public boolean lineBuffering() {
        return false;
    }

    public PyObject newlines() {
        return PyNone.NONE;
    }

    public PyObject fileno() {
        if (fd < 0) {
            throw unsupported("fileno");
        }
        return PyInt.of(fd);
    }

    /** {@code reconfigure()}: stdio stays UTF-8 and unbuffered towards its writer. */
    public void reconfigure(PyObject[] a) {
        if (a[0] != PyNone.NONE && !StrCodecs.normalize(Protocols.strArg(a[0], "encoding", "reconfigure")).equals("utf-8")) {
            throw Errors.notSupported("reconfigure() of a standard stream to another encoding than UTF-8");
        }
    }

    private static PyObject text(PyObject v, String what) {
        if (!(v instanceof PyStr)) {
            throw Errors.typeError("%s argument must be str, not %s", what, v.type().tpName());
        }
        return v;
    }

    /** The type's definer: a class, as a method reference would be a lambda to link at start-up. */
    private static final class Definer implements java.util.function.Consumer<TypeDef> {
        @Override
        public void accept(TypeDef t) {
            define(t);
        }
    }

    private static void define(TypeDef t) {
        defineCommon(t);
        t.newMethod("buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False",
                (cls, a) -> TextFile.wrap(a[0], a[1], a[2], a[3], Protocols.isTrue(a[4]), Protocols.isTrue(a[5]), null));
        t.method1("write", "text, /", (TextStream s, PyObject v) -> {
            PyStr str = (PyStr) text(v, "write()");
            s.write(str.value());
            return PyInt.of(str.length());
        });
        t.method1("read", "size=-1, /", (TextStream s, PyObject n) -> PyStr.of(s.read(size(n))));
        t.method1("readline", "size=-1, /", (TextStream s, PyObject n) -> PyStr.of(s.readline(size(n))));
        t.method0("tell", (TextStream s) -> PyInt.of(s.tell()));
        t.method2("seek", "cookie, whence=0, /", (TextStream s, PyObject c, PyObject w) ->
                PyInt.of(s.seek(Protocols.asIndexLong(c, "cookie too large"), (int) Protocols.asIndexClamped(w))));
        t.method1("truncate", "pos=None, /", (TextStream s, PyObject p) -> s.truncate(p));
        t.method0("detach", (TextStream s) -> {
            PyObject b = s.buffer();
            s.flush();
            s.closed = true;
            return b;
        });
        t.methodN("reconfigure", "*, encoding=None, errors=None, newline=None, line_buffering=None, write_through=None",
                (TextStream s, PyObject[] a) -> {
                    s.reconfigure(a);
                    return PyNone.NONE;
                });
        t.getter("buffer", TextStream::buffer);
        t.getter("name", (TextStream s) -> s instanceof TextFile f ? f.nameObject() : PyStr.of(s.name()));
        t.getter("mode", (TextStream s) -> PyStr.of(s.mode()));
        t.getter("encoding", (TextStream s) -> PyStr.of(s.encoding()));
        t.getter("errors", (TextStream s) -> PyStr.of(s.errors()));
        t.getter("newlines", TextStream::newlines);
        t.getter("line_buffering", (TextStream s) -> PyBool.of(s.lineBuffering()));
        t.getter("write_through", (TextStream s) -> PyBool.of(s.fd >= 0));
        t.method0("readable", (TextStream s) -> {
            s.checkClosed();
            return PyBool.of(s.readable());
        });
        t.method0("writable", (TextStream s) -> {
            s.checkClosed();
            return PyBool.of(s.writable());
        });
        t.method0("seekable", (TextStream s) -> {
            s.checkClosed();
            return PyBool.of(s.seekable());
        });
        t.method0("fileno", TextStream::fileno);
        t.method0("__repr__", (TextStream s) -> {
            PyObject name = s instanceof TextFile f ? f.nameObject() : PyStr.of(s.name());
            return PyStr.of("<_io.TextIOWrapper name=" + RawFile.nameRepr(name)
                    + (s.mode().isEmpty() ? "" : " mode='" + s.mode() + "'") + " encoding='" + s.encoding() + "'>");
        });
        t.method0("__getstate__", (TextStream s) -> {
            throw Errors.typeError("cannot pickle '_io.TextIOWrapper' object");
        });
    }
}
