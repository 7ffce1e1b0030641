package org.hotpy.core.modules.math;

import java.math.BigInteger;
import java.util.Iterator;
import java.util.function.BinaryOperator;
import org.hotpy.core.errors.Errors;

/**
 * {@code math.prod}: a left fold of {@code *} from {@code start}. CPython's fast paths (a C
 * long, then a C double accumulator) change the speed but not the result, so this folds with
 * Python's int and float multiplication on Java numbers and defers every other pair to the
 * interpreter.
 */
final class Product {
    private Product() {}

    static Object prod(Iterator<?> items, Object start, BinaryOperator<Object> multiply) {
        Object result = start;
        while (items.hasNext()) {
            result = multiply(result, items.next(), multiply);
        }
        return result;
    }

    /** Python's {@code a * b} for ints ({@code Integer}, {@code Long}, {@code BigInteger}) and floats. */
    static Object multiply(Object a, Object b, BinaryOperator<Object> fallback) {
        boolean aInt = isInt(a);
        boolean bInt = isInt(b);
        if (aInt && bInt) {
            if (!(a instanceof BigInteger) && !(b instanceof BigInteger)) {
                long x = ((Number) a).longValue();
                long y = ((Number) b).longValue();
                long hi = Math.multiplyHigh(x, y);
                long lo = x * y;
                if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                    return lo;
                }
            }
            return IntegerMath.normalize(big(a).multiply(big(b)));
        }
        if ((aInt || a instanceof Double) && (bInt || b instanceof Double)) {
            return asDouble(a) * asDouble(b);
        }
        return fallback.apply(a, b);
    }

    private static boolean isInt(Object o) {
        return o instanceof Long || o instanceof Integer || o instanceof BigInteger;
    }

    private static BigInteger big(Object o) {
        return o instanceof BigInteger b ? b : BigInteger.valueOf(((Number) o).longValue());
    }

    /** An int converted as float.__mul__ converts it (correctly rounded, or OverflowError). */
    private static double asDouble(Object o) {
        double d = ((Number) o).doubleValue();
        if (o instanceof BigInteger && Double.isInfinite(d)) {
            throw Errors.overflowError("int too large to convert to float");
        }
        return d;
    }
}
