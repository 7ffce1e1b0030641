package org.hotpy.core.modules.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Iteration;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyIterator;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/**
 * A text stream over a Java {@link Writer} and/or {@link Reader} ({@code io.TextIOWrapper}): the
 * interpreter's {@code sys.stdout}, {@code sys.stderr}, {@code sys.stdin}, and text files.
 */
public class TextStream extends PyIterator {
    public static final PyType TYPE = PyType.builtin("TextIOWrapper", PyType.OBJECT, TextStream.class,
            TextStream::define).inModule("_io");

    private final Writer out;
    private final BufferedReader in;
    private final String name;
    private final String mode;
    private boolean closed;
    private final boolean closeUnderlying;

    public TextStream(Writer out, Reader in, String name, String mode, boolean closeUnderlying) {
        this.out = out;
        this.in = in == null ? null : in instanceof BufferedReader b ? b : new BufferedReader(in);
        this.name = name;
        this.mode = mode;
        this.closeUnderlying = closeUnderlying;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private void checkOpen() {
        if (closed) {
            throw Errors.valueError("I/O operation on closed file.");
        }
    }

    private static PyException io(IOException e) {
        return Errors.osError("%s", e.getMessage() == null ? e.toString() : e.getMessage());
    }

    public void write(String s) {
        checkOpen();
        if (out == null) {
            throw Errors.of(IoErrors.UNSUPPORTED_OPERATION, "not writable");
        }
        try {
            out.write(s);
        } catch (IOException e) {
            throw io(e);
        }
    }

    public void flush() {
        if (out != null && !closed) {
            try {
                out.flush();
            } catch (IOException e) {
                throw io(e);
            }
        }
    }

    public String readline(int limit) {
        checkOpen();
        if (in == null) {
            throw Errors.of(IoErrors.UNSUPPORTED_OPERATION, "not readable");
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

    public String read(int n) {
        checkOpen();
        if (in == null) {
            throw Errors.of(IoErrors.UNSUPPORTED_OPERATION, "not readable");
        }
        try {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            int r;
            while ((n < 0 || sb.length() < n) && (r = in.read(buf, 0, n < 0 ? buf.length
                    : Math.min(buf.length, n - sb.length()))) > 0) {
                sb.append(buf, 0, r);
            }
            return sb.toString();
        } catch (IOException e) {
            throw io(e);
        }
    }

    public void close() {
        if (closed) {
            return;
        }
        flush();
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

    @Override
    public PyObject next() {
        String line = readline(-1);
        return line.isEmpty() ? null : PyStr.of(line);
    }

    private static int size(PyObject o) {
        return o == PyNone.NONE ? -1 : (int) Protocols.asIndexClamped(o);
    }

    private static void define(TypeDef t) {
        PyIterator.defineIteratorMethods(t);
        t.method1("write", "text, /", (TextStream s, PyObject v) -> {
            if (!(v instanceof PyStr str)) {
                throw Errors.typeError("write() argument must be str, not %s", v.type().name());
            }
            s.write(str.value());
            return PyInt.of(str.length());
        });
        t.method1("writelines", "lines, /", (TextStream s, PyObject lines) -> {
            Iteration.forEach(lines, l -> s.write(Protocols.str(l).value()));
            return PyNone.NONE;
        });
        t.method0("flush", (TextStream s) -> {
            s.flush();
            return PyNone.NONE;
        });
        t.method1("readline", "size=-1, /", (TextStream s, PyObject n) -> PyStr.of(s.readline(size(n))));
        t.method1("read", "size=-1, /", (TextStream s, PyObject n) -> PyStr.of(s.read(size(n))));
        t.method1("readlines", "hint=-1, /", (TextStream s, PyObject h) -> {
            PyList l = new PyList();
            for (PyObject x = s.next(); x != null; x = s.next()) {
                l.append(x);
            }
            return l;
        });
        t.method0("close", (TextStream s) -> {
            s.close();
            return PyNone.NONE;
        });
        t.getter("closed", (TextStream s) -> PyBool.of(s.closed));
        t.getter("name", (TextStream s) -> PyStr.of(s.name));
        t.getter("mode", (TextStream s) -> PyStr.of(s.mode));
        t.getter("encoding", (TextStream s) -> PyStr.of("utf-8"));
        t.getter("errors", (TextStream s) -> PyStr.of("strict"));
        t.method0("readable", (TextStream s) -> PyBool.of(s.in != null));
        t.method0("writable", (TextStream s) -> PyBool.of(s.out != null));
        t.method0("seekable", (TextStream s) -> PyBool.FALSE);
        t.method0("isatty", (TextStream s) -> PyBool.FALSE);
        t.method0("fileno", (TextStream s) -> {
            throw Errors.of(IoErrors.UNSUPPORTED_OPERATION, "fileno");
        });
        t.method0("__enter__", (TextStream s) -> {
            s.checkOpen();
            return s;
        });
        t.method3("__exit__", "t, v, tb, /", (TextStream s, PyObject a, PyObject b, PyObject c) -> {
            s.close();
            return PyNone.NONE;
        });
        t.method0("__repr__", (TextStream s) -> PyStr.of("<_io.TextIOWrapper name=" + org.hotpy.core.types.text.StrRepr
                .repr(s.name) + " mode='" + s.mode + "' encoding='utf-8'>"));
    }
}
