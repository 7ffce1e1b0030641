package org.hotpy.core.modules.math;

import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;
import org.hotpy.core.errors.Errors;

/**
 * CPython's {@code loghelper}: an int argument is handled apart from floats, so that a
 * positive int too large for a double still has a logarithm, computed from its frexp
 * ({@code log(m) + log(2) * e}).
 */
final class Logarithms {
    private Logarithms() {}

    enum Base {
        E(Libm::log), TWO(Libm::log2), TEN(Libm::log10);

        final DoubleUnaryOperator function;

        Base(DoubleUnaryOperator function) {
            this.function = function;
        }
    }

    /** The log of a Python int ({@code Byte} ... {@code Long}, {@code BigInteger}) or float. */
    static double of(Number x, Base base) {
        if (x instanceof BigInteger big) {
            return ofInt(big, base);
        }
        if (x instanceof Long || x instanceof Integer || x instanceof Short || x instanceof Byte) {
            long n = x.longValue();
            if (n <= 0) {
                throw Errors.valueError("math domain error");
            }
            return base.function.applyAsDouble((double) n);
        }
        double d = x.doubleValue();
        return MathFunctions.checked1(d, base.function.applyAsDouble(d), false);
    }

    static double ofInt(BigInteger n, Base base) {
        if (n.signum() <= 0) {
            throw Errors.valueError("math domain error");
        }
        double d = n.doubleValue(); // correctly rounded, as PyLong_AsDouble
        if (Double.isFinite(d)) {
            return base.function.applyAsDouble(d);
        }
        int shift = n.bitLength() - 53;
        long q = n.shiftRight(shift).longValueExact();
        // Round the dropped bits half to even, as _PyLong_Frexp does.
        boolean half = n.testBit(shift - 1);
        boolean sticky = n.getLowestSetBit() < shift - 1;
        if (half && (sticky || (q & 1) != 0)) {
            q++;
            if (q == 1L << 53) {
                q >>= 1;
                shift++;
            }
        }
        double mantissa = q * 0x1p-53; // in [0.5, 1)
        double e = shift + 53;
        return base.function.applyAsDouble(mantissa) + base.function.applyAsDouble(2.0) * e;
    }
}
