package org.hotpy.core.modules;

import java.math.BigInteger;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.Slot;
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

/** The {@code math} module. */
final class MathModule {
    private MathModule() {}

    interface D1 {
        double f(double x);
    }

    static double arg(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        return FloatMethods.toDouble(o);
    }

    private static void def(PyModule m, String name, String sig, PyBuiltinFunction.Body body) {
        m.put(name, PyBuiltinFunction.of(name, sig, body).inModule(m));
    }

    /** A one-argument real function with C99's domain and range errors mapped to Python's. */
    private static void unary(PyModule m, String name, D1 f) {
        def(m, name, "x, /", a -> {
            double x = arg(a[0]);
            double r = f.f(x);
            return new PyFloat(check(x, r));
        });
    }

    static double check(double x, double r) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw Errors.valueError("math domain error");
        }
        if (Double.isInfinite(r) && !Double.isInfinite(x)) {
            throw Errors.overflowError("math range error");
        }
        return r;
    }

    static PyModule create() {
        PyModule m = new PyModule("math");
        m.put("pi", new PyFloat(Math.PI));
        m.put("e", new PyFloat(Math.E));
        m.put("tau", new PyFloat(2 * Math.PI));
        m.put("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.put("nan", new PyFloat(Double.NaN));
        unary(m, "sqrt", Math::sqrt);
        unary(m, "sin", StrictMath::sin);
        unary(m, "cos", StrictMath::cos);
        unary(m, "tan", StrictMath::tan);
        unary(m, "asin", StrictMath::asin);
        unary(m, "acos", StrictMath::acos);
        unary(m, "atan", StrictMath::atan);
        unary(m, "sinh", StrictMath::sinh);
        unary(m, "cosh", StrictMath::cosh);
        unary(m, "tanh", StrictMath::tanh);
        unary(m, "exp", StrictMath::exp);
        unary(m, "expm1", StrictMath::expm1);
        unary(m, "log1p", x -> x <= -1 ? Double.NaN : StrictMath.log1p(x));
        unary(m, "log2", x -> x <= 0 ? Double.NaN : StrictMath.log(x) / StrictMath.log(2));
        unary(m, "log10", x -> x <= 0 ? Double.NaN : StrictMath.log10(x));
        unary(m, "fabs", Math::abs);
        unary(m, "degrees", Math::toDegrees);
        unary(m, "radians", Math::toRadians);
        def(m, "atan2", "y, x, /", a -> new PyFloat(StrictMath.atan2(arg(a[0]), arg(a[1]))));
        def(m, "hypot", "*coordinates", a -> {
            double r = 0;
            for (PyObject c : ((PyTuple) a[0]).itemsUnsafe()) {
                r = Math.hypot(r, arg(c));
            }
            return new PyFloat(r);
        });
        def(m, "pow", "x, y, /", a -> {
            double x = arg(a[0]);
            double y = arg(a[1]);
            if (x == 0.0 && y < 0) {
                throw Errors.valueError("math domain error");
            }
            return new PyFloat(check(x + y, StrictMath.pow(x, y)));
        });
        def(m, "log", "x, base=?, /", a -> {
            double r = log(a[0]);
            if (a[1] != null) {
                r /= log(a[1]);
            }
            return new PyFloat(r);
        });
        def(m, "floor", "x, /", a -> rounding(a[0], Slot.FLOOR, Math::floor));
        def(m, "ceil", "x, /", a -> rounding(a[0], Slot.CEIL, Math::ceil));
        def(m, "trunc", "x, /", a -> {
            PyObject t = a[0].type().lookup(Slot.TRUNC);
            if (t == null) {
                throw Errors.typeError("type %s doesn't define __trunc__ method", a[0].type().name());
            }
            return Call.callSpecial(t, a[0]);
        });
        def(m, "isnan", "x, /", a -> PyBool.of(Double.isNaN(arg(a[0]))));
        def(m, "isinf", "x, /", a -> PyBool.of(Double.isInfinite(arg(a[0]))));
        def(m, "isfinite", "x, /", a -> PyBool.of(Double.isFinite(arg(a[0]))));
        def(m, "copysign", "x, y, /", a -> new PyFloat(Math.copySign(arg(a[0]), arg(a[1]))));
        def(m, "fmod", "x, y, /", a -> {
            double x = arg(a[0]);
            double y = arg(a[1]);
            if (y == 0 || Double.isInfinite(x)) {
                if (!Double.isNaN(x) && !Double.isNaN(y)) {
                    throw Errors.valueError("math domain error");
                }
            }
            return new PyFloat(x % y);
        });
        def(m, "factorial", "n, /", a -> factorial(a[0]));
        def(m, "gcd", "*integers", a -> {
            BigInteger g = BigInteger.ZERO;
            for (PyObject x : ((PyTuple) a[0]).itemsUnsafe()) {
                g = g.gcd(IntMath.big(Protocols.index(x)));
            }
            return PyInt.of(g);
        });
        def(m, "isqrt", "n, /", a -> {
            BigInteger n = IntMath.big(Protocols.index(a[0]));
            if (n.signum() < 0) {
                throw Errors.valueError("isqrt() argument must be nonnegative");
            }
            return PyInt.of(n.sqrt());
        });
        def(m, "isclose", "a, b, *, rel_tol=1e-09, abs_tol=0.0", a -> {
            double x = arg(a[0]);
            double y = arg(a[1]);
            double rel = arg(a[2]);
            double abs = arg(a[3]);
            if (rel < 0 || abs < 0) {
                throw Errors.valueError("tolerances must be non-negative");
            }
            if (x == y) {
                return PyBool.TRUE;
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return PyBool.FALSE;
            }
            double diff = Math.abs(y - x);
            return PyBool.of(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
        });
        def(m, "prod", "iterable, /, *, start=1", a -> {
            PyObject[] acc = {a[1]};
            Iteration.forEach(a[0], x -> acc[0] = Operators.binary(acc[0], x, Operators.BinOp.MUL));
            return acc[0];
        });
        def(m, "fsum", "seq, /", a -> new PyFloat(fsum(Iteration.toArray(a[0]))));
        def(m, "modf", "x, /", a -> {
            double x = arg(a[0]);
            if (Double.isInfinite(x)) {
                return PyTuple.of(new PyFloat(Math.copySign(0.0, x)), new PyFloat(x));
            }
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return PyTuple.of(new PyFloat(Math.copySign(x - ip, x)), new PyFloat(ip));
        });
        return m;
    }

    private static double log(PyObject o) {
        if (IntMath.isInt(o) && IntMath.signum(o) > 0 && !(o instanceof PyInt)) {
            BigInteger b = IntMath.big(o);
            int shift = b.bitLength() - 60;
            return StrictMath.log(b.shiftRight(shift).doubleValue()) + shift * StrictMath.log(2);
        }
        double x = arg(o);
        if (x <= 0) {
            throw Errors.valueError("math domain error");
        }
        return StrictMath.log(x);
    }

    private static PyObject rounding(PyObject x, Slot slot, D1 f) {
        if (x instanceof PyFloat fl) {
            return FloatMethods.toInt(f.f(fl.value));
        }
        if (IntMath.isInt(x)) {
            return IntMath.exact(x);
        }
        PyObject m = x.type().lookup(slot);
        if (m != null) {
            return Call.callSpecial(m, x);
        }
        return FloatMethods.toInt(f.f(arg(x)));
    }

    private static PyObject factorial(PyObject n) {
        if (n instanceof PyFloat) {
            throw Errors.typeError("'float' object cannot be interpreted as an integer");
        }
        PyObject i = Protocols.index(n);
        if (IntMath.signum(i) < 0) {
            throw Errors.valueError("factorial() not defined for negative values");
        }
        long v = IntMath.toLong(i, "factorial() argument should not exceed 9223372036854775807");
        BigInteger r = BigInteger.ONE;
        for (long k = 2; k <= v; k++) {
            r = r.multiply(BigInteger.valueOf(k));
        }
        return PyInt.of(r);
    }

    /** Shewchuk's exactly rounded sum, as CPython's math.fsum. */
    static double fsum(PyObject[] items) {
        double[] partials = new double[32];
        int n = 0;
        double specialSum = 0;
        double infSum = 0;
        for (PyObject item : items) {
            double x = arg(item);
            if (!Double.isFinite(x)) {
                if (Double.isInfinite(x)) {
                    infSum += x;
                }
                specialSum += x;
                continue;
            }
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = partials[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) {
                    partials[i++] = lo;
                }
                x = hi;
            }
            if (i >= partials.length) {
                partials = java.util.Arrays.copyOf(partials, partials.length * 2);
            }
            n = i;
            partials[n++] = x;
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw Errors.valueError("-inf + inf in fsum");
            }
            return specialSum;
        }
        double hi = 0.0;
        if (n > 0) {
            hi = partials[--n];
            double lo = 0;
            while (n > 0) {
                double x = hi;
                double y = partials[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return hi;
    }
}
