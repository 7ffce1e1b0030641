package org.hotpy.core.modules.re;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.ops.Call;
import org.hotpy.core.regex.RegexError;
import org.hotpy.core.regex.RegexInterruptedException;
import org.hotpy.core.regex.RegexSubject;
import org.hotpy.core.regex.RegexUsageException;
import org.hotpy.core.regex.RegexWarning;
import org.hotpy.core.types.exception.ExceptionTypes;
import org.hotpy.core.types.exception.PyBaseException;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyByteArray;
import org.hotpy.core.types.text.PyBytes;
import org.hotpy.core.types.text.PyStr;

/** Conversions between Python objects and the engine's values, and the engine's errors. */
final class Values {
    private Values() {}

    /** {@code re.error}: an Exception with msg, pattern, pos, lineno and colno. */
    static final PyType ERROR = PyType.builtin("error", ExceptionTypes.EXCEPTION, PyBaseException.class,
            Values::defineError).inModule("re").withInstanceDict();

    /** CPython's {@code re.error.__init__(msg, pattern=None, pos=None)}. */
    private static void defineError(org.hotpy.core.model.TypeDef t) {
        t.methodN("__init__", "msg, pattern=None, pos=None", (PyBaseException e, PyObject[] a) -> {
            e.setAttr("msg", a[0]);
            e.setAttr("pattern", a[1]);
            e.setAttr("pos", a[2]);
            PyObject msg = a[0];
            if (a[1] != PyNone.NONE && a[2] != PyNone.NONE) {
                long pos = org.hotpy.core.ops.Protocols.asIndexLong(a[2], "pos");
                String text = org.hotpy.core.ops.Protocols.str(a[0]).value() + " at position " + pos;
                PyObject nl = a[1] instanceof PyStr ? PyStr.of("\n") : new PyBytes(new byte[] {'\n'});
                long count = org.hotpy.core.ops.Protocols.asIndexLong(
                        Call.callMethod(a[1], "count", nl, PyInt.ZERO, a[2]), "count");
                long last = org.hotpy.core.ops.Protocols.asIndexLong(
                        Call.callMethod(a[1], "rfind", nl, PyInt.ZERO, a[2]), "rfind");
                e.setAttr("lineno", PyInt.of(count + 1));
                e.setAttr("colno", PyInt.of(pos - last));
                if (org.hotpy.core.ops.Protocols.contains(a[1], nl)) {
                    text += " (line " + (count + 1) + ", column " + (pos - last) + ")";
                }
                msg = PyStr.of(text);
            } else {
                e.setAttr("lineno", PyNone.NONE);
                e.setAttr("colno", PyNone.NONE);
            }
            e.setArgs(org.hotpy.core.types.collection.PyTuple.of(msg));
            return PyNone.NONE;
        });
    }

    /** A str or bytes-like subject; CPython's TypeError for anything else. */
    static RegexSubject subject(PyObject s) {
        if (s instanceof PyStr str) {
            return RegexSubject.of(str.value(), str.length());
        }
        if (s instanceof PyBytes b) {
            return RegexSubject.of(b.data());
        }
        if (s instanceof PyByteArray b) {
            return RegexSubject.of(b.toArray());
        }
        throw Errors.typeError("expected string or bytes-like object, got '%s'", s.type().tpName());
    }

    /** A String or byte[] from the engine as a Python str or bytes; null is None. */
    static PyObject py(Object v) {
        if (v == null) {
            return PyNone.NONE;
        }
        if (v instanceof String s) {
            return PyStr.of(s);
        }
        if (v instanceof byte[] b) {
            return new PyBytes(b);
        }
        if (v instanceof Object[] items) {
            PyObject[] t = new PyObject[items.length];
            for (int i = 0; i < items.length; i++) {
                t[i] = py(items[i]);
            }
            return org.hotpy.core.types.collection.PyTuple.of(t);
        }
        throw Errors.systemError("unexpected value from the regex engine: %s", v.getClass().getName());
    }

    /** A Python str or bytes for the engine; other objects are passed on for its type checks. */
    static Object java(PyObject v) {
        if (v == PyNone.NONE) {
            return null;
        }
        if (v instanceof PyStr s) {
            return s.value();
        }
        if (v instanceof PyBytes b) {
            return b.data();
        }
        if (v instanceof PyByteArray b) {
            return b.toArray();
        }
        return v;
    }

    /** An index argument ({@code pos}, {@code endpos}, {@code count}) clamped to an int. */
    static int index(PyObject o) {
        long v = org.hotpy.core.ops.Protocols.asIndexLong(o, "Python int too large to convert to C ssize_t");
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    /** The Python exception for an engine exception. */
    static PyException translate(RuntimeException e) {
        if (e instanceof RegexError re) {
            return error(re);
        }
        if (e instanceof RegexUsageException u) {
            PyType type = switch (u.kind()) {
                case VALUE_ERROR -> ExceptionTypes.VALUE_ERROR;
                case TYPE_ERROR -> ExceptionTypes.TYPE_ERROR;
                case INDEX_ERROR -> ExceptionTypes.INDEX_ERROR;
                case OVERFLOW_ERROR -> ExceptionTypes.OVERFLOW_ERROR;
                case RECURSION_ERROR -> ExceptionTypes.RECURSION_ERROR;
                case MEMORY_ERROR -> ExceptionTypes.MEMORY_ERROR;
                case SYSTEM_ERROR -> ExceptionTypes.SYSTEM_ERROR;
            };
            return Errors.of(type, "%s", u.getMessage());
        }
        if (e instanceof RegexInterruptedException) {
            throw new org.hotpy.core.interp.ExecutionStopped(org.hotpy.core.interp.ExecutionStopped.Reason.INTERRUPTED);
        }
        throw e;
    }

    private static PyException error(RegexError e) {
        PyException x = Errors.withArgs(ERROR, PyStr.of(e.msg()));
        PyBaseException exc = x.exception();
        exc.setArgs(org.hotpy.core.types.collection.PyTuple.of(PyStr.of(e.getMessage())));
        exc.setAttr("pattern", py(e.pattern()));
        exc.setAttr("pos", e.pos() < 0 ? PyNone.NONE : PyInt.of(e.pos()));
        exc.setAttr("lineno", e.lineno() < 0 ? PyNone.NONE : PyInt.of(e.lineno()));
        exc.setAttr("colno", e.colno() < 0 ? PyNone.NONE : PyInt.of(e.colno()));
        return x;
    }

    /** Issues the warnings CPython's parser issues, through the warnings module. */
    static void warn(java.util.List<RegexWarning> warnings, int stacklevel) {
        if (warnings.isEmpty()) {
            return;
        }
        PyObject module = InterpreterState.current().imports().importAbsolute("warnings");
        for (RegexWarning w : warnings) {
            PyType category = switch (w.category()) {
                case "FutureWarning" -> ExceptionTypes.FUTURE_WARNING;
                case "DeprecationWarning" -> ExceptionTypes.DEPRECATION_WARNING;
                case "RuntimeWarning" -> ExceptionTypes.RUNTIME_WARNING;
                default -> ExceptionTypes.USER_WARNING;
            };
            Call.callMethod(module, "warn", PyStr.of(w.message()), category, PyInt.of(stacklevel));
        }
    }
}
