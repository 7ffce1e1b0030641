package org.hotpy.core.types.exception;

import java.util.ArrayList;
import java.util.List;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Iteration;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.text.PyStr;

/** {@code BaseExceptionGroup} and {@code ExceptionGroup} (PEP 654): construction, split, subgroup, derive. */
public final class ExceptionGroups {
    private ExceptionGroups() {}

    static void defineBaseExceptionGroup(TypeDef t) {
        t.newMethod("message, exceptions, /", (cls, a) -> create(cls, a[0], a[1]));
        t.methodN("__init__", "*args", (PyBaseException self, PyObject[] a) -> PyNone.NONE);
        t.getter("message", (PyBaseException e) -> e.args().get(0));
        t.getter("exceptions", (PyBaseException e) -> e.args().get(1));
        t.method0("__str__", (PyBaseException e) -> {
            int n = ((PyTuple) e.args().get(1)).size();
            return PyStr.of(Protocols.str(e.args().get(0)).value() + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")");
        });
        t.method0("__repr__", (PyBaseException e) -> PyStr.of(e.type().name() + "("
                + Protocols.repr(e.args().get(0)).value() + ", " + reprList((PyTuple) e.args().get(1)) + ")"));
        t.method1("derive", "excs, /", (PyBaseException e, PyObject excs) ->
                create(ExceptionTypes.BASE_EXCEPTION_GROUP, e.args().get(0), excs));
        t.method1("split", "condition, /", (PyBaseException e, PyObject cond) -> {
            PyObject[] r = split(e, matcher(cond));
            return PyTuple.of(r[0], r[1]);
        });
        t.method1("subgroup", "condition, /", (PyBaseException e, PyObject cond) -> split(e, matcher(cond))[0]);
    }

    private static String reprList(PyTuple t) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < t.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Protocols.repr(t.get(i)).value());
        }
        return sb.append(']').toString();
    }

    /** {@code BaseExceptionGroup(message, exceptions)} with its validation and class selection. */
    static PyObject create(PyType cls, PyObject message, PyObject excs) {
        if (!(message instanceof PyStr)) {
            throw Errors.typeError("argument 1 must be str, not %s", message.type().tpName());
        }
        if (excs.type().lookup(org.hotpy.core.model.Slot.GETITEM) == null || excs instanceof org.hotpy.core.types.collection.PySet
                || excs instanceof org.hotpy.core.types.collection.PyDict) {
            throw Errors.typeError("second argument (exceptions) must be a sequence");
        }
        PyObject[] items = Iteration.toArray(excs);
        if (items.length == 0) {
            throw Errors.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean allExceptions = true;
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyBaseException e)) {
                throw Errors.valueError("Item %d of second argument (exceptions) is not an exception", i);
            }
            allExceptions &= e.type().isSubtypeOf(ExceptionTypes.EXCEPTION);
        }
        PyType actual = cls;
        if (cls == ExceptionTypes.BASE_EXCEPTION_GROUP) {
            if (allExceptions) {
                actual = ExceptionTypes.EXCEPTION_GROUP;
            }
        } else if (cls.isSubtypeOf(ExceptionTypes.EXCEPTION) && !allExceptions) {
            throw Errors.typeError(cls == ExceptionTypes.EXCEPTION_GROUP
                    ? "Cannot nest BaseExceptions in an ExceptionGroup"
                    : "Cannot nest BaseExceptions in '" + cls.name() + "'");
        }
        return new PyBaseException(actual, PyTuple.of(message, PyTuple.of(items)));
    }

    /** A predicate over leaf exceptions from a split()/subgroup()/except* condition. */
    public interface Matcher {
        boolean test(PyBaseException e);
    }

    public static Matcher matcher(PyObject cond) {
        if (cond instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            return e -> e.type().isSubtypeOf(t);
        }
        if (cond instanceof PyTuple tup) {
            for (PyObject x : tup.itemsUnsafe()) {
                if (!(x instanceof PyType t) || !t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
                    throw Errors.typeError("expected a function, exception type or tuple of exception types");
                }
            }
            return e -> {
                for (PyObject x : tup.itemsUnsafe()) {
                    if (e.type().isSubtypeOf((PyType) x)) {
                        return true;
                    }
                }
                return false;
            };
        }
        if (Call.callableOrNull(cond) != null && !(cond instanceof PyType)) {
            return e -> Protocols.isTrue(Call.call(cond, e));
        }
        throw Errors.typeError("expected a function, exception type or tuple of exception types");
    }

    public static boolean isGroup(PyObject e) {
        return e.type().isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP);
    }

    /** {match, rest}: each a group (derived from {@code eg}, keeping its metadata) or None. */
    public static PyObject[] split(PyBaseException eg, Matcher m) {
        if (m.test(eg)) {
            return new PyObject[] {eg, PyNone.NONE};
        }
        if (!isGroup(eg)) {
            return new PyObject[] {PyNone.NONE, eg};
        }
        List<PyObject> match = new ArrayList<>();
        List<PyObject> rest = new ArrayList<>();
        for (PyObject x : ((PyTuple) eg.args().get(1)).itemsUnsafe()) {
            PyObject[] r = split((PyBaseException) x, m);
            if (r[0] != PyNone.NONE) {
                match.add(r[0]);
            }
            if (r[1] != PyNone.NONE) {
                rest.add(r[1]);
            }
        }
        return new PyObject[] {derive(eg, match), derive(eg, rest)};
    }

    private static PyObject derive(PyBaseException eg, List<PyObject> items) {
        if (items.isEmpty()) {
            return PyNone.NONE;
        }
        PyObject d = Call.callMethod(eg, "derive", PyTuple.of(items));
        if (d instanceof PyBaseException de) {
            de.setTraceback(eg.traceback());
            de.setCauseOnly(eg.cause());
            de.setContext(eg.context());
            de.setSuppressContext(eg.suppressContext());
            PyObject notes = eg.attr("__notes__");
            if (notes != null) {
                de.setAttr("__notes__", notes);
            }
        }
        return d;
    }

    /** Wraps a plain exception caught by {@code except*} in an ExceptionGroup, as the language requires. */
    public static PyBaseException wrap(PyBaseException e) {
        PyType t = e.type().isSubtypeOf(ExceptionTypes.EXCEPTION) ? ExceptionTypes.EXCEPTION_GROUP
                : ExceptionTypes.BASE_EXCEPTION_GROUP;
        PyBaseException g = new PyBaseException(t, PyTuple.of(PyStr.EMPTY, PyTuple.of(e)));
        g.setTraceback(e.traceback());
        return g;
    }
}
