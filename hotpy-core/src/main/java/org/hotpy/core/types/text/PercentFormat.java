package org.hotpy.core.types.text;

import java.math.BigInteger;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.Slot;
import org.hotpy.core.ops.Attr;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.number.FloatMethods;
import org.hotpy.core.types.number.IntMath;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;

/** {@code str % args}: printf-style formatting with CPython's conversions and messages. */
public final class PercentFormat {
    private PercentFormat() {}

    /** One parsed conversion: flags, width, precision (-1 = none) and the conversion character. */
    public record Conversion(boolean left, boolean plus, boolean space, boolean alt, boolean zero,
                             int width, int precision, char type) {}

    /**
     * {@code bytes % args}: the same conversions on the bytes viewed as Latin-1 text, where %s and
     * %b take bytes-like objects (or __bytes__) and %r/%a give the ASCII repr.
     */
    public static byte[] formatBytes(byte[] fmt, PyObject values) {
        String text = format(new String(fmt, java.nio.charset.StandardCharsets.ISO_8859_1), values, true);
        return text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    public static String format(String fmt, PyObject values) {
        return format(fmt, values, false);
    }

    private static String format(String fmt, PyObject values, boolean bytesMode) {
        boolean isTuple = values instanceof PyTuple;
        PyTuple args = isTuple ? (PyTuple) values : null;
        boolean mapping = !isTuple && !(values instanceof PyStr) && values.type().lookup(Slot.GETITEM) != null;
        int argIndex = 0;
        StringBuilder out = new StringBuilder(fmt.length() + 16);
        int n = fmt.length();
        int i = 0;
        boolean usedMapping = false;
        while (i < n) {
            char c = fmt.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i >= n) {
                throw Errors.valueError("incomplete format");
            }
            PyObject mapValue = null;
            if (fmt.charAt(i) == '(') {
                if (!mapping) {
                    throw Errors.typeError("format requires a mapping");
                }
                int depth = 1;
                int j = i + 1;
                while (j < n && depth > 0) {
                    if (fmt.charAt(j) == '(') {
                        depth++;
                    } else if (fmt.charAt(j) == ')') {
                        depth--;
                    }
                    j++;
                }
                if (depth > 0) {
                    throw Errors.valueError("incomplete format key");
                }
                mapValue = Protocols.getItem(values, PyStr.of(fmt.substring(i + 1, j - 1)));
                usedMapping = true;
                // As in CPython, an unkeyed conversion after a keyed one finds no argument left.
                argIndex = Math.max(argIndex, 1);
                i = j;
            }
            boolean left = false, plus = false, space = false, alt = false, zero = false;
            for (; i < n; i++) {
                char f = fmt.charAt(i);
                if (f == '-') {
                    left = true;
                } else if (f == '+') {
                    plus = true;
                } else if (f == ' ') {
                    space = true;
                } else if (f == '#') {
                    alt = true;
                } else if (f == '0') {
                    zero = true;
                } else {
                    break;
                }
            }
            int width = -1;
            if (i < n && fmt.charAt(i) == '*') {
                PyObject w = next(args, values, argIndex++, isTuple);
                if (!(w instanceof PyInt wi)) {
                    throw Errors.typeError("* wants int");
                }
                width = (int) wi.value;
                if (width < 0) {
                    left = true;
                    width = -width;
                }
                i++;
            } else {
                int start = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    width = Integer.parseInt(fmt.substring(start, i));
                }
            }
            int precision = -1;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                if (i < n && fmt.charAt(i) == '*') {
                    PyObject p = next(args, values, argIndex++, isTuple);
                    if (!(p instanceof PyInt pi)) {
                        throw Errors.typeError("* wants int");
                    }
                    precision = (int) Math.max(0, pi.value);
                    i++;
                } else {
                    int start = i;
                    while (i < n && Character.isDigit(fmt.charAt(i))) {
                        i++;
                    }
                    precision = i > start ? Integer.parseInt(fmt.substring(start, i)) : 0;
                }
            }
            while (i < n && (fmt.charAt(i) == 'l' || fmt.charAt(i) == 'h' || fmt.charAt(i) == 'L')) {
                i++;
            }
            if (i >= n) {
                throw Errors.valueError("incomplete format");
            }
            char type = fmt.charAt(i++);
            if (type == '%') {
                out.append('%');
                continue;
            }
            PyObject v = mapValue != null ? mapValue : next(args, values, argIndex++, isTuple);
            Conversion conv = new Conversion(left, plus, space, alt, zero, width, precision, type);
            out.append(bytesMode ? convertBytes(conv, v, i - 1) : convert(conv, v, i - 1));
        }
        if (!usedMapping && (isTuple ? argIndex < args.size() : argIndex == 0 && !mapping)) {
            throw Errors.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static PyObject next(PyTuple args, PyObject single, int index, boolean isTuple) {
        if (isTuple) {
            if (index >= args.size()) {
                throw Errors.typeError("not enough arguments for format string");
            }
            return args.get(index);
        }
        if (index > 0) {
            throw Errors.typeError("not enough arguments for format string");
        }
        return single;
    }

    private static String convertBytes(Conversion c, PyObject v, int at) {
        switch (c.type()) {
            case 's': case 'b': {
                byte[] b;
                if (v instanceof PyBytes || v instanceof PyByteArray) {
                    b = PyBytes.bytesLike(v, "%b");
                } else {
                    PyObject m = Attr.lookupSpecial(v, "__bytes__");
                    if (m == null) {
                        throw Errors.typeError("%%b requires a bytes-like object, or an object that implements "
                                + "__bytes__, not '%s'", v.type().tpName());
                    }
                    b = PyBytes.bytesLike(Call.call(m), "%b");
                }
                return pad(c, truncate(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1), c.precision()), false);
            }
            case 'r': case 'a':
                return pad(c, truncate(StrRepr.escapeNonAscii(Protocols.repr(v).value()), c.precision()), false);
            case 'c':
                if (v instanceof PyBytes b && b.size() == 1) {
                    return pad(c, String.valueOf((char) (b.data()[0] & 0xff)), false);
                }
                if (IntMath.isInt(v)) {
                    long x = Protocols.asIndexClamped(v);
                    if (x < 0 || x > 255) {
                        throw Errors.overflowError("%c arg not in range(256)");
                    }
                    return pad(c, String.valueOf((char) x), false);
                }
                throw Errors.typeError("%c requires an integer in range(256) or a single byte");
            default:
                return convert(c, v, at);
        }
    }

    private static String convert(Conversion c, PyObject v, int at) {
        String body;
        switch (c.type()) {
            case 's': body = Protocols.str(v).value(); return pad(c, truncate(body, c.precision()), false);
            case 'r': body = Protocols.repr(v).value(); return pad(c, truncate(body, c.precision()), false);
            case 'a': body = StrRepr.escapeNonAscii(Protocols.repr(v).value()); return pad(c, truncate(body, c.precision()), false);
            case 'c': return pad(c, charOf(v), false);
            case 'd': case 'i': case 'u':
                return integer(c, integralValue(v, c.type(), true), 10);
            case 'x': case 'X': case 'o':
                return integer(c, integralValue(v, c.type(), false), c.type() == 'o' ? 8 : 16);
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                return floating(c, v);
            default:
                throw Errors.valueError("unsupported format character '%s' (0x%x) at index %d",
                        String.valueOf(c.type()), (int) c.type(), at);
        }
    }

    private static String truncate(String s, int precision) {
        if (precision < 0 || s.codePointCount(0, s.length()) <= precision) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, precision));
    }

    private static String charOf(PyObject v) {
        if (v instanceof PyStr s) {
            if (s.length() != 1) {
                throw Errors.typeError("%c requires int or char");
            }
            return s.value();
        }
        if (IntMath.isInt(v)) {
            BigInteger b = IntMath.big(v);
            if (b.signum() < 0 || b.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                throw Errors.overflowError("%c arg not in range(0x110000)");
            }
            return new String(Character.toChars(b.intValue()));
        }
        throw Errors.typeError("%c requires int or char");
    }

    private static BigInteger integralValue(PyObject v, char type, boolean acceptReal) {
        if (IntMath.isInt(v)) {
            return IntMath.big(v);
        }
        if (acceptReal) {
            if (v instanceof PyFloat f) {
                return IntMath.big(FloatMethods.toInt(f.value));
            }
            if (v.type().lookup(Slot.INT) != null || v.type().lookup(Slot.INDEX) != null) {
                return IntMath.big(Protocols.toIntObject(v));
            }
            throw Errors.typeError("%%%s format: a real number is required, not %s", String.valueOf(type), v.type().tpName());
        }
        if (v.type().lookup(Slot.INDEX) != null) {
            return IntMath.big(Protocols.index(v));
        }
        throw Errors.typeError("%%%s format: an integer is required, not %s", String.valueOf(type), v.type().tpName());
    }

    private static String integer(Conversion c, BigInteger v, int radix) {
        String digits = v.abs().toString(radix);
        if (c.type() == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        if (c.precision() > digits.length()) {
            digits = "0".repeat(c.precision() - digits.length()) + digits;
        }
        String prefix = "";
        if (c.alt()) {
            prefix = c.type() == 'o' ? "0o" : c.type() == 'x' ? "0x" : c.type() == 'X' ? "0X" : "";
        }
        String sign = v.signum() < 0 ? "-" : c.plus() ? "+" : c.space() ? " " : "";
        return padNumber(c, sign + prefix, digits);
    }

    private static String floating(Conversion c, PyObject v) {
        double d;
        if (v instanceof PyFloat f) {
            d = f.value;
        } else if (IntMath.isInt(v)) {
            d = IntMath.toDouble(v);
        } else if (v.type().lookup(Slot.FLOAT) != null || v.type().lookup(Slot.INDEX) != null) {
            d = FloatMethods.toDouble(v);
        } else {
            throw Errors.typeError("must be real number, not %s", v.type().tpName());
        }
        String body = TextFormatting.percentFloat(d, c);
        String sign = "";
        if (body.startsWith("-")) {
            sign = "-";
            body = body.substring(1);
        } else if (c.plus()) {
            sign = "+";
        } else if (c.space()) {
            sign = " ";
        }
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return pad(c, sign + body, false);
        }
        return padNumber(c, sign, body);
    }

    private static String padNumber(Conversion c, String prefix, String digits) {
        int len = prefix.length() + digits.length();
        if (c.width() <= len) {
            return prefix + digits;
        }
        int fill = c.width() - len;
        if (c.left()) {
            return prefix + digits + " ".repeat(fill);
        }
        if (c.zero()) {
            return prefix + "0".repeat(fill) + digits;
        }
        return " ".repeat(fill) + prefix + digits;
    }

    private static String pad(Conversion c, String s, boolean numeric) {
        int len = s.codePointCount(0, s.length());
        if (c.width() <= len) {
            return s;
        }
        String fill = " ".repeat(c.width() - len);
        return c.left() ? s + fill : fill + s;
    }
}
