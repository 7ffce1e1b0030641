package org.hotpy.core.modules.io;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyBytes;

/** {@code io.BytesIO}: an in-memory binary stream. */
public final class PyBytesIO extends PyObject {
    public static final PyType TYPE = PyType.builtin("BytesIO", PyType.OBJECT, PyBytesIO.class, PyBytesIO::define)
            .inModule("_io");

    private byte[] buf = new byte[0];
    private int size;
    private int pos;
    private boolean closed;

    @Override
    public PyType type() {
        return TYPE;
    }

    private void check() {
        if (closed) {
            throw Errors.valueError("I/O operation on closed file.");
        }
    }

    private static void define(TypeDef t) {
        t.newMethod("initial_bytes=?", (cls, a) -> {
            PyBytesIO b = new PyBytesIO();
            if (a[0] != null && a[0] != PyNone.NONE) {
                b.buf = PyBytes.bytesLike(a[0], "BytesIO").clone();
                b.size = b.buf.length;
            }
            return b;
        });
        t.method1("write", "b, /", (PyBytesIO s, PyObject v) -> {
            s.check();
            byte[] d = PyBytes.bytesLike(v, "write");
            if (s.pos + d.length > s.buf.length) {
                s.buf = Arrays.copyOf(s.buf, Math.max(s.pos + d.length, s.buf.length * 2));
            }
            System.arraycopy(d, 0, s.buf, s.pos, d.length);
            s.pos += d.length;
            s.size = Math.max(s.size, s.pos);
            return PyInt.of(d.length);
        });
        t.method0("getvalue", (PyBytesIO s) -> {
            s.check();
            return new PyBytes(Arrays.copyOf(s.buf, s.size));
        });
        t.method1("read", "size=-1, /", (PyBytesIO s, PyObject n) -> {
            s.check();
            int want = n == PyNone.NONE ? -1 : (int) Protocols.asIndexClamped(n);
            int start = Math.min(s.pos, s.size);
            int end = want < 0 ? s.size : Math.min(s.size, start + want);
            s.pos = end;
            return new PyBytes(Arrays.copyOfRange(s.buf, start, end));
        });
        t.method1("readline", "size=-1, /", (PyBytesIO s, PyObject n) -> {
            s.check();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (s.pos < s.size) {
                byte b = s.buf[s.pos++];
                out.write(b);
                if (b == '\n') {
                    break;
                }
            }
            return new PyBytes(out.toByteArray());
        });
        t.method2("seek", "pos, whence=0, /", (PyBytesIO s, PyObject p, PyObject w) -> {
            long where = Protocols.asIndexClamped(p);
            long whence = Protocols.asIndexClamped(w);
            s.pos = (int) (whence == 0 ? where : whence == 1 ? s.pos + where : s.size + where);
            return PyInt.of(s.pos);
        });
        t.method0("tell", (PyBytesIO s) -> PyInt.of(s.pos));
        t.method0("close", (PyBytesIO s) -> {
            s.closed = true;
            return PyNone.NONE;
        });
        t.getter("closed", (PyBytesIO s) -> PyBool.of(s.closed));
        t.method0("flush", (PyBytesIO s) -> PyNone.NONE);
        t.method0("__enter__", (PyBytesIO s) -> s);
        t.method3("__exit__", "t, v, tb, /", (PyBytesIO s, PyObject a, PyObject b, PyObject c) -> {
            s.closed = true;
            return PyNone.NONE;
        });
    }
}
