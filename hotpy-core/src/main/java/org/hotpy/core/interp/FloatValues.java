package org.hotpy.core.interp;

import org.hotpy.core.model.PyObject;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyFloat;

/**
 * What the code {@link FloatFusion} emits calls to keep float results unboxed: small enough that
 * HotSpot always inlines them, and calls only to keep that code short.
 */
final class FloatValues {
    private FloatValues() {}

    /** Whether {@code o} is exactly a float (the guard of the interpreter's float forms). */
    static boolean isFloat(PyObject o) {
        return o.getClass() == PyFloat.class;
    }

    /** The value of {@code o}, a float. */
    static double value(PyObject o) {
        return ((PyFloat) o).value;
    }

    /** COMPARE_OP_FLOAT's result: comparison {@code op} (a Compare.Op ordinal) of {@code x} and {@code y}. */
    static PyObject compare(double x, double y, int op) {
        return PyBool.of(BinaryHandlers.testDouble(x, y, op));
    }

    /** A virtual slot's value as an object: its object when set, else its double, boxed. */
    static PyObject box(PyObject o, double d) {
        return o != null ? o : new PyFloat(d);
    }
}
