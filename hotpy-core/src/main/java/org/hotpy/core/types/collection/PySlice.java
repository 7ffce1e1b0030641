package org.hotpy.core.types.collection;

import java.math.BigInteger;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyNotImplemented;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Compare;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.number.IntMath;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/** Python {@code slice(start, stop, step)}. */
public final class PySlice extends PyObject {
    public static final PyType TYPE = PyType.builtin("slice", PyType.OBJECT, PySlice.class,
            CollectionTypeDefs.SLICE)
            .notSubclassable();

    public final PyObject start;
    public final PyObject stop;
    public final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Resolved bounds for a sequence of a given length: CPython's PySlice_AdjustIndices. */
    public record Indices(int start, int stop, int step, int length) {
        /** The selected items of {@code items}. */
        public PyObject[] select(PyObject[] items) {
            PyObject[] r = new PyObject[length];
            if (step == 1) {
                System.arraycopy(items, start, r, 0, length);
            } else {
                for (int k = 0, i = start; k < length; k++, i += step) {
                    r[k] = items[i];
                }
            }
            return r;
        }
    }

    public Indices indices(int length) {
        long st = step == PyNone.NONE ? 1 : clampIndex(step);
        if (st == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        long lo;
        long hi;
        if (st < 0) {
            lo = start == PyNone.NONE ? length - 1 : adjust(clampIndex(start), length, -1, length - 1);
            hi = stop == PyNone.NONE ? -1 : adjust(clampIndex(stop), length, -1, length - 1);
        } else {
            lo = start == PyNone.NONE ? 0 : adjust(clampIndex(start), length, 0, length);
            hi = stop == PyNone.NONE ? length : adjust(clampIndex(stop), length, 0, length);
        }
        long n;
        if (st < 0) {
            n = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
        } else {
            n = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        }
        return new Indices((int) lo, (int) hi, (int) Math.max(Math.min(st, Integer.MAX_VALUE), Integer.MIN_VALUE + 1),
                (int) n);
    }

    private static long adjust(long i, int length, long low, long high) {
        if (i < 0) {
            i += length;
            if (i < 0) {
                i = low;
            }
        } else if (i >= length) {
            i = high;
        }
        return i;
    }

    /**
     * Start, stop and step for a sequence of any length, as CPython's _PySlice_GetLongIndices
     * (slice.indices and range slicing): bounds are clamped to [-1, length - 1] stepping back and
     * to [0, length] stepping forward, and nothing is clamped to a Java int.
     */
    public BigInteger[] bigIndices(BigInteger length) {
        BigInteger st = step == PyNone.NONE ? BigInteger.ONE : bigIndex(step);
        if (st.signum() == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        boolean back = st.signum() < 0;
        BigInteger lower = back ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = back ? length.subtract(BigInteger.ONE) : length;
        BigInteger lo = start == PyNone.NONE ? (back ? upper : lower) : bigAdjust(bigIndex(start), length, lower, upper);
        BigInteger hi = stop == PyNone.NONE ? (back ? lower : upper) : bigAdjust(bigIndex(stop), length, lower, upper);
        return new BigInteger[] {lo, hi, st};
    }

    private static BigInteger bigAdjust(BigInteger i, BigInteger length, BigInteger lower, BigInteger upper) {
        if (i.signum() < 0) {
            i = i.add(length);
            return i.compareTo(lower) < 0 ? lower : i;
        }
        return i.compareTo(upper) > 0 ? upper : i;
    }

    private static BigInteger bigIndex(PyObject o) {
        if (!IntMath.isInt(o) && o.type().lookup(org.hotpy.core.model.Slot.INDEX) == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return IntMath.big(Protocols.index(o));
    }

    /** A slice bound as a long, clamping huge values (they only ever mean "past the end"). */
    private static long clampIndex(PyObject o) {
        if (o instanceof PyInt i) {
            return i.value;
        }
        if (!IntMath.isInt(o) && o.type().lookup(org.hotpy.core.model.Slot.INDEX) == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Protocols.asIndexClamped(o);
    }

    static void define(TypeDef t) {
        t.newMethod("*args", (cls, a) -> {
            PyTuple args = (PyTuple) a[0];
            switch (args.size()) {
                case 1: return new PySlice(PyNone.NONE, args.get(0), PyNone.NONE);
                case 2: return new PySlice(args.get(0), args.get(1), PyNone.NONE);
                case 3: return new PySlice(args.get(0), args.get(1), args.get(2));
                default:
                    throw Errors.typeError(args.size() == 0 ? "slice expected at least 1 argument, got 0"
                            : "slice expected at most 3 arguments, got " + args.size());
            }
        });
        t.getter("start", (PySlice s) -> s.start);
        t.getter("stop", (PySlice s) -> s.stop);
        t.getter("step", (PySlice s) -> s.step);
        t.method0("__repr__", (PySlice s) -> PyStr.of("slice(" + Protocols.repr(s.start).value() + ", "
                + Protocols.repr(s.stop).value() + ", " + Protocols.repr(s.step).value() + ")"));
        t.unhashable();
        t.method1("indices", "length, /", (PySlice s, PyObject len) -> {
            PyObject n = Protocols.index(len);
            if (IntMath.signum(n) < 0) {
                throw Errors.valueError("length should not be negative");
            }
            if (!(n instanceof PyInt ni) || ni.value > Integer.MAX_VALUE) {
                BigInteger[] ix = s.bigIndices(IntMath.big(n));
                return PyTuple.of(PyInt.of(ix[0]), PyInt.of(ix[1]), PyInt.of(ix[2]));
            }
            Indices ix = s.indices((int) ni.value);
            return PyTuple.of(PyInt.of(ix.start()), PyInt.of(ix.stop()), PyInt.of(ix.step()));
        });
        t.binary("__eq__", (PySlice s, PyObject o) -> o instanceof PySlice p
                ? PyBool.of(Compare.eq(PyTuple.of(s.start, s.stop, s.step), PyTuple.of(p.start, p.stop, p.step)))
                : PyNotImplemented.INSTANCE);
    }

    @Override
    public String toString() {
        return "slice(" + start + ", " + stop + ", " + step + ")";
    }
}
