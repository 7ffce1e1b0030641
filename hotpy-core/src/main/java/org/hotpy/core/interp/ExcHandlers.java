package org.hotpy.core.interp;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.ops.Call;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.exception.ExceptionTypes;
import org.hotpy.core.types.exception.PyBaseException;

/** raise, exception matching, the handler protocol (PUSH_EXC_INFO) and with statements. */
final class ExcHandlers {
    private ExcHandlers() {}

    /** RAISE_VARARGS: 0 = re-raise the handled exception, 1 = raise exc, 2 = raise exc from cause. */
    static PyException raise(InterpreterState ts, PyObject[] s, int sp, int argc) {
        if (argc == 0) {
            PyBaseException h = ts.handledException();
            if (h == null) {
                return Errors.runtimeError("No active exception to reraise");
            }
            return PyException.reraise(h);
        }
        PyBaseException exc = instantiate(s[sp - argc], false);
        if (argc == 2) {
            PyObject cause = s[sp - 1];
            if (cause == PyNone.NONE) {
                exc.setCause(null);
            } else {
                exc.setCause(instantiate(cause, true));
            }
        }
        if (exc.traceback() != PyNone.NONE) {
            ts.chainContext(exc); // an exception raised again keeps its traceback; chain it here
        }
        return new PyException(exc);
    }

    /** The exception a raise statement means: an instance, or a class to call with no arguments. */
    static PyBaseException instantiate(PyObject o, boolean isCause) {
        if (o instanceof PyBaseException e) {
            return e;
        }
        if (o instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            PyObject made = Call.call(t);
            if (!(made instanceof PyBaseException e)) {
                throw Errors.typeError("calling %s should have returned an instance of BaseException, not %s",
                        org.hotpy.core.model.TypeMethods.repr(t), made.type().tpName());
            }
            return e;
        }
        throw Errors.typeError(isCause ? "exception causes must derive from BaseException"
                : "exceptions must derive from BaseException");
    }

    static PyException reraise(PyObject exc) {
        return PyException.reraise((PyBaseException) exc);
    }

    /** [exc] becomes [previously handled (or None), exc], and exc is now the one being handled. */
    static int pushExcInfo(InterpreterState ts, PyObject[] s, int sp) {
        PyObject exc = s[sp - 1];
        PyBaseException prev = ts.handled;
        s[sp - 1] = prev == null ? PyNone.NONE : prev;
        s[sp] = exc;
        ts.handled = (PyBaseException) exc;
        return sp + 1;
    }

    /** {@code except T:} — T a class or a tuple of classes deriving from BaseException. */
    static boolean matches(PyObject exc, PyObject type) {
        PyType et = exc.type();
        if (type instanceof PyTuple t) {
            for (PyObject x : t.itemsUnsafe()) {
                checkCatchable(x);
            }
            for (PyObject x : t.itemsUnsafe()) {
                if (et.isSubtypeOf((PyType) x)) {
                    return true;
                }
            }
            return false;
        }
        checkCatchable(type);
        return et.isSubtypeOf((PyType) type);
    }

    private static void checkCatchable(PyObject t) {
        if (!(t instanceof PyType ty) || !ty.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /** [mgr] becomes [bound __exit__, result of __enter__()]. */
    static int beforeWith(PyObject[] s, int sp) {
        PyObject mgr = s[sp - 1];
        PyObject enter = org.hotpy.core.ops.Attr.lookupSpecial(mgr, "__enter__");
        if (enter == null) {
            throw Errors.typeError("'%s' object does not support the context manager protocol", mgr.type().tpName());
        }
        PyObject exit = org.hotpy.core.ops.Attr.lookupSpecial(mgr, "__exit__");
        if (exit == null) {
            throw Errors.typeError("'%s' object does not support the context manager protocol (missed __exit__ method)",
                    mgr.type().tpName());
        }
        s[sp - 1] = exit;
        s[sp] = Call.call(enter);
        return sp + 1;
    }

    /** Stack: exit, lasti, previous exception, exc. Calls exit(type, exc, traceback); returns its result. */
    static PyObject withExceptStart(PyObject[] s, int sp) {
        PyBaseException exc = (PyBaseException) s[sp - 1];
        PyObject exit = s[sp - 4];
        return Call.call(exit, exc.type(), exc, exc.traceback());
    }
}
