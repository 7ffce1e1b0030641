package org.hotpy.core.ops;

import java.util.ArrayList;
import java.util.function.Consumer;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.collection.PySet;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.exception.ExceptionTypes;

/** Iterating Python iterables from Java code. */
public final class Iteration {
    private Iteration() {}

    /** Calls {@code action} for every item of {@code iterable}. */
    public static void forEach(PyObject iterable, Consumer<PyObject> action) {
        if (iterable.getClass() == PyList.class) {
            PyList l = (PyList) iterable;
            for (int i = 0; i < l.size(); i++) {
                action.accept(l.itemsUnsafe()[i]);
            }
            return;
        }
        if (iterable.getClass() == PyTuple.class) {
            for (PyObject x : ((PyTuple) iterable).itemsUnsafe()) {
                action.accept(x);
            }
            return;
        }
        PyObject it = Protocols.iter(iterable);
        for (PyObject x = Protocols.next(it); x != null; x = Protocols.next(it)) {
            action.accept(x);
        }
    }

    /** {@code forEach(iterable, to::append)} without a lambda: list(), sorted() and list.extend use it. */
    public static void appendAll(PyObject iterable, PyList to) {
        if (iterable.getClass() == PyList.class) {
            PyList l = (PyList) iterable;
            for (int i = 0; i < l.size(); i++) {
                to.append(l.itemsUnsafe()[i]);
            }
            return;
        }
        if (iterable.getClass() == PyTuple.class) {
            for (PyObject x : ((PyTuple) iterable).itemsUnsafe()) {
                to.append(x);
            }
            return;
        }
        PyObject it = Protocols.iter(iterable);
        for (PyObject x = Protocols.next(it); x != null; x = Protocols.next(it)) {
            to.append(x);
        }
    }

    /** {@code forEach(iterable, to::add)} without a lambda: set() and {@code {*x}} use it. */
    public static void addAll(PyObject iterable, PySet to) {
        if (iterable.getClass() == PyList.class) {
            PyList l = (PyList) iterable;
            for (int i = 0; i < l.size(); i++) {
                to.add(l.itemsUnsafe()[i]);
            }
            return;
        }
        if (iterable.getClass() == PyTuple.class) {
            for (PyObject x : ((PyTuple) iterable).itemsUnsafe()) {
                to.add(x);
            }
            return;
        }
        PyObject it = Protocols.iter(iterable);
        for (PyObject x = Protocols.next(it); x != null; x = Protocols.next(it)) {
            to.add(x);
        }
    }

    /** All items of {@code iterable} in a new array. */
    public static PyObject[] toArray(PyObject iterable) {
        if (iterable.getClass() == PyTuple.class) {
            return ((PyTuple) iterable).toArray();
        }
        if (iterable.getClass() == PyList.class) {
            return ((PyList) iterable).toArray();
        }
        ArrayList<PyObject> out = new ArrayList<>();
        forEach(iterable, x -> {
            out.add(x);
            if ((out.size() & 0xfff) == 0) {
                Limits.checkSize(out.size());
            }
        });
        return out.toArray(new PyObject[0]);
    }

    /** Like {@link #toArray(PyObject)}, but a non-iterable raises TypeError with {@code message}. */
    public static PyObject[] toArray(PyObject iterable, String message) {
        PyObject it;
        try {
            it = Protocols.iter(iterable);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TYPE_ERROR)) {
                throw Errors.typeError(message);
            }
            throw e;
        }
        ArrayList<PyObject> out = new ArrayList<>();
        for (PyObject x = Protocols.next(it); x != null; x = Protocols.next(it)) {
            out.add(x);
        }
        return out.toArray(new PyObject[0]);
    }
}
