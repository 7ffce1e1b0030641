package org.hotpy.core.modules.io;

import java.util.Arrays;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.Instance;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Shape;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PySlice;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyBytes;

/** {@code io.BytesIO}: an in-memory binary stream. */
public class PyBytesIO extends PyIOBase {
    public static final PyType TYPE = PyType.builtin("BytesIO", PyType.OBJECT, PyBytesIO.class, PyBytesIO::define)
            .inModule("_io").withInstantiator(t -> new Derived(t));

    private byte[] buf = new byte[0];
    private int size;
    private int pos;

    @Override
    public PyType type() {
        return TYPE;
    }

    byte[] read(long n) {
        checkClosed();
        int start = Math.min(pos, size);
        int end = n < 0 ? size : (int) Math.min(size, start + n);
        pos = Math.max(pos, end);
        return Arrays.copyOfRange(buf, start, end);
    }

    int write(byte[] d) {
        checkClosed();
        if (pos + d.length > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(pos + d.length, buf.length * 2));
        }
        if (pos > size) {
            Arrays.fill(buf, size, pos, (byte) 0);
        }
        System.arraycopy(d, 0, buf, pos, d.length);
        pos += d.length;
        size = Math.max(size, pos);
        return d.length;
    }

    @Override
    protected PyObject readlineObject(long limit) {
        checkClosed();
        int start = Math.min(pos, size);
        int stop = limit < 0 ? size : (int) Math.min(size, start + limit);
        int end = start;
        while (end < stop && buf[end] != '\n') {
            end++;
        }
        if (end < stop) {
            end++;
        }
        pos = Math.max(pos, end);
        return new PyBytes(Arrays.copyOfRange(buf, start, end));
    }

    @Override
    public void close() {
        closed = true;
    }

    private static PyObject readinto(PyBytesIO s, PyObject b) {
        byte[] data = s.read(Protocols.len(b));
        Protocols.setItem(b, new PySlice(PyInt.ZERO, PyInt.of(data.length), PyNone.NONE), new PyBytes(data));
        return PyInt.of(data.length);
    }

    private static void define(TypeDef t) {
        defineCommon(t);
        t.newMethod("*args, **kwargs", (cls, a) -> cls == TYPE ? new PyBytesIO() : new Derived(cls));
        t.methodN("__init__", "initial_bytes=None", (PyBytesIO s, PyObject[] a) -> {
            s.buf = a[0] == PyNone.NONE ? new byte[0] : PyBytes.bytesLike(a[0], "BytesIO").clone();
            s.size = s.buf.length;
            s.pos = 0;
            s.closed = false;
            return PyNone.NONE;
        });
        t.method1("write", "b, /", (PyBytesIO s, PyObject v) -> PyInt.of(s.write(PyBytes.bytesLike(v, "write"))));
        t.method0("getvalue", (PyBytesIO s) -> {
            s.checkClosed();
            return new PyBytes(Arrays.copyOf(s.buf, s.size));
        });
        t.method0("getbuffer", (PyBytesIO s) -> {
            throw Errors.notSupported("BytesIO.getbuffer() (memoryview)");
        });
        t.method1("read", "size=-1, /", (PyBytesIO s, PyObject n) -> new PyBytes(s.read(size(n))));
        t.method1("read1", "size=-1, /", (PyBytesIO s, PyObject n) -> new PyBytes(s.read(size(n))));
        t.method1("readinto", "buffer, /", PyBytesIO::readinto);
        t.method1("readinto1", "buffer, /", PyBytesIO::readinto);
        t.method2("seek", "pos, whence=0, /", (PyBytesIO s, PyObject p, PyObject w) -> {
            s.checkClosed();
            long where = Protocols.asIndexLong(p, "cannot fit 'int' into an index-sized integer");
            long whence = Protocols.asIndexClamped(w);
            if (whence < 0 || whence > 2) {
                throw Errors.valueError("invalid whence (%d, should be 0, 1 or 2)", whence);
            }
            if (whence == 0 && where < 0) {
                throw Errors.valueError("negative seek value %d", where);
            }
            long base = whence == 0 ? 0 : whence == 1 ? s.pos : s.size;
            s.pos = (int) Math.max(0, Math.min(Integer.MAX_VALUE - 16, base + where));
            return PyInt.of(s.pos);
        });
        t.method0("tell", (PyBytesIO s) -> {
            s.checkClosed();
            return PyInt.of(s.pos);
        });
        t.method1("truncate", "size=None, /", (PyBytesIO s, PyObject n) -> {
            s.checkClosed();
            long size = n == PyNone.NONE ? s.pos : Protocols.asIndexLong(n, "size too large");
            if (size < 0) {
                throw Errors.valueError("negative size value %d", size);
            }
            if (size < s.size) {
                s.size = (int) size;
            }
            return PyInt.of(size);
        });
        t.method0("readable", (PyBytesIO s) -> {
            s.checkClosed();
            return PyBool.TRUE;
        });
        t.method0("writable", (PyBytesIO s) -> {
            s.checkClosed();
            return PyBool.TRUE;
        });
        t.method0("seekable", (PyBytesIO s) -> {
            s.checkClosed();
            return PyBool.TRUE;
        });
        t.method0("detach", (PyBytesIO s) -> {
            throw unsupported("detach");
        });
    }

    /** A Python subclass of BytesIO. */
    public static final class Derived extends PyBytesIO implements Instance {
        private PyType type;
        private Shape shape;
        private PyObject[] values;
        private PyDict dict;

        Derived(PyType type) {
            this.type = type;
            this.shape = type.rootShape();
            this.values = new PyObject[type.expectedCapacity()];
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public void setType(PyType type) {
            this.type = type;
        }

        @Override
        public Shape shape() {
            return shape;
        }

        @Override
        public void setShape(Shape shape) {
            this.shape = shape;
        }

        @Override
        public PyObject[] values() {
            return values;
        }

        @Override
        public void setValues(PyObject[] values) {
            this.values = values;
        }

        @Override
        public PyDict dict() {
            return dict;
        }

        @Override
        public void setDict(PyDict dict) {
            this.dict = dict;
        }
    }
}
