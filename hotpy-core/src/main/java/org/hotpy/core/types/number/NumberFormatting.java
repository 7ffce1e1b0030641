package org.hotpy.core.types.number;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

import org.hotpy.core.errors.Errors;

/**
 * The single entry point from the number types to text conversion and the numeric algorithms
 * that need exact arithmetic (float repr, format specs, correctly rounded division and rounding).
 */
public final class NumberFormatting {
    private NumberFormatting() {}

    /** CPython's {@code repr(float)}: shortest round-tripping digits, exponent past 1e16 or below 1e-4. */
    public static String floatRepr(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return (1 / v < 0) ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(v);
        BigDecimal shortest = null;
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == v) {
                shortest = r;
                break;
            }
        }
        BigDecimal d = shortest.stripTrailingZeros();
        String digits = d.unscaledValue().abs().toString();
        int exp10 = digits.length() - 1 - d.scale(); // exponent of the first digit
        StringBuilder sb = new StringBuilder();
        if (v < 0) {
            sb.append('-');
        }
        if (exp10 >= 16 || exp10 < -4) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            sb.append('e').append(exp10 < 0 ? '-' : '+');
            int ae = Math.abs(exp10);
            if (ae < 10) {
                sb.append('0');
            }
            sb.append(ae);
        } else if (exp10 < 0) {
            sb.append("0.");
            sb.append("0".repeat(-exp10 - 1));
            sb.append(digits);
        } else if (digits.length() <= exp10 + 1) {
            sb.append(digits).append("0".repeat(exp10 + 1 - digits.length())).append(".0");
        } else {
            sb.append(digits, 0, exp10 + 1).append('.').append(digits, exp10 + 1, digits.length());
        }
        return sb.toString();
    }

    /** int / int, correctly rounded (CPython's long_true_divide). */
    public static double trueDivide(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivisionError("division by zero");
        }
        if (a.bitLength() <= 53 && b.bitLength() <= 53) {
            return a.doubleValue() / b.doubleValue();
        }
        // Scale so the quotient has at least 55 significant bits, then let the sticky bit decide.
        int shift = 55 + b.bitLength() - a.bitLength();
        BigInteger num = shift > 0 ? a.abs().shiftLeft(shift) : a.abs();
        BigInteger den = shift < 0 ? b.abs().shiftLeft(-shift) : b.abs();
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger q = qr[0].shiftLeft(1).or(qr[1].signum() != 0 ? BigInteger.ONE : BigInteger.ZERO);
        double r = new BigDecimal(q).doubleValue();
        r = Math.scalb(r, -shift - 1);
        if (Double.isInfinite(r)) {
            throw Errors.overflowError("integer division result too large for a float");
        }
        return a.signum() * b.signum() < 0 ? -r : r;
    }

    /** Rounds an integer to {@code ndigits < 0} decimal places, half to even. */
    public static BigInteger roundInteger(BigInteger v, int ndigits) {
        BigInteger pow = BigInteger.TEN.pow(-ndigits);
        BigInteger[] qr = v.divideAndRemainder(pow);
        BigInteger q = qr[0];
        BigInteger twice = qr[1].abs().shiftLeft(1);
        int c = twice.compareTo(pow);
        if (c > 0 || (c == 0 && q.testBit(0))) {
            q = q.add(BigInteger.valueOf(v.signum()));
        }
        return q.multiply(pow);
    }

    /** Decimal digits of a big int. */
    public static String intToDecimal(BigInteger v) {
        return v.toString();
    }

    /** {@code format(int, spec)} for a non-empty spec. */
    public static String formatInt(BigInteger v, String spec) {
        throw Errors.notSupported("format spec '" + spec + "' for int");
    }

    /** {@code format(float, spec)} for a non-empty spec. */
    public static String formatFloat(double v, String spec) {
        throw Errors.notSupported("format spec '" + spec + "' for float");
    }

    /** {@code int(s, base)} for a str: Python's literal rules, or null when {@code s} is invalid. */
    public static BigInteger parseInt(String s, int base) {
        String t = s.strip();
        int i = 0;
        boolean neg = false;
        if (i < t.length() && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            neg = t.charAt(i) == '-';
            i++;
        }
        if (base == 0 || base == 16 || base == 8 || base == 2) {
            if (t.length() - i >= 2 && t.charAt(i) == '0') {
                char c = Character.toLowerCase(t.charAt(i + 1));
                int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
                if (pb != 0 && (base == 0 || base == pb)) {
                    base = pb;
                    i += 2;
                    if (i < t.length() && t.charAt(i) == '_') {
                        i++;
                    }
                }
            }
        }
        boolean literalRules = base == 0;
        if (base == 0) {
            base = 10;
        }
        StringBuilder digits = new StringBuilder();
        boolean lastUnderscore = true;
        for (; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '_') {
                if (lastUnderscore) {
                    return null;
                }
                lastUnderscore = true;
                continue;
            }
            int d = Character.digit(c, base);
            if (d < 0) {
                return null;
            }
            digits.append(Character.forDigit(d, base));
            lastUnderscore = false;
        }
        if (digits.length() == 0 || lastUnderscore) {
            return null;
        }
        String ds = digits.toString();
        if (literalRules && ds.length() > 1 && ds.charAt(0) == '0' && !ds.chars().allMatch(ch -> ch == '0')) {
            return null; // base 0 rejects leading zeros, as the language does
        }
        BigInteger v = new BigInteger(ds, base);
        return neg ? v.negate() : v;
    }

    /** {@code float(s)} for a str: Python's rules, or null when {@code s} is invalid. */
    public static Double parseFloat(String s) {
        String t = s.strip().toLowerCase(java.util.Locale.ROOT);
        String body = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
        boolean neg = t.startsWith("-");
        switch (body) {
            case "inf": case "infinity": return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            case "nan": return Double.NaN;
            default: break;
        }
        if (body.isEmpty() || !body.matches("(\\d(_?\\d)*)?(\\.(\\d(_?\\d)*)?)?(e[+-]?\\d(_?\\d)*)?")
                || body.startsWith(".e") || body.equals(".") || body.startsWith("e")) {
            return null;
        }
        try {
            double v = Double.parseDouble(body.replace("_", ""));
            return neg ? -v : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
