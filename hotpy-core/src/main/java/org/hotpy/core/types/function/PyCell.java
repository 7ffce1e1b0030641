package org.hotpy.core.types.function;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.JavaMethod;
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
    public static final PyType TYPE = PyType.builtin("cell", PyType.OBJECT, PyCell.class, FunctionTypeDefs.CELL)
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

    static void define(TypeDef t) {
        t.getset("cell_contents", Fn.CELL_CONTENTS, Fn.CELL_CONTENTS);
        t.method0("__repr__", Fn.REPR);
        t.binary("__eq__", Fn.EQ);
    }

    private static PyObject cellContents(PyCell c) {
        if (c.value == null) {
            throw Errors.valueError("Cell is empty");
        }
        return c.value;
    }

    private static PyObject reprOf(PyCell c) {
        return PyStr.of(c.value == null ? "<cell at 0x" + Protocols.idHex(c) + ": empty>"
                : "<cell at 0x" + Protocols.idHex(c) + ": " + c.value.type().tpName() + " object at 0x"
                        + Protocols.idHex(c.value) + ">");
    }

    /**
     * One constant per method and a switch per arity, not a lambda each: each lambda was linked
     * when a program first used the type (~0.25 ms apiece on JDK 17, with class-data sharing).
     */
    private enum Fn implements JavaMethod.M0<PyCell>, JavaMethod.M1<PyCell>, JavaMethod.Setter<PyCell> {
        CELL_CONTENTS, REPR, EQ;

        @Override
        public PyObject call(PyCell self) {
            return switch (this) {
                case CELL_CONTENTS -> cellContents(self);
                case REPR -> reprOf(self);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyCell self, PyObject a) {
            return switch (this) {
                case EQ -> a instanceof PyCell d
                        ? PyBool.of(self.value == null ? d.value == null : d.value != null && Compare.eq(self.value, d.value))
                        : PyNotImplemented.INSTANCE;
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public void set(PyCell self, PyObject value) {
            switch (this) {
                case CELL_CONTENTS -> self.value = value;
                default -> throw new IllegalStateException(name() + " has no setter");
            }
        }
    }
}
