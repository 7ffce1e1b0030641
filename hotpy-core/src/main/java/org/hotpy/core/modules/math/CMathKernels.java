package org.hotpy.core.modules.math;

import static org.hotpy.core.modules.math.CMathSpecialValues.lookup;

/**
 * The C functions of CPython's Modules/cmathmodule.c: each computes the C99 Annex G result
 * and leaves C's errno as CPython does (EDOM where Annex G signals invalid or divide-by-zero,
 * ERANGE on overflow, 0 otherwise). Formulas, their branches and thresholds are CPython's.
 */
final class CMathKernels {
    private CMathKernels() {}

    static final double LARGE_DOUBLE = Double.MAX_VALUE / 4.0;
    static final double SQRT_LARGE_DOUBLE = Math.sqrt(LARGE_DOUBLE);
    static final double LOG_LARGE_DOUBLE = Libm.log(LARGE_DOUBLE);
    static final double SQRT_DBL_MIN = Math.sqrt(Double.MIN_NORMAL);
    /** Scaling that makes subnormal parts normal (2 * (53 / 2) + 1), and back. */
    private static final int SCALE_UP = 53;
    private static final int SCALE_DOWN = -27;
    static final double LN2 = 0.6931471805599453094;
    static final double LN10 = 2.302585092994045684;

    private static boolean finite(Complex z) {
        return Double.isFinite(z.re()) && Double.isFinite(z.im());
    }

    static Complex acos(Complex z, Errno errno) {
        errno.value = 0;
        if (!finite(z)) {
            return lookup(CMathSpecialValues.ACOS, z);
        }
        if (Math.abs(z.re()) > LARGE_DOUBLE || Math.abs(z.im()) > LARGE_DOUBLE) {
            // avoid overflow in the intermediate results for large arguments
            double re = Libm.atan2(Math.abs(z.im()), z.re());
            double im = -Math.copySign(Libm.log(Libm.hypot(z.re() / 2., z.im() / 2.)) + LN2 * 2., z.im());
            return new Complex(re, im);
        }
        Complex s1 = sqrt(new Complex(1. - z.re(), -z.im()), errno);
        Complex s2 = sqrt(new Complex(1. + z.re(), z.im()), errno);
        errno.value = 0;
        return new Complex(2. * Libm.atan2(s1.re(), s2.re()), Libm.asinh(s2.re() * s1.im() - s2.im() * s1.re()));
    }

    static Complex acosh(Complex z, Errno errno) {
        errno.value = 0;
        if (!finite(z)) {
            return lookup(CMathSpecialValues.ACOSH, z);
        }
        if (Math.abs(z.re()) > LARGE_DOUBLE || Math.abs(z.im()) > LARGE_DOUBLE) {
            double re = Libm.log(Libm.hypot(z.re() / 2., z.im() / 2.)) + LN2 * 2.;
            return new Complex(re, Libm.atan2(z.im(), z.re()));
        }
        Complex s1 = sqrt(new Complex(z.re() - 1., z.im()), errno);
        Complex s2 = sqrt(new Complex(z.re() + 1., z.im()), errno);
        errno.value = 0;
        return new Complex(Libm.asinh(s1.re() * s2.re() + s1.im() * s2.im()), 2. * Libm.atan2(s1.im(), s2.re()));
    }

    /** asin(z) = -i asinh(iz). */
    static Complex asin(Complex z, Errno errno) {
        Complex s = asinh(new Complex(-z.im(), z.re()), errno);
        return new Complex(s.im(), -s.re());
    }

    static Complex asinh(Complex z, Errno errno) {
        errno.value = 0;
        if (!finite(z)) {
            return lookup(CMathSpecialValues.ASINH, z);
        }
        if (Math.abs(z.re()) > LARGE_DOUBLE || Math.abs(z.im()) > LARGE_DOUBLE) {
            double l = Libm.log(Libm.hypot(z.re() / 2., z.im() / 2.)) + LN2 * 2.;
            double re = z.im() >= 0. ? Math.copySign(l, z.re()) : -Math.copySign(l, -z.re());
            return new Complex(re, Libm.atan2(z.im(), Math.abs(z.re())));
        }
        Complex s1 = sqrt(new Complex(1. + z.im(), -z.re()), errno);
        Complex s2 = sqrt(new Complex(1. - z.im(), z.re()), errno);
        errno.value = 0;
        return new Complex(Libm.asinh(s1.re() * s2.im() - s2.re() * s1.im()),
                Libm.atan2(z.im(), s1.re() * s2.re() - s1.im() * s2.im()));
    }

    /** atan(z) = -i atanh(iz). */
    static Complex atan(Complex z, Errno errno) {
        Complex s = atanh(new Complex(-z.im(), z.re()), errno);
        return new Complex(s.im(), -s.re());
    }

    static Complex atanh(Complex z, Errno errno) {
        errno.value = 0;
        if (!finite(z)) {
            return lookup(CMathSpecialValues.ATANH, z);
        }
        if (z.re() < 0.) { // atanh(z) = -atanh(-z)
            return ComplexArithmetic.negate(atanh(ComplexArithmetic.negate(z), errno));
        }
        double ay = Math.abs(z.im());
        if (z.re() > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE) {
            // atanh(z) ~ 1/z +- i pi/2 for large |z|
            double h = Libm.hypot(z.re() / 2., z.im() / 2.);
            return new Complex(z.re() / 4. / h / h, Math.copySign(Math.PI / 2., z.im()));
        }
        if (z.re() == 1. && ay < SQRT_DBL_MIN) {
            if (ay == 0.) { // atanh(1 +- 0i) = inf +- 0i, a pole
                errno.value = Errno.EDOM;
                return new Complex(Double.POSITIVE_INFINITY, z.im());
            }
            double re = -Libm.log(Math.sqrt(ay) / Math.sqrt(Libm.hypot(ay, 2.)));
            return new Complex(re, Math.copySign(Libm.atan2(2., -ay) / 2, z.im()));
        }
        double re = Libm.log1p(4. * z.re() / ((1 - z.re()) * (1 - z.re()) + ay * ay)) / 4.;
        double im = -Libm.atan2(-2. * z.im(), (1 - z.re()) * (1 + z.re()) - ay * ay) / 2.;
        return new Complex(re, im);
    }

    /** cos(z) = cosh(iz). */
    static Complex cos(Complex z, Errno errno) {
        return cosh(new Complex(-z.im(), z.re()), errno);
    }

    static Complex cosh(Complex z, Errno errno) {
        if (!finite(z)) {
            Complex r;
            if (Double.isInfinite(z.re()) && Double.isFinite(z.im()) && z.im() != 0.) {
                double re = Math.copySign(Double.POSITIVE_INFINITY, Libm.cos(z.im()));
                double im = Math.copySign(Double.POSITIVE_INFINITY, Libm.sin(z.im()));
                r = new Complex(re, z.re() > 0 ? im : -im);
            } else {
                r = lookup(CMathSpecialValues.COSH, z);
            }
            errno.value = Double.isInfinite(z.im()) && !Double.isNaN(z.re()) ? Errno.EDOM : 0;
            return r;
        }
        Complex r;
        if (Math.abs(z.re()) > LOG_LARGE_DOUBLE) {
            // cosh(x) may overflow where cosh(z) does not
            double xMinusOne = z.re() - Math.copySign(1., z.re());
            r = new Complex(Libm.cos(z.im()) * Libm.cosh(xMinusOne) * Math.E,
                    Libm.sin(z.im()) * Libm.sinh(xMinusOne) * Math.E);
        } else {
            r = new Complex(Libm.cos(z.im()) * Libm.cosh(z.re()), Libm.sin(z.im()) * Libm.sinh(z.re()));
        }
        errno.value = overflowed(r) ? Errno.ERANGE : 0;
        return r;
    }

    private static boolean overflowed(Complex r) {
        return Double.isInfinite(r.re()) || Double.isInfinite(r.im());
    }

    static Complex exp(Complex z, Errno errno) {
        if (!finite(z)) {
            Complex r;
            if (Double.isInfinite(z.re()) && Double.isFinite(z.im()) && z.im() != 0.) {
                double magnitude = z.re() > 0 ? Double.POSITIVE_INFINITY : 0.;
                r = new Complex(Math.copySign(magnitude, Libm.cos(z.im())), Math.copySign(magnitude, Libm.sin(z.im())));
            } else {
                r = lookup(CMathSpecialValues.EXP, z);
            }
            boolean edom = Double.isInfinite(z.im())
                    && (Double.isFinite(z.re()) || (Double.isInfinite(z.re()) && z.re() > 0));
            errno.value = edom ? Errno.EDOM : 0;
            return r;
        }
        Complex r;
        if (z.re() > LOG_LARGE_DOUBLE) {
            double l = Libm.exp(z.re() - 1.);
            r = new Complex(l * Libm.cos(z.im()) * Math.E, l * Libm.sin(z.im()) * Math.E);
        } else {
            double l = Libm.exp(z.re());
            r = new Complex(l * Libm.cos(z.im()), l * Libm.sin(z.im()));
        }
        errno.value = overflowed(r) ? Errno.ERANGE : 0;
        return r;
    }

    /**
     * c_log. The real part is log|z| with care where hypot is subnormal, where it would
     * overflow, and near |z| = 1 (log1p of the exactly computed |z|^2 - 1).
     */
    static Complex log(Complex z, Errno errno) {
        errno.value = 0;
        if (!finite(z)) {
            return lookup(CMathSpecialValues.LOG, z);
        }
        double ax = Math.abs(z.re());
        double ay = Math.abs(z.im());
        double re;
        if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
            re = Libm.log(Libm.hypot(ax / 2., ay / 2.)) + LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax > 0. || ay > 0.) {
                re = Libm.log(Libm.hypot(Math.scalb(ax, 53), Math.scalb(ay, 53))) - 53 * LN2;
            } else { // log(+-0 +- 0i) = -inf, a pole
                errno.value = Errno.EDOM;
                return new Complex(Double.NEGATIVE_INFINITY, Libm.atan2(z.im(), z.re()));
            }
        } else {
            double h = Libm.hypot(ax, ay);
            if (0.71 <= h && h <= 1.73) {
                double am = ax > ay ? ax : ay;
                double an = ax > ay ? ay : ax;
                re = Libm.log1p((am - 1) * (am + 1) + an * an) / 2.;
            } else {
                re = Libm.log(h);
            }
        }
        return new Complex(re, Libm.atan2(z.im(), z.re()));
    }

    static Complex log10(Complex z, Errno errno) {
        Complex r = log(z, errno);
        return new Complex(r.re() / LN10, r.im() / LN10);
    }

    /** sin(z) = -i sinh(iz). */
    static Complex sin(Complex z, Errno errno) {
        Complex s = sinh(new Complex(-z.im(), z.re()), errno);
        return new Complex(s.im(), -s.re());
    }

    static Complex sinh(Complex z, Errno errno) {
        if (!finite(z)) {
            Complex r;
            if (Double.isInfinite(z.re()) && Double.isFinite(z.im()) && z.im() != 0.) {
                double re = Math.copySign(Double.POSITIVE_INFINITY, Libm.cos(z.im()));
                double im = Math.copySign(Double.POSITIVE_INFINITY, Libm.sin(z.im()));
                r = new Complex(z.re() > 0 ? re : -re, im);
            } else {
                r = lookup(CMathSpecialValues.SINH, z);
            }
            errno.value = Double.isInfinite(z.im()) && !Double.isNaN(z.re()) ? Errno.EDOM : 0;
            return r;
        }
        Complex r;
        if (Math.abs(z.re()) > LOG_LARGE_DOUBLE) {
            double xMinusOne = z.re() - Math.copySign(1., z.re());
            r = new Complex(Libm.cos(z.im()) * Libm.sinh(xMinusOne) * Math.E,
                    Libm.sin(z.im()) * Libm.cosh(xMinusOne) * Math.E);
        } else {
            r = new Complex(Libm.cos(z.im()) * Libm.sinh(z.re()), Libm.sin(z.im()) * Libm.cosh(z.re()));
        }
        errno.value = overflowed(r) ? Errno.ERANGE : 0;
        return r;
    }

    /**
     * Square root with real part s = sqrt((|x| + hypot(x, y)) / 2), computed as
     * 2 sqrt(|x|/8 + hypot(x/8, y/8)) against overflow, and with both parts scaled up by
     * 2^53 when they are subnormal.
     */
    static Complex sqrt(Complex z, Errno errno) {
        errno.value = 0;
        if (!finite(z)) {
            return lookup(CMathSpecialValues.SQRT, z);
        }
        if (z.re() == 0. && z.im() == 0.) {
            return new Complex(0., z.im());
        }
        double ax = Math.abs(z.re());
        double ay = Math.abs(z.im());
        double s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            ax = Math.scalb(ax, SCALE_UP);
            s = Math.scalb(Math.sqrt(ax + Libm.hypot(ax, Math.scalb(ay, SCALE_UP))), SCALE_DOWN);
        } else {
            ax /= 8.;
            s = 2. * Math.sqrt(ax + Libm.hypot(ax, ay / 8.));
        }
        double d = ay / (2. * s);
        if (z.re() >= 0.) {
            return new Complex(s, Math.copySign(d, z.im()));
        }
        return new Complex(d, Math.copySign(s, z.im()));
    }

    /** tan(z) = -i tanh(iz). */
    static Complex tan(Complex z, Errno errno) {
        Complex s = tanh(new Complex(-z.im(), z.re()), errno);
        return new Complex(s.im(), -s.re());
    }

    /**
     * tanh(x+iy) = (tanh(x)(1+tan(y)^2) + i tan(y)(1-tanh(x)^2)) / (1 + tan(y)^2 tanh(x)^2),
     * with 1 - tanh(x)^2 as 1/cosh(x)^2, or 4 e^(-2|x|) where cosh would overflow.
     */
    static Complex tanh(Complex z, Errno errno) {
        if (!finite(z)) {
            Complex r;
            if (Double.isInfinite(z.re()) && Double.isFinite(z.im()) && z.im() != 0.) {
                double im = Math.copySign(0., 2. * Libm.sin(z.im()) * Libm.cos(z.im()));
                r = new Complex(z.re() > 0 ? 1.0 : -1.0, im);
            } else {
                r = lookup(CMathSpecialValues.TANH, z);
            }
            errno.value = Double.isInfinite(z.im()) && Double.isFinite(z.re()) ? Errno.EDOM : 0;
            return r;
        }
        errno.value = 0;
        if (Math.abs(z.re()) > LOG_LARGE_DOUBLE) {
            double im = 4. * Libm.sin(z.im()) * Libm.cos(z.im()) * Libm.exp(-2. * Math.abs(z.re()));
            return new Complex(Math.copySign(1., z.re()), im);
        }
        double tx = Libm.tanh(z.re());
        double ty = Libm.tan(z.im());
        double cx = 1. / Libm.cosh(z.re());
        double txty = tx * ty;
        double denom = 1. + txty * txty;
        return new Complex(tx * (1. + ty * ty) / denom, ((ty / denom) * cx) * cx);
    }

    /**
     * The C library's atan2 as glibc's wrapper behaves: ERANGE when the result underflows to
     * zero from a non-zero y and a finite x (cmath.phase reports it).
     */
    static double atan2(double y, double x, Errno errno) {
        double r = Libm.atan2(y, x);
        if (r == 0.0 && y != 0.0 && Double.isFinite(x)) {
            errno.value = Errno.ERANGE;
        }
        return r;
    }

    static Complex rect(double r, double phi, Errno errno) {
        if (!Double.isFinite(r) || !Double.isFinite(phi)) {
            Complex z;
            if (Double.isInfinite(r) && Double.isFinite(phi) && phi != 0.) {
                double re = Math.copySign(Double.POSITIVE_INFINITY, Libm.cos(phi));
                double im = Math.copySign(Double.POSITIVE_INFINITY, Libm.sin(phi));
                z = r > 0 ? new Complex(re, im) : new Complex(-re, -im);
            } else {
                z = CMathSpecialValues.RECT[CMathSpecialValues.classOf(r)][CMathSpecialValues.classOf(phi)];
            }
            errno.value = r != 0. && !Double.isNaN(r) && Double.isInfinite(phi) ? Errno.EDOM : 0;
            return z;
        }
        errno.value = 0;
        if (phi == 0.0) { // keeps the sign of a zero phi in the imaginary part
            return new Complex(r, r * phi);
        }
        return new Complex(r * Libm.cos(phi), r * Libm.sin(phi));
    }
}
