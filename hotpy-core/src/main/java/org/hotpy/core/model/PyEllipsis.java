package org.hotpy.core.model;

import org.hotpy.core.types.text.PyStr;

/** {@code Ellipsis} ({@code ...}), the only instance of {@code ellipsis}. */
public final class PyEllipsis extends PyObject {
    public static final PyType TYPE = PyType.builtin("ellipsis", PyType.OBJECT, PyEllipsis.class,
            ModelTypeDefs.ELLIPSIS).notSubclassable();
    public static final PyEllipsis INSTANCE = new PyEllipsis();

    private PyEllipsis() {}

    @Override
    public PyType type() {
        return TYPE;
    }

    static void define(TypeDef t) {
        t.method0("__repr__", (PyEllipsis self) -> PyStr.of("Ellipsis"));
        t.method0("__reduce__", (PyEllipsis self) -> PyStr.of("Ellipsis"));
    }

    @Override
    public String toString() {
        return "Ellipsis";
    }
}
