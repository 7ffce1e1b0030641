package org.hotpy.core.interp;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.exception.ExceptionGroups;
import org.hotpy.core.types.exception.ExceptionTypes;
import org.hotpy.core.types.exception.PyBaseException;
import org.hotpy.core.types.text.PyStr;

/** {@code except*}: CHECK_EG_MATCH and PREP_RERAISE_STAR (PEP 654). */
final class ExceptionGroupHandlers {
    private ExceptionGroupHandlers() {}

    /** [exc, type] becomes [rest, match]; either may be None. */
    static int checkMatch(PyObject[] s, int sp) {
        PyObject type = s[sp - 1];
        PyBaseException exc = (PyBaseException) s[sp - 2];
        checkType(type);
        if (type instanceof PyTuple t) {
            for (PyObject x : t.itemsUnsafe()) {
                checkType(x);
            }
        }
        ExceptionGroups.Matcher m = ExceptionGroups.matcher(type);
        if (!ExceptionGroups.isGroup(exc)) {
            if (m.test(exc)) {
                s[sp - 2] = PyNone.NONE;
                s[sp - 1] = ExceptionGroups.wrap(exc);
            } else {
                s[sp - 2] = exc;
                s[sp - 1] = PyNone.NONE;
            }
            return sp;
        }
        PyObject[] r = ExceptionGroups.split(exc, m);
        s[sp - 2] = r[1];
        s[sp - 1] = r[0];
        return sp;
    }

    private static void checkType(PyObject type) {
        if (type instanceof PyType t) {
            if (!t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
                throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
            if (t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP)) {
                throw Errors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
            }
        } else if (!(type instanceof PyTuple)) {
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /**
     * [orig, list of raised-or-unhandled] becomes the exception to re-raise, or None: parts of the
     * original group keep their place in its structure, new exceptions are grouped with them.
     */
    static int prepReraise(PyObject[] s, int sp) {
        PyList list = (PyList) s[--sp];
        s[sp] = null;
        PyBaseException orig = (PyBaseException) s[sp - 1];
        Map<PyBaseException, Boolean> origLeaves = new IdentityHashMap<>();
        leaves(orig, origLeaves);
        Map<PyBaseException, Boolean> kept = new IdentityHashMap<>();
        List<PyObject> raised = new ArrayList<>();
        for (PyObject o : list.toArray()) {
            if (o == PyNone.NONE) {
                continue;
            }
            Map<PyBaseException, Boolean> ls = new IdentityHashMap<>();
            leaves((PyBaseException) o, ls);
            if (origLeaves.keySet().containsAll(ls.keySet())) {
                kept.putAll(ls);
            } else {
                raised.add(o);
            }
        }
        PyObject keep = kept.isEmpty() ? PyNone.NONE : ExceptionGroups.split(orig, kept::containsKey)[0];
        PyObject result;
        if (raised.isEmpty()) {
            result = keep;
        } else {
            if (keep != PyNone.NONE) {
                raised.add(keep);
            }
            result = new PyBaseException(allExceptions(raised) ? ExceptionTypes.EXCEPTION_GROUP
                    : ExceptionTypes.BASE_EXCEPTION_GROUP, PyTuple.of(PyStr.EMPTY, PyTuple.of(raised)));
        }
        s[sp - 1] = result;
        return sp;
    }

    private static boolean allExceptions(List<PyObject> items) {
        for (PyObject o : items) {
            if (!o.type().isSubtypeOf(ExceptionTypes.EXCEPTION)) {
                return false;
            }
        }
        return true;
    }

    private static void leaves(PyBaseException e, Map<PyBaseException, Boolean> out) {
        if (ExceptionGroups.isGroup(e)) {
            for (PyObject x : ((PyTuple) e.args().get(1)).itemsUnsafe()) {
                leaves((PyBaseException) x, out);
            }
        } else {
            out.put(e, Boolean.TRUE);
        }
    }
}
