package org.hotpy.core.types.number;

import java.math.BigInteger;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyNotImplemented;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.text.PyStr;

/**
 * The methods of {@code int}. Operands arrive as {@link PyInt} or {@link PyBigInt} (bool and
 * subclasses included); anything else makes a binary method return NotImplemented so that the
 * other operand's reflected method can try, as CPython's number protocol requires.
 */
final class IntMethods {
    private IntMethods() {}

    static final PyObject NI = PyNotImplemented.INSTANCE;

    static void define(TypeDef t) {
        t.newMethod("x=?, /, base=?", IntMethods::newInt);
        t.method0("__repr__", IntMethods::repr);
        t.method0("__hash__", (PyObject s) -> PyInt.of(IntMath.hash(s)));
        t.method0("__bool__", (PyObject s) -> PyBool.of(IntMath.signum(s) != 0));
        t.method0("__index__", IntMath::exact);
        t.method0("__int__", IntMath::exact);
        t.method0("__float__", (PyObject s) -> new PyFloat(IntMath.toDouble(s)));
        t.method0("__neg__", IntMath::neg);
        t.method0("__pos__", IntMath::exact);
        t.method0("__abs__", IntMath::abs);
        t.method0("__invert__", IntMath::invert);
        t.method0("__trunc__", IntMath::exact);
        t.method0("__floor__", IntMath::exact);
        t.method0("__ceil__", IntMath::exact);
        t.method0("conjugate", IntMath::exact);
        t.method1("__round__", "ndigits=?, /", IntMethods::round);
        t.method0("__getnewargs__", (PyObject s) -> PyTuple.of(IntMath.exact(s)));
        t.method0("bit_length", (PyObject s) -> PyInt.of(IntMath.bitLength(s)));
        t.method0("bit_count", (PyObject s) -> PyInt.of(IntMath.big(s).abs().bitCount()));
        t.method0("as_integer_ratio", (PyObject s) -> PyTuple.of(IntMath.exact(s), PyInt.ONE));
        t.getter("real", IntMath::exact);
        t.getter("imag", (PyObject s) -> PyInt.ZERO);
        t.getter("numerator", IntMath::exact);
        t.getter("denominator", (PyObject s) -> PyInt.ONE);
        defineArithmetic(t);
        defineComparisons(t);
        IntBytes.define(t);
        t.method1("__format__", "format_spec, /", IntMethods::format);
    }

    private static void defineArithmetic(TypeDef t) {
        t.binary("__add__", (PyObject a, PyObject b) -> IntMath.isInt(b) ? IntMath.add(a, b) : NI);
        t.binary("__radd__", (PyObject a, PyObject b) -> IntMath.isInt(b) ? IntMath.add(b, a) : NI);
        t.binary("__sub__", (PyObject a, PyObject b) -> IntMath.isInt(b) ? IntMath.sub(a, b) : NI);
        t.binary("__rsub__", (PyObject a, PyObject b) -> IntMath.isInt(b) ? IntMath.sub(b, a) : NI);
        t.binary("__mul__", (PyObject a, PyObject b) -> IntMath.isInt(b) ? IntMath.mul(a, b) : NI);
        t.binary("__rmul__", (PyObject a, PyObject b) -> IntMath.isInt(b) ? IntMath.mul(b, a) : NI);
        t.binary("__floordiv__", (PyObject a, PyObject b) -> IntMath.isInt(b) ? IntMath.floorDiv(a, b) : NI);
        t.binary("__rfloordiv__", (PyObject a, PyObject b) -> IntMath.isInt(b) ? IntMath.floorDiv(b, a) : NI);
        t.binary("__mod__", (PyObject a, PyObject b) -> IntMath.isInt(b) ? IntMath.mod(a, b) : NI);
        t.binary("__rmod__", (PyObject a, PyObject b) -> IntMath.isInt(b) ? IntMath.mod(b, a) : NI);
        t.binary("__divmod__", (PyObject a, PyObject b) -> IntMath.isInt(b) ? divmod(a, b) : NI);
        t.binary("__rdivmod__", (PyObject a, PyObject b) -> IntMath.isInt(b) ? divmod(b, a) : NI);
        t.binary("__truediv__", (PyObject a, PyObject b) -> IntMath.isInt(b) ? trueDiv(a, b) : NI);
        t.binary("__rtruediv__", (PyObject a, PyObject b) -> IntMath.isInt(b) ? trueDiv(b, a) : NI);
        t.binary("__and__", (PyObject a, PyObject b) -> IntMath.isInt(b) ? IntMath.and(a, b) : NI);
        t.binary("__rand__", (PyObject a, PyObject b) -> IntMath.isInt(b) ? IntMath.and(b, a) : NI);
        t.binary("__or__", (PyObject a, PyObject b) -> IntMath.isInt(b) ? IntMath.or(a, b) : NI);
        t.binary("__ror__", (PyObject a, PyObject b) -> IntMath.isInt(b) ? IntMath.or(b, a) : NI);
        t.binary("__xor__", (PyObject a, PyObject b) -> IntMath.isInt(b) ? IntMath.xor(a, b) : NI);
        t.binary("__rxor__", (PyObject a, PyObject b) -> IntMath.isInt(b) ? IntMath.xor(b, a) : NI);
        t.binary("__lshift__", (PyObject a, PyObject b) -> IntMath.isInt(b) ? IntMath.lshift(a, b) : NI);
        t.binary("__rlshift__", (PyObject a, PyObject b) -> IntMath.isInt(b) ? IntMath.lshift(b, a) : NI);
        t.binary("__rshift__", (PyObject a, PyObject b) -> IntMath.isInt(b) ? IntMath.rshift(a, b) : NI);
        t.binary("__rrshift__", (PyObject a, PyObject b) -> IntMath.isInt(b) ? IntMath.rshift(b, a) : NI);
        t.method2("__pow__", "value, mod=None, /", (PyObject a, PyObject b, PyObject m) -> pow(a, b, m));
        t.method2("__rpow__", "value, mod=None, /", (PyObject a, PyObject b, PyObject m) -> pow(b, a, m));
    }

    private static void defineComparisons(TypeDef t) {
        t.binary("__eq__", (PyObject a, PyObject b) -> IntMath.isInt(b) ? PyBool.of(IntMath.equal(a, b)) : NI);
        t.binary("__ne__", (PyObject a, PyObject b) -> IntMath.isInt(b) ? PyBool.of(!IntMath.equal(a, b)) : NI);
        t.binary("__lt__", (PyObject a, PyObject b) -> IntMath.isInt(b) ? PyBool.of(IntMath.compare(a, b) < 0) : NI);
        t.binary("__le__", (PyObject a, PyObject b) -> IntMath.isInt(b) ? PyBool.of(IntMath.compare(a, b) <= 0) : NI);
        t.binary("__gt__", (PyObject a, PyObject b) -> IntMath.isInt(b) ? PyBool.of(IntMath.compare(a, b) > 0) : NI);
        t.binary("__ge__", (PyObject a, PyObject b) -> IntMath.isInt(b) ? PyBool.of(IntMath.compare(a, b) >= 0) : NI);
    }

    static PyObject and(PyObject a, PyObject b) {
        return IntMath.isInt(b) && IntMath.isInt(a) ? IntMath.and(a, b) : NI;
    }

    static PyObject or(PyObject a, PyObject b) {
        return IntMath.isInt(b) && IntMath.isInt(a) ? IntMath.or(a, b) : NI;
    }

    static PyObject xor(PyObject a, PyObject b) {
        return IntMath.isInt(b) && IntMath.isInt(a) ? IntMath.xor(a, b) : NI;
    }

    static PyObject divmod(PyObject a, PyObject b) {
        if (IntMath.signum(b) == 0) {
            throw Errors.zeroDivisionError("integer division or modulo by zero");
        }
        return PyTuple.of(IntMath.floorDiv(a, b), IntMath.mod(a, b));
    }

    /** int / int: the correctly rounded float quotient, as CPython's long_true_divide. */
    static PyObject trueDiv(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return new PyFloat(IntConvert.trueDivide(x.value, y.value));
        }
        return new PyFloat(IntConvert.trueDivide(IntMath.big(a), IntMath.big(b)));
    }

    static PyObject pow(PyObject a, PyObject b, PyObject m) {
        if (!IntMath.isInt(a) || !IntMath.isInt(b)) {
            return NI;
        }
        if (m != null && m != org.hotpy.core.model.PyNone.NONE) {
            if (!IntMath.isInt(m)) {
                return NI;
            }
            return IntMath.powMod(a, b, m);
        }
        if (IntMath.signum(b) < 0) {
            double base = IntMath.toDouble(a);
            if (base == 0.0) {
                throw Errors.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return new PyFloat(Math.pow(base, IntMath.toDouble(b)));
        }
        return IntMath.pow(a, b);
    }

    static PyObject round(PyObject self, PyObject ndigits) {
        if (ndigits == null || ndigits == org.hotpy.core.model.PyNone.NONE) {
            return IntMath.exact(self);
        }
        PyObject nd = Protocols.index(ndigits);
        if (IntMath.signum(nd) >= 0) {
            return IntMath.exact(self);
        }
        long n = nd instanceof PyInt p ? p.value : Long.MIN_VALUE; // clamped: any huge ndigits rounds to 0
        return PyInt.of(FloatRound.round(IntMath.big(self), n));
    }

    static PyObject repr(PyObject self) {
        if (self instanceof PyInt i) {
            return PyStr.of(Long.toString(i.value));
        }
        return PyStr.of(IntFormatter.toDecimal(((PyBigInt) self).value, maxStrDigits()));
    }

    static PyObject format(PyObject self, PyObject spec) {
        String s = Protocols.strArg(spec, "format_spec", "__format__");
        if (s.isEmpty()) {
            return Protocols.str(self);
        }
        org.hotpy.core.types.text.FormatSpec fs = org.hotpy.core.types.text.FormatSpec.forInt(s, self.type().tpName());
        if (self instanceof PyInt i) {
            return PyStr.of(IntFormatter.format(i.value, fs));
        }
        return PyStr.of(IntFormatter.format(IntMath.big(self), fs, maxStrDigits()));
    }

    /** The interpreter's int/str conversion digit limit ({@code sys.set_int_max_str_digits}). */
    static int maxStrDigits() {
        org.hotpy.core.interp.InterpreterState st = org.hotpy.core.interp.InterpreterState.currentOrNull();
        return st == null ? NumberParser.DEFAULT_MAX_STR_DIGITS : st.maxStrDigits();
    }

    /** {@code int(x=0, /, base=10)} and {@code int.__new__(subclass, …)}. */
    static PyObject newInt(PyType cls, PyObject[] a) {
        PyObject x = a[0];
        PyObject base = a[1];
        PyObject v;
        if (x == null) {
            if (base != null) {
                throw Errors.typeError("int() missing string argument");
            }
            v = PyInt.ZERO;
        } else if (base != null) {
            v = IntParsing.parseWithBase(x, base);
        } else {
            v = IntParsing.toInt(x);
        }
        return cls == PyInt.TYPE ? v : derived(cls, v);
    }

    static PyObject derived(PyType cls, PyObject v) {
        if (v instanceof PyInt i) {
            return new PyInt.Derived(cls, i.value);
        }
        return new PyBigInt.Derived(cls, ((PyBigInt) v).value);
    }
}
