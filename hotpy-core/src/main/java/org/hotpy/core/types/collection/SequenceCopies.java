package org.hotpy.core.types.collection;

import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;

/**
 * {@code tuple(x)} and {@code list(x)} for an exact list or tuple {@code x}: a copy of its items,
 * and {@code set(x)} and {@code frozenset(x)} for any iterable, without the generic type call
 * ({@code __new__} look-up, argument binding, {@code __init__}). The builtin classes'
 * {@code __new__} and {@code __init__} cannot be replaced, and CPython copies exact lists and
 * tuples the same way (PySequence_Tuple, list_extend) without iterating them; subclasses, which
 * may override {@code __iter__}, take the generic path. A set is filled as {@code set.__init__}
 * fills it (nqueens builds three one-element sets per placement).
 */
public final class SequenceCopies {
    private SequenceCopies() {}

    /**
     * {@code type(arg)} when {@code type} is exactly tuple or list and {@code arg} an exact list or
     * tuple, or {@code type} is exactly set or frozenset; else null.
     */
    public static PyObject ofExact(PyType type, PyObject arg) {
        if (type == PySet.TYPE) {
            PySet s = new PySet();
            SetMethods.addAll(s, arg);
            return s;
        }
        if (type == PyFrozenSet.TYPE) {
            return SetMethods.newFrozenSet(type, new PyObject[] {arg});
        }
        Class<?> c = arg.getClass();
        if (type == PyTuple.TYPE) {
            if (c == PyTuple.class) {
                return arg; // tuples are immutable: tuple(t) is t
            }
            if (c == PyList.class) {
                return PyTuple.of(((PyList) arg).toArray());
            }
        } else if (type == PyList.TYPE) {
            if (c == PyList.class) {
                return PyList.wrap(((PyList) arg).toArray());
            }
            if (c == PyTuple.class) {
                return PyList.wrap(((PyTuple) arg).toArray());
            }
        }
        return null;
    }
}
