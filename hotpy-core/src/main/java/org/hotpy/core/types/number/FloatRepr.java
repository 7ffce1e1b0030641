package org.hotpy.core.types.number;

/**
 * {@code repr(float)} and {@code str(float)}: the shortest string that reads back as the same
 * double, laid out as CPython's {@code float_repr} does (dtoa mode 0, {@code 'r'} format,
 * {@code Py_DTSF_ADD_DOT_0}): positional notation while the decimal point position
 * {@code decpt} satisfies {@code -4 < decpt <= 16}, otherwise {@code d.ddde±XX}.
 */
public final class FloatRepr {
    private FloatRepr() {}

    /**
     * A finite double's shortest round-tripping decimal: {@code |x| == significand * 10^exponent}
     * after reading back. The significand has no trailing zeros (it is 0 for zero).
     */
    public record Shortest(long significand, int exponent) {
        /** The significand's decimal digits. */
        public String digits() {
            return Long.toString(significand);
        }

        /** Position of the decimal point relative to the first digit (value = 0.digits × 10^decpt). */
        public int decimalPoint() {
            return exponent + digitCount(significand);
        }
    }

    /** The shortest digits of {@code |x|}; {@code x} must be finite. */
    public static Shortest shortestDigits(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("shortestDigits needs a finite double, got " + x);
        }
        if (x == 0.0) {
            return new Shortest(0, 0);
        }
        long[] out = new long[2];
        Schubfach.shortest(x, out);
        return new Shortest(out[0], (int) out[1]);
    }

    /** {@code repr(x)}, which is also {@code str(x)} since Python 3.2. */
    public static String repr(double x) {
        if (x != x) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0.0) {
            return Double.doubleToRawLongBits(x) == 0 ? "0.0" : "-0.0";
        }
        long[] out = new long[2];
        Schubfach.shortest(x, out);
        long f = out[0];
        int n = digitCount(f);
        int decpt = (int) out[1] + n;
        char[] buf = new char[32];
        int pos = 0;
        if (x < 0) {
            buf[pos++] = '-';
        }
        if (decpt <= -4 || decpt > 16) {
            pos = writeExponential(buf, pos, f, n, decpt - 1);
        } else {
            pos = writePositional(buf, pos, f, n, decpt);
        }
        return new String(buf, 0, pos);
    }

    /** Decimal digits in a positive long below 10^18. */
    static int digitCount(long f) {
        int n = 1;
        long p = 10;
        while (n < 18 && f >= p) {
            n++;
            p *= 10;
        }
        return n;
    }

    /** Writes the n digits of f ending just before index end. */
    private static void writeDigits(char[] buf, int end, long f, int n) {
        for (int i = end - 1; i >= end - n; i--) {
            long q = f / 10;
            buf[i] = (char) ('0' + (f - q * 10));
            f = q;
        }
    }

    private static int writeExponential(char[] buf, int pos, long f, int n, int exp) {
        if (n == 1) {
            buf[pos++] = (char) ('0' + f);
        } else {
            writeDigits(buf, pos + n + 1, f, n);
            buf[pos] = buf[pos + 1];   // d.ddd: move the first digit before the point
            buf[pos + 1] = '.';
            pos += n + 1;
        }
        buf[pos++] = 'e';
        buf[pos++] = exp < 0 ? '-' : '+';
        int a = Math.abs(exp);
        if (a >= 100) {
            buf[pos++] = (char) ('0' + a / 100);
            a %= 100;
        }
        buf[pos++] = (char) ('0' + a / 10);
        buf[pos++] = (char) ('0' + a % 10);
        return pos;
    }

    private static int writePositional(char[] buf, int pos, long f, int n, int decpt) {
        if (decpt <= 0) {                       // 0.000ddd
            buf[pos++] = '0';
            buf[pos++] = '.';
            for (int i = decpt; i < 0; i++) {
                buf[pos++] = '0';
            }
            writeDigits(buf, pos + n, f, n);
            return pos + n;
        }
        if (decpt < n) {                        // dd.ddd
            writeDigits(buf, pos + n + 1, f, n);
            System.arraycopy(buf, pos + 1, buf, pos, decpt);
            buf[pos + decpt] = '.';
            return pos + n + 1;
        }
        writeDigits(buf, pos + n, f, n);        // ddd000.0
        pos += n;
        for (int i = n; i < decpt; i++) {
            buf[pos++] = '0';
        }
        buf[pos++] = '.';
        buf[pos++] = '0';
        return pos;
    }
}
