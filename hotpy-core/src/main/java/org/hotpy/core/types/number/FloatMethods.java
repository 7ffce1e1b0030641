package org.hotpy.core.types.number;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.hotpy.core.errors.Errors;
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
        t.newMethod("x=0.0, /", (cls, a) -> newFloat(cls, a[0]));
        t.method0("__repr__", (PyFloat s) -> PyStr.of(FloatRepr.repr(s.value)));
        t.method0("__hash__", (PyFloat s) -> PyInt.of(hash(s.value)));
        t.method0("__bool__", (PyFloat s) -> PyBool.of(s.value != 0.0));
        t.method0("__float__", (PyFloat s) -> s.getClass() == PyFloat.class ? s : new PyFloat(s.value));
        t.method0("__int__", (PyFloat s) -> toInt(s.value));
        t.method0("__trunc__", (PyFloat s) -> toInt(s.value));
        t.method0("__floor__", (PyFloat s) -> toInt(Math.floor(s.value)));
        t.method0("__ceil__", (PyFloat s) -> toInt(Math.ceil(s.value)));
        t.method0("__neg__", (PyFloat s) -> new PyFloat(-s.value));
        t.method0("__pos__", (PyFloat s) -> s.getClass() == PyFloat.class ? s : new PyFloat(s.value));
        t.method0("__abs__", (PyFloat s) -> new PyFloat(Math.abs(s.value)));
        t.method0("conjugate", (PyFloat s) -> new PyFloat(s.value));
        t.method0("is_integer", (PyFloat s) -> PyBool.of(!Double.isInfinite(s.value) && s.value == Math.rint(s.value)));
        t.method0("as_integer_ratio", (PyFloat s) -> integerRatio(s.value));
        t.method0("hex", (PyFloat s) -> PyStr.of(FloatHex.toHex(s.value)));
        t.classMethod("fromhex", "string, /", (cls, a) -> {
            PyFloat f = new PyFloat(FloatHex.fromHex(Protocols.strArg(a[0], "string", "fromhex")));
            return cls == PyFloat.TYPE ? f : org.hotpy.core.ops.Call.call(cls, f);
        });
        t.method0("__getnewargs__", (PyFloat s) -> PyTuple.of(new PyFloat(s.value)));
        t.classMethod("__getformat__", "typestr, /", (cls, a) -> {
            String which = Protocols.strArg(a[0], "typestr", "__getformat__");
            if (!which.equals("double") && !which.equals("float")) {
                throw Errors.valueError("__getformat__() argument 1 must be 'double' or 'float'");
            }
            return PyStr.of("IEEE, little-endian");
        });
        t.getter("real", (PyFloat s) -> new PyFloat(s.value));
        t.getter("imag", (PyFloat s) -> PyFloat.ZERO);
        t.method1("__round__", "ndigits=None, /", FloatMethods::round);
        t.method1("__format__", "format_spec, /", FloatMethods::format);
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
        t.binary("__add__", (PyFloat a, PyObject b) -> isNumber(b) ? new PyFloat(a.value + value(b)) : NI);
        t.binary("__radd__", (PyFloat a, PyObject b) -> isNumber(b) ? new PyFloat(value(b) + a.value) : NI);
        t.binary("__sub__", (PyFloat a, PyObject b) -> isNumber(b) ? new PyFloat(a.value - value(b)) : NI);
        t.binary("__rsub__", (PyFloat a, PyObject b) -> isNumber(b) ? new PyFloat(value(b) - a.value) : NI);
        t.binary("__mul__", (PyFloat a, PyObject b) -> isNumber(b) ? new PyFloat(a.value * value(b)) : NI);
        t.binary("__rmul__", (PyFloat a, PyObject b) -> isNumber(b) ? new PyFloat(value(b) * a.value) : NI);
        t.binary("__truediv__", (PyFloat a, PyObject b) -> isNumber(b) ? new PyFloat(div(a.value, value(b))) : NI);
        t.binary("__rtruediv__", (PyFloat a, PyObject b) -> isNumber(b) ? new PyFloat(div(value(b), a.value)) : NI);
        t.binary("__floordiv__", (PyFloat a, PyObject b) -> isNumber(b) ? new PyFloat(floorDiv(a.value, value(b))) : NI);
        t.binary("__rfloordiv__", (PyFloat a, PyObject b) -> isNumber(b) ? new PyFloat(floorDiv(value(b), a.value)) : NI);
        t.binary("__mod__", (PyFloat a, PyObject b) -> isNumber(b) ? new PyFloat(mod(a.value, value(b))) : NI);
        t.binary("__rmod__", (PyFloat a, PyObject b) -> isNumber(b) ? new PyFloat(mod(value(b), a.value)) : NI);
        t.binary("__divmod__", (PyFloat a, PyObject b) -> isNumber(b) ? divmod(a.value, value(b)) : NI);
        t.binary("__rdivmod__", (PyFloat a, PyObject b) -> isNumber(b) ? divmod(value(b), a.value) : NI);
        t.method2("__pow__", "value, mod=None, /", (PyFloat a, PyObject b, PyObject m) -> pow(a, b, m, false));
        t.method2("__rpow__", "value, mod=None, /", (PyFloat a, PyObject b, PyObject m) -> pow(a, b, m, true));
    }

    private static void defineComparisons(TypeDef t) {
        t.binary("__eq__", (PyFloat a, PyObject b) -> isNumber(b) ? PyBool.of(compare(a.value, b) == 0) : NI);
        t.binary("__ne__", (PyFloat a, PyObject b) -> isNumber(b) ? PyBool.of(compare(a.value, b) != 0) : NI);
        t.binary("__lt__", (PyFloat a, PyObject b) -> isNumber(b) ? PyBool.of(compare(a.value, b) == -1) : NI);
        t.binary("__le__", (PyFloat a, PyObject b) -> isNumber(b) ? PyBool.of(lessOrEqual(compare(a.value, b))) : NI);
        t.binary("__gt__", (PyFloat a, PyObject b) -> isNumber(b) ? PyBool.of(compare(a.value, b) == 1) : NI);
        t.binary("__ge__", (PyFloat a, PyObject b) -> isNumber(b) ? PyBool.of(greaterOrEqual(compare(a.value, b))) : NI);
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
    static PyObject newFloat(PyType cls, PyObject x) {
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
}
