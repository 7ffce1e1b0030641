package org.hotpy.core.types.number;

import java.math.BigInteger;
import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.types.text.FormatSpec;
import org.hotpy.core.types.text.PercentSpec;

/**
 * Integer to text, as CPython 3.11: {@code str}, {@code bin}/{@code oct}/{@code hex},
 * {@code format(n, spec)} and the {@code %d %i %u %o %x %X %c} conversions. Decimal output of
 * big values obeys the interpreter's integer string conversion limit ({@code maxStrDigits},
 * 0 for none); the power-of-two bases are never limited, as in CPython.
 */
public final class IntFormatter {
    private IntFormatter() {}

    /** {@code str(v)}: decimal digits, checked against the limit. */
    public static String toDecimal(BigInteger v, int maxStrDigits) {
        if (v.bitLength() < 64) {
            return Long.toString(v.longValue());
        }
        if (maxStrDigits > 0) {
            // a value of b bits has at least floor((b - 1) * log10 2) + 1 digits: reject early
            long atLeast = (long) Math.floor((v.bitLength() - 1) * 0.30102999566398114) + 1;
            if (atLeast > maxStrDigits) {
                throw tooLong(maxStrDigits);
            }
        }
        String s = v.toString();   // JDK: recursive (Schoenhage) conversion, subquadratic
        if (maxStrDigits > 0 && s.length() - (v.signum() < 0 ? 1 : 0) > maxStrDigits) {
            throw tooLong(maxStrDigits);
        }
        return s;
    }

    private static PyException tooLong(int limit) {
        return Errors.valueError("Exceeds the limit (%d digits) for integer string conversion;"
                + " use sys.set_int_max_str_digits() to increase the limit", limit);
    }

    /**
     * Digits of {@code v} in {@code radix} (2 to 36), lower case, with a leading minus when
     * negative and no prefix. Radix 10 is not limited here: use {@link #toDecimal}.
     */
    public static String toString(BigInteger v, int radix) {
        if (radix == 2 || radix == 8 || radix == 16) {
            String digits = RadixConversion.toPowerOfTwoString(v, radix);
            return v.signum() < 0 ? "-" + digits : digits;
        }
        return v.toString(radix);
    }

    /** {@code bin(v)}: {@code 0b101}, {@code -0b101}. */
    public static String bin(BigInteger v) {
        return prefixed(v, 2, "0b");
    }

    /** {@code oct(v)}: {@code 0o17}. */
    public static String oct(BigInteger v) {
        return prefixed(v, 8, "0o");
    }

    /** {@code hex(v)}: {@code 0xff}. */
    public static String hex(BigInteger v) {
        return prefixed(v, 16, "0x");
    }

    private static String prefixed(BigInteger v, int radix, String prefix) {
        String digits = RadixConversion.toPowerOfTwoString(v, radix);
        return v.signum() < 0 ? "-" + prefix + digits : prefix + digits;
    }

    /** {@code format(v, spec)} for a small int (no limit can apply to 19 digits). */
    public static String format(long v, FormatSpec spec) {
        return format(BigInteger.valueOf(v), spec, 0);
    }

    /**
     * {@code int.__format__}: {@code b c d n o x X} and none format the integer; {@code e E f F g G %}
     * convert it to float first (OverflowError when too large), as CPython does. An empty spec
     * gives {@code str(n)}; for bool and other int subclasses CPython returns {@code str(self)}
     * instead ({@code format(True, '')} is {@code 'True'}), which is the caller's to do.
     */
    public static String format(BigInteger v, FormatSpec spec, int maxStrDigits) {
        switch (spec.type()) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n' -> {
                return formatInt(v, spec, maxStrDigits);
            }
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
                return FloatFormatter.format(IntConvert.toDouble(v), spec);
            }
            default -> throw spec.unknownType();
        }
    }

    private static String formatInt(BigInteger v, FormatSpec spec, int maxStrDigits) {
        if (spec.precision() != -1) {
            throw Errors.valueError("Precision not allowed in integer format specifier");
        }
        if (spec.noNegZero()) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        int type = spec.type();
        if (type == 'c') {
            return formatChar(v, spec);
        }
        int radix = switch (type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String digits = radix == 10 ? toDecimal(v.abs(), maxStrDigits) : RadixConversion.toPowerOfTwoString(v, radix);
        String prefix = "";
        if (spec.alternate() && radix != 10) {
            prefix = radix == 2 ? "0b" : radix == 8 ? "0o" : "0x";
        }
        if (type == 'X') {
            digits = digits.toUpperCase();
            prefix = prefix.toUpperCase();
        }
        char sep = type == 'n' ? 0 : spec.grouping();
        int group = sep == '_' && radix != 10 ? 4 : 3;
        return NumberLayout.layout(spec, v.signum() < 0, prefix, digits, false, "", sep, group);
    }

    private static String formatChar(BigInteger v, FormatSpec spec) {
        if (spec.sign() != 0) {
            throw Errors.valueError("Sign not allowed with integer format specifier 'c'");
        }
        if (spec.alternate()) {
            throw Errors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        if (v.bitLength() >= 64) {
            throw Errors.overflowError("Python int too large to convert to C long");
        }
        long x = v.longValue();
        if (x < 0 || x > 0x10ffff) {
            throw Errors.overflowError("%c arg not in range(0x110000)");
        }
        return NumberLayout.layout(spec, false, "", "", false, Character.toString((int) x), (char) 0, 3);
    }

    /**
     * printf-style {@code %d %i %u %o %x %X} of an int: the precision is a minimum digit count
     * (zeros after the sign and prefix), {@code #} adds {@code 0o}/{@code 0x}/{@code 0X}.
     */
    public static String percent(BigInteger v, PercentSpec spec, int maxStrDigits) {
        char c = spec.conversion();
        int radix = switch (c) {
            case 'd', 'i', 'u' -> 10;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> throw new IllegalArgumentException("not an integer conversion: " + c);
        };
        int precision = spec.precision();
        if (precision > Integer.MAX_VALUE - 3) {
            throw Errors.overflowError("precision too large");
        }
        String digits = radix == 10 ? toDecimal(v.abs(), maxStrDigits) : RadixConversion.toPowerOfTwoString(v, radix);
        StringBuilder sb = new StringBuilder(digits.length() + 4);
        if (v.signum() < 0) {
            sb.append('-');
        }
        if (spec.has(PercentSpec.ALT) && radix != 10) {
            sb.append('0').append(c == 'o' ? 'o' : c);
        }
        if (precision > digits.length()) {
            sb.append("0".repeat(precision - digits.length()));
        }
        sb.append(c == 'X' ? digits.toUpperCase() : digits);
        return spec.output(sb.toString());
    }

    /** printf-style {@code %d} etc. of a small int. */
    public static String percent(long v, PercentSpec spec) {
        return percent(BigInteger.valueOf(v), spec, 0);
    }

    /** printf-style {@code %c} of an int: the code point, padded to the width. */
    public static String percentChar(BigInteger v, PercentSpec spec) {
        if (v.signum() < 0 || v.bitLength() > 21 || v.intValue() > 0x10ffff) {
            throw Errors.overflowError("%c arg not in range(0x110000)");
        }
        return spec.output(Character.toString(v.intValue()));
    }
}
