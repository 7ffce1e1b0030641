package org.hotpy.core.types.number;

import java.math.BigInteger;
import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.PyException;

/** {@code float.hex()} and {@code float.fromhex()}, as CPython 3.11. */
public final class FloatHex {
    private FloatHex() {}

    /**
     * {@code x.hex()}: {@code [-]0x1.hhhhhhhhhhhhhp±e} for normal values, {@code 0x0.…p-1022} for
     * subnormals, {@code 0x0.0p+0} for zero, and {@code inf}/{@code nan} as repr gives them.
     */
    public static String toHex(double x) {
        if (!Double.isFinite(x)) {
            return FloatRepr.repr(x);
        }
        long bits = Double.doubleToRawLongBits(x);
        String sign = bits < 0 ? "-" : "";
        if (x == 0) {
            return sign + "0x0.0p+0";
        }
        int be = (int) (bits >>> 52) & 0x7ff;
        String fraction = String.format("%013x", bits & (1L << 52) - 1);
        if (be == 0) {
            return sign + "0x0." + fraction + "p-1022";
        }
        int e = be - 1023;
        return sign + "0x1." + fraction + "p" + (e < 0 ? "-" : "+") + Math.abs(e);
    }

    /**
     * {@code float.fromhex(s)}: {@code [sign] [0x] hexdigits [. hexdigits] [p [sign] digits]} or
     * inf/infinity/nan, between ASCII whitespace; rounded half-even. ValueError "invalid
     * hexadecimal floating-point string"; OverflowError when too large for a float.
     */
    public static double fromHex(String s) {
        return new Reader(s).read();
    }

    private static final class Reader {
        private final String s;
        private int pos;

        Reader(String s) {
            this.s = s;
        }

        private int at(int i) {
            return i < s.length() ? s.charAt(i) : -1;
        }

        private static boolean isSpace(int c) {
            return TextRepr.isAsciiSpace(c);
        }

        double read() {
            while (isSpace(at(pos))) {
                pos++;
            }
            boolean negative = false;
            if (at(pos) == '+' || at(pos) == '-') {
                negative = at(pos) == '-';
                pos++;
            }
            double special = infOrNan();
            if (special != 0) {      // NaN compares unequal too
                end();
                return negative ? -special : special;
            }
            if (at(pos) == '0' && (at(pos + 1) == 'x' || at(pos + 1) == 'X')) {
                pos += 2;
            }
            StringBuilder digits = new StringBuilder();
            long fracDigits = 0;
            int total = hexRun(digits);
            if (at(pos) == '.') {
                pos++;
                int before = digits.length();
                total += hexRun(digits);
                fracDigits = digits.length() - before;
            }
            if (total == 0) {
                throw invalidString();
            }
            long exp = 0;
            if (at(pos) == 'p' || at(pos) == 'P') {
                pos++;
                exp = exponent();
            }
            end();
            double v = value(digits, exp, fracDigits);
            return negative ? -v : v;
        }

        /** Hex digits from pos into {@code out}; leading zeros are counted but not kept. */
        private int hexRun(StringBuilder out) {
            int n = 0;
            while (RadixConversion.digitValue(at(pos)) < 16) {
                out.append((char) at(pos++));
                n++;
            }
            return n;
        }

        /** A decimal exponent, saturated far beyond any double's range. */
        private long exponent() {
            boolean negative = false;
            if (at(pos) == '+' || at(pos) == '-') {
                negative = at(pos) == '-';
                pos++;
            }
            int start = pos;
            long e = 0;
            while (at(pos) >= '0' && at(pos) <= '9') {
                e = Math.min(e * 10 + (at(pos++) - '0'), 1L << 40);
            }
            if (pos == start) {
                throw invalidString();
            }
            return negative ? -e : e;
        }

        /** inf/infinity/nan at pos (any case): its value, or 0 when there is none. */
        private double infOrNan() {
            String rest = s.substring(pos);
            if (startsWithIgnoreCase(rest, "infinity")) {
                pos += 8;
                return Double.POSITIVE_INFINITY;
            }
            if (startsWithIgnoreCase(rest, "inf")) {
                pos += 3;
                return Double.POSITIVE_INFINITY;
            }
            if (startsWithIgnoreCase(rest, "nan")) {
                pos += 3;
                return Double.NaN;
            }
            return 0;
        }

        private static boolean startsWithIgnoreCase(String s, String word) {
            return s.regionMatches(true, 0, word, 0, word.length());
        }

        private void end() {
            while (isSpace(at(pos))) {
                pos++;
            }
            if (pos != s.length()) {
                throw invalidString();
            }
        }
    }

    private static PyException invalidString() {
        return Errors.valueError("invalid hexadecimal floating-point string");
    }

    /** digits × 2^(exp − 4·fracDigits), rounded half-even; OverflowError when too large. */
    private static double value(CharSequence digits, long exp, long fracDigits) {
        char[] d = digits.toString().toCharArray();
        int first = 0;
        while (first < d.length && d[first] == '0') {
            first++;
        }
        if (first == d.length) {
            return 0.0;
        }
        BigInteger m = RadixConversion.parse(d, first, d.length, 16);
        long e = exp - 4 * fracDigits;
        long top = m.bitLength() + e;         // the value lies in [2^(top-1), 2^top)
        if (top > 1024) {
            throw tooLarge();
        }
        if (top < -1076) {
            return 0.0;
        }
        int extra = Math.max(m.bitLength() - 62, 0);
        boolean sticky = extra > 0 && m.getLowestSetBit() < extra;
        double v = IntConvert.roundScaled(m.shiftRight(extra).longValue(), (int) (e + extra), sticky);
        if (Double.isInfinite(v)) {
            throw tooLarge();
        }
        return v;
    }

    private static PyException tooLarge() {
        return Errors.overflowError("hexadecimal value too large to represent as a float");
    }
}
