package org.hotpy.core.modules.io;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.Instance;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Shape;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Iteration;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyIterator;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/** {@code io.StringIO}: an in-memory text stream. */
public class PyStringIO extends PyIterator {
    public static final PyType TYPE = PyType.builtin("StringIO", PyType.OBJECT, PyStringIO.class, PyStringIO::define)
            .inModule("_io").withInstantiator(t -> new Derived(t));

    private final StringBuilder buf = new StringBuilder();
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

    void write(String s) {
        check();
        if (pos > buf.length()) {
            buf.append("\0".repeat(pos - buf.length()));
        }
        int end = Math.min(buf.length(), pos + s.length());
        buf.replace(pos, end, s);
        pos += s.length();
    }

    String readline() {
        check();
        int nl = buf.indexOf("\n", pos);
        int end = nl < 0 ? buf.length() : nl + 1;
        String r = pos >= buf.length() ? "" : buf.substring(pos, end);
        pos = Math.max(pos, end);
        return r;
    }

    @Override
    public PyObject next() {
        String l = readline();
        return l.isEmpty() ? null : PyStr.of(l);
    }

    private static void define(TypeDef t) {
        PyIterator.defineIteratorMethods(t);
        t.newMethod("*args, **kwargs", (cls, a) -> cls == TYPE ? new PyStringIO() : new Derived(cls));
        t.methodN("__init__", "initial_value='', newline='\\n'", (PyStringIO s, PyObject[] a) -> {
            s.buf.setLength(0);
            if (a[0] != PyNone.NONE) {
                s.buf.append(Protocols.strArg(a[0], "initial_value", "StringIO"));
            }
            s.pos = 0;
            return PyNone.NONE;
        });
        t.method1("write", "s, /", (PyStringIO s, PyObject v) -> {
            if (!(v instanceof PyStr str)) {
                throw Errors.typeError("string argument expected, got '%s'", v.type().name());
            }
            s.write(str.value());
            return PyInt.of(str.length());
        });
        t.method1("writelines", "lines, /", (PyStringIO s, PyObject lines) -> {
            Iteration.forEach(lines, l -> s.write(Protocols.str(l).value()));
            return PyNone.NONE;
        });
        t.method0("getvalue", (PyStringIO s) -> {
            s.check();
            return PyStr.of(s.buf.toString());
        });
        t.method1("read", "size=-1, /", (PyStringIO s, PyObject n) -> {
            s.check();
            int size = n == PyNone.NONE ? -1 : (int) Protocols.asIndexClamped(n);
            int start = Math.min(s.pos, s.buf.length());
            int end = size < 0 ? s.buf.length() : Math.min(s.buf.length(), start + size);
            s.pos = end;
            return PyStr.of(s.buf.substring(start, end));
        });
        t.method1("readline", "size=-1, /", (PyStringIO s, PyObject n) -> PyStr.of(s.readline()));
        t.method1("readlines", "hint=-1, /", (PyStringIO s, PyObject h) -> {
            PyList l = new PyList();
            for (PyObject x = s.next(); x != null; x = s.next()) {
                l.append(x);
            }
            return l;
        });
        t.method2("seek", "pos, whence=0, /", (PyStringIO s, PyObject p, PyObject w) -> {
            s.check();
            long where = Protocols.asIndexClamped(p);
            long whence = Protocols.asIndexClamped(w);
            if (whence == 2) {
                s.pos = s.buf.length();
            } else if (whence == 0) {
                if (where < 0) {
                    throw Errors.valueError("Negative seek position %d", where);
                }
                s.pos = (int) where;
            }
            return PyInt.of(s.pos);
        });
        t.method0("tell", (PyStringIO s) -> PyInt.of(s.pos));
        t.method1("truncate", "size=None, /", (PyStringIO s, PyObject n) -> {
            int size = n == PyNone.NONE ? s.pos : (int) Protocols.asIndexClamped(n);
            if (size < s.buf.length()) {
                s.buf.setLength(size);
            }
            return PyInt.of(size);
        });
        t.method0("close", (PyStringIO s) -> {
            s.closed = true;
            return PyNone.NONE;
        });
        t.getter("closed", (PyStringIO s) -> PyBool.of(s.closed));
        t.method0("flush", (PyStringIO s) -> PyNone.NONE);
        t.method0("readable", (PyStringIO s) -> PyBool.TRUE);
        t.method0("writable", (PyStringIO s) -> PyBool.TRUE);
        t.method0("seekable", (PyStringIO s) -> PyBool.TRUE);
        t.method0("isatty", (PyStringIO s) -> PyBool.FALSE);
        t.method0("__enter__", (PyStringIO s) -> s);
        t.method3("__exit__", "t, v, tb, /", (PyStringIO s, PyObject a, PyObject b, PyObject c) -> {
            s.closed = true;
            return PyNone.NONE;
        });
    }

    /** A Python subclass of StringIO. */
    public static final class Derived extends PyStringIO implements Instance {
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
