package org.hotpy.core.modules.math;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.types.number.FloatRepr;

/**
 * The arithmetic of Python's {@code complex} type as CPython 3.11 does it
 * (Objects/complexobject.c): the textbook product, Smith's division, the integer-power fast
 * path for integral exponents up to 100 in magnitude and the polar formula otherwise,
 * {@code abs} by the C library's hypot, and {@code repr}. Operands that are ints or floats
 * are converted by the caller to {@code Complex(x, 0.0)}.
 */
public final class ComplexArithmetic {
    private ComplexArithmetic() {}

    public static Complex add(Complex a, Complex b) {
        return new Complex(a.re() + b.re(), a.im() + b.im());
    }

    public static Complex subtract(Complex a, Complex b) {
        return new Complex(a.re() - b.re(), a.im() - b.im());
    }

    public static Complex negate(Complex a) {
        return new Complex(-a.re(), -a.im());
    }

    public static Complex multiply(Complex a, Complex b) {
        return new Complex(a.re() * b.re() - a.im() * b.im(), a.re() * b.im() + a.im() * b.re());
    }

    /** {@code a / b}; ZeroDivisionError("complex division by zero") when b == 0. */
    public static Complex divide(Complex a, Complex b) {
        Errno errno = new Errno();
        Complex q = quotient(a, b, errno);
        if (errno.value == Errno.EDOM) {
            throw Errors.zeroDivisionError("complex division by zero");
        }
        return q;
    }

    /**
     * Smith's algorithm: divide through by whichever part of b is larger in magnitude. Sets
     * EDOM for a zero divisor; a NaN in b (neither comparison holds) gives NaN parts.
     */
    static Complex quotient(Complex a, Complex b, Errno errno) {
        double absRe = b.re() < 0 ? -b.re() : b.re();
        double absIm = b.im() < 0 ? -b.im() : b.im();
        if (absRe >= absIm) {
            if (absRe == 0.0) {
                errno.value = Errno.EDOM;
                return Complex.ZERO;
            }
            double ratio = b.im() / b.re();
            double denom = b.re() + b.im() * ratio;
            return new Complex((a.re() + a.im() * ratio) / denom, (a.im() - a.re() * ratio) / denom);
        }
        if (absIm >= absRe) {
            double ratio = b.re() / b.im();
            double denom = b.re() * ratio + b.im();
            return new Complex((a.re() * ratio + a.im()) / denom, (a.im() * ratio - a.re()) / denom);
        }
        return new Complex(Double.NaN, Double.NaN);
    }

    /**
     * {@code a ** b}. ZeroDivisionError("0.0 to a negative or complex power") when C's errno
     * ends as EDOM (0 to a negative or complex power, and -- as in CPython -- a cos or sin of
     * an infinite phase), OverflowError("complex exponentiation") when a part is infinite.
     */
    public static Complex pow(Complex a, Complex b) {
        Errno errno = new Errno();
        Complex p;
        double n = b.re();
        if (b.im() == 0.0 && n == Math.rint(n) && Math.abs(n) <= 100.0) {
            p = powInteger(a, (int) n, errno);
        } else {
            p = powGeneral(a, b, errno);
        }
        // Py_ADJUST_ERANGE2: an infinite part is an overflow; a finite result clears ERANGE.
        if (Double.isInfinite(p.re()) || Double.isInfinite(p.im())) {
            if (errno.value == 0) {
                errno.value = Errno.ERANGE;
            }
        } else if (errno.value == Errno.ERANGE) {
            errno.value = 0;
        }
        if (errno.value == Errno.EDOM) {
            throw Errors.zeroDivisionError("0.0 to a negative or complex power");
        }
        if (errno.value == Errno.ERANGE) {
            throw Errors.overflowError("complex exponentiation");
        }
        return p;
    }

    /** c_powi for |n| <= 100: repeated squaring, and 1 / x**-n for negative n. */
    private static Complex powInteger(Complex x, int n, Errno errno) {
        if (n > 0) {
            return powUnsigned(x, n);
        }
        return quotient(Complex.ONE, powUnsigned(x, -n), errno);
    }

    private static Complex powUnsigned(Complex x, int n) {
        Complex r = Complex.ONE;
        Complex p = x;
        for (int mask = 1; mask <= n; mask <<= 1) {
            if ((n & mask) != 0) {
                r = multiply(r, p);
            }
            p = multiply(p, p);
        }
        return r;
    }

    /** _Py_c_pow: |a|**b.re / e**(arg(a) b.im) at angle arg(a) b.re + b.im ln|a|. */
    static Complex powGeneral(Complex a, Complex b, Errno errno) {
        if (b.re() == 0.0 && b.im() == 0.0) {
            return Complex.ONE;
        }
        if (a.re() == 0.0 && a.im() == 0.0) {
            if (b.im() != 0.0 || b.re() < 0.0) {
                errno.value = Errno.EDOM;
            }
            return Complex.ZERO;
        }
        double vabs = Libm.hypot(a.re(), a.im());
        double len = Libm.pow(vabs, b.re());
        double at = Libm.atan2(a.im(), a.re());
        double phase = at * b.re();
        if (b.im() != 0.0) {
            len /= Libm.exp(at * b.im());
            phase += b.im() * Libm.log(vabs);
        }
        if (Double.isInfinite(phase)) {
            errno.value = Errno.EDOM; // glibc's cos and sin set EDOM for infinite arguments
        }
        return new Complex(len * Libm.cos(phase), len * Libm.sin(phase));
    }

    /** {@code abs(z)}: C99's rules for infinities, OverflowError("absolute value too large"). */
    public static double abs(Complex z) {
        Errno errno = new Errno();
        double r = abs(z, errno);
        if (errno.value == Errno.ERANGE) {
            throw Errors.overflowError("absolute value too large");
        }
        return r;
    }

    /** _Py_c_abs: an infinite part wins over a NaN; ERANGE if the hypot of finite parts overflows. */
    static double abs(Complex z, Errno errno) {
        if (!Double.isFinite(z.re()) || !Double.isFinite(z.im())) {
            errno.value = 0;
            if (Double.isInfinite(z.re())) {
                return Math.abs(z.re());
            }
            if (Double.isInfinite(z.im())) {
                return Math.abs(z.im());
            }
            return Double.NaN;
        }
        double r = Libm.hypot(z.re(), z.im());
        errno.value = Double.isFinite(r) ? 0 : Errno.ERANGE;
        return r;
    }

    /**
     * CPython's repr: {@code 2j} or {@code -0j} when the real part is +0.0, otherwise
     * {@code (re+imj)} with the imaginary part's sign always written (NaN as "+nan").
     */
    public static String repr(Complex z) {
        String im = part(z.im());
        if (z.re() == 0.0 && Math.copySign(1.0, z.re()) == 1.0) {
            return im + "j";
        }
        String sign = im.startsWith("-") ? "" : "+";
        return "(" + part(z.re()) + sign + im + "j)";
    }

    /** A part as repr(float) writes it, less the ".0" of integral values ('r' without ADD_DOT_0). */
    private static String part(double x) {
        String s = FloatRepr.repr(x);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
