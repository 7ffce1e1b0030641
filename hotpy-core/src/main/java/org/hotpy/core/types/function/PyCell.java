package org.hotpy.core.types.function;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyNotImplemented;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Compare;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.text.PyStr;

/** A closure cell: one variable shared between a function and the functions nested in it. */
public final class PyCell extends PyObject {
    public static final PyType TYPE = PyType.builtin("cell", PyType.OBJECT, PyCell.class, PyCell::define)
            .notSubclassable();

    /** The value, or null while the variable is unbound. */
    public PyObject value;

    public PyCell(PyObject value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static void define(TypeDef t) {
        t.getset("cell_contents", (PyCell c) -> {
            if (c.value == null) {
                throw Errors.valueError("Cell is empty");
            }
            return c.value;
        }, (PyCell c, PyObject v) -> c.value = v);
        t.method0("__repr__", (PyCell c) -> PyStr.of(c.value == null ? "<cell at 0x" + Protocols.idHex(c) + ": empty>"
                : "<cell at 0x" + Protocols.idHex(c) + ": " + c.value.type().tpName() + " object at 0x"
                + Protocols.idHex(c.value) + ">"));
        t.binary("__eq__", (PyCell c, PyObject o) -> o instanceof PyCell d
                ? PyBool.of(c.value == null ? d.value == null : d.value != null && Compare.eq(c.value, d.value))
                : PyNotImplemented.INSTANCE);
    }
}
