package org.hotpy.core.modules.math;

import java.util.Arrays;
import org.hotpy.core.errors.Errors;

/**
 * {@code math.fsum} as a streaming accumulator, so the caller can convert each item of the
 * iterable as it goes (CPython raises an item's conversion error, or "intermediate overflow
 * in fsum", at the point where it occurs). Shewchuk's exact partials (Hettinger's msum) with
 * CPython's correctly rounded final sum, its half-even fix-up across partials, and its rules
 * for infinities and NaNs.
 */
public final class FloatSum {
    /** Non-overlapping partial sums, increasing in magnitude; their exact sum is the total. */
    private double[] partials = new double[32];
    private int n;
    /** Sum of the infinite and NaN items: non-zero once one was seen. */
    private double specialSum;
    /** Sum of the infinite items: NaN when both infinities were seen. */
    private double infSum;

    /** Adds one float. */
    public void add(double x) {
        double xsave = x;
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
        n = i;
        if (x != 0.0) {
            if (!Double.isFinite(x)) {
                // Either an inf/nan summand, or the partials overflowed.
                if (Double.isFinite(xsave)) {
                    throw Errors.overflowError("intermediate overflow in fsum");
                }
                if (Double.isInfinite(xsave)) {
                    infSum += xsave;
                }
                specialSum += xsave;
                n = 0;
            } else {
                if (n == partials.length) {
                    partials = Arrays.copyOf(partials, 2 * n);
                }
                partials[n++] = x;
            }
        }
    }

    /** The correctly rounded sum of everything added. */
    public double result() {
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw Errors.valueError("-inf + inf in fsum");
            }
            return specialSum;
        }
        int k = n;
        double hi = 0.0;
        if (k > 0) {
            hi = partials[--k];
            double lo = 0.0;
            // Add from the top down; stop as soon as a sum is inexact.
            while (k > 0) {
                double x = hi;
                double y = partials[--k];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            // If the next partial has lo's sign, the true sum is past the halfway point that
            // hi + lo rounded from: round away instead (sum([1e-16, 1, 1e16]) needs this).
            if (k > 0 && ((lo < 0.0 && partials[k - 1] < 0.0) || (lo > 0.0 && partials[k - 1] > 0.0))) {
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
