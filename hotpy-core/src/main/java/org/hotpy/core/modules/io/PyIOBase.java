package org.hotpy.core.modules.io;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.model.ClassBuilder;
import org.hotpy.core.model.HasDict;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Iteration;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyIterator;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.number.PyBool;

/**
 * What every stream implemented in Java shares, as CPython's {@code _io._IOBase} provides it:
 * the closed flag, iteration by lines, {@code readlines}, {@code writelines}, the context
 * manager protocol, and the "not supported" defaults. Streams take instance attributes, as
 * CPython's do: programs and tests replace {@code sys.stdout.write} or {@code flush} on the
 * object itself.
 */
public abstract class PyIOBase extends PyIterator implements HasDict {
    protected boolean closed;
    /** The instance dict, made on first use: most streams never get an attribute. */
    private PyDict dict;

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public void setDict(PyDict dict) {
        this.dict = dict; // only the runtime replaces it: __dict__ is read-only, as in CPython
    }

    /**
     * True when no instance attribute can shadow a method of the type, so the runtime may call
     * the Java method directly instead of looking the Python one up (print, the exit flush).
     */
    public final boolean hasNoInstanceAttributes() {
        return dict == null || dict.size() == 0;
    }

    /** CPython's check on every operation of a closed stream. */
    protected final void checkClosed() {
        if (closed) {
            throw Errors.valueError(closedMessage());
        }
    }

    /** CPython's words differ by class: StringIO's lack the final period. */
    protected String closedMessage() {
        return "I/O operation on closed file.";
    }

    public boolean isClosed() {
        return closed;
    }

    /** One line (str or bytes), empty at the end of the stream; {@code limit < 0}: no limit. */
    protected abstract PyObject readlineObject(long limit);

    /** Flushes what is buffered and marks the stream closed; closing twice does nothing. */
    public abstract void close();

    public void flush() {
        checkClosed();
    }

    @Override
    public PyObject next() {
        checkClosed();
        PyObject line = readlineObject(-1);
        return Protocols.len(line) == 0 ? null : line;
    }

    static long size(PyObject n) {
        return n == PyNone.NONE || n == null ? -1 : Protocols.asIndexLong(n, "cannot fit 'int' into an index-sized integer");
    }

    /** {@code io.UnsupportedOperation(what)}. */
    static PyException unsupported(String what) {
        return Errors.of(IoErrors.UNSUPPORTED_OPERATION, "%s", what);
    }

    /** Fills the methods common to all stream types; concrete types override some of them. */
    static void defineCommon(TypeDef t) {
        PyIterator.defineIteratorMethods(t);
        t.method0("__enter__", (PyIOBase s) -> {
            s.checkClosed();
            return s;
        });
        t.method3("__exit__", "t, v, tb, /", (PyIOBase s, PyObject a, PyObject b, PyObject c) -> {
            Call.callMethod(s, "close");
            return PyNone.NONE;
        });
        t.method0("close", (PyIOBase s) -> {
            s.close();
            return PyNone.NONE;
        });
        t.method0("flush", (PyIOBase s) -> {
            s.flush();
            return PyNone.NONE;
        });
        t.getter("closed", (PyIOBase s) -> PyBool.of(s.closed));
        t.getter("__dict__", ClassBuilder::instanceDict); // read-only, as CPython's _IOBase has it
        t.method1("readline", "size=-1, /", (PyIOBase s, PyObject n) -> {
            s.checkClosed();
            return s.readlineObject(size(n));
        });
        t.method1("readlines", "hint=-1, /", (PyIOBase s, PyObject h) -> {
            long hint = size(h);
            PyList l = new PyList();
            long total = 0;
            for (PyObject x = s.next(); x != null; x = s.next()) {
                l.append(x);
                total += Protocols.len(x);
                if (hint > 0 && total >= hint) {
                    break;
                }
            }
            return l;
        });
        t.method1("writelines", "lines, /", (PyIOBase s, PyObject lines) -> {
            s.checkClosed();
            Iteration.forEach(lines, l -> Call.callMethod(s, "write", l));
            return PyNone.NONE;
        });
        t.method0("isatty", (PyIOBase s) -> {
            s.checkClosed();
            return PyBool.FALSE;
        });
        t.method0("readable", (PyIOBase s) -> PyBool.FALSE);
        t.method0("writable", (PyIOBase s) -> PyBool.FALSE);
        t.method0("seekable", (PyIOBase s) -> PyBool.FALSE);
        t.method0("fileno", (PyIOBase s) -> {
            throw unsupported("fileno");
        });
        t.method0("__del__", (PyIOBase s) -> PyNone.NONE);
        t.method1("_checkClosed", "msg=None, /", (PyIOBase s, PyObject m) -> {
            s.checkClosed();
            return PyNone.NONE;
        });
    }
}
