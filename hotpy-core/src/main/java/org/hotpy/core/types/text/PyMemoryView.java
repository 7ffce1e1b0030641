package org.hotpy.core.types.text;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyNotImplemented;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.collection.PySlice;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.collection.SequenceIterator;
import org.hotpy.core.types.number.IntMath;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;

/**
 * {@code memoryview} over bytes and bytearray: one-dimensional views of unsigned bytes (format
 * 'B'), possibly strided by slicing, writable when the object is a bytearray. {@code cast} to the
 * other one-byte formats ('b', 'c') is supported; multi-byte formats and other buffer exporters
 * are not (they raise NotImplementedError naming the feature).
 */
public final class PyMemoryView extends PyObject {
    public static final PyType TYPE = PyType.builtin("memoryview", PyType.OBJECT, PyMemoryView.class,
            TextTypeDefs.MEMORYVIEW).notSubclassable();

    private final PyObject obj;
    private final int start;
    private final int step;
    private final int length;
    private final boolean readonly;
    private final char format;
    private boolean released;

    private PyMemoryView(PyObject obj, int start, int step, int length, boolean readonly, char format) {
        this.obj = obj;
        this.start = start;
        this.step = step;
        this.length = length;
        this.readonly = readonly;
        this.format = format;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code memoryview(obj)}. */
    public static PyMemoryView of(PyObject o) {
        if (o instanceof PyMemoryView m) {
            m.check();
            return new PyMemoryView(m.obj, m.start, m.step, m.length, m.readonly, m.format);
        }
        if (o instanceof PyBytes b) {
            return new PyMemoryView(b, 0, 1, b.size(), true, 'B');
        }
        if (o instanceof PyByteArray b) {
            return new PyMemoryView(b, 0, 1, b.size(), false, 'B');
        }
        throw Errors.typeError("memoryview: a bytes-like object is required, not '%s'", o.type().tpName());
    }

    private void check() {
        if (released) {
            throw Errors.valueError("operation forbidden on released memoryview object");
        }
    }

    private int at(int i) {
        int raw = obj instanceof PyBytes b ? b.data()[start + i * step] : ((PyByteArray) obj).buf[start + i * step];
        return format == 'b' ? (byte) raw : raw & 0xff;
    }

    /** The viewed bytes, as a new array. */
    public byte[] toBytes() {
        check();
        byte[] r = new byte[length];
        for (int i = 0; i < length; i++) {
            r[i] = (byte) at(i);
        }
        return r;
    }

    private PyObject item(int i) {
        int v = at(i);
        return format == 'c' ? new PyBytes(new byte[] {(byte) v}) : PyInt.of(v);
    }

    private int index(PyObject k) {
        long i = Protocols.asIndexLong(k, "cannot fit 'int' into an index-sized integer");
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw Errors.indexError("index out of bounds on dimension 1");
        }
        return (int) i;
    }

    private PyObject getItem(PyObject k) {
        check();
        if (k instanceof PySlice s) {
            PySlice.Indices r = s.indices(length);
            return new PyMemoryView(obj, start + r.start() * step, step * r.step(), r.length(), readonly, format);
        }
        if (IntMath.isInt(k) || k.type().lookup("__index__") != null) {
            return item(index(k));
        }
        throw Errors.typeError("memoryview: invalid slice key");
    }

    private void setItem(PyObject k, PyObject v) {
        check();
        if (readonly) {
            throw Errors.typeError("cannot modify read-only memory");
        }
        byte[] buf = ((PyByteArray) obj).buf;
        if (k instanceof PySlice s) {
            PySlice.Indices r = s.indices(length);
            int n = r.length();
            byte[] src = PyBytes.bytesLike(v, "memoryview");
            if (src.length != n) {
                throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            for (int i = 0; i < n; i++) {
                buf[start + (r.start() + i * r.step()) * step] = src[i];
            }
            return;
        }
        int i = index(k);
        long value = IntMath.isInt(v) ? IntMath.toLong(v, "value") : Long.MIN_VALUE;
        boolean ok = format == 'b' ? value >= -128 && value <= 127 : value >= 0 && value <= 255;
        if (!ok) {
            throw Errors.valueError("memoryview: invalid value for format '%c'", format);
        }
        buf[start + i * step] = (byte) value;
    }

    static void define(TypeDef t) {
        t.newMethod("object", (cls, a) -> of(a[0]));
        t.textSignature("object");
        t.method0("__len__", (PyMemoryView m) -> {
            m.check();
            return PyInt.of(m.length);
        });
        t.method1("__getitem__", "key, /", PyMemoryView::getItem);
        t.method2("__setitem__", "key, value, /", (PyMemoryView m, PyObject k, PyObject v) -> {
            m.setItem(k, v);
            return PyNone.NONE;
        });
        t.method0("__iter__", (PyMemoryView m) -> {
            m.check();
            PyObject[] items = new PyObject[m.length];
            for (int i = 0; i < items.length; i++) {
                items[i] = m.item(i);
            }
            return new SequenceIterator.OfArray(items, items.length);
        });
        t.method1("tobytes", "order=None", (PyMemoryView m, PyObject order) -> {
            checkOrder(order);
            return new PyBytes(m.toBytes());
        });
        t.method0("tolist", (PyMemoryView m) -> {
            m.check();
            PyObject[] items = new PyObject[m.length];
            for (int i = 0; i < items.length; i++) {
                items[i] = m.item(i);
            }
            return PyList.wrap(items);
        });
        t.method2("hex", "sep=?, bytes_per_sep=1", (PyMemoryView m, PyObject sep, PyObject per) ->
                org.hotpy.core.ops.Call.callMethod(new PyBytes(m.toBytes()), "hex",
                        sep == null ? new PyObject[0] : new PyObject[] {sep, per}));
        t.method0("release", (PyMemoryView m) -> {
            m.released = true;
            return PyNone.NONE;
        });
        t.method0("__enter__", (PyMemoryView m) -> {
            m.check();
            return m;
        });
        t.method3("__exit__", "t, v, tb, /", (PyMemoryView m, PyObject a, PyObject b, PyObject c) -> {
            m.released = true;
            return PyNone.NONE;
        });
        t.method0("toreadonly", (PyMemoryView m) -> {
            m.check();
            return new PyMemoryView(m.obj, m.start, m.step, m.length, true, m.format);
        });
        t.method2("cast", "format, shape=?", (PyMemoryView m, PyObject f, PyObject shape) -> {
            m.check();
            String fmt = Protocols.strArg(f, "format", "cast");
            if (!fmt.equals("B") && !fmt.equals("b") && !fmt.equals("c")) {
                throw Errors.notSupported("memoryview.cast() to format '" + fmt + "'");
            }
            if (shape != null) {
                checkShape(shape, m.length);
            }
            return new PyMemoryView(m.obj, m.start, m.step, m.length, m.readonly, fmt.charAt(0));
        });
        t.binary("__eq__", (PyMemoryView m, PyObject o) -> {
            if (!(o instanceof PyMemoryView || o instanceof PyBytes || o instanceof PyByteArray)) {
                return PyNotImplemented.INSTANCE;
            }
            if (m.released) {
                return PyBool.of(m == o);
            }
            byte[] other = o instanceof PyMemoryView v ? v.toBytes() : PyBytes.bytesLike(o, "memoryview");
            return PyBool.of(java.util.Arrays.equals(m.toBytes(), other));
        });
        t.method0("__hash__", (PyMemoryView m) -> {
            m.check();
            if (!m.readonly) {
                throw Errors.valueError("cannot hash writable memoryview object");
            }
            return PyInt.of(Protocols.hash(new PyBytes(m.toBytes())));
        });
        t.method0("__repr__", (PyMemoryView m) -> PyStr.of((m.released ? "<released memory at 0x" : "<memory at 0x")
                + Protocols.idHex(m) + ">"));
        t.getter("obj", (PyMemoryView m) -> m.obj);
        t.getter("nbytes", (PyMemoryView m) -> PyInt.of(m.length));
        t.getter("readonly", (PyMemoryView m) -> PyBool.of(m.readonly));
        t.getter("itemsize", (PyMemoryView m) -> PyInt.ONE);
        t.getter("format", (PyMemoryView m) -> PyStr.of(String.valueOf(m.format)));
        t.getter("ndim", (PyMemoryView m) -> PyInt.ONE);
        t.getter("shape", (PyMemoryView m) -> PyTuple.of(PyInt.of(m.length)));
        t.getter("strides", (PyMemoryView m) -> PyTuple.of(PyInt.of(m.step)));
        t.getter("suboffsets", (PyMemoryView m) -> PyTuple.EMPTY);
        t.getter("released", (PyMemoryView m) -> PyBool.of(m.released));
        t.getter("c_contiguous", (PyMemoryView m) -> PyBool.of(m.step == 1 || m.length <= 1));
        t.getter("f_contiguous", (PyMemoryView m) -> PyBool.of(m.step == 1 || m.length <= 1));
        t.getter("contiguous", (PyMemoryView m) -> PyBool.of(m.step == 1 || m.length <= 1));
    }

    /** {@code tobytes}'s {@code order}: for one dimension every order gives the same bytes. */
    private static void checkOrder(PyObject order) {
        if (order == PyNone.NONE) {
            return;
        }
        if (!(order instanceof PyStr o)) {
            throw Errors.typeError("tobytes() argument 'order' must be str or None, not %s", order.type().tpName());
        }
        String v = o.value();
        if (!v.equals("C") && !v.equals("F") && !v.equals("A")) {
            throw Errors.valueError("order must be 'C', 'F' or 'A'");
        }
    }

    /** {@code cast}'s {@code shape} for one-byte formats over {@code length} bytes: one dimension only. */
    private static void checkShape(PyObject shape, int length) {
        PyObject[] dims;
        if (shape instanceof PyList l) {
            dims = l.toArray();
        } else if (shape instanceof PyTuple tu) {
            dims = tu.toArray();
        } else {
            throw Errors.typeError("shape must be a list or a tuple");
        }
        long product = 1;
        for (PyObject d : dims) {
            if (!IntMath.isInt(d)) {
                throw Errors.typeError("memoryview.cast(): elements of shape must be integers");
            }
            long n = Protocols.asIndexLong(d, "Python int too large to convert to C ssize_t");
            if (n <= 0) {
                throw Errors.valueError("memoryview.cast(): elements of shape must be integers > 0");
            }
            product *= n;
        }
        if (product != length) {
            throw Errors.typeError("memoryview: product(shape) * itemsize != buffer size");
        }
        if (dims.length != 1) {
            throw Errors.notSupported("memoryview.cast() to " + dims.length + " dimensions");
        }
    }
}
