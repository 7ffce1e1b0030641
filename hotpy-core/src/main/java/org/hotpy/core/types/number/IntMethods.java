package org.hotpy.core.types.number;

import java.math.BigInteger;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.JavaMethod;
import org.hotpy.core.model.PyNotImplemented;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.text.PyStr;

/**
 * The methods of {@code int}. Operands arrive as {@link PyInt} or {@link PyBigInt} (bool and
 * subclasses included); anything else makes a binary method return NotImplemented so that the
 * other operand's reflected method can try, as CPython's number protocol requires.
 */
final class IntMethods {
    private IntMethods() {}

    static final PyObject NI = PyNotImplemented.INSTANCE;

    static void define(TypeDef t) {
        t.newMethod("x=?, /, base=?", Fn.NEW);
        t.method0("__repr__", Fn.REPR);
        t.method0("__hash__", Fn.HASH);
        t.method0("__bool__", Fn.BOOL);
        t.method0("__index__", Fn.INDEX);
        t.method0("__int__", Fn.INT);
        t.method0("__float__", Fn.FLOAT);
        t.method0("__neg__", Fn.NEG);
        t.method0("__pos__", Fn.POS);
        t.method0("__abs__", Fn.ABS);
        t.method0("__invert__", Fn.INVERT);
        t.method0("__trunc__", Fn.TRUNC);
        t.method0("__floor__", Fn.FLOOR);
        t.method0("__ceil__", Fn.CEIL);
        t.method0("conjugate", Fn.CONJUGATE);
        t.method1("__round__", "ndigits=?, /", Fn.ROUND);
        t.method0("__getnewargs__", Fn.GETNEWARGS);
        t.method0("bit_length", Fn.BIT_LENGTH);
        t.method0("bit_count", Fn.BIT_COUNT);
        t.method0("as_integer_ratio", Fn.AS_INTEGER_RATIO);
        t.getter("real", Fn.REAL);
        t.getter("imag", Fn.IMAG);
        t.getter("numerator", Fn.NUMERATOR);
        t.getter("denominator", Fn.DENOMINATOR);
        defineArithmetic(t);
        defineComparisons(t);
        IntBytes.define(t);
        t.method1("__format__", "format_spec, /", Fn.FORMAT);
    }

    private static void defineArithmetic(TypeDef t) {
        t.binary("__add__", Fn.ADD);
        t.binary("__radd__", Fn.RADD);
        t.binary("__sub__", Fn.SUB);
        t.binary("__rsub__", Fn.RSUB);
        t.binary("__mul__", Fn.MUL);
        t.binary("__rmul__", Fn.RMUL);
        t.binary("__floordiv__", Fn.FLOORDIV);
        t.binary("__rfloordiv__", Fn.RFLOORDIV);
        t.binary("__mod__", Fn.MOD);
        t.binary("__rmod__", Fn.RMOD);
        t.binary("__divmod__", Fn.DIVMOD);
        t.binary("__rdivmod__", Fn.RDIVMOD);
        t.binary("__truediv__", Fn.TRUEDIV);
        t.binary("__rtruediv__", Fn.RTRUEDIV);
        t.binary("__and__", Fn.AND);
        t.binary("__rand__", Fn.RAND);
        t.binary("__or__", Fn.OR);
        t.binary("__ror__", Fn.ROR);
        t.binary("__xor__", Fn.XOR);
        t.binary("__rxor__", Fn.RXOR);
        t.binary("__lshift__", Fn.LSHIFT);
        t.binary("__rlshift__", Fn.RLSHIFT);
        t.binary("__rshift__", Fn.RSHIFT);
        t.binary("__rrshift__", Fn.RRSHIFT);
        t.method2("__pow__", "value, mod=None, /", Fn.POW);
        t.method2("__rpow__", "value, mod=None, /", Fn.RPOW);
    }

    private static void defineComparisons(TypeDef t) {
        t.binary("__eq__", Fn.EQ);
        t.binary("__ne__", Fn.NE);
        t.binary("__lt__", Fn.LT);
        t.binary("__le__", Fn.LE);
        t.binary("__gt__", Fn.GT);
        t.binary("__ge__", Fn.GE);
    }

    static PyObject and(PyObject a, PyObject b) {
        return IntMath.isInt(b) && IntMath.isInt(a) ? IntMath.and(a, b) : NI;
    }

    static PyObject or(PyObject a, PyObject b) {
        return IntMath.isInt(b) && IntMath.isInt(a) ? IntMath.or(a, b) : NI;
    }

    static PyObject xor(PyObject a, PyObject b) {
        return IntMath.isInt(b) && IntMath.isInt(a) ? IntMath.xor(a, b) : NI;
    }

    static PyObject divmod(PyObject a, PyObject b) {
        if (IntMath.signum(b) == 0) {
            throw Errors.zeroDivisionError("integer division or modulo by zero");
        }
        return PyTuple.of(IntMath.floorDiv(a, b), IntMath.mod(a, b));
    }

    /** int / int: the correctly rounded float quotient, as CPython's long_true_divide. */
    static PyObject trueDiv(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return new PyFloat(IntConvert.trueDivide(x.value, y.value));
        }
        return new PyFloat(IntConvert.trueDivide(IntMath.big(a), IntMath.big(b)));
    }

    static PyObject pow(PyObject a, PyObject b, PyObject m) {
        if (!IntMath.isInt(a) || !IntMath.isInt(b)) {
            return NI;
        }
        if (m != null && m != org.hotpy.core.model.PyNone.NONE) {
            if (!IntMath.isInt(m)) {
                return NI;
            }
            return IntMath.powMod(a, b, m);
        }
        if (IntMath.signum(b) < 0) {
            double base = IntMath.toDouble(a);
            if (base == 0.0) {
                throw Errors.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return new PyFloat(Math.pow(base, IntMath.toDouble(b)));
        }
        return IntMath.pow(a, b);
    }

    static PyObject round(PyObject self, PyObject ndigits) {
        if (ndigits == null || ndigits == org.hotpy.core.model.PyNone.NONE) {
            return IntMath.exact(self);
        }
        PyObject nd = Protocols.index(ndigits);
        if (IntMath.signum(nd) >= 0) {
            return IntMath.exact(self);
        }
        long n = nd instanceof PyInt p ? p.value : Long.MIN_VALUE; // clamped: any huge ndigits rounds to 0
        return PyInt.of(FloatRound.round(IntMath.big(self), n));
    }

    static PyObject repr(PyObject self) {
        if (self instanceof PyInt i) {
            return PyStr.of(Long.toString(i.value));
        }
        return PyStr.of(IntFormatter.toDecimal(((PyBigInt) self).value, maxStrDigits()));
    }

    static PyObject format(PyObject self, PyObject spec) {
        String s = Protocols.strArg(spec, "format_spec", "__format__");
        if (s.isEmpty()) {
            return Protocols.str(self);
        }
        org.hotpy.core.types.text.FormatSpec fs = org.hotpy.core.types.text.FormatSpec.forInt(s, self.type().tpName());
        if (self instanceof PyInt i) {
            return PyStr.of(IntFormatter.format(i.value, fs));
        }
        return PyStr.of(IntFormatter.format(IntMath.big(self), fs, maxStrDigits()));
    }

    /** The interpreter's int/str conversion digit limit ({@code sys.set_int_max_str_digits}). */
    static int maxStrDigits() {
        org.hotpy.core.interp.InterpreterState st = org.hotpy.core.interp.InterpreterState.currentOrNull();
        return st == null ? NumberParser.DEFAULT_MAX_STR_DIGITS : st.maxStrDigits();
    }

    /** {@code int(x=0, /, base=10)} and {@code int.__new__(subclass, …)}. */
    static PyObject newInt(PyType cls, PyObject[] a) {
        PyObject x = a[0];
        PyObject base = a[1];
        PyObject v;
        if (x == null) {
            if (base != null) {
                throw Errors.typeError("int() missing string argument");
            }
            v = PyInt.ZERO;
        } else if (base != null) {
            v = IntParsing.parseWithBase(x, base);
        } else {
            v = IntParsing.toInt(x);
        }
        return cls == PyInt.TYPE ? v : derived(cls, v);
    }

    static PyObject derived(PyType cls, PyObject v) {
        if (v instanceof PyInt i) {
            return new PyInt.Derived(cls, i.value);
        }
        return new PyBigInt.Derived(cls, ((PyBigInt) v).value);
    }

    /**
     * One constant per method and a switch per arity, not a lambda each: each lambda was linked
     * when a program first used the type (~0.25 ms apiece on JDK 17, with class-data sharing).
     */
    private enum Fn implements
            JavaMethod.M0<PyObject>, JavaMethod.M1<PyObject>, JavaMethod.M2<PyObject>,
            JavaMethod.MN<PyObject> {
        REPR, HASH, BOOL, INDEX, INT, FLOAT, NEG, POS, ABS, INVERT, TRUNC, FLOOR, CEIL, CONJUGATE,
        GETNEWARGS, BIT_LENGTH, BIT_COUNT, AS_INTEGER_RATIO, REAL, IMAG, NUMERATOR, DENOMINATOR, ROUND,
        FORMAT, ADD, RADD, SUB, RSUB, MUL, RMUL, FLOORDIV, RFLOORDIV, MOD, RMOD, DIVMOD, RDIVMOD, TRUEDIV,
        RTRUEDIV, AND, RAND, OR, ROR, XOR, RXOR, LSHIFT, RLSHIFT, RSHIFT, RRSHIFT, EQ, NE, LT, LE, GT, GE,
        POW, RPOW, NEW;

        @Override
        public PyObject call(PyObject self) {
            return switch (this) {
                case REPR -> repr(self);
                case HASH -> PyInt.of(IntMath.hash(self));
                case BOOL -> PyBool.of(IntMath.signum(self) != 0);
                case INDEX -> IntMath.exact(self);
                case INT -> IntMath.exact(self);
                case FLOAT -> new PyFloat(IntMath.toDouble(self));
                case NEG -> IntMath.neg(self);
                case POS -> IntMath.exact(self);
                case ABS -> IntMath.abs(self);
                case INVERT -> IntMath.invert(self);
                case TRUNC -> IntMath.exact(self);
                case FLOOR -> IntMath.exact(self);
                case CEIL -> IntMath.exact(self);
                case CONJUGATE -> IntMath.exact(self);
                case GETNEWARGS -> PyTuple.of(IntMath.exact(self));
                case BIT_LENGTH -> PyInt.of(IntMath.bitLength(self));
                case BIT_COUNT -> PyInt.of(IntMath.big(self).abs().bitCount());
                case AS_INTEGER_RATIO -> PyTuple.of(IntMath.exact(self), PyInt.ONE);
                case REAL -> IntMath.exact(self);
                case IMAG -> PyInt.ZERO;
                case NUMERATOR -> IntMath.exact(self);
                case DENOMINATOR -> PyInt.ONE;
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyObject self, PyObject a) {
            return switch (this) {
                case ROUND -> round(self, a);
                case FORMAT -> format(self, a);
                case ADD -> IntMath.isInt(a) ? IntMath.add(self, a) : NI;
                case RADD -> IntMath.isInt(a) ? IntMath.add(a, self) : NI;
                case SUB -> IntMath.isInt(a) ? IntMath.sub(self, a) : NI;
                case RSUB -> IntMath.isInt(a) ? IntMath.sub(a, self) : NI;
                case MUL -> IntMath.isInt(a) ? IntMath.mul(self, a) : NI;
                case RMUL -> IntMath.isInt(a) ? IntMath.mul(a, self) : NI;
                case FLOORDIV -> IntMath.isInt(a) ? IntMath.floorDiv(self, a) : NI;
                case RFLOORDIV -> IntMath.isInt(a) ? IntMath.floorDiv(a, self) : NI;
                case MOD -> IntMath.isInt(a) ? IntMath.mod(self, a) : NI;
                case RMOD -> IntMath.isInt(a) ? IntMath.mod(a, self) : NI;
                case DIVMOD -> IntMath.isInt(a) ? divmod(self, a) : NI;
                case RDIVMOD -> IntMath.isInt(a) ? divmod(a, self) : NI;
                case TRUEDIV -> IntMath.isInt(a) ? trueDiv(self, a) : NI;
                case RTRUEDIV -> IntMath.isInt(a) ? trueDiv(a, self) : NI;
                case AND -> IntMath.isInt(a) ? IntMath.and(self, a) : NI;
                case RAND -> IntMath.isInt(a) ? IntMath.and(a, self) : NI;
                case OR -> IntMath.isInt(a) ? IntMath.or(self, a) : NI;
                case ROR -> IntMath.isInt(a) ? IntMath.or(a, self) : NI;
                case XOR -> IntMath.isInt(a) ? IntMath.xor(self, a) : NI;
                case RXOR -> IntMath.isInt(a) ? IntMath.xor(a, self) : NI;
                case LSHIFT -> IntMath.isInt(a) ? IntMath.lshift(self, a) : NI;
                case RLSHIFT -> IntMath.isInt(a) ? IntMath.lshift(a, self) : NI;
                case RSHIFT -> IntMath.isInt(a) ? IntMath.rshift(self, a) : NI;
                case RRSHIFT -> IntMath.isInt(a) ? IntMath.rshift(a, self) : NI;
                case EQ -> IntMath.isInt(a) ? PyBool.of(IntMath.equal(self, a)) : NI;
                case NE -> IntMath.isInt(a) ? PyBool.of(!IntMath.equal(self, a)) : NI;
                case LT -> IntMath.isInt(a) ? PyBool.of(IntMath.compare(self, a) < 0) : NI;
                case LE -> IntMath.isInt(a) ? PyBool.of(IntMath.compare(self, a) <= 0) : NI;
                case GT -> IntMath.isInt(a) ? PyBool.of(IntMath.compare(self, a) > 0) : NI;
                case GE -> IntMath.isInt(a) ? PyBool.of(IntMath.compare(self, a) >= 0) : NI;
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyObject self, PyObject a, PyObject b) {
            return switch (this) {
                case POW -> pow(self, a, b);
                case RPOW -> pow(a, self, b);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyObject self, PyObject[] args) {
            return switch (this) {
                case NEW -> newInt((PyType) self, args);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }
    }
}
