package org.hotpy.core.model;

import org.hotpy.core.types.collection.PyDict;

/**
 * An object whose attributes live in a {@link Shape} plus a values array: instances of user
 * classes ({@link PyInstance}) and of user subclasses of builtins ({@code PyList.Derived} …).
 *
 * <p>Positions {@code [0, type.slotCount())} of the values array hold {@code __slots__}
 * members; the shape maps other attribute names to later positions. Once the program asks for
 * {@code __dict__} (or deletes an attribute), the instance moves to <em>dict mode</em>: its
 * shape becomes null and its dynamic attributes live in a real dict, so every shape guard on it
 * fails and the generic path is taken.
 */
public interface Instance {
    PyType type();

    /** Reassigns {@code __class__}; the caller has checked layout compatibility. */
    void setType(PyType type);

    /** The current shape, or null in dict mode. */
    Shape shape();

    void setShape(Shape shape);

    PyObject[] values();

    void setValues(PyObject[] values);

    /** The attribute dict in dict mode, else null. */
    PyDict dict();

    void setDict(PyDict dict);
}
