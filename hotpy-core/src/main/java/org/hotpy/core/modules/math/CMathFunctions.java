package org.hotpy.core.modules.math;

import java.util.function.BiFunction;
import org.hotpy.core.errors.Errors;

/**
 * The functions of Python's {@code cmath} module with CPython 3.11's results, special values
 * and errors: ValueError("math domain error") where C's errno ends as EDOM and
 * OverflowError("math range error") where it ends as ERANGE. Arguments are already converted
 * by the caller ({@code complex}, {@code __complex__}, or a real number as {@code (x, 0.0)}).
 */
public final class CMathFunctions {
    private CMathFunctions() {}

    public static final double PI = Math.PI;
    public static final double E = Math.E;
    public static final double TAU = 2.0 * Math.PI;
    public static final double INF = Double.POSITIVE_INFINITY;
    public static final double NAN = Double.NaN;
    public static final Complex INFJ = new Complex(0.0, Double.POSITIVE_INFINITY);
    public static final Complex NANJ = new Complex(0.0, Double.NaN);

    /** {@code polar(z)}: the modulus and the phase. */
    public record Polar(double r, double phi) {}

    private static Complex run(BiFunction<Complex, Errno, Complex> kernel, Complex z) {
        Errno errno = new Errno();
        Complex r = kernel.apply(z, errno);
        raiseFor(errno);
        return r;
    }

    private static void raiseFor(Errno errno) {
        if (errno.value == Errno.EDOM) {
            throw Errors.valueError("math domain error");
        }
        if (errno.value == Errno.ERANGE) {
            throw Errors.overflowError("math range error");
        }
    }

    public static Complex acos(Complex z) {
        return run(CMathKernels::acos, z);
    }

    public static Complex acosh(Complex z) {
        return run(CMathKernels::acosh, z);
    }

    public static Complex asin(Complex z) {
        return run(CMathKernels::asin, z);
    }

    public static Complex asinh(Complex z) {
        return run(CMathKernels::asinh, z);
    }

    public static Complex atan(Complex z) {
        return run(CMathKernels::atan, z);
    }

    public static Complex atanh(Complex z) {
        return run(CMathKernels::atanh, z);
    }

    public static Complex cos(Complex z) {
        return run(CMathKernels::cos, z);
    }

    public static Complex cosh(Complex z) {
        return run(CMathKernels::cosh, z);
    }

    public static Complex exp(Complex z) {
        return run(CMathKernels::exp, z);
    }

    public static Complex log(Complex z) {
        return run(CMathKernels::log, z);
    }

    /**
     * {@code log(z, base)}: log(z) / log(base). As in CPython, only the errno left by the
     * second logarithm and by the division counts, so log(0, 2) is (-inf+nanj).
     */
    public static Complex log(Complex z, Complex base) {
        Errno errno = new Errno();
        Complex num = CMathKernels.log(z, errno);
        Complex den = CMathKernels.log(base, errno);
        Complex r = ComplexArithmetic.quotient(num, den, errno);
        raiseFor(errno);
        return r;
    }

    public static Complex log10(Complex z) {
        return run(CMathKernels::log10, z);
    }

    public static Complex sin(Complex z) {
        return run(CMathKernels::sin, z);
    }

    public static Complex sinh(Complex z) {
        return run(CMathKernels::sinh, z);
    }

    public static Complex sqrt(Complex z) {
        return run(CMathKernels::sqrt, z);
    }

    public static Complex tan(Complex z) {
        return run(CMathKernels::tan, z);
    }

    public static Complex tanh(Complex z) {
        return run(CMathKernels::tanh, z);
    }

    /** {@code phase(z)}: the argument, atan2(im, re). */
    public static double phase(Complex z) {
        Errno errno = new Errno();
        double phi = CMathKernels.atan2(z.im(), z.re(), errno);
        raiseFor(errno);
        return phi;
    }

    /** {@code polar(z)}: OverflowError when the modulus overflows. */
    public static Polar polar(Complex z) {
        Errno errno = new Errno();
        double phi = CMathKernels.atan2(z.im(), z.re(), errno);
        double r = ComplexArithmetic.abs(z, errno); // resets errno, as _Py_c_abs does
        raiseFor(errno);
        return new Polar(r, phi);
    }

    public static Complex rect(double r, double phi) {
        Errno errno = new Errno();
        Complex z = CMathKernels.rect(r, phi, errno);
        raiseFor(errno);
        return z;
    }

    public static boolean isfinite(Complex z) {
        return Double.isFinite(z.re()) && Double.isFinite(z.im());
    }

    public static boolean isnan(Complex z) {
        return Double.isNaN(z.re()) || Double.isNaN(z.im());
    }

    public static boolean isinf(Complex z) {
        return Double.isInfinite(z.re()) || Double.isInfinite(z.im());
    }

    /** {@code isclose(a, b, rel_tol=..., abs_tol=...)} on the complex distance |a - b|. */
    public static boolean isclose(Complex a, Complex b, double relTol, double absTol) {
        if (relTol < 0.0 || absTol < 0.0) {
            throw Errors.valueError("tolerances must be non-negative");
        }
        if (a.re() == b.re() && a.im() == b.im()) {
            return true;
        }
        if (isinf(a) || isinf(b)) {
            return false;
        }
        Errno ignored = new Errno();
        double diff = ComplexArithmetic.abs(ComplexArithmetic.subtract(a, b), ignored);
        return diff <= relTol * ComplexArithmetic.abs(b, ignored)
                || diff <= relTol * ComplexArithmetic.abs(a, ignored)
                || diff <= absTol;
    }

    /** {@code isclose(a, b)} with the default tolerances (rel_tol=1e-09, abs_tol=0.0). */
    public static boolean isclose(Complex a, Complex b) {
        return isclose(a, b, 1e-09, 0.0);
    }
}
