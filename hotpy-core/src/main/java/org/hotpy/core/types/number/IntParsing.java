package org.hotpy.core.types.number;

import java.math.BigInteger;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.Slot;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.text.PyBytes;
import org.hotpy.core.types.text.PyStr;

/** The conversions behind {@code int(x)} and {@code int(s, base)}. */
public final class IntParsing {
    private IntParsing() {}

    /** {@code int(x)}: strings are parsed in base 10; numbers go through __int__, __index__, __trunc__. */
    public static PyObject toInt(PyObject x) {
        if (IntMath.isInt(x)) {
            return IntMath.exact(x);
        }
        if (x instanceof PyStr s) {
            return parse(x, 10);
        }
        if (x instanceof PyBytes b) {
            return parse(x, 10);
        }
        if (x instanceof PyFloat f) {
            return FloatMethods.toInt(f.value);
        }
        PyObject m = x.type().lookup(Slot.INT);
        if (m != null) {
            PyObject r = Call.callSpecial(m, x);
            if (!IntMath.isInt(r)) {
                throw Errors.typeError("__int__ returned non-int (type %s)", r.type().tpName());
            }
            return IntMath.exact(r);
        }
        if (x.type().lookup(Slot.INDEX) != null) {
            return Protocols.index(x);
        }
        PyObject tr = x.type().lookup(Slot.TRUNC);
        if (tr != null) {
            PyObject r = Call.callSpecial(tr, x);
            if (IntMath.isInt(r)) {
                return IntMath.exact(r);
            }
            return Protocols.index(r);
        }
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '%s'",
                x.type().tpName());
    }

    /** {@code int(s, base)}: only strings and bytes may be given with a base. */
    static PyObject parseWithBase(PyObject x, PyObject baseObj) {
        PyObject b = Protocols.index(baseObj);
        if (!(b instanceof PyInt bi) || (bi.value != 0 && (bi.value < 2 || bi.value > 36))) {
            throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        int base = (int) bi.value;
        if (x instanceof PyStr s) {
            return parse(x, base);
        }
        if (x instanceof PyBytes) {
            return parse(x, base);
        }
        if (x instanceof org.hotpy.core.types.text.PyByteArray ba) {
            return parse(new PyBytes(ba.toArray()), base);
        }
        throw Errors.typeError("int() can't convert non-string with explicit base");
    }

    private static PyObject parse(PyObject original, int base) {
        Number n = original instanceof PyBytes b ? NumberParser.parseIntBytes(b.data(), base, IntMethods.maxStrDigits())
                : NumberParser.parseInt(((PyStr) original).value(), base, IntMethods.maxStrDigits());
        return n instanceof BigInteger big ? PyInt.of(big) : PyInt.of(n.longValue());
    }
}
