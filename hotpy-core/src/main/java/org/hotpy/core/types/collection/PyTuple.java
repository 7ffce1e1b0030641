package org.hotpy.core.types.collection;

import java.util.ArrayList;
import java.util.List;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.JavaMethod;
import org.hotpy.core.model.Instance;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyNotImplemented;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Shape;
import org.hotpy.core.model.Slot;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Compare;
import org.hotpy.core.ops.Iteration;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.ops.ReprGuard;
import org.hotpy.core.types.number.IntMath;
import org.hotpy.core.types.number.PyBigInt;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyComplex;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyBytes;
import org.hotpy.core.types.text.PyStr;

/** Python {@code tuple}: an immutable array of items. The array is never changed once built. */
public class PyTuple extends PyObject {
    public static final PyType TYPE = PyType.builtin("tuple", PyType.OBJECT, PyTuple.class,
            CollectionTypeDefs.TUPLE)
            .withInstantiator(CollectionTypeDefs.TUPLE);
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    final PyObject[] items;
    private long hash = -1;

    protected PyTuple(PyObject[] items) {
        this.items = items;
    }

    /** A tuple that takes ownership of {@code items}. */
    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    public static PyTuple of(List<PyObject> items) {
        return of(items.toArray(new PyObject[0]));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }

    /** A copy of the items. */
    public PyObject[] toArray() {
        return items.clone();
    }

    /** The items array itself, for read-only use by the runtime (never modify it). */
    public PyObject[] itemsUnsafe() {
        return items;
    }

    private static final PyObject NI = PyNotImplemented.INSTANCE;

    static void define(TypeDef t) {
        t.newMethod("iterable=?, /", Fn.NEW);
        t.textSignature("iterable=(), /");
        t.method0("__len__", Fn.LEN);
        t.method1("__getitem__", "key, /", Fn.GETITEM);
        t.method0("__iter__", Fn.ITER);
        t.method1("__contains__", "key, /", Fn.CONTAINS);
        t.method0("__hash__", Fn.HASH);
        t.method0("__repr__", Fn.REPR);
        t.binary("__add__", Fn.ADD);
        t.binary("__mul__", Fn.MUL);
        t.binary("__rmul__", Fn.RMUL);
        t.binary("__eq__", Fn.EQ);
        t.binary("__ne__", Fn.NE);
        t.binary("__lt__", Fn.LT);
        t.binary("__le__", Fn.LE);
        t.binary("__gt__", Fn.GT);
        t.binary("__ge__", Fn.GE);
        t.method3("index", "value, start=0, stop=9223372036854775807, /", Fn.INDEX);
        t.method1("count", "value, /", Fn.COUNT);
        t.method0("__getnewargs__", Fn.GETNEWARGS);
        t.constant("__class_getitem__", org.hotpy.core.types.function.GenericAliasSupport.classGetItem());
    }

    /**
     * {@code hash(self)}: the items' hashes mixed as CPython does. Cached after the first call only
     * when no item's hash can change (CPython never caches: a tuple holding an object whose
     * {@code __hash__} depends on mutable state hashes differently after the change).
     */
    public long hash() {
        long h = hash;
        if (h == -1) {
            // xxHash-style mixing as CPython 3.8+, so equal tuples of equal hashes agree.
            long acc = 0x27D4EB2F165667C5L;
            boolean fixed = true;
            for (PyObject item : items) {
                long lane = Protocols.hash(item);
                fixed &= hashIsFixed(item);
                acc += lane * 0xC2B2AE3D27D4EB4FL;
                acc = Long.rotateLeft(acc, 31);
                acc *= 0x9E3779B185EBCA87L;
            }
            acc += items.length ^ (0x27D4EB2F165667C5L ^ 3527539L);
            h = acc == -1 ? 1546275796 : acc;
            if (fixed) {
                hash = h;
            }
        }
        return h;
    }

    /** Whether {@code o}'s hash can never change: an exact immutable builtin, or a tuple whose hash was cached. */
    private static boolean hashIsFixed(PyObject o) {
        Class<?> c = o.getClass();
        return c == PyStr.class || c == PyInt.class || c == PyBool.class || c == PyFloat.class || c == PyBigInt.class
                || c == PyBytes.class || c == PyComplex.class || c == PyNone.class
                || (c == PyTuple.class && ((PyTuple) o).hash != -1);
    }

    String repr() {
        if (items.length == 0) {
            return "()";
        }
        if (!ReprGuard.enter(this)) {
            return "(...)";
        }
        try {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Protocols.repr(items[i]).value());
            }
            if (items.length == 1) {
                sb.append(',');
            }
            return sb.append(')').toString();
        } finally {
            ReprGuard.exit(this);
        }
    }

    private static PyObject getItem(PyTuple s, PyObject key) {
        if (key instanceof PyInt i) {
            return s.items[normIndex(i.value, s.items.length, "tuple index out of range")];
        }
        if (key instanceof PySlice sl) {
            PySlice.Indices ix = sl.indices(s.items.length);
            if (ix.step() == 1 && ix.length() == s.items.length && s.getClass() == PyTuple.class) {
                return s;
            }
            return of(ix.select(s.items));
        }
        if (key.type().lookup(Slot.INDEX) != null) {
            return s.items[normIndex(Protocols.asSequenceIndex(key), s.items.length, "tuple index out of range")];
        }
        throw Errors.typeError("tuple indices must be integers or slices, not %s", key.type().tpName());
    }

    private static PyObject repeat(PyTuple s, PyObject n) {
        if (!IntMath.isInt(n) && n.type().lookup(Slot.INDEX) == null) {
            return NI;
        }
        long count = Protocols.asIndexLong(n, "cannot fit 'int' into an index-sized integer");
        if (count <= 0 || s.items.length == 0) {
            return EMPTY;
        }
        if (count == 1 && s.getClass() == PyTuple.class) {
            return s;
        }
        org.hotpy.core.ops.Limits.checkSize(count * s.items.length);
        PyObject[] r = new PyObject[(int) (count * s.items.length)];
        for (int i = 0; i < count; i++) {
            System.arraycopy(s.items, 0, r, i * s.items.length, s.items.length);
        }
        return of(r);
    }

    /** Normalises a possibly negative index into {@code [0, n)}, or IndexError. */
    public static int normIndex(long i, int n, String message) {
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.indexError(message);
        }
        return (int) i;
    }

    /** {@code k in t}, as {@code tuple.__contains__} answers it. */
    public boolean containsItem(PyObject k) {
        return contains(items, items.length, k);
    }

    static boolean contains(PyObject[] items, int n, PyObject k) {
        for (int i = 0; i < n; i++) {
            if (items[i] == k || Compare.eq(items[i], k)) {
                return true;
            }
        }
        return false;
    }

    static int count(PyObject[] items, int n, PyObject v) {
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (items[i] == v || Compare.eq(items[i], v)) {
                c++;
            }
        }
        return c;
    }

    static int index(PyObject[] items, int n, PyObject v, PyObject start, PyObject stop, String message) {
        long a = Protocols.asIndexClamped(start);
        long b = Protocols.asIndexClamped(stop);
        if (a < 0) {
            a = Math.max(0, a + n);
        }
        if (b < 0) {
            b = Math.max(0, b + n);
        }
        for (long i = a; i < Math.min(b, n); i++) {
            if (items[(int) i] == v || Compare.eq(items[(int) i], v)) {
                return (int) i;
            }
        }
        throw Errors.valueError(message);
    }

    /** Collects items into a list (for helpers that build tuples incrementally). */
    public static PyTuple fromList(ArrayList<PyObject> items) {
        return of(items.toArray(new PyObject[0]));
    }

    /** An instance of a Python subclass of tuple (namedtuple classes, for example). */
    public static final class Derived extends PyTuple implements Instance {
        private PyType type;
        private Shape shape;
        private PyObject[] values;
        private PyDict dict;

        public Derived(PyType type, PyObject[] items) {
            super(items);
            this.type = type;
            this.shape = type.rootShape();
            this.values = new PyObject[type.expectedCapacity()];
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public void setType(PyType type) {
            this.type = type;
        }

        @Override
        public Shape shape() {
            return shape;
        }

        @Override
        public void setShape(Shape shape) {
            this.shape = shape;
        }

        @Override
        public PyObject[] values() {
            return values;
        }

        @Override
        public void setValues(PyObject[] values) {
            this.values = values;
        }

        @Override
        public PyDict dict() {
            return dict;
        }

        @Override
        public void setDict(PyDict dict) {
            this.dict = dict;
        }
    }

    private static PyObject newTuple(PyType cls, PyObject[] a) {
        PyObject[] items = a[0] == null ? new PyObject[0]
                : a[0].getClass() == PyTuple.class ? ((PyTuple) a[0]).items : Iteration.toArray(a[0]);
        if (cls == TYPE) {
            return a[0] != null && a[0].getClass() == PyTuple.class ? a[0] : of(items);
        }
        return new Derived(cls, items);
    }

    private static PyObject add(PyTuple s, PyObject o) {
        if (!(o instanceof PyTuple p)) {
            return NI; // the operator raises "can only concatenate tuple" if the other side declines too
        }
        return concat(s, p);
    }

    /** {@code s + p}: a new tuple of both tuples' items (what {@code tuple.__add__} returns). */
    public static PyTuple concat(PyTuple s, PyTuple p) {
        // as CPython's tupleconcat: adding an empty tuple gives the other operand itself when
        // that is an exact tuple (a subclass instance still makes a new plain tuple)
        if (p.items.length == 0 && s.getClass() == PyTuple.class) {
            return s;
        }
        if (s.items.length == 0 && p.getClass() == PyTuple.class) {
            return p;
        }
        org.hotpy.core.ops.Limits.checkSize((long) s.items.length + p.items.length); // embedding hook (issue 5)
        PyObject[] r = PyList.copyItems(s.items, s.items.length, s.items.length + p.items.length);
        System.arraycopy(p.items, 0, r, s.items.length, p.items.length);
        return of(r);
    }

    private static PyObject compare(PyTuple s, PyObject o, Compare.Op op) {
        return o instanceof PyTuple p ? Compare.sequenceCompare(s.items, s.items.length, p.items, p.items.length, op) : NI;
    }

    /**
     * One constant per method and a switch per arity, not a lambda each: each lambda was linked
     * when a program first used the type (~0.25 ms apiece on JDK 17, with class-data sharing).
     */
    private enum Fn implements
            JavaMethod.M0<PyTuple>, JavaMethod.M1<PyTuple>, JavaMethod.M3<PyTuple>,
            JavaMethod.MN<PyObject> {
        LEN, ITER, HASH, REPR, GETNEWARGS, GETITEM, CONTAINS, ADD, MUL, RMUL, EQ, NE, LT, LE, GT, GE, COUNT, INDEX, NEW;

        @Override
        public PyObject call(PyTuple self) {
            return switch (this) {
                case LEN -> PyInt.of(self.items.length);
                case ITER -> new SequenceIterator.OfArray(self.items, self.items.length);
                case HASH -> PyInt.of(self.hash());
                case REPR -> PyStr.of(self.repr());
                case GETNEWARGS -> of(of(self.items));
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyTuple self, PyObject a) {
            return switch (this) {
                case GETITEM -> getItem(self, a);
                case CONTAINS -> PyBool.of(self.containsItem(a));
                case ADD -> add(self, a);
                case MUL -> repeat(self, a);
                case RMUL -> repeat(self, a);
                case EQ -> a instanceof PyTuple p
                        ? PyBool.of(Compare.sequenceEqual(self.items, self.items.length, p.items, p.items.length))
                        : NI;
                case LT -> compare(self, a, Compare.Op.LT);
                case LE -> compare(self, a, Compare.Op.LE);
                case GT -> compare(self, a, Compare.Op.GT);
                case GE -> compare(self, a, Compare.Op.GE);
                case NE -> a instanceof PyTuple p
                        ? PyBool.of(!Compare.sequenceEqual(self.items, self.items.length, p.items, p.items.length))
                        : NI;
                case COUNT -> PyInt.of(count(self.items, self.items.length, a));
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyTuple self, PyObject a, PyObject b, PyObject c) {
            return switch (this) {
                case INDEX -> PyInt.of(index(self.items, self.items.length, a, b, c, "tuple.index(x): x not in tuple"));
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyObject self, PyObject[] args) {
            return switch (this) {
                case NEW -> newTuple(((PyType) self), args);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }
    }
}
