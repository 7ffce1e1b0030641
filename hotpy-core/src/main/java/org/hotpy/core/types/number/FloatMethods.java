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
        t.method0("__repr__", (PyFloat s) -> PyStr.of(NumberFormatting.floatRepr(s.value)));
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
        t.method0("__getnewargs__", (PyFloat s) -> PyTuple.of(new PyFloat(s.value)));
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
        if (Double.isNaN(a)) {
            return 2;
        }
        if (b instanceof PyInt i && Math.abs(i.value) < (1L << 53)) {
            double y = i.value;
            return a < y ? -1 : a > y ? 1 : 0;
        }
        if (Double.isInfinite(a)) {
            return a > 0 ? 1 : -1;
        }
        return new BigDecimal(a).compareTo(new BigDecimal(IntMath.big(b)));
    }

    public static double div(double a, double b) {
        if (b == 0.0) {
            throw Errors.zeroDivisionError("float division by zero");
        }
        return a / b;
    }

    /** Python's float modulo: the result has the sign of the divisor. */
    public static double mod(double a, double b) {
        if (b == 0.0) {
            throw Errors.zeroDivisionError("float modulo");
        }
        double m = a % b;
        if (m != 0.0) {
            if ((b < 0) != (m < 0)) {
                m += b;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    public static double floorDiv(double a, double b) {
        if (b == 0.0) {
            throw Errors.zeroDivisionError("float floor division by zero");
        }
        return divmodParts(a, b)[0];
    }

    private static double[] divmodParts(double a, double b) {
        double m = a % b;
        double div = (a - m) / b;
        if (m != 0.0) {
            if ((b < 0) != (m < 0)) {
                m += b;
                div -= 1.0;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        double fd;
        if (div != 0.0) {
            fd = Math.floor(div);
            if (div - fd > 0.5) {
                fd += 1.0;
            }
        } else {
            fd = Math.copySign(0.0, a / b);
        }
        return new double[] {fd, m};
    }

    static PyObject divmod(double a, double b) {
        if (b == 0.0) {
            throw Errors.zeroDivisionError("float divmod()");
        }
        double[] r = divmodParts(a, b);
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
        if (y == 0.0 || x == 1.0) {
            return PyFloat.ONE;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return new PyFloat(Double.NaN);
        }
        if (x == 0.0 && y < 0.0 && !Double.isInfinite(y)) {
            throw Errors.zeroDivisionError("0.0 cannot be raised to a negative power");
        }
        if (x == -1.0 && Double.isInfinite(y)) {
            return PyFloat.ONE;
        }
        if (x < 0 && !Double.isInfinite(x) && !Double.isInfinite(y) && y != Math.rint(y)) {
            return PyComplex.negativeBaseToFraction(x, y);
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw Errors.withArgs(org.hotpy.core.types.exception.ExceptionTypes.OVERFLOW_ERROR,
                    PyInt.of(34), PyStr.of("Numerical result out of range"));
        }
        return new PyFloat(r);
    }

    private static PyObject round(PyFloat self, PyObject ndigits) {
        double v = self.value;
        if (ndigits == null || ndigits == PyNone.NONE) {
            double r = Math.rint(v); // half to even
            return toInt(r);
        }
        PyObject nd = Protocols.index(ndigits);
        long n = nd instanceof PyInt i ? i.value : (IntMath.signum(nd) > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE);
        if (Double.isNaN(v) || Double.isInfinite(v) || v == 0.0) {
            return new PyFloat(v);
        }
        if (n > 330) {
            return new PyFloat(v);
        }
        if (n < -330) {
            return new PyFloat(Math.copySign(0.0, v));
        }
        BigDecimal r = new BigDecimal(v).setScale((int) n, java.math.RoundingMode.HALF_EVEN);
        double out = r.doubleValue();
        if (Double.isInfinite(out)) {
            throw Errors.overflowError("rounded value too large to represent");
        }
        return new PyFloat(out == 0.0 ? Math.copySign(0.0, v) : out);
    }

    private static PyObject format(PyFloat self, PyObject spec) {
        String s = Protocols.strArg(spec, "format_spec", "__format__");
        if (s.isEmpty()) {
            return Protocols.str(self);
        }
        return PyStr.of(NumberFormatting.formatFloat(self.value, s));
    }

    /** Truncates a double to an int, with CPython's errors for inf and nan. */
    public static PyObject toInt(double v) {
        if (Double.isNaN(v)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(v)) {
            throw Errors.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(v) < 9.2e18) {
            return PyInt.of((long) v);
        }
        return PyInt.of(new BigDecimal(v).toBigInteger());
    }

    private static PyObject integerRatio(double v) {
        if (Double.isNaN(v)) {
            throw Errors.valueError("cannot convert NaN to integer ratio");
        }
        if (Double.isInfinite(v)) {
            throw Errors.overflowError("cannot convert Infinity to integer ratio");
        }
        BigDecimal d = new BigDecimal(v);
        BigInteger num;
        BigInteger den;
        if (d.scale() <= 0) {
            num = d.toBigInteger();
            den = BigInteger.ONE;
        } else {
            num = d.unscaledValue();
            den = BigInteger.TEN.pow(d.scale());
            BigInteger g = num.gcd(den);
            num = num.divide(g);
            den = den.divide(g);
        }
        return PyTuple.of(PyInt.of(num), PyInt.of(den));
    }

    /** CPython's hash of a float: equal to the hash of an equal int, modulo 2**61 - 1 otherwise. */
    public static long hash(double v) {
        if (Double.isNaN(v)) {
            return 0;
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        if (v == Math.rint(v) && Math.abs(v) < 9.2e18) {
            return IntMath.hash(PyInt.of((long) v));
        }
        int e = Math.getExponent(v);
        double m;
        if (e == Double.MIN_EXPONENT - 1) { // subnormal: normalise first
            double scaled = v * 0x1p54;
            e = Math.getExponent(scaled) - 54;
            m = scaled / Math.scalb(1.0, Math.getExponent(scaled) + 1);
        } else {
            m = v / Math.scalb(1.0, e + 1);
        }
        e += 1; // v = m * 2**e with 0.5 <= |m| < 1
        long sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        long x = 0;
        final long mod = IntMath.HASH_MODULUS;
        while (m != 0) {
            x = ((x << 28) & mod) | x >>> (61 - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= mod) {
                x -= mod;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & mod) | x >>> (61 - e);
        x = x * sign;
        return x == -1 ? -2 : x;
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
        Double d = NumberFormatting.parseFloat(s);
        if (d == null) {
            throw Errors.valueError("could not convert string to float: %s", Protocols.repr(original).value());
        }
        return d;
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
                throw Errors.typeError("%s.__float__ returned non-float (type %s)", x.type().name(), r.type().name());
            }
            return f.value;
        }
        if (x.type().lookup(Slot.INDEX) != null) {
            return IntMath.toDouble(Protocols.index(x));
        }
        throw Errors.typeError("float() argument must be a string or a real number, not '%s'", x.type().name());
    }
}
