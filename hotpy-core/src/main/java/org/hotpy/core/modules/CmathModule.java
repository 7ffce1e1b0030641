package org.hotpy.core.modules;

import java.util.function.UnaryOperator;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.Slot;
import org.hotpy.core.modules.math.CMathFunctions;
import org.hotpy.core.modules.math.Complex;
import org.hotpy.core.ops.Call;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.function.PyBuiltinFunction;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyComplex;
import org.hotpy.core.types.number.PyFloat;

/**
 * The {@code cmath} module: argument conversion as CPython's {@code "D"} format (a complex, then
 * {@code __complex__}, then a real number through {@code __float__}/{@code __index__}), then the
 * C99-exact kernels of {@link CMathFunctions}.
 */
final class CmathModule {
    private CmathModule() {}

    static Complex arg(PyObject o) {
        if (o instanceof PyComplex c) {
            return new Complex(c.real, c.imag);
        }
        PyObject m = o.type().lookup(Slot.COMPLEX);
        if (m != null) {
            PyObject r = Call.callSpecial(m, o);
            if (r instanceof PyComplex c) {
                return new Complex(c.real, c.imag);
            }
            throw Errors.typeError("__complex__ returned non-complex (type %s)", r.type().tpName());
        }
        return new Complex(MathModule.arg(o), 0.0);
    }

    private static PyComplex box(Complex z) {
        return new PyComplex(z.re(), z.im());
    }

    private static void def(PyModule m, String name, String sig, PyBuiltinFunction.Body body) {
        m.put(name, PyBuiltinFunction.of(name, sig, body).inModule(m));
    }

    private static void unary(PyModule m, String name, UnaryOperator<Complex> f) {
        def(m, name, "z, /", a -> box(f.apply(arg(a[0]))));
    }

    static PyModule create() {
        PyModule m = new PyModule("cmath");
        m.put("pi", new PyFloat(CMathFunctions.PI));
        m.put("e", new PyFloat(CMathFunctions.E));
        m.put("tau", new PyFloat(CMathFunctions.TAU));
        m.put("inf", new PyFloat(CMathFunctions.INF));
        m.put("nan", new PyFloat(CMathFunctions.NAN));
        m.put("infj", box(CMathFunctions.INFJ));
        m.put("nanj", box(CMathFunctions.NANJ));
        unary(m, "acos", CMathFunctions::acos);
        unary(m, "acosh", CMathFunctions::acosh);
        unary(m, "asin", CMathFunctions::asin);
        unary(m, "asinh", CMathFunctions::asinh);
        unary(m, "atan", CMathFunctions::atan);
        unary(m, "atanh", CMathFunctions::atanh);
        unary(m, "cos", CMathFunctions::cos);
        unary(m, "cosh", CMathFunctions::cosh);
        unary(m, "exp", CMathFunctions::exp);
        unary(m, "log10", CMathFunctions::log10);
        unary(m, "sin", CMathFunctions::sin);
        unary(m, "sinh", CMathFunctions::sinh);
        unary(m, "sqrt", CMathFunctions::sqrt);
        unary(m, "tan", CMathFunctions::tan);
        unary(m, "tanh", CMathFunctions::tanh);
        def(m, "log", "x, base=None, /", a -> box(a[1] == PyNone.NONE
                ? CMathFunctions.log(arg(a[0])) : CMathFunctions.log(arg(a[0]), arg(a[1]))));
        def(m, "phase", "z, /", a -> new PyFloat(CMathFunctions.phase(arg(a[0]))));
        def(m, "polar", "z, /", a -> {
            CMathFunctions.Polar p = CMathFunctions.polar(arg(a[0]));
            return PyTuple.of(new PyFloat(p.r()), new PyFloat(p.phi()));
        });
        def(m, "rect", "r, phi, /", a -> box(CMathFunctions.rect(MathModule.arg(a[0]), MathModule.arg(a[1]))));
        def(m, "isfinite", "z, /", a -> PyBool.of(CMathFunctions.isfinite(arg(a[0]))));
        def(m, "isinf", "z, /", a -> PyBool.of(CMathFunctions.isinf(arg(a[0]))));
        def(m, "isnan", "z, /", a -> PyBool.of(CMathFunctions.isnan(arg(a[0]))));
        def(m, "isclose", "a, b, *, rel_tol=1e-09, abs_tol=0.0", a -> PyBool.of(CMathFunctions.isclose(
                arg(a[0]), arg(a[1]), MathModule.arg(a[2]), MathModule.arg(a[3]))));
        return m;
    }
}
