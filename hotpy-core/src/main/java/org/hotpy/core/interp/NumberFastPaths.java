package org.hotpy.core.interp;

import org.hotpy.core.model.PyObject;
import org.hotpy.core.ops.Operators.BinOp;
import org.hotpy.core.types.number.IntMath;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;

/**
 * The generic BINARY_OP's shortcut for exact ints and floats: the result the special methods
 * would give, computed without looking them up. The generic form runs wherever a site was never
 * specialised (an operator with no specialised form, such as {@code %} or {@code &}) or has
 * deoptimised (a site that mixes ints and floats), so these operands are common there. Builtin
 * types cannot be patched, so no guard beyond the exact classes is needed; bool and subclasses
 * of int or float fail the class test and take the full protocol.
 */
final class NumberFastPaths {
    private NumberFastPaths() {}

    /** {@code a op b} when both are exact ints or floats and the shortcut applies, else null. */
    static PyObject binary(BinOp op, PyObject a, PyObject b) {
        Class<?> ca = a.getClass();
        Class<?> cb = b.getClass();
        if (ca == PyInt.class && cb == PyInt.class) {
            return intBinary(op, a, b);
        }
        if ((ca == PyFloat.class || ca == PyInt.class) && (cb == PyFloat.class || cb == PyInt.class)) {
            // at least one float: the int converts exactly as float.__add__ converts it (a long
            // rounds to the nearest double, ties to even, in both Java and CPython)
            double x = ca == PyFloat.class ? ((PyFloat) a).value : (double) ((PyInt) a).value;
            double y = cb == PyFloat.class ? ((PyFloat) b).value : (double) ((PyInt) b).value;
            return floatBinary(op, x, y);
        }
        return null;
    }

    private static PyObject intBinary(BinOp op, PyObject a, PyObject b) {
        return switch (op) {
            case ADD -> IntMath.add(a, b);
            case SUB -> IntMath.sub(a, b);
            case MUL -> IntMath.mul(a, b);
            case FLOORDIV -> IntMath.floorDiv(a, b);
            case MOD -> IntMath.mod(a, b);
            case AND -> IntMath.and(a, b);
            case OR -> IntMath.or(a, b);
            case XOR -> IntMath.xor(a, b);
            case LSHIFT -> IntMath.lshift(a, b);
            case RSHIFT -> IntMath.rshift(a, b);
            default -> null; // true division and powers keep their special methods' rules
        };
    }

    private static PyObject floatBinary(BinOp op, double x, double y) {
        return switch (op) {
            case ADD -> new PyFloat(x + y);
            case SUB -> new PyFloat(x - y);
            case MUL -> new PyFloat(x * y);
            case TRUEDIV -> y != 0.0 ? new PyFloat(x / y) : null; // division by zero raises there
            default -> null;
        };
    }
}
