package org.hotpy.core.types.number;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.types.number.FloatDigits.Digits;
import org.hotpy.core.types.text.FormatSpec;
import org.hotpy.core.types.text.PercentSpec;

/**
 * Float to text, as CPython 3.11: {@code str}/{@code repr}, {@code format(x, spec)} (also used by
 * {@code str.format} and f-strings) and the {@code %e %f %g} conversions of printf-style
 * formatting. Digits are correctly rounded (half-even) from the exact binary value at any
 * precision; the layout follows {@code PyOS_double_to_string} ({@code format_float_short}).
 */
public final class FloatFormatter {
    private FloatFormatter() {}

    /** Digits beyond this many are zeros for every double (exact expansions end by 10^-1074). */
    private static final int MAX_EXACT_DIGITS = 1100;

    /** {@code str(x)} and {@code repr(x)}. */
    public static String repr(double x) {
        return FloatRepr.repr(x);
    }

    /**
     * {@code float.__format__}: types {@code e E f F g G n %} and none (repr-like without a
     * precision, else like {@code g} keeping a digit after the point). Raises ValueError for an
     * unknown type or a precision above {@code INT_MAX}. An empty spec gives {@code repr(x)}; for an
     * instance of a float subclass CPython returns {@code str(self)} instead, which is the
     * caller's to do.
     */
    public static String format(double x, FormatSpec spec) {
        int type = spec.type();
        switch (type) {
            case 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 0 -> { }
            default -> throw spec.unknownType();
        }
        if (spec.precision() > Integer.MAX_VALUE) {
            throw Errors.valueError("precision too big");
        }
        int precision = (int) spec.precision();
        char t = (char) type;
        boolean addDot0 = false;
        int defaultPrecision = 6;
        if (t == 0) {
            addDot0 = true;
            t = 'r';
            defaultPrecision = 0;
        } else if (t == 'n') {
            t = 'g';       // the C locale: no grouping, '.' as the point
        }
        boolean percent = t == '%';
        if (percent) {
            t = 'f';
            x *= 100;
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (t == 'r') {
            t = 'g';
        }
        String s = toString(x, t, precision, spec.alternate(), addDot0, spec.noNegZero());
        if (percent) {
            s = s + '%';
        }
        if (spec.sign() != '+' && spec.sign() != ' ' && spec.width() == -1 && spec.grouping() == 0) {
            return s;
        }
        return layoutNumber(s, spec, type == 'n' ? 0 : spec.grouping());
    }

    /** Splits a formatted number into sign, integer digits and the rest, and lays it out. */
    private static String layoutNumber(String s, FormatSpec spec, char sep) {
        boolean negative = s.charAt(0) == '-';
        int start = negative ? 1 : 0;
        int i = start;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        boolean hasDecimal = i < s.length() && s.charAt(i) == '.';
        String remainder = s.substring(hasDecimal ? i + 1 : i);
        return NumberLayout.layout(spec, negative, "", s.substring(start, i), hasDecimal, remainder, sep, 3);
    }

    /**
     * printf-style {@code %e %E %f %F %g %G} of a float (default precision 6), padded per the
     * spec's flags and width.
     */
    public static String percent(double x, PercentSpec spec) {
        char c = spec.conversion();
        if ("eEfFgG".indexOf(c) < 0) {
            throw new IllegalArgumentException("not a float conversion: " + c);
        }
        int precision = spec.precision() < 0 ? 6 : spec.precision();
        return spec.output(toString(x, c, precision, spec.has(PercentSpec.ALT), false, false));
    }

    /**
     * CPython's {@code PyOS_double_to_string}: {@code type} is one of {@code e E f F g G r}
     * ({@code r} is the shortest repr, whose precision must be 0).
     *
     * @param alt       {@code Py_DTSF_ALT}: keep the point and (for g) trailing zeros
     * @param addDot0   {@code Py_DTSF_ADD_DOT_0}: {@code 2.0} rather than {@code 2}
     * @param noNegZero {@code Py_DTSF_NO_NEG_0}: drop the sign of a result that is all zeros
     */
    public static String toString(double x, char type, int precision, boolean alt, boolean addDot0,
            boolean noNegZero) {
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        char t = Character.toLowerCase(type);
        if (x != x) {
            return upper ? "NAN" : "nan";
        }
        boolean negative = Double.doubleToRawLongBits(x) < 0;
        if (Double.isInfinite(x)) {
            return (negative ? "-" : "") + (upper ? "INF" : "inf");
        }
        Digits d;
        switch (t) {
            case 'e' -> d = FloatDigits.significant(x, (int) Math.min(precision + 1L, MAX_EXACT_DIGITS));
            case 'f' -> d = FloatDigits.fixed(x, Math.min(precision, MAX_EXACT_DIGITS));
            case 'g' -> {
                precision = Math.max(precision, 1);
                d = FloatDigits.significant(x, Math.min(precision, MAX_EXACT_DIGITS));
            }
            case 'r' -> {
                if (precision != 0) {
                    throw new IllegalArgumentException("repr format takes no precision");
                }
                if (!alt) {
                    return addDot0 ? FloatRepr.repr(noNegZero ? x + 0.0 : x) : shortestNoDot(x, noNegZero);
                }
                d = x == 0 ? Digits.ZERO : FloatDigits.shortest(x);
            }
            default -> throw new IllegalArgumentException("unknown float format type " + type);
        }
        if (noNegZero && d.isZero()) {
            negative = false;
        }
        return layout(d, negative, t, precision, alt, addDot0, upper);
    }

    /** The 'r' layout without {@code .0}, which only callers of toString can ask for. */
    private static String shortestNoDot(double x, boolean noNegZero) {
        String s = FloatRepr.repr(noNegZero ? x + 0.0 : x);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /**
     * Places digits and point as {@code format_float_short} does: the visible digit positions
     * run from {@code vStart} (a leading {@code 0} when the point comes first) to {@code vEnd}
     * (zero padding past the last significant digit); a point at the very end is dropped unless
     * {@code alt}.
     */
    static String layout(Digits dg, boolean negative, char type, long precision, boolean alt,
            boolean addDot0, boolean upper) {
        String d = dg.digits();
        int n = d.length();
        long decpt = dg.decpt();
        boolean useExp = false;
        long vEnd = n;
        switch (type) {
            case 'e' -> {
                useExp = true;
                vEnd = precision + 1;
            }
            case 'f' -> vEnd = decpt + precision;
            case 'g' -> {
                useExp = decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision);
                if (alt) {
                    vEnd = precision;
                }
            }
            default -> useExp = decpt <= -4 || decpt > 16;
        }
        long exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        vEnd = Math.max(vEnd, !useExp && addDot0 ? decpt + 1 : decpt);
        NumberLayout.checkLength(vEnd - Math.min(decpt, 0) + 8, ' ');
        StringBuilder sb = new StringBuilder((int) Math.min(vEnd - Math.min(decpt, 0) + 8, 1 << 20));
        if (negative) {
            sb.append('-');
        }
        if (decpt <= 0) {
            sb.append('0');
        } else {
            appendPositions(sb, d, 0, decpt);
        }
        if (vEnd > decpt || alt) {
            sb.append('.');
        }
        appendPositions(sb, d, decpt, vEnd);
        if (useExp) {
            appendExponent(sb, exp, upper);
        }
        return sb.toString();
    }

    /** {@code e+05}: a sign and at least two digits, as C's printf. */
    private static void appendExponent(StringBuilder sb, long exp, boolean upper) {
        sb.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
        long a = Math.abs(exp);
        if (a < 10) {
            sb.append('0');
        }
        sb.append(a);
    }

    /** Digit positions [from, to) of d, zeros outside the digit string. */
    private static void appendPositions(StringBuilder sb, String d, long from, long to) {
        int n = d.length();
        if (from < 0) {
            long z = Math.min(0, to) - from;
            sb.append("0".repeat((int) z));
            from = 0;
        }
        if (from < n && from < to) {
            sb.append(d, (int) from, (int) Math.min(n, to));
            from = Math.min(n, to);
        }
        if (to > from) {
            sb.append("0".repeat((int) (to - from)));
        }
    }
}
