package org.hotpy.passes.fold;

import java.util.List;
import java.util.Optional;

import org.hotpy.api.pass.RuntimeView;
import org.hotpy.api.trace.Instr;
import org.hotpy.api.trace.Kind;
import org.hotpy.api.trace.Op;
import org.hotpy.api.trace.PrimitiveOps;
import org.hotpy.api.trace.TraceEditor;
import org.hotpy.api.trace.Value;

/**
 * Evaluates instructions whose operands are constants, with the semantics of
 * {@link PrimitiveOps} (the executor's), so folding never changes a result.
 */
final class Fold {
    private Fold() {
    }

    /**
     * The constant result of {@code in} ({@code Long}, {@code Double}, {@code Boolean}), or empty
     * when an operand is not constant, the op is not foldable, or a guard op would exit (then it
     * must stay, to exit at run time).
     */
    static Optional<Object> evaluate(Instr in, RuntimeView view) {
        if (in.result() == null) {
            return Optional.empty();
        }
        for (Value a : in.args()) {
            if (!a.isConstant() || a.isNull()) {
                return Optional.empty();
            }
        }
        return switch (in.result().kind()) {
            case INT64, BOOL, FLOAT64 -> Optional.ofNullable(primitive(in, view));
            case OBJECT -> Optional.empty();
        };
    }

    private static Object primitive(Instr in, RuntimeView view) {
        Op op = in.op();
        return switch (op.family()) {
            case INT -> intOp(op, in.args());
            case FLOAT -> floatOp(op, in.args());
            case BOOL -> op == Op.BOOL_NOT ? (Object) !in.arg(0).boolValue() : (Object) (in.arg(0).boolValue() ? 1L : 0L);
            case BOX -> unbox(op, in.arg(0), view);
            case OBJECT -> op == Op.OBJ_IS ? (Object) in.arg(0).refValue().equals(in.arg(1).refValue()) : null;
            default -> null;
        };
    }

    private static Object intOp(Op op, List<Value> a) {
        long x = a.get(0).longValue();
        if (a.size() == 1) {
            return switch (op) {
                case INT_NEG_OVF -> PrimitiveOps.negOverflows(x) ? null : (Object) (-x);
                case INT_INVERT -> ~x;
                case INT_IS_TRUE -> x != 0;
                case INT_TO_FLOAT -> (double) x;
                default -> null;
            };
        }
        long y = a.get(1).longValue();
        return switch (op) {
            case INT_ADD_OVF -> PrimitiveOps.addOverflows(x, y) ? null : (Object) (x + y);
            case INT_SUB_OVF -> PrimitiveOps.subOverflows(x, y) ? null : (Object) (x - y);
            case INT_MUL_OVF -> PrimitiveOps.mulOverflows(x, y) ? null : (Object) (x * y);
            case INT_ADD -> x + y;
            case INT_SUB -> x - y;
            case INT_MUL -> x * y;
            case INT_FLOORDIV -> PrimitiveOps.floorDivFails(x, y) ? null : (Object) PrimitiveOps.floorDiv(x, y);
            case INT_MOD -> PrimitiveOps.modFails(y) ? null : (Object) PrimitiveOps.mod(x, y);
            case INT_TRUEDIV -> PrimitiveOps.intTrueDivFails(x, y) ? null : (Object) PrimitiveOps.intTrueDiv(x, y);
            case INT_AND -> x & y;
            case INT_OR -> x | y;
            case INT_XOR -> x ^ y;
            case INT_LSHIFT_OVF -> PrimitiveOps.lshiftFails(x, y) ? null : (Object) PrimitiveOps.lshift(x, y);
            case INT_RSHIFT -> PrimitiveOps.rshiftFails(y) ? null : (Object) PrimitiveOps.rshift(x, y);
            case INT_LT -> x < y;
            case INT_LE -> x <= y;
            case INT_EQ -> x == y;
            case INT_NE -> x != y;
            case INT_GT -> x > y;
            case INT_GE -> x >= y;
            default -> null;
        };
    }

    private static Object floatOp(Op op, List<Value> a) {
        double x = a.get(0).doubleValue();
        if (a.size() == 1) {
            return switch (op) {
                case FLOAT_NEG -> -x;
                case FLOAT_IS_TRUE -> x != 0.0;
                default -> null;
            };
        }
        double y = a.get(1).doubleValue();
        return switch (op) {
            case FLOAT_ADD -> x + y;
            case FLOAT_SUB -> x - y;
            case FLOAT_MUL -> x * y;
            case FLOAT_TRUEDIV -> PrimitiveOps.floatDivFails(y) ? null : (Object) (x / y);
            case FLOAT_FLOORDIV -> PrimitiveOps.floatDivFails(y) ? null : (Object) PrimitiveOps.floatFloorDiv(x, y);
            case FLOAT_MOD -> PrimitiveOps.floatDivFails(y) ? null : (Object) PrimitiveOps.floatMod(x, y);
            case FLOAT_LT -> x < y;
            case FLOAT_LE -> x <= y;
            case FLOAT_EQ -> x == y;
            case FLOAT_NE -> x != y;
            case FLOAT_GT -> x > y;
            case FLOAT_GE -> x >= y;
            default -> null;
        };
    }

    private static Object unbox(Op op, Value v, RuntimeView view) {
        return switch (op) {
            case UNBOX_INT -> view.intValue(v.refValue()).isPresent() ? (Object) view.intValue(v.refValue()).getAsLong() : null;
            case UNBOX_FLOAT -> view.floatValue(v.refValue()).isPresent()
                    ? (Object) view.floatValue(v.refValue()).getAsDouble() : null;
            case UNBOX_BOOL -> view.boolValue(v.refValue()).orElse(null);
            default -> null;
        };
    }

    /** Whether the guard {@code in} (without result) certainly passes, its operands being constants. */
    static boolean guardPasses(Instr in, RuntimeView view) {
        for (Value a : in.args()) {
            if (!a.isConstant()) {
                return false;
            }
        }
        return switch (in.op()) {
            case GUARD_TRUE -> in.arg(0).boolValue();
            case GUARD_FALSE -> !in.arg(0).boolValue();
            case GUARD_INT_VALUE -> in.arg(0).longValue() == in.arg(1).longValue();
            case GUARD_IS -> in.arg(0).refValue().equals(in.arg(1).refValue());
            case GUARD_IS_NOT -> !in.arg(0).refValue().equals(in.arg(1).refValue());
            case GUARD_TYPE -> view.typeOf(in.arg(0).refValue()).map(t -> t.equals(in.arg(1).refValue())).orElse(false);
            default -> false;
        };
    }

    /**
     * An existing value {@code in}'s result always equals, by an algebraic identity that holds for
     * every operand value ({@code x + 0}, {@code x * 1}, {@code not not x}), or {@code null}.
     */
    static Value identity(Instr in, TraceEditor ed) {
        Op op = in.op();
        if (in.argCount() == 1) {
            Instr def = ed.definition(in.arg(0));
            if (op == Op.BOOL_NOT && def != null && def.op() == Op.BOOL_NOT) {
                return def.arg(0);
            }
            return null;
        }
        if (in.argCount() != 2) {
            return null;
        }
        Value x = in.arg(0);
        Value y = in.arg(1);
        return switch (op) {
            case INT_ADD, INT_ADD_OVF, INT_OR, INT_XOR -> isInt(y, 0) ? x : isInt(x, 0) ? y : null;
            case INT_SUB, INT_SUB_OVF, INT_LSHIFT_OVF, INT_RSHIFT -> isInt(y, 0) ? x : null;
            case INT_MUL, INT_MUL_OVF -> isInt(y, 1) ? x : isInt(x, 1) ? y : null;
            case INT_FLOORDIV -> isInt(y, 1) ? x : null;
            case INT_AND -> isInt(y, -1) ? x : isInt(x, -1) ? y : null;
            // x * 1.0 and x / 1.0 are exact for every double, NaN and -0.0 included.
            case FLOAT_MUL -> isFloat(y, 1.0) ? x : isFloat(x, 1.0) ? y : null;
            case FLOAT_TRUEDIV -> isFloat(y, 1.0) ? x : null;
            default -> null;
        };
    }

    /** A constant {@code in}'s result equals whatever its (equal) operands are, or {@code null}. */
    static Object sameOperandResult(Instr in) {
        if (in.argCount() != 2 || in.arg(0) != in.arg(1) || in.arg(0).isConstant()) {
            return null;
        }
        return switch (in.op()) {
            case INT_SUB, INT_SUB_OVF, INT_XOR -> 0L;
            case INT_EQ, INT_LE, INT_GE, OBJ_IS -> true;
            case INT_NE, INT_LT, INT_GT -> false;
            default -> null;
        };
    }

    /** Multiplying by a constant zero gives zero (no overflow is possible), or {@code null}. */
    static Object absorbing(Instr in) {
        if ((in.op() == Op.INT_MUL || in.op() == Op.INT_MUL_OVF || in.op() == Op.INT_AND)
                && (isInt(in.arg(0), 0) || isInt(in.arg(1), 0))) {
            return 0L;
        }
        return null;
    }

    private static boolean isInt(Value v, long c) {
        return v.isConstant() && v.kind() == Kind.INT64 && v.longValue() == c;
    }

    private static boolean isFloat(Value v, double c) {
        return v.isConstant() && v.kind() == Kind.FLOAT64 && v.doubleValue() == c;
    }
}
