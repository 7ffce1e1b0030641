package org.hotpy.core.modules.math;

import org.hotpy.core.errors.Errors;

/**
 * Python's {@code float ** float} (CPython 3.11's float_pow): its own special cases, the C
 * library's pow (ours, see {@link Libm}) for the rest, and a complex result for a negative
 * base with a non-integral exponent.
 */
public final class FloatPower {
    private FloatPower() {}

    /**
     * {@code v ** w}: a {@code Double}, or a {@link Complex} when v < 0 and w is not integral
     * (CPython hands that case to complex.__pow__). ZeroDivisionError for 0.0 to a negative
     * power; OverflowError("(34, 'Numerical result out of range')") when the result overflows.
     */
    public static Object pow(double v, double w) {
        if (w == 0.0) {
            return 1.0; // even nan ** 0
        }
        if (Double.isNaN(v)) {
            return v;
        }
        if (Double.isNaN(w)) {
            return v == 1.0 ? 1.0 : w;
        }
        if (Double.isInfinite(w)) {
            double av = Math.abs(v);
            if (av == 1.0) {
                return 1.0;
            }
            return (w > 0.0) == (av > 1.0) ? Math.abs(w) : 0.0;
        }
        boolean oddW = Libm.isOddInteger(w);
        if (Double.isInfinite(v)) {
            if (w > 0.0) {
                return oddW ? v : Math.abs(v);
            }
            return oddW ? Math.copySign(0.0, v) : 0.0;
        }
        if (v == 0.0) {
            if (w < 0.0) {
                throw Errors.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return oddW ? v : 0.0;
        }
        boolean negate = false;
        if (v < 0.0) {
            if (w != Math.floor(w)) {
                return ComplexArithmetic.pow(new Complex(v, 0.0), new Complex(w, 0.0));
            }
            v = -v;
            negate = oddW;
        }
        if (v == 1.0) {
            return negate ? -1.0 : 1.0;
        }
        double r = Libm.pow(v, w);
        if (Double.isInfinite(r)) {
            throw Errors.overflowError("(34, 'Numerical result out of range')");
        }
        return negate ? -r : r;
    }
}
