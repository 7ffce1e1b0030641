package org.hotpy.core.types.number;

import java.math.BigInteger;
import org.hotpy.core.errors.Errors;

/** Exact conversions between Python ints and floats (placeholder grows below). */
public final class IntConvert {
    private IntConvert() {}

    /** {@code float(n)}: correctly rounded (half-even); OverflowError past the double range. */
    public static double toDouble(BigInteger v) {
        double d = v.doubleValue();     // JDK 8+: correctly rounded, infinite when out of range
        if (Double.isInfinite(d)) {
            throw Errors.overflowError("int too large to convert to float");
        }
        return d;
    }
}
