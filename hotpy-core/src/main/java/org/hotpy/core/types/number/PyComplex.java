package org.hotpy.core.types.number;

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
import org.hotpy.core.types.text.PyStr;

/** Python {@code complex}: a pair of doubles. */
public class PyComplex extends PyObject {
    public static final PyType TYPE = PyType.builtin("complex", PyType.OBJECT, PyComplex.class,
            NumberTypeDefs.COMPLEX)
            .withInstantiator(NumberTypeDefs.COMPLEX);

    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static final PyObject NI = PyNotImplemented.INSTANCE;

    /** The operand as a complex, or null when it is not a number this type combines with. */
    static PyComplex coerce(PyObject o) {
        if (o instanceof PyComplex c) {
            return c;
        }
        if (o instanceof PyFloat f) {
            return new PyComplex(f.value, 0.0);
        }
        if (IntMath.isInt(o)) {
            return new PyComplex(IntMath.toDouble(o), 0.0);
        }
        return null;
    }

    private interface Op {
        PyObject apply(PyComplex a, PyComplex b);
    }

    private static void binary(TypeDef t, String name, Op op, boolean reflected) {
        t.binary(name, (PyComplex a, PyObject b) -> {
            PyComplex c = coerce(b);
            if (c == null) {
                return NI;
            }
            return reflected ? op.apply(c, a) : op.apply(a, c);
        });
    }

    /**
     * {@code __pow__}/{@code __rpow__}: a slot of three arguments, as for int and float, so that
     * {@code pow(z, w, m)} reaches it; a modulo other than None is an error for complex numbers,
     * checked after the operand converted (CPython's complex_pow).
     */
    private static void power(TypeDef t, String name, boolean reflected) {
        t.method2(name, "value, mod=None, /", (PyComplex a, PyObject b, PyObject mod) -> {
            PyComplex c = coerce(b);
            if (c == null) {
                return NI;
            }
            if (mod != PyNone.NONE) {
                throw Errors.valueError("complex modulo");
            }
            return reflected ? power(c, a) : power(a, c);
        });
    }

    static void define(TypeDef t) {
        t.newMethod("real=?, imag=?", (cls, a) -> newComplex(cls, a[0], a[1]));
        t.textSignature("real=0, imag=0");
        t.getter("real", (PyComplex s) -> new PyFloat(s.real));
        t.getter("imag", (PyComplex s) -> new PyFloat(s.imag));
        t.method0("conjugate", (PyComplex s) -> new PyComplex(s.real, -s.imag));
        t.method0("__repr__", (PyComplex s) -> PyStr.of(repr(s.real, s.imag)));
        t.method0("__hash__", (PyComplex s) -> PyInt.of(hash(s)));
        t.method0("__bool__", (PyComplex s) -> PyBool.of(s.real != 0 || s.imag != 0));
        t.method0("__neg__", (PyComplex s) -> new PyComplex(-s.real, -s.imag));
        t.method0("__pos__", (PyComplex s) -> new PyComplex(s.real, s.imag));
        t.method0("__abs__", (PyComplex s) -> new PyFloat(abs(s)));
        t.method0("__getnewargs__", (PyComplex s) -> PyTuple.of(new PyFloat(s.real), new PyFloat(s.imag)));
        t.method0("__complex__", (PyComplex s) -> s.getClass() == PyComplex.class ? s : new PyComplex(s.real, s.imag));
        for (boolean r : new boolean[] {false, true}) {
            String p = r ? "__r" : "__";
            binary(t, p + "add__", (a, b) -> new PyComplex(a.real + b.real, a.imag + b.imag), r);
            binary(t, p + "sub__", (a, b) -> new PyComplex(a.real - b.real, a.imag - b.imag), r);
            binary(t, p + "mul__", (a, b) -> new PyComplex(a.real * b.real - a.imag * b.imag,
                    a.real * b.imag + a.imag * b.real), r);
            binary(t, p + "truediv__", PyComplex::divide, r);
            power(t, p + "pow__", r);
        }
        t.binary("__eq__", (PyComplex a, PyObject b) -> equality(a, b, true));
        t.binary("__ne__", (PyComplex a, PyObject b) -> equality(a, b, false));
        for (String cmp : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
            t.binary(cmp, (PyComplex a, PyObject b) -> NI);
        }
        t.method1("__format__", "format_spec, /", (PyComplex s, PyObject spec) -> {
            String f = Protocols.strArg(spec, "format_spec", "__format__");
            if (f.isEmpty()) {
                return Protocols.str(s);
            }
            return PyStr.of(ComplexFormatter.format(s.real, s.imag, f));
        });
    }

    private static PyObject equality(PyComplex a, PyObject b, boolean eq) {
        boolean r;
        if (b instanceof PyComplex c) {
            r = a.real == c.real && a.imag == c.imag;
        } else if (b instanceof PyFloat || IntMath.isInt(b)) {
            r = a.imag == 0.0 && FloatMethods.compare(a.real, b) == 0;
        } else {
            return NI;
        }
        return PyBool.of(r == eq);
    }

    static PyComplex divide(PyComplex a, PyComplex b) {
        double br = b.real;
        double bi = b.imag;
        if (br == 0.0 && bi == 0.0) {
            throw Errors.zeroDivisionError("complex division by zero");
        }
        // Smith's algorithm, as CPython's _Py_c_quot, to avoid needless overflow.
        double absBr = Math.abs(br);
        double absBi = Math.abs(bi);
        if (absBr >= absBi) {
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
        } else if (absBi >= absBr) {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);
    }

    static PyComplex power(PyComplex a, PyComplex b) {
        if (b.real == 0.0 && b.imag == 0.0) {
            return new PyComplex(1.0, 0.0);
        }
        if (a.real == 0.0 && a.imag == 0.0) {
            if (b.imag != 0.0 || b.real < 0.0) {
                throw Errors.zeroDivisionError("0.0 to a negative or complex power");
            }
            return new PyComplex(0.0, 0.0);
        }
        if (b.imag == 0.0 && b.real == Math.rint(b.real) && Math.abs(b.real) <= 100) {
            int n = (int) b.real;
            PyComplex r = integerPower(a, Math.abs(n));
            return n < 0 ? divide(new PyComplex(1.0, 0.0), r) : r;
        }
        double vabs = Math.hypot(a.real, a.imag);
        double len = Math.pow(vabs, b.real);
        double at = Math.atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= Math.exp(at * b.imag);
            phase += b.imag * Math.log(vabs);
        }
        return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }

    private static PyComplex integerPower(PyComplex x, int n) {
        PyComplex r = new PyComplex(1.0, 0.0);
        PyComplex p = x;
        int mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                r = new PyComplex(r.real * p.real - r.imag * p.imag, r.real * p.imag + r.imag * p.real);
            }
            mask <<= 1;
            p = new PyComplex(p.real * p.real - p.imag * p.imag, 2 * p.real * p.imag);
        }
        return r;
    }

    static double abs(PyComplex c) {
        if (Double.isInfinite(c.real) || Double.isInfinite(c.imag)) {
            return Double.POSITIVE_INFINITY;
        }
        double r = Math.hypot(c.real, c.imag);
        if (Double.isInfinite(r)) {
            throw Errors.overflowError("absolute value too large");
        }
        return r;
    }

    static long hash(PyComplex c) {
        long h = FloatMethods.hash(c.real) + 1000003L * FloatMethods.hash(c.imag);
        return h == -1 ? -2 : h;
    }

    /** CPython's complex repr: {@code (1+2j)}, {@code 2j}, {@code (-0-0j)}. */
    public static String repr(double re, double im) {
        String imStr = part(im);
        if (re == 0.0 && Math.copySign(1.0, re) > 0) {
            return imStr + "j";
        }
        String reStr = part(re);
        String sign = (im < 0 || (im == 0.0 && Math.copySign(1.0, im) < 0) || imStr.startsWith("-")) ? "" : "+";
        return "(" + reStr + sign + imStr + "j)";
    }

    private static String part(double v) {
        String s = FloatRepr.repr(v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    static PyObject newComplex(PyType cls, PyObject real, PyObject imag) {
        double re;
        double im = 0.0;
        if (real == null) {
            re = 0.0;
        } else if (real instanceof PyStr s) {
            if (imag != null) {
                throw Errors.typeError("complex() can't take second arg if first is a string");
            }
            PyComplex c = parse(s.value());
            re = c.real;
            im = c.imag;
        } else {
            PyComplex c = toComplex(real, "first");
            re = c.real;
            im = c.imag;
        }
        if (imag != null) {
            if (imag instanceof PyStr) {
                throw Errors.typeError("complex() second arg can't be a string");
            }
            // CPython adds the parts only when they came from complex values, so that
            // complex(-0.0, -0.0) keeps both signs.
            PyComplex c = toComplex(imag, "second");
            if (isComplexValued(imag)) {
                re -= c.imag;
            }
            im = real != null && isComplexValued(real) ? im + c.real : c.real;
        }
        if (cls != TYPE) {
            throw Errors.notSupported("subclasses of complex");
        }
        return new PyComplex(re, im);
    }

    private static boolean isComplexValued(PyObject o) {
        return o instanceof PyComplex || o.type().lookup(Slot.COMPLEX) != null;
    }

    private static PyComplex toComplex(PyObject o, String which) {
        PyComplex c = coerce(o);
        if (c != null) {
            return c;
        }
        PyObject m = o.type().lookup(Slot.COMPLEX);
        if (m != null) {
            PyObject r = Call.callSpecial(m, o);
            if (r instanceof PyComplex rc) {
                return rc;
            }
            throw Errors.typeError("__complex__ returned non-complex (type %s)", r.type().tpName());
        }
        if (o.type().lookup(Slot.FLOAT) != null || o.type().lookup(Slot.INDEX) != null) {
            return new PyComplex(FloatMethods.toDouble(o), 0.0);
        }
        throw Errors.typeError("complex() %s argument must be a string or a number, not '%s'", which, o.type().tpName());
    }

    private static PyComplex parse(String text) {
        String s = text.strip();
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "([+-]?(?:(?:\\d[\\d_]*)?\\.?\\d[\\d_]*(?:[eE][+-]?\\d+)?|inf|infinity|nan))?"
                        + "(?:([+-](?:(?:\\d[\\d_]*)?\\.?\\d*(?:[eE][+-]?\\d+)?|inf|infinity|nan)?)[jJ])?"
                        + "|([+-]?(?:(?:\\d[\\d_]*)?\\.?\\d*(?:[eE][+-]?\\d+)?|inf|infinity|nan)?)[jJ]",
                java.util.regex.Pattern.CASE_INSENSITIVE).matcher(s);
        if (!s.isEmpty() && m.matches()) {
            if (m.group(3) != null) {
                return new PyComplex(0.0, imagPart(m.group(3), text));
            }
            double re = m.group(1) == null ? 0.0 : realPart(m.group(1), text);
            double im = m.group(2) == null ? 0.0 : imagPart(m.group(2), text);
            if (m.group(1) != null || m.group(2) != null) {
                return new PyComplex(re, im);
            }
        }
        throw Errors.valueError("complex() arg is a malformed string");
    }

    private static double realPart(String s, String text) {
        try {
            return NumberParser.parseFloat(s);
        } catch (org.hotpy.core.errors.PyException e) {
            throw Errors.valueError("complex() arg is a malformed string");
        }
    }

    private static double imagPart(String s, String text) {
        if (s.isEmpty() || s.equals("+")) {
            return 1.0;
        }
        if (s.equals("-")) {
            return -1.0;
        }
        return realPart(s, text);
    }

    @Override
    public String toString() {
        return repr(real, imag);
    }

    /** Used by float's {@code **} when a negative base meets a fractional exponent. */
    static PyObject negativeBaseToFraction(double x, double y) {
        return power(new PyComplex(x, 0.0), new PyComplex(y, 0.0));
    }

}
