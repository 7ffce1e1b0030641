package org.hotpy.core.types.collection;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyNotImplemented;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Slot;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Compare;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.number.IntMath;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/** Python {@code range} over {@code long} bounds (bounds beyond a long raise OverflowError). */
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtin("range", PyType.OBJECT, PyRange.class, PyRange::define)
            .notSubclassable();

    public final long start;
    public final long stop;
    public final long step;
    private final long length;

    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = computeLength(start, stop, step);
    }

    private static long computeLength(long start, long stop, long step) {
        if (step > 0 ? start >= stop : start <= stop) {
            return 0;
        }
        // (hi - lo - 1) / |step| + 1, in unsigned arithmetic so huge spans do not overflow
        long span = step > 0 ? stop - start - 1 : start - stop - 1;
        long absStep = step > 0 ? step : -step;
        long n = Long.divideUnsigned(span, absStep == Long.MIN_VALUE ? Long.MAX_VALUE : absStep) + 1;
        if (n < 0) {
            throw Errors.overflowError("Python int too large to convert to C ssize_t");
        }
        return n;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public long length() {
        return length;
    }

    public long get(long i) {
        return start + i * step;
    }

    private static long bound(PyObject o) {
        PyObject i = Protocols.index(o);
        if (!(i instanceof PyInt p)) {
            throw Errors.overflowError("Python int too large to convert to C ssize_t");
        }
        return p.value;
    }

    private static void define(TypeDef t) {
        t.newMethod("*args", (cls, a) -> {
            PyTuple args = (PyTuple) a[0];
            switch (args.size()) {
                case 1: return new PyRange(0, bound(args.get(0)), 1);
                case 2: return new PyRange(bound(args.get(0)), bound(args.get(1)), 1);
                case 3: {
                    long step = bound(args.get(2));
                    if (step == 0) {
                        throw Errors.valueError("range() arg 3 must not be zero");
                    }
                    return new PyRange(bound(args.get(0)), bound(args.get(1)), step);
                }
                default:
                    throw Errors.typeError(args.size() == 0 ? "range expected at least 1 argument, got 0"
                            : "range expected at most 3 arguments, got " + args.size());
            }
        });
        t.getter("start", (PyRange r) -> PyInt.of(r.start));
        t.getter("stop", (PyRange r) -> PyInt.of(r.stop));
        t.getter("step", (PyRange r) -> PyInt.of(r.step));
        t.method0("__len__", (PyRange r) -> PyInt.of(r.length));
        t.method0("__bool__", (PyRange r) -> PyBool.of(r.length > 0));
        t.method0("__iter__", (PyRange r) -> new RangeIterator(r.start, r.step, r.length));
        t.method0("__reversed__", (PyRange r) -> new RangeIterator(r.start + (r.length - 1) * r.step, -r.step, r.length));
        t.method1("__getitem__", "key, /", PyRange::getItem);
        t.method1("__contains__", "key, /", (PyRange r, PyObject k) -> PyBool.of(r.contains(k)));
        t.method1("index", "value, /", (PyRange r, PyObject v) -> {
            if (v instanceof PyInt i && r.containsLong(i.value)) {
                return PyInt.of((i.value - r.start) / r.step);
            }
            if (!(v instanceof PyInt)) {
                long k = 0;
                for (long i = 0; i < r.length; i++, k++) {
                    if (Compare.eq(PyInt.of(r.get(i)), v)) {
                        return PyInt.of(k);
                    }
                }
            }
            throw Errors.valueError("%s is not in range", Protocols.repr(v).value());
        });
        t.method1("count", "value, /", (PyRange r, PyObject v) -> {
            if (v instanceof PyInt i) {
                return PyInt.of(r.containsLong(i.value) ? 1 : 0);
            }
            long c = 0;
            for (long i = 0; i < r.length; i++) {
                if (Compare.eq(PyInt.of(r.get(i)), v)) {
                    c++;
                }
            }
            return PyInt.of(c);
        });
        t.method0("__repr__", (PyRange r) -> PyStr.of(r.step == 1 ? "range(" + r.start + ", " + r.stop + ")"
                : "range(" + r.start + ", " + r.stop + ", " + r.step + ")"));
        t.method0("__hash__", (PyRange r) -> PyInt.of(Protocols.hash(r.length == 0 ? PyTuple.of(PyInt.ZERO)
                : r.length == 1 ? PyTuple.of(PyInt.ONE, PyInt.of(r.start))
                : PyTuple.of(PyInt.of(r.length), PyInt.of(r.start), PyInt.of(r.step)))));
        t.binary("__eq__", (PyRange r, PyObject o) -> o instanceof PyRange p ? PyBool.of(r.sameAs(p))
                : PyNotImplemented.INSTANCE);
        t.binary("__ne__", (PyRange r, PyObject o) -> o instanceof PyRange p ? PyBool.of(!r.sameAs(p))
                : PyNotImplemented.INSTANCE);
    }

    private boolean sameAs(PyRange p) {
        if (length != p.length) {
            return false;
        }
        if (length == 0) {
            return true;
        }
        return start == p.start && (length == 1 || step == p.step);
    }

    boolean containsLong(long v) {
        if (length == 0) {
            return false;
        }
        if (step > 0 ? (v < start || v >= stop) : (v > start || v <= stop)) {
            return false;
        }
        return Math.floorMod(v - start, step) == 0;
    }

    private boolean contains(PyObject k) {
        if (k.getClass() == PyInt.class || k instanceof PyBool) {
            return containsLong(((PyInt) k).value);
        }
        if (IntMath.isInt(k)) {
            return false; // a big int is outside every long range
        }
        for (long i = 0; i < length; i++) {
            if (Compare.eq(PyInt.of(get(i)), k)) {
                return true;
            }
        }
        return false;
    }

    private static PyObject getItem(PyRange r, PyObject key) {
        if (key instanceof PySlice sl) {
            if (r.length > Integer.MAX_VALUE) {
                throw Errors.overflowError("range too large to slice");
            }
            PySlice.Indices ix = sl.indices((int) r.length);
            // as CPython's compute_slice: the bounds map through, so repr matches
            return new PyRange(r.get(ix.start()), r.get(ix.stop()), r.step * ix.step());
        }
        if (!IntMath.isInt(key) && key.type().lookup(Slot.INDEX) == null) {
            throw Errors.typeError("range indices must be integers or slices, not %s", key.type().name());
        }
        long i = Protocols.asIndexClamped(key);
        if (i < 0) {
            i += r.length;
        }
        if (i < 0 || i >= r.length) {
            throw Errors.indexError("range object index out of range");
        }
        return PyInt.of(r.get(i));
    }

    @Override
    public String toString() {
        return "range(" + start + ", " + stop + ", " + step + ")";
    }

    /** The iterator of a range: no allocation but the ints it yields. */
    public static final class RangeIterator extends PyIterator {
        public static final PyType TYPE = PyType.builtin("range_iterator", PyType.OBJECT, RangeIterator.class,
                PyIterator::defineIteratorMethods).notSubclassable();
        public long next;
        public final long step;
        public long remaining;

        RangeIterator(long start, long step, long count) {
            this.next = start;
            this.step = step;
            this.remaining = count;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject next() {
            if (remaining <= 0) {
                return null;
            }
            remaining--;
            long v = next;
            next += step;
            return PyInt.of(v);
        }

        @Override
        public int lengthHint() {
            return (int) Math.min(remaining, Integer.MAX_VALUE);
        }
    }
}
