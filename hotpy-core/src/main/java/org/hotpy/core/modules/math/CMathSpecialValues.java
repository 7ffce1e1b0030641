package org.hotpy.core.modules.math;

/**
 * CPython 3.11's tables of cmath results for arguments with an infinite or NaN part (the C99
 * Annex G values), indexed by the classes of the real and the imaginary part. Entries whose
 * arguments are both finite are never read and hold NaN. (3.11 gives acosh(+-0 + nanj) and
 * tanh(+-0 + nanj) as nan+nanj; later versions changed some of these entries.)
 */
final class CMathSpecialValues {
    private CMathSpecialValues() {}

    /** Classes of a double: the order of CPython's enum special_types. */
    static final int NINF = 0;
    static final int NEG = 1;
    static final int NZERO = 2;
    static final int PZERO = 3;
    static final int POS = 4;
    static final int PINF = 5;
    static final int NAN = 6;

    static int classOf(double d) {
        if (Double.isFinite(d)) {
            if (d != 0) {
                return Math.copySign(1.0, d) == 1.0 ? POS : NEG;
            }
            return Math.copySign(1.0, d) == 1.0 ? PZERO : NZERO;
        }
        if (Double.isNaN(d)) {
            return NAN;
        }
        return d > 0 ? PINF : NINF;
    }

    static Complex lookup(Complex[][] table, Complex z) {
        return table[classOf(z.re())][classOf(z.im())];
    }

    private static final double P = Math.PI;
    private static final double P14 = 0.25 * Math.PI;
    private static final double P12 = 0.5 * Math.PI;
    private static final double P34 = 0.75 * Math.PI;
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double N = Double.NaN;
    /** Placeholder for never-read entries. */
    private static final double U = Double.NaN;

    /** Builds a 7x7 table from 98 numbers, row by row, (re, im) pairs. */
    private static Complex[][] table(double... v) {
        Complex[][] t = new Complex[7][7];
        for (int i = 0; i < 49; i++) {
            t[i / 7][i % 7] = new Complex(v[2 * i], v[2 * i + 1]);
        }
        return t;
    }

    static final Complex[][] ACOS = table(
        P34, INF, P, INF, P, INF, P, -INF, P, -INF, P34, -INF, N, INF,
        P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N,
        P12, INF, U, U, P12, 0., P12, -0., U, U, P12, -INF, P12, N,
        P12, INF, U, U, P12, 0., P12, -0., U, U, P12, -INF, P12, N,
        P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N,
        P14, INF, 0., INF, 0., INF, 0., -INF, 0., -INF, P14, -INF, N, INF,
        N, INF, N, N, N, N, N, N, N, N, N, -INF, N, N);

    static final Complex[][] ACOSH = table(
        INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N,
        INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
        INF, -P12, U, U, 0., -P12, 0., P12, U, U, INF, P12, N, N,
        INF, -P12, U, U, 0., -P12, 0., P12, U, U, INF, P12, N, N,
        INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
        INF, -P14, INF, -0., INF, -0., INF, 0., INF, 0., INF, P14, INF, N,
        INF, N, N, N, N, N, N, N, N, N, INF, N, N, N);

    static final Complex[][] ASINH = table(
        -INF, -P14, -INF, -0., -INF, -0., -INF, 0., -INF, 0., -INF, P14, -INF, N,
        -INF, -P12, U, U, U, U, U, U, U, U, -INF, P12, N, N,
        -INF, -P12, U, U, -0., -0., -0., 0., U, U, -INF, P12, N, N,
        INF, -P12, U, U, 0., -0., 0., 0., U, U, INF, P12, N, N,
        INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
        INF, -P14, INF, -0., INF, -0., INF, 0., INF, 0., INF, P14, INF, N,
        INF, N, N, N, N, -0., N, 0., N, N, INF, N, N, N);

    static final Complex[][] ATANH = table(
        -0., -P12, -0., -P12, -0., -P12, -0., P12, -0., P12, -0., P12, -0., N,
        -0., -P12, U, U, U, U, U, U, U, U, -0., P12, N, N,
        -0., -P12, U, U, -0., -0., -0., 0., U, U, -0., P12, -0., N,
        0., -P12, U, U, 0., -0., 0., 0., U, U, 0., P12, 0., N,
        0., -P12, U, U, U, U, U, U, U, U, 0., P12, N, N,
        0., -P12, 0., -P12, 0., -P12, 0., P12, 0., P12, 0., P12, 0., N,
        0., -P12, N, N, N, N, N, N, N, N, 0., P12, N, N);

    static final Complex[][] COSH = table(
        INF, N, U, U, INF, 0., INF, -0., U, U, INF, N, INF, N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        N, 0., U, U, 1., 0., 1., -0., U, U, N, 0., N, 0.,
        N, 0., U, U, 1., -0., 1., 0., U, U, N, 0., N, 0.,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        INF, N, U, U, INF, -0., INF, 0., U, U, INF, N, INF, N,
        N, N, N, N, N, 0., N, 0., N, N, N, N, N, N);

    static final Complex[][] EXP = table(
        0., 0., U, U, 0., -0., 0., 0., U, U, 0., 0., 0., 0.,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        N, N, U, U, 1., -0., 1., 0., U, U, N, N, N, N,
        N, N, U, U, 1., -0., 1., 0., U, U, N, N, N, N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        INF, N, U, U, INF, -0., INF, 0., U, U, INF, N, INF, N,
        N, N, N, N, N, -0., N, 0., N, N, N, N, N, N);

    static final Complex[][] LOG = table(
        INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N,
        INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
        INF, -P12, U, U, -INF, -P, -INF, P, U, U, INF, P12, N, N,
        INF, -P12, U, U, -INF, -0., -INF, 0., U, U, INF, P12, N, N,
        INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
        INF, -P14, INF, -0., INF, -0., INF, 0., INF, 0., INF, P14, INF, N,
        INF, N, N, N, N, N, N, N, N, N, INF, N, N, N);

    static final Complex[][] SINH = table(
        INF, N, U, U, -INF, -0., -INF, 0., U, U, INF, N, INF, N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        0., N, U, U, -0., -0., -0., 0., U, U, 0., N, 0., N,
        0., N, U, U, 0., -0., 0., 0., U, U, 0., N, 0., N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        INF, N, U, U, INF, -0., INF, 0., U, U, INF, N, INF, N,
        N, N, N, N, N, -0., N, 0., N, N, N, N, N, N);

    static final Complex[][] SQRT = table(
        INF, -INF, 0., -INF, 0., -INF, 0., INF, 0., INF, INF, INF, N, INF,
        INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N,
        INF, -INF, U, U, 0., -0., 0., 0., U, U, INF, INF, N, N,
        INF, -INF, U, U, 0., -0., 0., 0., U, U, INF, INF, N, N,
        INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N,
        INF, -INF, INF, -0., INF, -0., INF, 0., INF, 0., INF, INF, INF, N,
        INF, -INF, N, N, N, N, N, N, N, N, INF, INF, N, N);

    static final Complex[][] TANH = table(
        -1., 0., U, U, -1., -0., -1., 0., U, U, -1., 0., -1., 0.,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        N, N, U, U, -0., -0., -0., 0., U, U, N, N, N, N,
        N, N, U, U, 0., -0., 0., 0., U, U, N, N, N, N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        1., 0., U, U, 1., -0., 1., 0., U, U, 1., 0., 1., 0.,
        N, N, N, N, N, -0., N, 0., N, N, N, N, N, N);

    static final Complex[][] RECT = table(
        INF, N, U, U, -INF, 0., -INF, -0., U, U, INF, N, INF, N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        0., 0., U, U, -0., 0., -0., -0., U, U, 0., 0., 0., 0.,
        0., 0., U, U, 0., -0., 0., 0., U, U, 0., 0., 0., 0.,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        INF, N, U, U, INF, -0., INF, 0., U, U, INF, N, INF, N,
        N, N, N, N, N, 0., N, 0., N, N, N, N, N, N);
}
