package org.hotpy.core.types.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.hotpy.core.errors.Errors;

/** Exact decimal renderings of floats for {@code %}-formatting, and str format specs. */
final class TextFormatting {
    private TextFormatting() {}

    /** {@code %e %f %g} (and upper-case forms) of a double, correctly rounded, without padding. */
    static String percentFloat(double d, PercentFormat.Conversion c) {
        char type = c.type();
        boolean upper = Character.isUpperCase(type);
        if (Double.isNaN(d)) {
            return upper ? "NAN" : "nan";
        }
        if (Double.isInfinite(d)) {
            String s = upper ? "INF" : "inf";
            return d < 0 ? "-" + s : s;
        }
        int p = c.precision() < 0 ? 6 : c.precision();
        String sign = (d < 0 || (d == 0 && 1 / d < 0)) ? "-" : "";
        BigDecimal v = new BigDecimal(Math.abs(d));
        String body;
        switch (Character.toLowerCase(type)) {
            case 'f': body = fixed(v, p, c.alt()); break;
            case 'e': body = exponent(v, p, c.alt()); break;
            default: body = general(v, p == 0 ? 1 : p, c.alt()); break;
        }
        return sign + (upper ? body.toUpperCase(java.util.Locale.ROOT) : body);
    }

    static String fixed(BigDecimal v, int p, boolean alt) {
        String s = v.setScale(p, RoundingMode.HALF_EVEN).toPlainString();
        return p == 0 && alt ? s + "." : s;
    }

    static String exponent(BigDecimal v, int p, boolean alt) {
        if (v.signum() == 0) {
            return (p == 0 ? "0" + (alt ? "." : "") : "0." + "0".repeat(p)) + "e+00";
        }
        BigDecimal r = v.round(new MathContext(p + 1, RoundingMode.HALF_EVEN));
        String digits = r.unscaledValue().toString();
        int exp = digits.length() - 1 - r.scale();
        if (digits.length() < p + 1) {
            digits = digits + "0".repeat(p + 1 - digits.length());
        } else if (digits.length() > p + 1) {
            digits = digits.substring(0, p + 1);
        }
        StringBuilder sb = new StringBuilder().append(digits.charAt(0));
        if (p > 0 || alt) {
            sb.append('.');
        }
        sb.append(digits, 1, digits.length());
        sb.append('e').append(exp < 0 ? '-' : '+');
        int ae = Math.abs(exp);
        if (ae < 10) {
            sb.append('0');
        }
        return sb.append(ae).toString();
    }

    static String general(BigDecimal v, int p, boolean alt) {
        int exp;
        if (v.signum() == 0) {
            exp = 0;
        } else {
            BigDecimal r = v.round(new MathContext(p, RoundingMode.HALF_EVEN));
            exp = r.precision() - 1 - r.scale();
        }
        String s;
        if (exp >= -4 && exp < p) {
            s = fixed(v, p - 1 - exp, alt);
            if (!alt && s.indexOf('.') >= 0) {
                s = stripZeros(s);
            }
        } else {
            s = exponent(v, p - 1, alt);
            if (!alt) {
                int e = s.indexOf('e');
                String mant = s.substring(0, e);
                if (mant.indexOf('.') >= 0) {
                    mant = stripZeros(mant);
                }
                s = mant + s.substring(e);
            }
        }
        return s;
    }

    private static String stripZeros(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '0') {
            end--;
        }
        if (end > 0 && s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }

    /** A str format spec: {@code [[fill]align][0][width][.precision][s]}. */
    static String formatString(String value, String spec) {
        int i = 0;
        int n = spec.length();
        int fill = ' ';
        char align = '<';
        if (n >= 2 && "<>^=".indexOf(spec.charAt(spec.offsetByCodePoints(0, 1))) >= 0) {
            fill = spec.codePointAt(0);
            i = spec.offsetByCodePoints(0, 1);
            align = spec.charAt(i++);
        } else if (n >= 1 && "<>^=".indexOf(spec.charAt(0)) >= 0) {
            align = spec.charAt(i++);
        }
        if (i < n && "+- ".indexOf(spec.charAt(i)) >= 0) {
            throw Errors.valueError("Sign not allowed in string format specifier");
        }
        if (i < n && spec.charAt(i) == '#') {
            throw Errors.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (i < n && spec.charAt(i) == '0') {
            if (fill == ' ' && i == 0) {
                fill = '0';
            }
            i++;
        }
        int start = i;
        while (i < n && Character.isDigit(spec.charAt(i))) {
            i++;
        }
        int width = i > start ? Integer.parseInt(spec.substring(start, i)) : -1;
        if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
            throw Errors.valueError("Cannot specify '%s' with 's'.", String.valueOf(spec.charAt(i)));
        }
        int precision = -1;
        if (i < n && spec.charAt(i) == '.') {
            int ps = ++i;
            while (i < n && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            if (i == ps) {
                throw Errors.valueError("Format specifier missing precision");
            }
            precision = Integer.parseInt(spec.substring(ps, i));
        }
        if (i < n && spec.charAt(i) == 's' && i == n - 1) {
            i++;
        }
        if (i != n) {
            char t = spec.charAt(n - 1);
            if (i == n - 1) {
                throw Errors.valueError("Unknown format code '%s' for object of type 'str'", String.valueOf(t));
            }
            throw Errors.valueError("Invalid format specifier '%s' for object of type 'str'", spec);
        }
        if (align == '=') {
            throw Errors.valueError("'=' alignment not allowed in string format specifier");
        }
        String s = value;
        int len = s.codePointCount(0, s.length());
        if (precision >= 0 && len > precision) {
            s = s.substring(0, s.offsetByCodePoints(0, precision));
            len = precision;
        }
        if (width <= len) {
            return s;
        }
        int total = width - len;
        String f = new String(Character.toChars(fill));
        switch (align) {
            case '>': return f.repeat(total) + s;
            case '^': return f.repeat(total / 2) + s + f.repeat(total - total / 2);
            default: return s + f.repeat(total);
        }
    }
}
