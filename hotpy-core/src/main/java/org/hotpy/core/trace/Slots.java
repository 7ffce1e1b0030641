package org.hotpy.core.trace;

import org.hotpy.api.trace.Kind;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;

/**
 * Register references: an int naming a register of one kind ({@code kind << 24 | register}),
 * {@link #NULL} (CPython's NULL), or a virtual object of the snapshot ({@link #virtual}). Used by
 * exits and by instructions with operands of several kinds. BOOL registers live in the long file.
 */
final class Slots {
    static final int NULL = -1;
    private static final int VIRTUAL_BASE = -2;

    static final int OBJ = 0;
    static final int LONG = 1;
    static final int DOUBLE = 2;
    static final int BOOL = 3;

    private Slots() {
    }

    static int ref(Kind kind, int reg) {
        return (kindCode(kind) << 24) | reg;
    }

    static int kindCode(Kind k) {
        return switch (k) {
            case OBJECT -> OBJ;
            case INT64 -> LONG;
            case FLOAT64 -> DOUBLE;
            case BOOL -> BOOL;
        };
    }

    static int virtual(int index) {
        return VIRTUAL_BASE - index;
    }

    static boolean isVirtual(int ref) {
        return ref <= VIRTUAL_BASE;
    }

    static int virtualIndex(int ref) {
        return VIRTUAL_BASE - ref;
    }

    static int kind(int ref) {
        return ref >>> 24;
    }

    static int reg(int ref) {
        return ref & 0xffffff;
    }

    /** The Python object a (non-virtual) reference holds, primitives boxed by kind; Java null for NULL. */
    static PyObject box(int ref, PyObject[] o, long[] l, double[] d) {
        if (ref == NULL) {
            return null;
        }
        int r = reg(ref);
        return switch (kind(ref)) {
            case OBJ -> o[r];
            case LONG -> PyInt.of(l[r]);
            case DOUBLE -> new PyFloat(d[r]);
            default -> PyBool.of(l[r] != 0);
        };
    }
}
