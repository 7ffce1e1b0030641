package org.hotpy.core.model;

import org.hotpy.core.types.text.PyStr;

/** {@code NotImplemented}: what a binary special method returns to let the other operand try. */
public final class PyNotImplemented extends PyObject {
    public static final PyType TYPE = PyType.builtin("NotImplementedType", PyType.OBJECT,
            PyNotImplemented.class, ModelTypeDefs.NOT_IMPLEMENTED).notSubclassable();
    public static final PyNotImplemented INSTANCE = new PyNotImplemented();

    private PyNotImplemented() {}

    @Override
    public PyType type() {
        return TYPE;
    }

    static void define(TypeDef t) {
        t.method0("__repr__", (PyNotImplemented self) -> PyStr.of("NotImplemented"));
        t.method0("__reduce__", (PyNotImplemented self) -> PyStr.of("NotImplemented"));
    }

    @Override
    public String toString() {
        return "NotImplemented";
    }
}
