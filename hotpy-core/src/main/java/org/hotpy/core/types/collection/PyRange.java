package org.hotpy.core.types.collection;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.JavaMethod;
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
    public static final PyType TYPE = PyType.builtin("range", PyType.OBJECT, PyRange.class,
            CollectionTypeDefs.RANGE)
            .notSubclassable();

    public final long start;
    public final long stop;
    public final long step;
    private final long length;
    /** Non-null when a bound or the length does not fit a long: every operation then uses it. */
    private final BigRange big;

    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = computeLength(start, stop, step);
        this.big = null;
    }

    private PyRange(BigRange big) {
        this.start = 0;
        this.stop = 0;
        this.step = 1;
        this.length = 0;
        this.big = big;
    }

    /** A range over Python ints of any size; long-based when everything fits. */
    static PyRange of(java.math.BigInteger a, java.math.BigInteger b, java.math.BigInteger c) {
        BigRange br = new BigRange(a, b, c);
        if (a.bitLength() < 63 && b.bitLength() < 63 && c.bitLength() < 63 && br.length.bitLength() < 63) {
            return new PyRange(a.longValue(), b.longValue(), c.longValue());
        }
        return new PyRange(br);
    }

    /** Bounds below this in magnitude cannot make a length that overflows a long. */
    private static final long SMALL_BOUND = 1L << 61;

    /**
     * {@code range(*args)} when every argument is an exact int of magnitude below 2**61 and the
     * step is not zero, else null: the long-based range {@link #of} would build, without its
     * BigInteger arithmetic (the {@code for i in range(n)} of every loop).
     */
    public static PyRange ofSmall(PyObject[] args) {
        int n = args.length;
        if (n == 0 || n > 3) {
            return null;
        }
        for (PyObject x : args) {
            if (x.getClass() != PyInt.class || Math.abs(((PyInt) x).value) >= SMALL_BOUND) {
                return null;
            }
        }
        long first = ((PyInt) args[0]).value;
        if (n == 1) {
            return new PyRange(0, first, 1);
        }
        long step = n == 3 ? ((PyInt) args[2]).value : 1;
        return step == 0 ? null : new PyRange(first, ((PyInt) args[1]).value, step);
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

    /** {@code iter(r)}. */
    public PyIterator iterator() {
        return big != null ? big.iterator(false) : new RangeIterator(start, step, length);
    }

    public long get(long i) {
        return start + i * step;
    }

    private static java.math.BigInteger bound(PyObject o) {
        if (o instanceof org.hotpy.core.types.number.PyFloat) {
            throw Errors.typeError("'float' object cannot be interpreted as an integer");
        }
        return IntMath.big(Protocols.index(o));
    }

    static void define(TypeDef t) {
        t.newMethod("*args", Fn.NEW);
        t.getter("start", Fn.START);
        t.getter("stop", Fn.STOP);
        t.getter("step", Fn.STEP);
        t.method0("__len__", Fn.LEN);
        t.method0("__bool__", Fn.BOOL);
        t.method0("__iter__", Fn.ITER);
        t.method0("__reversed__", Fn.REVERSED);
        t.method1("__getitem__", "key, /", Fn.GETITEM);
        t.method1("__contains__", "key, /", Fn.CONTAINS);
        t.method1("index", "value, /", Fn.INDEX);
        t.method1("count", "value, /", Fn.COUNT);
        t.method0("__repr__", Fn.REPR);
        t.method0("__hash__", Fn.HASH);
        t.binary("__eq__", Fn.EQ);
        t.binary("__ne__", Fn.NE);
    }

    private boolean sameAs(PyRange p) {
        if (big != null || p.big != null) {
            return asBig().sameAs(p.asBig());
        }
        if (length != p.length) {
            return false;
        }
        if (length == 0) {
            return true;
        }
        return start == p.start && (length == 1 || step == p.step);
    }

    /** The same range as arbitrary-precision numbers (for big-bound ranges and mixed compares). */
    BigRange asBig() {
        return big != null ? big : new BigRange(java.math.BigInteger.valueOf(start), java.math.BigInteger.valueOf(stop),
                java.math.BigInteger.valueOf(step));
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
            return asBig().contains(k);
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
            return r.asBig().slice(sl);
        }
        if (!IntMath.isInt(key) && key.type().lookup(Slot.INDEX) == null) {
            throw Errors.typeError("range indices must be integers or slices, not %s", key.type().tpName());
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
                CollectionTypeDefs.SIZED_ITERATOR).notSubclassable();
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

    private static PyObject newRange(PyType cls, PyObject[] a) {
        PyTuple args = (PyTuple) a[0];
        PyRange small = ofSmall(args.items);
        if (small != null) {
            return small;
        }
        java.math.BigInteger one = java.math.BigInteger.ONE;
        switch (args.size()) {
            case 1: return of(java.math.BigInteger.ZERO, bound(args.get(0)), one);
            case 2: return of(bound(args.get(0)), bound(args.get(1)), one);
            case 3: {
                java.math.BigInteger step = bound(args.get(2));
                if (step.signum() == 0) {
                    throw Errors.valueError("range() arg 3 must not be zero");
                }
                return of(bound(args.get(0)), bound(args.get(1)), step);
            }
            default:
                throw Errors.typeError(args.size() == 0 ? "range expected at least 1 argument, got 0"
                        : "range expected at most 3 arguments, got " + args.size());
        }
    }

    private static PyObject len(PyRange r) {
        if (r.big != null) {
            if (r.big.length.bitLength() > 63) { // sys.maxsize (2**63 - 1) is the largest length
                throw Errors.overflowError("Python int too large to convert to C ssize_t");
            }
            return PyInt.of(r.big.length);
        }
        return PyInt.of(r.length);
    }

    private static PyObject indexMethod(PyRange r, PyObject v) {
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
    }

    private static PyObject count(PyRange r, PyObject v) {
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
    }

    private static PyObject reprOf(PyRange r) {
        return PyStr.of(r.big != null ? r.big.repr() : r.step == 1
                ? "range(" + r.start + ", " + r.stop + ")" : "range(" + r.start + ", " + r.stop + ", " + r.step + ")");
    }

    private static PyObject hashOf(PyRange r) {
        return PyInt.of(Protocols.hash(r.length == 0 ? PyTuple.of(PyInt.ZERO)
                : r.length == 1 ? PyTuple.of(PyInt.ONE, PyInt.of(r.start))
                : PyTuple.of(PyInt.of(r.length), PyInt.of(r.start), PyInt.of(r.step))));
    }

    /**
     * One constant per method and a switch per arity, not a lambda each: each lambda was linked
     * when a program first used the type (~0.25 ms apiece on JDK 17, with class-data sharing).
     */
    private enum Fn implements JavaMethod.M0<PyRange>, JavaMethod.M1<PyRange>, JavaMethod.MN<PyObject> {
        START, STOP, STEP, LEN, BOOL, ITER, REVERSED, REPR, HASH, GETITEM, CONTAINS, INDEX, COUNT, EQ, NE,
        NEW;

        @Override
        public PyObject call(PyRange self) {
            return switch (this) {
                case START -> self.big != null ? PyInt.of(self.big.start) : PyInt.of(self.start);
                case STOP -> self.big != null ? PyInt.of(self.big.stop) : PyInt.of(self.stop);
                case STEP -> self.big != null ? PyInt.of(self.big.step) : PyInt.of(self.step);
                case LEN -> len(self);
                case BOOL -> PyBool.of(self.big != null ? self.big.length.signum() > 0 : self.length > 0);
                case ITER -> self.iterator();
                case REVERSED -> self.big != null
                        ? self.big.iterator(true)
                        : new RangeIterator(self.start + (self.length - 1) * self.step, -self.step, self.length);
                case REPR -> reprOf(self);
                case HASH -> hashOf(self);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyRange self, PyObject a) {
            return switch (this) {
                case GETITEM -> self.big != null ? self.big.getItem(a) : getItem(self, a);
                case CONTAINS -> PyBool.of(self.big != null ? self.big.contains(a) : self.contains(a));
                case INDEX -> indexMethod(self, a);
                case COUNT -> count(self, a);
                case EQ -> a instanceof PyRange p ? PyBool.of(self.sameAs(p)) : PyNotImplemented.INSTANCE;
                case NE -> a instanceof PyRange p ? PyBool.of(!self.sameAs(p)) : PyNotImplemented.INSTANCE;
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyObject self, PyObject[] args) {
            return switch (this) {
                case NEW -> newRange(((PyType) self), args);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }
    }
}
