package org.hotpy.core.ops;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyNotImplemented;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Slot;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.function.PyFunction;
import org.hotpy.core.types.number.FloatMethods;
import org.hotpy.core.types.number.IntMath;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyByteArray;
import org.hotpy.core.types.text.PyBytes;
import org.hotpy.core.types.text.PyStr;

/**
 * Binary and unary operators with Python's dispatch rules: the left operand's method, then the
 * right operand's reflected method (first, when the right operand's type is a subclass that
 * overrides it), in-place methods before both for augmented assignment.
 */
public final class Operators {
    private Operators() {}

    /** The binary operators, in the order of the BINARY_OP argument (in-place forms follow). */
    public enum BinOp {
        ADD("+", Slot.ADD, Slot.RADD, Slot.IADD), SUB("-", Slot.SUB, Slot.RSUB, Slot.ISUB),
        MUL("*", Slot.MUL, Slot.RMUL, Slot.IMUL), MATMUL("@", Slot.MATMUL, Slot.RMATMUL, Slot.IMATMUL),
        TRUEDIV("/", Slot.TRUEDIV, Slot.RTRUEDIV, Slot.ITRUEDIV),
        FLOORDIV("//", Slot.FLOORDIV, Slot.RFLOORDIV, Slot.IFLOORDIV),
        MOD("%", Slot.MOD, Slot.RMOD, Slot.IMOD), POW("**", Slot.POW, Slot.RPOW, Slot.IPOW),
        LSHIFT("<<", Slot.LSHIFT, Slot.RLSHIFT, Slot.ILSHIFT), RSHIFT(">>", Slot.RSHIFT, Slot.RRSHIFT, Slot.IRSHIFT),
        AND("&", Slot.AND, Slot.RAND, Slot.IAND), XOR("^", Slot.XOR, Slot.RXOR, Slot.IXOR),
        OR("|", Slot.OR, Slot.ROR, Slot.IOR);

        public final String symbol;
        public final Slot slot;
        public final Slot reflected;
        public final Slot inplace;

        BinOp(String symbol, Slot slot, Slot reflected, Slot inplace) {
            this.symbol = symbol;
            this.slot = slot;
            this.reflected = reflected;
            this.inplace = inplace;
        }

        private static final BinOp[] VALUES = values();

        public static BinOp of(int ordinal) {
            return VALUES[ordinal];
        }

        public static final int INPLACE_FLAG = 0x20;
    }

    /** {@code a op b}. */
    public static PyObject binary(PyObject a, PyObject b, BinOp op) {
        PyObject r = binaryOrNull(a, b, op);
        if (r != null) {
            return r;
        }
        throw unsupported(a, b, op, op.symbol);
    }

    /** {@code a op= b}: the in-place method first, then the binary operator. */
    public static PyObject inplace(PyObject a, PyObject b, BinOp op) {
        PyObject m = a.type().lookup(op.inplace);
        if (m != null) {
            PyObject r = Call.callSpecial(m, a, b);
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        PyObject r = binaryOrNull(a, b, op);
        if (r != null) {
            return r;
        }
        throw unsupported(a, b, op, op.symbol + "=");
    }

    /**
     * The rest of {@code a op b} (or {@code a op= b}) once the left operand's method returned
     * NotImplemented: the right operand's reflected method {@code mb} (from {@link
     * #reflectedMethod}; null when there is none to try), then the TypeError. For the specialised
     * form of an operator on a Python class, which calls the left's method itself.
     */
    public static PyObject afterLeftDeclined(PyObject a, PyObject b, BinOp op, boolean inplace, PyObject mb) {
        if (mb != null) {
            PyObject r = Call.callSpecial(mb, b, a);
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        throw unsupported(a, b, op, inplace ? op.symbol + "=" : op.symbol);
    }

    /** The result, or null when both operands return NotImplemented. */
    static PyObject binaryOrNull(PyObject a, PyObject b, BinOp op) {
        PyType ta = a.type();
        PyType tb = b.type();
        PyObject ma = ta.lookup(op.slot);
        PyObject mb = reflectedMethod(ta, tb, op);
        if (reflectedFirst(ta, tb, mb, op)) {
            PyObject r = Call.callSpecial(mb, b, a);
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
            mb = null;
        }
        if (ma != null) {
            PyObject r = Call.callSpecial(ma, a, b);
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        if (mb != null) {
            PyObject r = Call.callSpecial(mb, b, a);
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        return null;
    }

    /**
     * The right operand's reflected method that {@code a op b} may try, or null. CPython drops it
     * when both types share the builtin implementation (the same C slot, tried as the left's); two
     * classes with Python methods share the generic slot instead, which tries the right operand's
     * reflected method even when it is inherited from the left's class.
     */
    public static PyObject reflectedMethod(PyType ta, PyType tb, BinOp op) {
        if (tb == ta) {
            return null;
        }
        PyObject mb = tb.lookup(op.reflected);
        if (mb != null && mb == ta.lookup(op.reflected) && !(mb instanceof PyFunction)) {
            return null;
        }
        return mb;
    }

    /** Whether the reflected method goes first: the right type is a proper subclass that overrides it. */
    public static boolean reflectedFirst(PyType ta, PyType tb, PyObject mb, BinOp op) {
        return mb != null && tb.isSubtypeOf(ta) && mb != ta.lookup(op.reflected);
    }

    private static PyException unsupported(PyObject a, PyObject b, BinOp op, String symbol) {
        String an = a.type().tpName();
        String bn = b.type().tpName();
        if (op == BinOp.ADD && (a instanceof PyStr || a instanceof PyList || a instanceof PyTuple
                || a instanceof PyBytes || a instanceof PyByteArray)) {
            String what = a instanceof PyStr ? "str" : a instanceof PyList ? "list" : a instanceof PyTuple ? "tuple"
                    : null;
            if (what != null) {
                return Errors.typeError("can only concatenate %s (not \"%s\") to %s", what, bn, what);
            }
            return Errors.typeError("can't concat %s to %s", bn, an);
        }
        if (op == BinOp.MUL && (isSequence(a) || isSequence(b))) {
            PyObject other = isSequence(a) ? b : a;
            if (!IntMath.isInt(other) && other.type().lookup(Slot.INDEX) == null) {
                return Errors.typeError("can't multiply sequence by non-int of type '%s'", other.type().tpName());
            }
        }
        if (op == BinOp.POW) {
            return Errors.typeError("unsupported operand type(s) for %s or pow(): '%s' and '%s'",
                    symbol.equals("**") ? "**" : symbol, an, bn);
        }
        if (op == BinOp.RSHIFT && a instanceof org.hotpy.core.types.function.PyBuiltinFunction f
                && f.name().equals("print")) {
            return Errors.typeError("unsupported operand type(s) for >>: '%s' and '%s'. Did you mean "
                    + "\"print(<message>, file=<output_stream>)\"?", an, bn);
        }
        return Errors.typeError("unsupported operand type(s) for %s: '%s' and '%s'", symbol, an, bn);
    }

    private static boolean isSequence(PyObject o) {
        return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple || o instanceof PyBytes
                || o instanceof PyByteArray;
    }

    /** {@code pow(a, b, mod)} with a modulus: only the left operand's __pow__ is tried, as CPython. */
    public static PyObject ternaryPow(PyObject a, PyObject b, PyObject mod) {
        if (mod == null || mod == PyNone.NONE) {
            return binary(a, b, BinOp.POW);
        }
        PyObject m = a.type().lookup(Slot.POW);
        if (m != null) {
            PyObject r = Call.callSpecial(m, a, new PyObject[] {b, mod});
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        PyObject rm = b.type() != a.type() ? b.type().lookup(Slot.RPOW) : null;
        if (rm != null) {
            PyObject r = Call.callSpecial(rm, b, new PyObject[] {a, mod});
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        throw Errors.typeError("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                a.type().tpName(), b.type().tpName(), mod.type().tpName());
    }

    public static PyObject negative(PyObject a) {
        if (a.getClass() == PyInt.class) {
            return IntMath.neg(a);
        }
        if (a.getClass() == PyFloat.class) {
            return new PyFloat(-((PyFloat) a).value);
        }
        return unary(a, Slot.NEG, "-");
    }

    public static PyObject positive(PyObject a) {
        return unary(a, Slot.POS, "+");
    }

    public static PyObject invert(PyObject a) {
        return unary(a, Slot.INVERT, "~");
    }

    public static PyObject abs(PyObject a) {
        PyObject m = a.type().lookup(Slot.ABS);
        if (m == null) {
            throw Errors.typeError("bad operand type for abs(): '%s'", a.type().tpName());
        }
        return Call.callSpecial(m, a);
    }

    private static PyObject unary(PyObject a, Slot slot, String symbol) {
        PyObject m = a.type().lookup(slot);
        if (m == null) {
            throw Errors.typeError("bad operand type for unary %s: '%s'", symbol, a.type().tpName());
        }
        return Call.callSpecial(m, a);
    }

    /** Converts an operand to float for the number helpers of other modules. */
    public static double toDouble(PyObject o) {
        return FloatMethods.toDouble(o);
    }
}
