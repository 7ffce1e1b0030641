package org.hotpy.core.modules.math;

import org.hotpy.core.errors.Errors;

/**
 * {@code math.hypot} and {@code math.dist} by CPython 3.11's {@code vector_norm}: scale by a
 * power of two so the largest coordinate is in [0.5, 1), square each coordinate exactly as a
 * Veltkamp-Dekker split pair, accumulate with Neumaier compensation (csum starts at 1.0 so
 * it always dominates), take the square root, and apply one differential correction. This
 * usually gives the correctly rounded norm, and exactly CPython's result.
 */
final class VectorNorm {
    private VectorNorm() {}

    private static final double T27 = 134217729.0; // 2^27 + 1

    static double hypot(double... coordinates) {
        double[] v = new double[coordinates.length];
        double max = 0.0;
        boolean foundNan = false;
        for (int i = 0; i < v.length; i++) {
            double x = Math.abs(coordinates[i]);
            v[i] = x;
            foundNan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        return norm(v, max, foundNan);
    }

    static double dist(double[] p, double[] q) {
        if (p.length != q.length) {
            throw Errors.valueError("both points must have the same number of dimensions");
        }
        double[] v = new double[p.length];
        double max = 0.0;
        boolean foundNan = false;
        for (int i = 0; i < v.length; i++) {
            double x = Math.abs(p[i] - q[i]);
            v[i] = x;
            foundNan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        return norm(v, max, foundNan);
    }

    /** The norm of non-negative v whose largest element is max (infinity wins over NaN). */
    private static double norm(double[] v, double max, boolean foundNan) {
        if (Double.isInfinite(max)) {
            return max;
        }
        if (foundNan) {
            return Double.NaN;
        }
        if (max == 0.0 || v.length <= 1) {
            return max;
        }
        int maxE = MathFunctions.frexp(max).exponent();
        if (maxE < -1023) { // 2^-maxE would overflow
            return tinyNorm(v, max);
        }
        double scale = Math.scalb(1.0, -maxE);
        double csum = 1.0;
        double frac1 = 0.0;
        double frac2 = 0.0;
        double frac3 = 0.0;
        for (double coordinate : v) {
            double x = coordinate * scale; // exact
            double t = x * T27;
            double hi = t - (t - x);
            double lo = x - hi;
            x = hi * hi;
            double oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
            x = 2.0 * hi * lo;
            oldcsum = csum;
            csum += x;
            frac2 += (oldcsum - csum) + x;
            frac3 += lo * lo;
        }
        double h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
        // Correction: subtract h*h, split exactly, from the accurate sum of squares.
        double t = h * T27;
        double hi = t - (t - h);
        double lo = h - hi;
        double x = -hi * hi;
        double oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
        x = -2.0 * hi * lo;
        oldcsum = csum;
        csum += x;
        frac2 += (oldcsum - csum) + x;
        x = -lo * lo;
        oldcsum = csum;
        csum += x;
        frac3 += (oldcsum - csum) + x;
        x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }

    /** For max below 2^-1024: divide by max instead of scaling by a power of two. */
    private static double tinyNorm(double[] v, double max) {
        double csum = 1.0;
        double frac1 = 0.0;
        for (double coordinate : v) {
            double x = coordinate / max;
            x = x * x;
            double oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
        }
        return max * Math.sqrt(csum - 1.0 + frac1);
    }
}
