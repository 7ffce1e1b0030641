package org.hotpy.core.modules.math;

/**
 * A Python complex value: two IEEE doubles. Record equality compares the bit patterns (so
 * {@code 0.0 != -0.0} and NaN equals NaN), which is what tests of exact results want; Python's
 * {@code ==} is {@code re == o.re && im == o.im}.
 */
public record Complex(double re, double im) {
    public static final Complex ZERO = new Complex(0.0, 0.0);
    public static final Complex ONE = new Complex(1.0, 0.0);

    /** CPython's repr, e.g. {@code (1+2j)}, {@code -0j}, {@code (nan+infj)}. */
    @Override
    public String toString() {
        return ComplexArithmetic.repr(this);
    }
}
