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

    interface D1 {
        double f(double x);
    }

    interface D2 {
        double f(double x, double y);
    }

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

    private static void def(PyModule m, String name, String sig, PyBuiltinFunction.Body body) {
        m.put(name, PyBuiltinFunction.of(name, sig, body).inModule(m));
    }

    private static void unary(PyModule m, String name, D1 f) {
        def(m, name, "x, /", a -> new PyFloat(f.f(arg(a[0]))));
    }

    private static void binary(PyModule m, String name, D2 f) {
        def(m, name, "x, y, /", a -> new PyFloat(f.f(arg(a[0]), arg(a[1]))));
    }

    static PyModule create() {
        PyModule m = new PyModule("math");
        m.put("pi", new PyFloat(MathFunctions.PI));
        m.put("e", new PyFloat(MathFunctions.E));
        m.put("tau", new PyFloat(MathFunctions.TAU));
        m.put("inf", new PyFloat(MathFunctions.INF));
        m.put("nan", new PyFloat(MathFunctions.NAN));
        unary(m, "acos", MathFunctions::acos);
        unary(m, "acosh", MathFunctions::acosh);
        unary(m, "asin", MathFunctions::asin);
        unary(m, "asinh", MathFunctions::asinh);
        unary(m, "atan", MathFunctions::atan);
        unary(m, "atanh", MathFunctions::atanh);
        unary(m, "cbrt", MathFunctions::cbrt);
        unary(m, "cos", MathFunctions::cos);
        unary(m, "cosh", MathFunctions::cosh);
        unary(m, "exp", MathFunctions::exp);
        unary(m, "exp2", MathFunctions::exp2);
        unary(m, "expm1", MathFunctions::expm1);
        unary(m, "fabs", MathFunctions::fabs);
        unary(m, "log1p", MathFunctions::log1p);
        unary(m, "sin", MathFunctions::sin);
        unary(m, "sinh", MathFunctions::sinh);
        unary(m, "sqrt", MathFunctions::sqrt);
        unary(m, "tan", MathFunctions::tan);
        unary(m, "tanh", MathFunctions::tanh);
        unary(m, "erf", MathFunctions::erf);
        unary(m, "erfc", MathFunctions::erfc);
        unary(m, "gamma", MathFunctions::gamma);
        unary(m, "lgamma", MathFunctions::lgamma);
        unary(m, "degrees", MathFunctions::degrees);
        unary(m, "radians", MathFunctions::radians);
        unary(m, "ulp", MathFunctions::ulp);
        binary(m, "atan2", MathFunctions::atan2);
        binary(m, "copysign", MathFunctions::copysign);
        binary(m, "fmod", MathFunctions::fmod);
        binary(m, "remainder", MathFunctions::remainder);
        binary(m, "pow", MathFunctions::pow);
        binary(m, "nextafter", MathFunctions::nextafter);
        def(m, "isfinite", "x, /", a -> PyBool.of(MathFunctions.isfinite(arg(a[0]))));
        def(m, "isinf", "x, /", a -> PyBool.of(MathFunctions.isinf(arg(a[0]))));
        def(m, "isnan", "x, /", a -> PyBool.of(MathFunctions.isnan(arg(a[0]))));
        def(m, "isclose", "a, b, *, rel_tol=1e-09, abs_tol=0.0", a ->
                PyBool.of(MathFunctions.isclose(arg(a[0]), arg(a[1]), arg(a[2]), arg(a[3]))));
        def(m, "floor", "x, /", a -> rounding(a[0], Slot.FLOOR, MathFunctions::floor));
        def(m, "ceil", "x, /", a -> rounding(a[0], Slot.CEIL, MathFunctions::ceil));
        def(m, "trunc", "x, /", a -> {
            PyObject t = a[0].type().lookup(Slot.TRUNC);
            if (t == null) {
                throw Errors.typeError("type %s doesn't define __trunc__ method", a[0].type().tpName());
            }
            return Call.callSpecial(t, a[0]);
        });
        def(m, "frexp", "x, /", a -> {
            var r = MathFunctions.frexp(arg(a[0]));
            return PyTuple.of(new PyFloat(r.mantissa()), PyInt.of(r.exponent()));
        });
        def(m, "modf", "x, /", a -> {
            var r = MathFunctions.modf(arg(a[0]));
            return PyTuple.of(new PyFloat(r.fractional()), new PyFloat(r.integral()));
        });
        def(m, "ldexp", "x, i, /", a -> {
            Number i = intArg(a[1]);
            double x = arg(a[0]);
            return new PyFloat(i instanceof BigInteger b ? MathFunctions.ldexp(x, b) : MathFunctions.ldexp(x, i.longValue()));
        });
        def(m, "log", "x, base=?, /", a -> new PyFloat(a[1] == null ? MathFunctions.log(logArg(a[0]))
                : MathFunctions.log(logArg(a[0]), logArg(a[1]))));
        def(m, "log2", "x, /", a -> new PyFloat(MathFunctions.log2(logArg(a[0]))));
        def(m, "log10", "x, /", a -> new PyFloat(MathFunctions.log10(logArg(a[0]))));
        def(m, "fsum", "seq, /", a -> {
            FloatSum s = new FloatSum();
            Iteration.forEach(a[0], x -> s.add(arg(x)));
            return new PyFloat(s.result());
        });
        def(m, "hypot", "*coordinates", a -> {
            PyObject[] cs = ((PyTuple) a[0]).itemsUnsafe();
            double[] d = new double[cs.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = arg(cs[i]);
            }
            return new PyFloat(MathFunctions.hypot(d));
        });
        def(m, "dist", "p, q, /", a -> {
            double[] p = doubles(a[0], "dist");
            double[] q = doubles(a[1], "dist");
            if (p.length != q.length) {
                throw Errors.valueError("both points must have the same number of dimensions");
            }
            return new PyFloat(MathFunctions.dist(p, q));
        });
        def(m, "prod", "iterable, /, *, start=1", a -> {
            PyObject[] acc = {a[1]};
            Iteration.forEach(a[0], x -> acc[0] = Operators.binary(acc[0], x, Operators.BinOp.MUL));
            return acc[0];
        });
        def(m, "gcd", "*integers", a -> number(IntegerMath.gcd(intArgs((PyTuple) a[0]))));
        def(m, "lcm", "*integers", a -> number(IntegerMath.lcm(intArgs((PyTuple) a[0]))));
        def(m, "isqrt", "n, /", a -> number(IntegerMath.isqrt(intArg(a[0]))));
        def(m, "factorial", "n, /", a -> number(IntegerMath.factorial(intArg(a[0]))));
        def(m, "comb", "n, k, /", a -> number(IntegerMath.comb(intArg(a[0]), intArg(a[1]))));
        def(m, "perm", "n, k=None, /", a -> number(IntegerMath.perm(intArg(a[0]),
                a[1] == org.hotpy.core.model.PyNone.NONE ? null : intArg(a[1]))));
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

    interface Rounder {
        Number f(double x);
    }

    private static PyObject rounding(PyObject x, Slot slot, Rounder f) {
        if (x instanceof PyFloat fl) {
            return number(f.f(fl.value));
        }
        if (IntMath.isInt(x)) {
            return IntMath.exact(x);
        }
        PyObject m = x.type().lookup(slot);
        if (m != null) {
            return Call.callSpecial(m, x);
        }
        return number(f.f(arg(x)));
    }
}
