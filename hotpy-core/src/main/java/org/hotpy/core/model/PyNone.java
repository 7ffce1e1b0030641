package org.hotpy.core.model;

import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.text.PyStr;

/** {@code None}, the only instance of {@code NoneType}. */
public final class PyNone extends PyObject {
    public static final PyType TYPE = PyType.builtin("NoneType", PyType.OBJECT, PyNone.class, ModelTypeDefs.NONE)
            .notSubclassable();
    public static final PyNone NONE = new PyNone();

    private PyNone() {}

    @Override
    public PyType type() {
        return TYPE;
    }

    static void define(TypeDef t) {
        t.method0("__repr__", (PyNone self) -> PyStr.of("None"));
        t.method0("__bool__", (PyNone self) -> PyBool.FALSE);
        t.newMethod("", (cls, a) -> NONE);
    }

    @Override
    public String toString() {
        return "None";
    }
}
