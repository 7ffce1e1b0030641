package org.hotpy.core.interp;

import static org.hotpy.core.bytecode.Ops.*;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Opcode;
import org.hotpy.core.model.PyNotImplemented;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.ops.Compare;
import org.hotpy.core.ops.Limits;
import org.hotpy.core.ops.Operators;
import org.hotpy.core.ops.Operators.BinOp;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.function.PyFunction;
import org.hotpy.core.types.number.IntMath;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/**
 * BINARY_OP and COMPARE_OP with their int, float and str specialisations. A specialised form
 * tests the exact classes of both operands (bool and subclasses fail the test) and, if the test
 * fails, deoptimises to the generic form, which dispatches through special methods.
 */
final class BinaryHandlers {
    private BinaryHandlers() {}

    // Each specialised form is its own small method so that the JIT inlines the fast path into
    // the dispatch loop; a failed type test goes to an out-of-line miss handler.

    static PyObject addInt(CodeObject code, int pc, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            long x = ((PyInt) a).value;
            long y = ((PyInt) b).value;
            long r = x + y;
            return ((x ^ r) & (y ^ r)) >= 0 ? PyInt.of(r) : IntMath.add(x, y);
        }
        return miss(code, pc, a, b);
    }

    static PyObject subtractInt(CodeObject code, int pc, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            long x = ((PyInt) a).value;
            long y = ((PyInt) b).value;
            long r = x - y;
            return ((x ^ y) & (x ^ r)) >= 0 ? PyInt.of(r) : IntMath.sub(x, y);
        }
        return miss(code, pc, a, b);
    }

    static PyObject multiplyInt(CodeObject code, int pc, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return IntMath.mul(((PyInt) a).value, ((PyInt) b).value);
        }
        return miss(code, pc, a, b);
    }

    static PyObject addFloat(CodeObject code, int pc, PyObject a, PyObject b) {
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            return new PyFloat(((PyFloat) a).value + ((PyFloat) b).value);
        }
        return miss(code, pc, a, b);
    }

    static PyObject subtractFloat(CodeObject code, int pc, PyObject a, PyObject b) {
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            return new PyFloat(((PyFloat) a).value - ((PyFloat) b).value);
        }
        return miss(code, pc, a, b);
    }

    static PyObject multiplyFloat(CodeObject code, int pc, PyObject a, PyObject b) {
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            return new PyFloat(((PyFloat) a).value * ((PyFloat) b).value);
        }
        return miss(code, pc, a, b);
    }

    static PyObject trueDivideFloat(CodeObject code, int pc, PyObject a, PyObject b) {
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class && ((PyFloat) b).value != 0.0) {
            return new PyFloat(((PyFloat) a).value / ((PyFloat) b).value);
        }
        return miss(code, pc, a, b);
    }

    static PyObject addUnicode(CodeObject code, int pc, PyObject a, PyObject b) {
        if (a.getClass() == PyStr.class && b.getClass() == PyStr.class) {
            String x = ((PyStr) a).value();
            String y = ((PyStr) b).value();
            if (x.length() + (long) y.length() > 4096) {
                Limits.checkSize(x.length() + (long) y.length()); // the embedder's size cap
            }
            return PyStr.of(x.concat(y));
        }
        return miss(code, pc, a, b);
    }

    /**
     * BINARY_OP_ADD_TUPLE: {@code a + b} on two exact tuples (a subclass may override {@code
     * __add__} or, on the right, {@code __radd__}, which would go first). Left generic, nqueens'
     * {@code placed + (c,)} missed at every execution in its compiled generator, which was
     * compiled again.
     */
    static PyObject addTuple(CodeObject code, int pc, PyObject a, PyObject b) {
        if (a.getClass() == PyTuple.class && b.getClass() == PyTuple.class) {
            return PyTuple.concat((PyTuple) a, (PyTuple) b);
        }
        return miss(code, pc, a, b);
    }

    /** BINARY_OP_ADD_LIST: {@code a + b} on two exact lists (never {@code +=}, which extends {@code a}). */
    static PyObject addList(CodeObject code, int pc, PyObject a, PyObject b) {
        if (a.getClass() == PyList.class && b.getClass() == PyList.class) {
            return PyList.concat((PyList) a, (PyList) b);
        }
        return miss(code, pc, a, b);
    }

    /** A specialised BINARY_OP met other types: back to the generic form for this execution. */
    private static PyObject miss(CodeObject code, int pc, PyObject a, PyObject b) {
        Specializer.deoptimize(code, pc);
        return generic(code, pc, Opcode.argOf(code.code[pc]), a, b);
    }

    /** BINARY_OP: dispatch through the special methods, counting towards specialisation. */
    static PyObject generic(CodeObject code, int pc, int arg, PyObject a, PyObject b) {
        BinOp op = BinOp.of(arg & 0x1f);
        boolean inplace = (arg & BinOp.INPLACE_FLAG) != 0;
        if (Specializer.warm(code, pc)) {
            specialize(code, pc, op, inplace, a, b);
        }
        PyObject r = NumberFastPaths.binary(op, a, b); // no int or float has in-place methods
        if (r != null) {
            return r;
        }
        return inplace ? Operators.inplace(a, b, op) : Operators.binary(a, b, op);
    }

    private static void specialize(CodeObject code, int pc, BinOp op, boolean inplace, PyObject a, PyObject b) {
        Class<?> ca = a.getClass();
        if (ca != b.getClass()) {
            specializePyMethod(code, pc, op, inplace, a, b);
            return;
        }
        Opcode target = null;
        if (ca == PyInt.class) {
            target = op == BinOp.ADD ? Opcode.BINARY_OP_ADD_INT : op == BinOp.SUB ? Opcode.BINARY_OP_SUBTRACT_INT
                    : op == BinOp.MUL ? Opcode.BINARY_OP_MULTIPLY_INT : null;
        } else if (ca == PyFloat.class) {
            target = switch (op) {
                case ADD -> Opcode.BINARY_OP_ADD_FLOAT;
                case SUB -> Opcode.BINARY_OP_SUBTRACT_FLOAT;
                case MUL -> Opcode.BINARY_OP_MULTIPLY_FLOAT;
                case TRUEDIV -> Opcode.BINARY_OP_TRUEDIV_FLOAT;
                default -> null;
            };
        } else if (ca == PyStr.class && op == BinOp.ADD) {
            target = Opcode.BINARY_OP_ADD_UNICODE;
        } else if (ca == PyTuple.class && op == BinOp.ADD) {
            target = Opcode.BINARY_OP_ADD_TUPLE; // a tuple has no __iadd__: t += u is t + u
        } else if (ca == PyList.class && op == BinOp.ADD && !inplace) {
            target = Opcode.BINARY_OP_ADD_LIST;
        }
        if (target != null) {
            Specializer.rewrite(code, pc, target);
        } else {
            specializePyMethod(code, pc, op, inplace, a, b);
        }
    }

    /**
     * Cache of BINARY_OP_PY_METHOD: the operands' classes at their versions, the left's method,
     * and the right's reflected method to try when it returns NotImplemented (or null).
     */
    record PyMethodCache(PyType left, int leftVersion, PyType right, int rightVersion, PyFunction method,
                         PyObject reflected) {
        /** Whether {@code a} and {@code b} are of the classes cached, both at their versions. */
        boolean matches(PyObject a, PyObject b) {
            return a.type() == left && b.type() == right && left.version() == leftVersion
                    && right.version() == rightVersion;
        }
    }

    /**
     * BINARY_OP_PY_METHOD for a left operand of a Python class whose method for the operator is a
     * plain function of two parameters (a vector's {@code __add__}) and that the right operand's
     * reflected method does not pre-empt; in place only when the class has no in-place method, so
     * that {@code a += b} is {@code a + b}. The method lookups, the subclass test and the
     * argument array of the generic path were a tenth of raytrace, and the site, left generic,
     * got its function compiled again.
     */
    private static void specializePyMethod(CodeObject code, int pc, BinOp op, boolean inplace, PyObject a,
                                           PyObject b) {
        PyType ta = a.type();
        PyType tb = b.type();
        if (ta.isBuiltin() || inplace && ta.lookup(op.inplace) != null) {
            return;
        }
        if (!(ta.lookup(op.slot) instanceof PyFunction f) || f.code.exactArgCount != 2) {
            return;
        }
        PyObject mb = Operators.reflectedMethod(ta, tb, op);
        if (Operators.reflectedFirst(ta, tb, mb, op)) {
            return;
        }
        code.caches[pc] = new PyMethodCache(ta, ta.version(), tb, tb.version(), f, mb);
        Specializer.rewrite(code, pc, Opcode.BINARY_OP_PY_METHOD);
    }

    /** BINARY_OP_PY_METHOD: the cached method called straight, while both classes are unchanged. */
    static PyObject pyMethod(CodeObject code, int pc, int arg, PyObject a, PyObject b) {
        if (code.caches[pc] instanceof PyMethodCache c && c.matches(a, b)) {
            return callCached(c, arg, a, b);
        }
        return miss(code, pc, a, b);
    }

    /** The operator with the method of {@code c}, which matches {@code a} and {@code b}. */
    static PyObject callCached(PyMethodCache c, int arg, PyObject a, PyObject b) {
        PyObject r = Calls.callPositional(c.method(), a, b);
        if (r != PyNotImplemented.INSTANCE) {
            return r;
        }
        return Operators.afterLeftDeclined(a, b, BinOp.of(arg & 0x1f), (arg & BinOp.INPLACE_FLAG) != 0,
                c.reflected());
    }

    static PyObject compareInt(CodeObject code, int pc, int arg, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return ints(a, b, arg);
        }
        return compareMiss(code, pc, arg, a, b);
    }

    static PyObject compareFloat(CodeObject code, int pc, int arg, PyObject a, PyObject b) {
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            return floats(a, b, arg);
        }
        return compareMiss(code, pc, arg, a, b);
    }

    static PyObject compareStr(CodeObject code, int pc, int arg, PyObject a, PyObject b) {
        if (a.getClass() == PyStr.class && b.getClass() == PyStr.class) {
            return PyBool.of(test(((PyStr) a).compareTo((PyStr) b), arg));
        }
        return compareMiss(code, pc, arg, a, b);
    }

    private static PyObject compareMiss(CodeObject code, int pc, int arg, PyObject a, PyObject b) {
        Specializer.deoptimize(code, pc);
        return genericCompare(code, pc, arg, a, b);
    }

    /** COMPARE_OP: rich comparison, counting towards specialisation. */
    static PyObject genericCompare(CodeObject code, int pc, int arg, PyObject a, PyObject b) {
        if (Specializer.warm(code, pc)) {
            Class<?> ca = a.getClass();
            if (ca == b.getClass()) {
                Opcode target = ca == PyInt.class ? Opcode.COMPARE_OP_INT : ca == PyFloat.class ? Opcode.COMPARE_OP_FLOAT
                        : ca == PyStr.class ? Opcode.COMPARE_OP_STR : null;
                if (target != null) {
                    Specializer.rewrite(code, pc, target);
                }
            }
        }
        Class<?> ca = a.getClass();
        if (ca == b.getClass()) {
            if (ca == PyInt.class) {
                return ints(a, b, arg);
            }
            if (ca == PyFloat.class) {
                return floats(a, b, arg);
            }
        }
        return Compare.richCompare(a, b, Compare.Op.of(arg));
    }

    /** Comparison {@code op} of two exact ints. */
    private static PyObject ints(PyObject a, PyObject b, int op) {
        return PyBool.of(test(Long.compare(((PyInt) a).value, ((PyInt) b).value), op));
    }

    /** Comparison {@code op} of two exact floats. */
    private static PyObject floats(PyObject a, PyObject b, int op) {
        return PyBool.of(testDouble(((PyFloat) a).value, ((PyFloat) b).value, op));
    }

    /**
     * For each comparison (Compare.Op ordinal: <, <=, ==, !=, >, >=) three bits: whether it holds
     * when the operands compare less, equal, greater. A table instead of a switch on the
     * operator, so that an operator first used late in a run is not a branch HotSpot compiled as
     * a trap (see {@link Calls#selfSlots}).
     */
    private static final int OUTCOMES = 0b001 | 0b011 << 3 | 0b010 << 6 | 0b101 << 9 | 0b100 << 12 | 0b110 << 15;

    /** Applies comparison {@code op} (Compare.Op ordinal) to a three-way result. */
    static boolean test(int c, int op) {
        return (OUTCOMES >>> (op * 3 + Integer.signum(c) + 1) & 1) != 0;
    }

    /** Like {@link #test} but with IEEE semantics: every comparison with NaN is false except !=. */
    static boolean testDouble(double x, double y, int op) {
        switch (op) {
            case 0: return x < y;
            case 1: return x <= y;
            case 2: return x == y;
            case 3: return x != y;
            case 4: return x > y;
            default: return x >= y;
        }
    }
}
