package org.hotpy.passes.types;

import java.util.Optional;

import org.hotpy.api.pass.BuiltinType;
import org.hotpy.api.trace.BinaryOperator;
import org.hotpy.api.trace.CompareOperator;
import org.hotpy.api.trace.Instr;
import org.hotpy.api.trace.Op;
import org.hotpy.api.trace.Value;

/**
 * Numeric generic ops on exact {@code int} and {@code float} operands. Python's rules matched: int
 * arithmetic is exact (overflow exits to tier 1, which makes a big int); {@code /} on ints is true
 * division; float and int mix by converting the int (correctly rounded, as {@code float(int)});
 * comparisons between an int and a float are exact in Python, so they are specialised only when
 * the int is a constant no bigger than 2**53.
 */
final class ArithmeticRules {
    private static final long EXACT_DOUBLE = 1L << 53;
    private static final java.util.Set<BuiltinType> TRUTH_TYPES = java.util.EnumSet.of(BuiltinType.BOOL,
            BuiltinType.INT, BuiltinType.FLOAT, BuiltinType.NONE_TYPE, BuiltinType.LIST, BuiltinType.TUPLE,
            BuiltinType.STR, BuiltinType.DICT);

    private ArithmeticRules() {
    }

    static boolean binaryOp(Rewriter r, Instr in) {
        Optional<BuiltinType> ta = r.builtinOf(0);
        Optional<BuiltinType> tb = r.builtinOf(1);
        if (ta.isEmpty() || tb.isEmpty()) {
            return false;
        }
        BinaryOperator op = in.binaryOperator().plain();
        if (ta.get() == BuiltinType.INT && tb.get() == BuiltinType.INT) {
            Op typed = intOp(op);
            if (typed == null || bigConstant(r, in.arg(0)) || bigConstant(r, in.arg(1))
                    || !guardBoth(r, in, BuiltinType.INT, BuiltinType.INT)) {
                return false;
            }
            Value x = r.asInt(in.arg(0));
            Value y = r.asInt(in.arg(1));
            r.replaceWith(r.box(typed.isGuard() ? r.guarded(typed, x, y) : r.emit(typed, x, y)));
            return true;
        }
        if (isNumber(ta.get()) && isNumber(tb.get())) {
            Op typed = floatOp(op);
            if (typed == null || bigConstant(r, in.arg(0)) || bigConstant(r, in.arg(1))
                    || !guardBoth(r, in, ta.get(), tb.get())) {
                return false;
            }
            Value x = r.asFloat(in.arg(0), ta.get());
            Value y = r.asFloat(in.arg(1), tb.get());
            Value f = typed.isGuard() ? r.guarded(typed, x, y) : r.emit(typed, x, y);
            r.replaceWith(r.box(f));
            return true;
        }
        return false;
    }

    static boolean compareOp(Rewriter r, Instr in) {
        Optional<BuiltinType> ta = r.builtinOf(0);
        Optional<BuiltinType> tb = r.builtinOf(1);
        if (ta.isEmpty() || tb.isEmpty() || !isNumber(ta.get()) || !isNumber(tb.get())) {
            return false;
        }
        CompareOperator c = in.compareOperator();
        boolean ints = ta.get() == BuiltinType.INT && tb.get() == BuiltinType.INT;
        if (!ints && ta.get() != tb.get() && !smallIntConstant(r, in, ta.get() == BuiltinType.INT ? 0 : 1)) {
            return false;
        }
        if (bigConstant(r, in.arg(0)) || bigConstant(r, in.arg(1)) || !guardBoth(r, in, ta.get(), tb.get())) {
            return false;
        }
        Value b;
        if (ints) {
            b = r.emit(intCompare(c), r.asInt(in.arg(0)), r.asInt(in.arg(1)));
        } else {
            b = r.emit(floatCompare(c), r.asFloat(in.arg(0), ta.get()), r.asFloat(in.arg(1), tb.get()));
        }
        r.replaceWith(r.box(b));
        return true;
    }

    /** {@code truth(x)}: Python's {@code bool(x)} for the builtin types whose rule is known. */
    static boolean truth(Rewriter r, Instr in) {
        Value b = truthOf(r, in);
        if (b == null) {
            return false;
        }
        r.replaceWith(b);
        return true;
    }

    /** {@code not x}: the negated truth, as a bool object. */
    static boolean unaryNot(Rewriter r, Instr in) {
        Value b = truthOf(r, in);
        if (b == null) {
            return false;
        }
        r.replaceWith(r.box(r.emit(Op.BOOL_NOT, b)));
        return true;
    }

    private static Value truthOf(Rewriter r, Instr in) {
        Value x = in.arg(0);
        Instr def = r.ed.definition(x);
        if (def != null && def.op() == Op.BOX_BOOL) {
            return def.arg(0);
        }
        Optional<BuiltinType> t = r.builtinOf(0);
        if (t.isEmpty() || !TRUTH_TYPES.contains(t.get()) || !r.ensureBuiltin(x, t.get())) {
            return null;
        }
        return switch (t.get()) {
            case BOOL -> r.asBool(x);
            case INT -> r.emit(Op.INT_IS_TRUE, r.asInt(x));
            case FLOAT -> r.emit(Op.FLOAT_IS_TRUE, r.asFloat(x, BuiltinType.FLOAT));
            // None is the only instance of NoneType, and it is false.
            case NONE_TYPE -> r.ed.constBool(false);
            case LIST, TUPLE, STR, DICT -> r.emit(Op.INT_IS_TRUE, r.emit(Op.LEN, x));
            default -> null;
        };
    }

    static boolean unary(Rewriter r, Instr in) {
        Optional<BuiltinType> t = r.builtinOf(0);
        if (t.isEmpty()) {
            return false;
        }
        boolean neg = in.op() == Op.UNARY_NEGATIVE;
        if (t.get() == BuiltinType.INT && r.ensureBuiltin(in.arg(0), BuiltinType.INT)) {
            Value x = r.asInt(in.arg(0));
            r.replaceWith(r.box(neg ? r.guarded(Op.INT_NEG_OVF, x) : r.emit(Op.INT_INVERT, x)));
            return true;
        }
        if (neg && t.get() == BuiltinType.FLOAT && r.ensureBuiltin(in.arg(0), BuiltinType.FLOAT)) {
            r.replaceWith(r.box(r.emit(Op.FLOAT_NEG, r.asFloat(in.arg(0), BuiltinType.FLOAT))));
            return true;
        }
        return false;
    }

    /** An int constant that does not fit in 64 bits: unboxing it would always exit, so the op stays generic. */
    static boolean bigConstant(Rewriter r, Value v) {
        return v.isConstant() && v.kind() == org.hotpy.api.trace.Kind.OBJECT && r.view.intValue(v.refValue()).isEmpty()
                && r.builtinOfRef(v.refValue()) == BuiltinType.INT;
    }

    private static boolean guardBoth(Rewriter r, Instr in, BuiltinType a, BuiltinType b) {
        return r.ensureBuiltin(in.arg(0), a) && r.ensureBuiltin(in.arg(1), b);
    }

    private static boolean isNumber(BuiltinType t) {
        return t == BuiltinType.INT || t == BuiltinType.FLOAT;
    }

    private static boolean smallIntConstant(Rewriter r, Instr in, int i) {
        Value v = in.arg(i);
        if (!v.isConstant()) {
            return false;
        }
        var x = r.view.intValue(v.refValue());
        return x.isPresent() && Math.abs(x.getAsLong()) <= EXACT_DOUBLE;
    }

    private static Op intOp(BinaryOperator op) {
        return switch (op) {
            case ADD -> Op.INT_ADD_OVF;
            case SUB -> Op.INT_SUB_OVF;
            case MUL -> Op.INT_MUL_OVF;
            case FLOORDIV -> Op.INT_FLOORDIV;
            case MOD -> Op.INT_MOD;
            case TRUEDIV -> Op.INT_TRUEDIV;
            case AND -> Op.INT_AND;
            case OR -> Op.INT_OR;
            case XOR -> Op.INT_XOR;
            case LSHIFT -> Op.INT_LSHIFT_OVF;
            case RSHIFT -> Op.INT_RSHIFT;
            default -> null;
        };
    }

    private static Op floatOp(BinaryOperator op) {
        return switch (op) {
            case ADD -> Op.FLOAT_ADD;
            case SUB -> Op.FLOAT_SUB;
            case MUL -> Op.FLOAT_MUL;
            case TRUEDIV -> Op.FLOAT_TRUEDIV;
            case FLOORDIV -> Op.FLOAT_FLOORDIV;
            case MOD -> Op.FLOAT_MOD;
            default -> null;
        };
    }

    private static Op intCompare(CompareOperator c) {
        return switch (c) {
            case LT -> Op.INT_LT;
            case LE -> Op.INT_LE;
            case EQ -> Op.INT_EQ;
            case NE -> Op.INT_NE;
            case GT -> Op.INT_GT;
            case GE -> Op.INT_GE;
        };
    }

    private static Op floatCompare(CompareOperator c) {
        return switch (c) {
            case LT -> Op.FLOAT_LT;
            case LE -> Op.FLOAT_LE;
            case EQ -> Op.FLOAT_EQ;
            case NE -> Op.FLOAT_NE;
            case GT -> Op.FLOAT_GT;
            case GE -> Op.FLOAT_GE;
        };
    }
}
