package org.hotpy.core.builtins;

import java.math.BigInteger;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.Slot;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Compare;
import org.hotpy.core.ops.Operators;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.function.PyBuiltinFunction;
import org.hotpy.core.types.number.IntMath;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/** abs, round, divmod, pow, sum, min, max, bin, oct, hex. */
final class NumericBuiltins {
    private NumericBuiltins() {}

    /** One enum constant per function and one switch, not a lambda each: see BuiltinsModule.Core. */
    private enum Fn implements PyBuiltinFunction.Body {
        ABS("abs", "x, /"),
        DIVMOD("divmod", "x, y, /"),
        POW("pow", "base, exp, mod=None"),
        ROUND("round", "number, ndigits=None"),
        SUM("sum", "iterable, /, start=0"),
        // keywords parsed by minmax, in CPython's order of checks (KeywordOnlyArgs)
        MIN("min", "*args, **kwargs"),
        MAX("max", "*args, **kwargs"),
        BIN("bin", "number, /"),
        OCT("oct", "number, /"),
        HEX("hex", "number, /");

        private final String pyName;
        private final String sig;

        Fn(String pyName, String sig) {
            this.pyName = pyName;
            this.sig = sig;
        }

        @Override
        public PyObject call(PyObject[] a) {
            return switch (this) {
                case ABS -> Operators.abs(a[0]);
                case DIVMOD -> divmod(a[0], a[1]);
                case POW -> Operators.ternaryPow(a[0], a[1], a[2]);
                case ROUND -> round(a[0], a[1]);
                case SUM -> sum(a[0], a[1]);
                case MIN -> minmax(a, true);
                case MAX -> minmax(a, false);
                case BIN -> PyStr.of(radix(a[0], 2, "0b"));
                case OCT -> PyStr.of(radix(a[0], 8, "0o"));
                case HEX -> PyStr.of(radix(a[0], 16, "0x"));
            };
        }
    }

    static void define(PyModule m) {
        for (Fn f : Fn.values()) {
            BuiltinsModule.def(m, f.pyName, f.sig, f);
        }
    }

    private static PyObject divmod(PyObject x, PyObject y) {
        PyObject r = tryBinary(x, y, Slot.DIVMOD, Slot.RDIVMOD);
        if (r == null) {
            throw Errors.typeError("unsupported operand type(s) for divmod(): '%s' and '%s'", x.type().tpName(),
                    y.type().tpName());
        }
        return r;
    }

    private static PyObject tryBinary(PyObject x, PyObject y, Slot slot, Slot rslot) {
        PyObject m = x.type().lookup(slot);
        if (m != null) {
            PyObject r = Call.callSpecial(m, x, y);
            if (r != org.hotpy.core.model.PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        if (y.type() != x.type()) {
            PyObject rm = y.type().lookup(rslot);
            if (rm != null) {
                PyObject r = Call.callSpecial(rm, y, x);
                if (r != org.hotpy.core.model.PyNotImplemented.INSTANCE) {
                    return r;
                }
            }
        }
        return null;
    }

    private static PyObject round(PyObject number, PyObject ndigits) {
        PyObject m = number.type().lookup(Slot.ROUND);
        if (m == null) {
            throw Errors.typeError("type %s doesn't define __round__ method", number.type().tpName());
        }
        if (ndigits == PyNone.NONE) {
            return Call.callSpecial(m, number);
        }
        return Call.callSpecial(m, number, ndigits);
    }

    private static PyObject sum(PyObject iterable, PyObject start) {
        if (start instanceof PyStr) {
            throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (start instanceof org.hotpy.core.types.text.PyBytes) {
            throw Errors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        if (start instanceof org.hotpy.core.types.text.PyByteArray) {
            throw Errors.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        PyObject acc = start;
        // Fast paths as CPython's: exact ints in a long, then floats with compensated sums are not
        // used by CPython's builtin sum (only math.fsum), so plain addition keeps the same result.
        long lacc = 0;
        boolean longMode = acc.getClass() == PyInt.class;
        if (longMode) {
            lacc = ((PyInt) acc).value;
        }
        int done = 0;
        if (longMode && (iterable.getClass() == PyList.class || iterable.getClass() == PyTuple.class)) {
            // The items of an exact list or tuple of ints are added straight from its array: no
            // iterator calls. Adding ints runs no Python code, so the list cannot change meanwhile.
            // A list is often summed once, when this loop runs in HotSpot's interpreter (wordfreq's
            // lists of 100,000 lengths).
            PyObject[] items = iterable instanceof PyList l ? l.itemsUnsafe() : ((PyTuple) iterable).itemsUnsafe();
            int n = iterable instanceof PyList l ? l.size() : items.length;
            while (done < n) {
                PyObject x = items[done];
                if (x.getClass() != PyInt.class) {
                    break;
                }
                long y = ((PyInt) x).value;
                long r = lacc + y;
                if (((lacc ^ r) & (y ^ r)) < 0) {
                    break;
                }
                lacc = r;
                done++;
            }
            if (done == n) {
                return PyInt.of(lacc);
            }
        }
        PyObject it = Protocols.iter(iterable);
        for (int i = 0; i < done; i++) {
            // past the items added above (rare: a float or a big int among ints); an exact list's
            // or tuple's iterator has no side effects
            Protocols.next(it);
        }
        for (PyObject x = Protocols.next(it); x != null; x = Protocols.next(it)) {
            if (longMode) {
                if (x.getClass() == PyInt.class) {
                    long y = ((PyInt) x).value;
                    long r = lacc + y;
                    if (((lacc ^ r) & (y ^ r)) >= 0) {
                        lacc = r;
                        continue;
                    }
                }
                acc = PyInt.of(lacc);
                longMode = false;
            }
            if (acc.getClass() == PyFloat.class && x.getClass() == PyFloat.class) {
                acc = new PyFloat(((PyFloat) acc).value + ((PyFloat) x).value);
                continue;
            }
            acc = Operators.binary(acc, x, Operators.BinOp.ADD);
        }
        return longMode ? PyInt.of(lacc) : acc;
    }

    private static PyObject minmax(PyObject[] a, boolean min) {
        PyTuple args = (PyTuple) a[0];
        String name = min ? "min" : "max";
        if (args.size() == 0) {
            throw Errors.typeError("%s expected at least 1 argument, got 0", name);
        }
        PyObject[] kw = KeywordOnlyArgs.parse(name, (PyDict) a[1], "key", "default");
        PyObject key = kw[0] == null ? PyNone.NONE : kw[0];
        PyObject dflt = kw[1];
        PyObject it;
        if (args.size() == 1) {
            it = Protocols.iter(args.get(0));
        } else {
            if (dflt != null) {
                throw Errors.typeError("Cannot specify a default for %s() with multiple positional arguments", name);
            }
            it = Protocols.iter(args);
        }
        PyObject best = null;
        PyObject bestKey = null;
        for (PyObject x = Protocols.next(it); x != null; x = Protocols.next(it)) {
            PyObject k = key == PyNone.NONE ? x : Call.call(key, x);
            if (best == null) {
                best = x;
                bestKey = k;
            } else if (min ? Compare.lt(k, bestKey) : Compare.lt(bestKey, k)) {
                best = x;
                bestKey = k;
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw Errors.valueError("%s() arg is an empty sequence", name);
        }
        return best;
    }

    private static String radix(PyObject number, int radix, String prefix) {
        PyObject i = Protocols.index(number);
        BigInteger v = IntMath.big(i);
        String digits = v.abs().toString(radix);
        return (v.signum() < 0 ? "-" : "") + prefix + digits;
    }
}
