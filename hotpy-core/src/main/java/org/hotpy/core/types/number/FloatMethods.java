package org.hotpy.core.types.number;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.JavaMethod;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyNotImplemented;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Slot;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.text.PyBytes;
import org.hotpy.core.types.text.PyStr;

/**
 * The methods of {@code float}. An int operand is converted exactly (OverflowError when too
 * large), except in comparisons, which are exact for every int (CPython's float_richcompare).
 */
public final class FloatMethods {
    private FloatMethods() {}

    private static final PyObject NI = PyNotImplemented.INSTANCE;

    static void define(TypeDef t) {
        t.newMethod("x=0.0, /", Fn.NEW);
        t.textSignature("x=0, /");
        t.method0("__repr__", Fn.REPR);
        t.method0("__hash__", Fn.HASH);
        t.method0("__bool__", Fn.BOOL);
        t.method0("__float__", Fn.FLOAT);
        t.method0("__int__", Fn.INT);
        t.method0("__trunc__", Fn.TRUNC);
        t.method0("__floor__", Fn.FLOOR);
        t.method0("__ceil__", Fn.CEIL);
        t.method0("__neg__", Fn.NEG);
        t.method0("__pos__", Fn.POS);
        t.method0("__abs__", Fn.ABS);
        t.method0("conjugate", Fn.CONJUGATE);
        t.method0("is_integer", Fn.IS_INTEGER);
        t.method0("as_integer_ratio", Fn.AS_INTEGER_RATIO);
        t.method0("hex", Fn.HEX);
        t.classMethod("fromhex", "string, /", Fn.FROMHEX);
        t.method0("__getnewargs__", Fn.GETNEWARGS);
        t.classMethod("__getformat__", "typestr, /", Fn.GETFORMAT);
        t.getter("real", Fn.REAL);
        t.getter("imag", Fn.IMAG);
        t.method1("__round__", "ndigits=None, /", Fn.ROUND);
        t.method1("__format__", "format_spec, /", Fn.FORMAT);
        defineArithmetic(t);
        defineComparisons(t);
    }

    /** The double value of a float or int operand, or NaN-free null signal when neither. */
    private static boolean isNumber(PyObject o) {
        return o instanceof PyFloat || IntMath.isInt(o);
    }

    private static double value(PyObject o) {
        return o instanceof PyFloat f ? f.value : IntMath.toDouble(o);
    }

    private static void defineArithmetic(TypeDef t) {
        t.binary("__add__", Fn.ADD);
        t.binary("__radd__", Fn.RADD);
        t.binary("__sub__", Fn.SUB);
        t.binary("__rsub__", Fn.RSUB);
        t.binary("__mul__", Fn.MUL);
        t.binary("__rmul__", Fn.RMUL);
        t.binary("__truediv__", Fn.TRUEDIV);
        t.binary("__rtruediv__", Fn.RTRUEDIV);
        t.binary("__floordiv__", Fn.FLOORDIV);
        t.binary("__rfloordiv__", Fn.RFLOORDIV);
        t.binary("__mod__", Fn.MOD);
        t.binary("__rmod__", Fn.RMOD);
        t.binary("__divmod__", Fn.DIVMOD);
        t.binary("__rdivmod__", Fn.RDIVMOD);
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

    private static boolean lessOrEqual(int c) {
        return c == -1 || c == 0;
    }

    private static boolean greaterOrEqual(int c) {
        return c == 1 || c == 0;
    }

    /** Exact three-way comparison of a double with a float or int: -1, 0, 1, or 2 when unordered (NaN). */
    public static int compare(double a, PyObject b) {
        if (b instanceof PyFloat f) {
            double y = f.value;
            return a < y ? -1 : a > y ? 1 : a == y ? 0 : 2;
        }
        // IntConvert compares the int with the double; invert the sign for double-vs-int
        int c = b instanceof PyInt i ? IntConvert.compare(i.value, a) : IntConvert.compare(((PyBigInt) b).value, a);
        return c == IntConvert.UNORDERED ? c : -c;
    }

    public static double div(double a, double b) {
        return FloatMath.divide(a, b);
    }

    /** Python's float modulo: the result has the sign of the divisor. */
    public static double mod(double a, double b) {
        return FloatMath.mod(a, b);
    }

    public static double floorDiv(double a, double b) {
        return FloatMath.floorDivide(a, b);
    }

    static PyObject divmod(double a, double b) {
        double[] r = FloatMath.divmod(a, b);
        return PyTuple.of(new PyFloat(r[0]), new PyFloat(r[1]));
    }

    private static PyObject pow(PyFloat self, PyObject other, PyObject mod, boolean reflected) {
        if (!isNumber(other)) {
            return NI;
        }
        if (mod != null && mod != PyNone.NONE) {
            throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        double base = reflected ? value(other) : self.value;
        double exp = reflected ? self.value : value(other);
        return pow(base, exp);
    }

    /** {@code float ** float} with CPython's special cases; a complex result for a negative base. */
    public static PyObject pow(double x, double y) {
        if (FloatMath.powIsComplex(x, y)) {
            return PyComplex.negativeBaseToFraction(x, y);
        }
        return new PyFloat(FloatMath.pow(x, y));
    }

    private static PyObject round(PyFloat self, PyObject ndigits) {
        if (ndigits == null || ndigits == PyNone.NONE) {
            Number r = FloatRound.round(self.value);
            return r instanceof BigInteger b ? PyInt.of(b) : PyInt.of(r.longValue());
        }
        PyObject nd = Protocols.index(ndigits);
        long n = nd instanceof PyInt i ? i.value : (IntMath.signum(nd) > 0 ? Long.MAX_VALUE : Long.MIN_VALUE);
        return new PyFloat(FloatRound.round(self.value, n));
    }

    private static PyObject format(PyFloat self, PyObject spec) {
        String s = Protocols.strArg(spec, "format_spec", "__format__");
        if (s.isEmpty()) {
            return Protocols.str(self);
        }
        return PyStr.of(FloatFormatter.format(self.value,
                org.hotpy.core.types.text.FormatSpec.forFloat(s, self.type().tpName())));
    }

    /** Truncates a double to an int, with CPython's errors for inf and nan. */
    public static PyObject toInt(double v) {
        Number n = IntConvert.truncate(v);
        return n instanceof BigInteger b ? PyInt.of(b) : PyInt.of(n.longValue());
    }

    private static PyObject integerRatio(double v) {
        IntConvert.Ratio r = IntConvert.asIntegerRatio(v);
        return PyTuple.of(PyInt.of(r.numerator()), PyInt.of(r.denominator()));
    }

    /** CPython's hash of a float: equal to the hash of an equal int, modulo 2**61 - 1 otherwise. */
    public static long hash(double v) {
        return IntConvert.hash(v);
    }

    /** {@code float(x)}: parses strings, converts ints exactly, uses __float__ then __index__. */
    public static PyObject newFloat(PyType cls, PyObject x) {
        double v;
        if (x instanceof PyFloat f) {
            v = f.value;
        } else if (IntMath.isInt(x)) {
            v = IntMath.toDouble(x);
        } else if (x instanceof PyStr s) {
            v = parse(s.value(), x);
        } else if (x instanceof PyBytes b) {
            v = parse(b.decodeLatin1(), x);
        } else {
            v = toDouble(x);
        }
        return cls == PyFloat.TYPE ? new PyFloat(v) : new PyFloat.Derived(cls, v);
    }

    private static double parse(String s, PyObject original) {
        return NumberParser.parseFloat(s);
    }

    /** The float value of any object with __float__ or __index__ (for float() and math functions). */
    public static double toDouble(PyObject x) {
        if (x instanceof PyFloat f) {
            return f.value;
        }
        if (IntMath.isInt(x)) {
            return IntMath.toDouble(x);
        }
        PyObject m = x.type().lookup(Slot.FLOAT);
        if (m != null) {
            PyObject r = Call.callSpecial(m, x);
            if (!(r instanceof PyFloat f)) {
                throw Errors.typeError("%s.__float__ returned non-float (type %s)", x.type().tpName(), r.type().tpName());
            }
            return f.value;
        }
        if (x.type().lookup(Slot.INDEX) != null) {
            return IntMath.toDouble(Protocols.index(x));
        }
        throw Errors.typeError("float() argument must be a string or a real number, not '%s'", x.type().tpName());
    }

    private static PyObject getformat(PyType cls, PyObject[] a) {
        String which = Protocols.strArg(a[0], "typestr", "__getformat__");
        if (!which.equals("double") && !which.equals("float")) {
            throw Errors.valueError("__getformat__() argument 1 must be 'double' or 'float'");
        }
        return PyStr.of("IEEE, little-endian");
    }

    /**
     * One constant per method and a switch per arity, not a lambda each: each lambda was linked
     * when a program first used the type (~0.25 ms apiece on JDK 17, with class-data sharing).
     */
    private enum Fn implements
            JavaMethod.M0<PyFloat>, JavaMethod.M1<PyFloat>, JavaMethod.M2<PyFloat>,
            JavaMethod.MN<PyObject> {
        REPR, HASH, BOOL, FLOAT, INT, TRUNC, FLOOR, CEIL, NEG, POS, ABS, CONJUGATE, IS_INTEGER,
        AS_INTEGER_RATIO, HEX, GETNEWARGS, REAL, IMAG, ROUND, FORMAT, ADD, RADD, SUB, RSUB, MUL, RMUL,
        TRUEDIV, RTRUEDIV, FLOORDIV, RFLOORDIV, MOD, RMOD, DIVMOD, RDIVMOD, EQ, NE, LT, LE, GT, GE, POW,
        RPOW, NEW, FROMHEX, GETFORMAT;

        @Override
        public PyObject call(PyFloat self) {
            return switch (this) {
                case REPR -> PyStr.of(FloatRepr.repr(self.value));
                case HASH -> PyInt.of(hash(self.value));
                case BOOL -> PyBool.of(self.value != 0.0);
                case FLOAT -> self.getClass() == PyFloat.class ? self : new PyFloat(self.value);
                case INT -> toInt(self.value);
                case TRUNC -> toInt(self.value);
                case FLOOR -> toInt(Math.floor(self.value));
                case CEIL -> toInt(Math.ceil(self.value));
                case NEG -> new PyFloat(-self.value);
                case POS -> self.getClass() == PyFloat.class ? self : new PyFloat(self.value);
                case ABS -> new PyFloat(Math.abs(self.value));
                case CONJUGATE -> new PyFloat(self.value);
                case IS_INTEGER -> PyBool.of(!Double.isInfinite(self.value) && self.value == Math.rint(self.value));
                case AS_INTEGER_RATIO -> integerRatio(self.value);
                case HEX -> PyStr.of(FloatHex.toHex(self.value));
                case GETNEWARGS -> PyTuple.of(new PyFloat(self.value));
                case REAL -> new PyFloat(self.value);
                case IMAG -> PyFloat.ZERO;
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyFloat self, PyObject a) {
            return switch (this) {
                case ROUND -> round(self, a);
                case FORMAT -> format(self, a);
                case ADD -> isNumber(a) ? new PyFloat(self.value + value(a)) : NI;
                case RADD -> isNumber(a) ? new PyFloat(value(a) + self.value) : NI;
                case SUB -> isNumber(a) ? new PyFloat(self.value - value(a)) : NI;
                case RSUB -> isNumber(a) ? new PyFloat(value(a) - self.value) : NI;
                case MUL -> isNumber(a) ? new PyFloat(self.value * value(a)) : NI;
                case RMUL -> isNumber(a) ? new PyFloat(value(a) * self.value) : NI;
                case TRUEDIV -> isNumber(a) ? new PyFloat(div(self.value, value(a))) : NI;
                case RTRUEDIV -> isNumber(a) ? new PyFloat(div(value(a), self.value)) : NI;
                case FLOORDIV -> isNumber(a) ? new PyFloat(floorDiv(self.value, value(a))) : NI;
                case RFLOORDIV -> isNumber(a) ? new PyFloat(floorDiv(value(a), self.value)) : NI;
                case MOD -> isNumber(a) ? new PyFloat(mod(self.value, value(a))) : NI;
                case RMOD -> isNumber(a) ? new PyFloat(mod(value(a), self.value)) : NI;
                case DIVMOD -> isNumber(a) ? divmod(self.value, value(a)) : NI;
                case RDIVMOD -> isNumber(a) ? divmod(value(a), self.value) : NI;
                case EQ -> isNumber(a) ? PyBool.of(compare(self.value, a) == 0) : NI;
                case NE -> isNumber(a) ? PyBool.of(compare(self.value, a) != 0) : NI;
                case LT -> isNumber(a) ? PyBool.of(compare(self.value, a) == -1) : NI;
                case LE -> isNumber(a) ? PyBool.of(lessOrEqual(compare(self.value, a))) : NI;
                case GT -> isNumber(a) ? PyBool.of(compare(self.value, a) == 1) : NI;
                case GE -> isNumber(a) ? PyBool.of(greaterOrEqual(compare(self.value, a))) : NI;
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyFloat self, PyObject a, PyObject b) {
            return switch (this) {
                case POW -> pow(self, a, b, false);
                case RPOW -> pow(self, a, b, true);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyObject self, PyObject[] args) {
            return switch (this) {
                case NEW -> newFloat(((PyType) self), args[0]);
                case FROMHEX -> {
                    PyFloat f = new PyFloat(FloatHex.fromHex(Protocols.strArg(args[0], "string", "fromhex")));
                    yield ((PyType) self) == PyFloat.TYPE ? f : org.hotpy.core.ops.Call.call(((PyType) self), f);
                }
                case GETFORMAT -> getformat(((PyType) self), args);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }
    }
}
