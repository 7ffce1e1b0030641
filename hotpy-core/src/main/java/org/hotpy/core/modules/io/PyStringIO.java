package org.hotpy.core.modules.io;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.Instance;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Shape;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/**
 * {@code io.StringIO}: an in-memory text stream. Positions count code points, as in CPython;
 * while the text has no character outside the BMP (the usual case) they are plain indexes of
 * the UTF-16 buffer. Newline modes follow CPython: {@code None} translates \r\n and \r to \n
 * when written, {@code ''} keeps them but splits lines at all three, others split at (and
 * {@code '\r'}/{@code '\r\n'} translate \n to) that terminator.
 */
public class PyStringIO extends PyIOBase {
    @Override
    protected String closedMessage() {
        return "I/O operation on closed file";
    }

    public static final PyType TYPE = PyType.builtin("StringIO", PyType.OBJECT, PyStringIO.class, PyStringIO::define)
            .inModule("_io").withInstantiator(t -> new Derived(t));

    private final StringBuilder buf = new StringBuilder();
    private int pos;                    // in code points
    private boolean astral;             // some character needs a surrogate pair
    private String newline = "\n";      // null: universal with translation
    private int seen;

    @Override
    public PyType type() {
        return TYPE;
    }

    private int index(int cp) {
        return astral ? buf.offsetByCodePoints(0, Math.min(cp, length())) + Math.max(0, cp - length()) : cp;
    }

    private int length() {
        return astral ? buf.codePointCount(0, buf.length()) : buf.length();
    }

    void write(String s) {
        checkClosed();
        String text = s;
        if (newline == null) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        } else if (newline.length() > 0 && !newline.equals("\n")) {
            text = text.replace("\n", newline);
        }
        if (!astral && text.codePoints().anyMatch(c -> c > 0xffff)) {
            astral = true;
        }
        int len = length();
        if (pos > len) {
            buf.append("\0".repeat(pos - len));
        }
        int start = index(pos);
        int n = text.codePointCount(0, text.length());
        int end = index(Math.min(length(), pos + n));
        buf.replace(start, end, text);
        pos += n;
    }

    String read(long size) {
        checkClosed();
        int len = length();
        int start = Math.min(pos, len);
        int end = size < 0 ? len : (int) Math.min(len, start + size);
        pos = Math.max(pos, end);
        return buf.substring(index(start), index(end));
    }

    String readline(long limit) {
        checkClosed();
        int len = length();
        if (pos >= len) {
            return "";
        }
        int from = index(pos);
        int stop = limit < 0 ? buf.length() : index((int) Math.min(len, pos + limit));
        int end = stop;
        if (newline == null || newline.equals("\n") || newline.equals("\r")) {
            char term = newline != null && newline.equals("\r") ? '\r' : '\n';
            int at = buf.indexOf(String.valueOf(term), from);
            end = at >= 0 && at < stop ? at + 1 : stop;
        } else if (newline.isEmpty()) {
            for (int i = from; i < stop; i++) {
                char c = buf.charAt(i);
                if (c == '\n' || c == '\r') {
                    end = c == '\r' && i + 1 < stop && buf.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                    break;
                }
            }
        } else {
            int at = buf.indexOf(newline, from);
            end = at >= 0 && at + 2 <= stop ? at + 2 : stop;
        }
        String line = buf.substring(from, end);
        pos += astral ? line.codePointCount(0, line.length()) : line.length();
        return line;
    }

    @Override
    protected PyObject readlineObject(long limit) {
        return PyStr.of(readline(limit));
    }

    @Override
    public void close() {
        closed = true;
    }

    private void init(PyObject value, PyObject nl) {
        if (nl != PyNone.NONE && !(nl instanceof PyStr)) {
            throw Errors.typeError("newline must be str or None, not %s", nl.type().tpName());
        }
        String n = nl == PyNone.NONE ? null : ((PyStr) nl).value();
        if (n != null && !n.isEmpty() && !n.equals("\n") && !n.equals("\r") && !n.equals("\r\n")) {
            throw Errors.valueError("illegal newline value: %s", Protocols.repr(nl).value());
        }
        newline = n;
        buf.setLength(0);
        astral = false;
        pos = 0;
        if (value != PyNone.NONE) {
            if (!(value instanceof PyStr str)) {
                throw Errors.typeError("initial_value must be str or None, not %s", value.type().tpName());
            }
            write(str.value());
            pos = 0;
        }
    }

    private static void define(TypeDef t) {
        defineCommon(t);
        t.newMethod("*args, **kwargs", (cls, a) -> cls == TYPE ? new PyStringIO() : new Derived(cls));
        t.methodN("__init__", "initial_value='', newline='\\n'", (PyStringIO s, PyObject[] a) -> {
            s.closed = false;
            s.init(a[0], a[1]);
            return PyNone.NONE;
        });
        t.method1("write", "s, /", (PyStringIO s, PyObject v) -> {
            if (!(v instanceof PyStr str)) {
                throw Errors.typeError("string argument expected, got '%s'", v.type().tpName());
            }
            s.write(str.value());
            return PyInt.of(str.length());
        });
        t.method0("getvalue", (PyStringIO s) -> {
            s.checkClosed();
            return PyStr.of(s.buf.toString());
        });
        t.method1("read", "size=-1, /", (PyStringIO s, PyObject n) -> PyStr.of(s.read(size(n))));
        t.method2("seek", "pos, whence=0, /", (PyStringIO s, PyObject p, PyObject w) -> {
            s.checkClosed();
            long where = Protocols.asIndexLong(p, "cannot fit 'int' into an offset-sized integer");
            long whence = Protocols.asIndexClamped(w);
            if (whence < 0 || whence > 2) {
                throw Errors.valueError("Invalid whence (%d, should be 0, 1 or 2)", whence);
            }
            if (whence == 0 && where < 0) {
                throw Errors.valueError("Negative seek position %d", where);
            }
            if (whence != 0 && where != 0) {
                throw Errors.of(IoErrors.UNSUPPORTED_OPERATION, "Can't do nonzero cur-relative seeks");
            }
            s.pos = (int) (whence == 0 ? Math.min(where, Integer.MAX_VALUE) : whence == 2 ? s.length() : s.pos);
            return PyInt.of(s.pos);
        });
        t.method0("tell", (PyStringIO s) -> {
            s.checkClosed();
            return PyInt.of(s.pos);
        });
        t.method1("truncate", "pos=None, /", (PyStringIO s, PyObject n) -> {
            s.checkClosed();
            long size = n == PyNone.NONE ? s.pos : Protocols.asIndexLong(n, "size too large");
            if (size < 0) {
                throw Errors.valueError("Negative size value %d", size);
            }
            if (size < s.length()) {
                s.buf.setLength(s.index((int) size));
            }
            return PyInt.of(size);
        });
        t.method0("readable", (PyStringIO s) -> {
            s.checkClosed();
            return PyBool.TRUE;
        });
        t.method0("writable", (PyStringIO s) -> {
            s.checkClosed();
            return PyBool.TRUE;
        });
        t.method0("seekable", (PyStringIO s) -> {
            s.checkClosed();
            return PyBool.TRUE;
        });
        t.method0("detach", (PyStringIO s) -> {
            throw unsupported("detach");
        });
        t.getter("line_buffering", (PyStringIO s) -> PyBool.FALSE);
        t.getter("encoding", (PyStringIO s) -> PyNone.NONE);
        t.getter("errors", (PyStringIO s) -> PyNone.NONE);
        t.getter("newlines", (PyStringIO s) -> {
            if (s.newline != null) {
                return PyNone.NONE;
            }
            String v = s.buf.toString();
            boolean lf = v.indexOf('\n') >= 0;
            return lf ? PyStr.of("\n") : PyNone.NONE;
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
