package org.hotpy.core.modules.math;

/**
 * Error-free transformations of IEEE doubles (Knuth's TwoSum, Dekker's TwoProduct), the
 * building blocks of the double-double kernels. Products use Veltkamp splitting rather than
 * {@code Math.fma}, which is slow on hardware without FMA.
 */
final class ErrorFree {
    private ErrorFree() {}

    /** 2^27 + 1: splits a double into two 26-bit halves. */
    private static final double SPLITTER = 134217729.0;

    /** The rounding error of {@code s = a + b}: a + b == s + sumErr(a, b, s) exactly. */
    static double sumErr(double a, double b, double s) {
        double bb = s - a;
        return (a - (s - bb)) + (b - bb);
    }

    /**
     * The rounding error of {@code p = a * b}: a * b == p + prodErr(a, b, p) exactly, for
     * |a|, |b| below 2^995 and a product that does not underflow.
     */
    static double prodErr(double a, double b, double p) {
        double t = SPLITTER * a;
        double ah = t - (t - a);
        double al = a - ah;
        t = SPLITTER * b;
        double bh = t - (t - b);
        double bl = b - bh;
        return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
    }
}
