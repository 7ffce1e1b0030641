package org.hotpy.core.modules;

import java.math.BigInteger;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.Slot;
import org.hotpy.core.modules.math.FloatSum;
import org.hotpy.core.modules.math.IntegerMath;
import org.hotpy.core.modules.math.MathFunctions;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Iteration;
import org.hotpy.core.ops.Operators;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.function.PyBuiltinFunction;
import org.hotpy.core.types.number.FloatMethods;
import org.hotpy.core.types.number.IntMath;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;

/**
 * The {@code math} module: argument conversion from Python objects, then the exact algorithms
 * of {@link MathFunctions} and {@link IntegerMath}.
 */
final class MathModule {
    private MathModule() {}

    static double arg(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (IntMath.isInt(o)) {
            return IntMath.toDouble(o);
        }
        if (o.type().lookup(Slot.FLOAT) == null && o.type().lookup(Slot.INDEX) == null) {
            throw Errors.typeError("must be real number, not %s", o.type().tpName());
        }
        return FloatMethods.toDouble(o);
    }

    /** An int argument as a Java number (Long or BigInteger), through __index__. */
    static Number intArg(PyObject o) {
        if (o instanceof PyFloat) {
            throw Errors.typeError("'float' object cannot be interpreted as an integer");
        }
        PyObject i = Protocols.index(o);
        return i instanceof PyInt p ? (Number) p.value : IntMath.big(i);
    }

    static PyObject number(Number n) {
        return n instanceof BigInteger b ? PyInt.of(b) : PyInt.of(n.longValue());
    }

    static PyModule create() {
        PyModule m = new PyModule("math");
        m.put("pi", new PyFloat(MathFunctions.PI));
        m.put("e", new PyFloat(MathFunctions.E));
        m.put("tau", new PyFloat(MathFunctions.TAU));
        m.put("inf", new PyFloat(MathFunctions.INF));
        m.put("nan", new PyFloat(MathFunctions.NAN));
        for (Fn f : Fn.values()) {
            m.put(f.pyName, PyBuiltinFunction.of(f.pyName, f.sig, f).inModule(m));
        }
        return m;
    }

    private static Number[] intArgs(PyTuple t) {
        Number[] out = new Number[t.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = intArg(t.get(i));
        }
        return out;
    }

    private static double[] doubles(PyObject seq, String fname) {
        if (!(seq instanceof PyTuple) && !(seq instanceof org.hotpy.core.types.collection.PyList)) {
            try {
                Iteration.toArray(seq);
            } catch (org.hotpy.core.errors.PyException e) {
                throw Errors.typeError("%s(): argument must be a sequence", fname);
            }
        }
        PyObject[] items = Iteration.toArray(seq);
        double[] d = new double[items.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = arg(items[i]);
        }
        return d;
    }

    /** A log argument: ints stay exact (CPython takes the log of huge ints without overflow). */
    private static Number logArg(PyObject o) {
        if (IntMath.isInt(o)) {
            return o instanceof PyInt p ? (Number) p.value : IntMath.big(o);
        }
        return arg(o);
    }

    /** math.floor and math.ceil ({@code slot} FLOOR or CEIL). */
    private static PyObject rounding(PyObject x, Slot slot) {
        if (x instanceof PyFloat fl) {
            return number(round(fl.value, slot));
        }
        if (IntMath.isInt(x)) {
            return IntMath.exact(x);
        }
        PyObject m = x.type().lookup(slot);
        if (m != null) {
            return Call.callSpecial(m, x);
        }
        return number(round(arg(x), slot));
    }

    private static Number round(double x, Slot slot) {
        return slot == Slot.FLOOR ? MathFunctions.floor(x) : MathFunctions.ceil(x);
    }

    private static PyObject trunc(PyObject[] a) {
        PyObject t = a[0].type().lookup(Slot.TRUNC);
        if (t == null) {
            throw Errors.typeError("type %s doesn't define __trunc__ method", a[0].type().tpName());
        }
        return Call.callSpecial(t, a[0]);
    }

    private static PyObject frexp(PyObject[] a) {
        var r = MathFunctions.frexp(arg(a[0]));
        return PyTuple.of(new PyFloat(r.mantissa()), PyInt.of(r.exponent()));
    }

    private static PyObject modf(PyObject[] a) {
        var r = MathFunctions.modf(arg(a[0]));
        return PyTuple.of(new PyFloat(r.fractional()), new PyFloat(r.integral()));
    }

    private static PyObject ldexp(PyObject[] a) {
        Number i = intArg(a[1]);
        double x = arg(a[0]);
        return new PyFloat(i instanceof BigInteger b ? MathFunctions.ldexp(x, b) : MathFunctions.ldexp(x, i.longValue()));
    }

    private static PyObject fsum(PyObject[] a) {
        FloatSum s = new FloatSum();
        PyObject it = Protocols.iter(a[0]);
        for (PyObject x = Protocols.next(it); x != null; x = Protocols.next(it)) {
            s.add(arg(x));
        }
        return new PyFloat(s.result());
    }

    private static PyObject hypot(PyObject[] a) {
        PyObject[] cs = ((PyTuple) a[0]).itemsUnsafe();
        double[] d = new double[cs.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = arg(cs[i]);
        }
        return new PyFloat(MathFunctions.hypot(d));
    }

    private static PyObject dist(PyObject[] a) {
        double[] p = doubles(a[0], "dist");
        double[] q = doubles(a[1], "dist");
        if (p.length != q.length) {
            throw Errors.valueError("both points must have the same number of dimensions");
        }
        return new PyFloat(MathFunctions.dist(p, q));
    }

    private static PyObject prod(PyObject[] a) {
        PyObject acc = a[1];
        PyObject it = Protocols.iter(a[0]);
        for (PyObject x = Protocols.next(it); x != null; x = Protocols.next(it)) {
            acc = Operators.binary(acc, x, Operators.BinOp.MUL);
        }
        return acc;
    }

    /** The functions, in the order of the module's dict: one constant each and a switch, not a lambda each. */
    private enum Fn implements PyBuiltinFunction.Body {
        ACOS("acos", "x, /"),
        ACOSH("acosh", "x, /"),
        ASIN("asin", "x, /"),
        ASINH("asinh", "x, /"),
        ATAN("atan", "x, /"),
        ATANH("atanh", "x, /"),
        CBRT("cbrt", "x, /"),
        COS("cos", "x, /"),
        COSH("cosh", "x, /"),
        EXP("exp", "x, /"),
        EXP2("exp2", "x, /"),
        EXPM1("expm1", "x, /"),
        FABS("fabs", "x, /"),
        LOG1P("log1p", "x, /"),
        SIN("sin", "x, /"),
        SINH("sinh", "x, /"),
        SQRT("sqrt", "x, /"),
        TAN("tan", "x, /"),
        TANH("tanh", "x, /"),
        ERF("erf", "x, /"),
        ERFC("erfc", "x, /"),
        GAMMA("gamma", "x, /"),
        LGAMMA("lgamma", "x, /"),
        DEGREES("degrees", "x, /"),
        RADIANS("radians", "x, /"),
        ULP("ulp", "x, /"),
        ATAN2("atan2", "x, y, /"),
        COPYSIGN("copysign", "x, y, /"),
        FMOD("fmod", "x, y, /"),
        REMAINDER("remainder", "x, y, /"),
        POW("pow", "x, y, /"),
        NEXTAFTER("nextafter", "x, y, /"),
        ISFINITE("isfinite", "x, /"),
        ISINF("isinf", "x, /"),
        ISNAN("isnan", "x, /"),
        ISCLOSE("isclose", "a, b, *, rel_tol=1e-09, abs_tol=0.0"),
        FLOOR("floor", "x, /"),
        CEIL("ceil", "x, /"),
        TRUNC("trunc", "x, /"),
        FREXP("frexp", "x, /"),
        MODF("modf", "x, /"),
        LDEXP("ldexp", "x, i, /"),
        LOG("log", "x, base=?, /"),
        LOG2("log2", "x, /"),
        LOG10("log10", "x, /"),
        FSUM("fsum", "seq, /"),
        HYPOT("hypot", "*coordinates"),
        DIST("dist", "p, q, /"),
        PROD("prod", "iterable, /, *, start=1"),
        GCD("gcd", "*integers"),
        LCM("lcm", "*integers"),
        ISQRT("isqrt", "n, /"),
        FACTORIAL("factorial", "n, /"),
        COMB("comb", "n, k, /"),
        PERM("perm", "n, k=None, /");

        private final String pyName;
        private final String sig;

        Fn(String pyName, String sig) {
            this.pyName = pyName;
            this.sig = sig;
        }

        @Override
        public PyObject call(PyObject[] a) {
            return switch (this) {
                case ACOS -> new PyFloat(MathFunctions.acos(arg(a[0])));
                case ACOSH -> new PyFloat(MathFunctions.acosh(arg(a[0])));
                case ASIN -> new PyFloat(MathFunctions.asin(arg(a[0])));
                case ASINH -> new PyFloat(MathFunctions.asinh(arg(a[0])));
                case ATAN -> new PyFloat(MathFunctions.atan(arg(a[0])));
                case ATANH -> new PyFloat(MathFunctions.atanh(arg(a[0])));
                case CBRT -> new PyFloat(MathFunctions.cbrt(arg(a[0])));
                case COS -> new PyFloat(MathFunctions.cos(arg(a[0])));
                case COSH -> new PyFloat(MathFunctions.cosh(arg(a[0])));
                case EXP -> new PyFloat(MathFunctions.exp(arg(a[0])));
                case EXP2 -> new PyFloat(MathFunctions.exp2(arg(a[0])));
                case EXPM1 -> new PyFloat(MathFunctions.expm1(arg(a[0])));
                case FABS -> new PyFloat(MathFunctions.fabs(arg(a[0])));
                case LOG1P -> new PyFloat(MathFunctions.log1p(arg(a[0])));
                case SIN -> new PyFloat(MathFunctions.sin(arg(a[0])));
                case SINH -> new PyFloat(MathFunctions.sinh(arg(a[0])));
                case SQRT -> new PyFloat(MathFunctions.sqrt(arg(a[0])));
                case TAN -> new PyFloat(MathFunctions.tan(arg(a[0])));
                case TANH -> new PyFloat(MathFunctions.tanh(arg(a[0])));
                case ERF -> new PyFloat(MathFunctions.erf(arg(a[0])));
                case ERFC -> new PyFloat(MathFunctions.erfc(arg(a[0])));
                case GAMMA -> new PyFloat(MathFunctions.gamma(arg(a[0])));
                case LGAMMA -> new PyFloat(MathFunctions.lgamma(arg(a[0])));
                case DEGREES -> new PyFloat(MathFunctions.degrees(arg(a[0])));
                case RADIANS -> new PyFloat(MathFunctions.radians(arg(a[0])));
                case ULP -> new PyFloat(MathFunctions.ulp(arg(a[0])));
                case ATAN2 -> new PyFloat(MathFunctions.atan2(arg(a[0]), arg(a[1])));
                case COPYSIGN -> new PyFloat(MathFunctions.copysign(arg(a[0]), arg(a[1])));
                case FMOD -> new PyFloat(MathFunctions.fmod(arg(a[0]), arg(a[1])));
                case REMAINDER -> new PyFloat(MathFunctions.remainder(arg(a[0]), arg(a[1])));
                case POW -> new PyFloat(MathFunctions.pow(arg(a[0]), arg(a[1])));
                case NEXTAFTER -> new PyFloat(MathFunctions.nextafter(arg(a[0]), arg(a[1])));
                case ISFINITE -> PyBool.of(MathFunctions.isfinite(arg(a[0])));
                case ISINF -> PyBool.of(MathFunctions.isinf(arg(a[0])));
                case ISNAN -> PyBool.of(MathFunctions.isnan(arg(a[0])));
                case ISCLOSE -> PyBool.of(MathFunctions.isclose(arg(a[0]), arg(a[1]), arg(a[2]), arg(a[3])));
                case FLOOR -> rounding(a[0], Slot.FLOOR);
                case CEIL -> rounding(a[0], Slot.CEIL);
                case TRUNC -> trunc(a);
                case FREXP -> frexp(a);
                case MODF -> modf(a);
                case LDEXP -> ldexp(a);
                case LOG -> new PyFloat(a[1] == null ? MathFunctions.log(logArg(a[0])) : MathFunctions.log(logArg(a[0]), logArg(a[1])));
                case LOG2 -> new PyFloat(MathFunctions.log2(logArg(a[0])));
                case LOG10 -> new PyFloat(MathFunctions.log10(logArg(a[0])));
                case FSUM -> fsum(a);
                case HYPOT -> hypot(a);
                case DIST -> dist(a);
                case PROD -> prod(a);
                case GCD -> number(IntegerMath.gcd(intArgs((PyTuple) a[0])));
                case LCM -> number(IntegerMath.lcm(intArgs((PyTuple) a[0])));
                case ISQRT -> number(IntegerMath.isqrt(intArg(a[0])));
                case FACTORIAL -> number(IntegerMath.factorial(intArg(a[0])));
                case COMB -> number(IntegerMath.comb(intArg(a[0]), intArg(a[1])));
                case PERM -> number(IntegerMath.perm(intArg(a[0]), a[1] == org.hotpy.core.model.PyNone.NONE ? null : intArg(a[1])));
            };
        }
    }
}
