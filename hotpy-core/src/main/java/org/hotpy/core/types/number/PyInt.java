package org.hotpy.core.types.number;

import java.math.BigInteger;

import org.hotpy.core.model.Instance;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Shape;
import org.hotpy.core.types.collection.PyDict;

/**
 * Python {@code int} whose value fits in a {@code long} — the fast path. Values outside that
 * range are {@link PyBigInt}; both have Python type {@code int}, and every operation returns a
 * {@code PyInt} again when a result fits ({@link #of(BigInteger)} normalises).
 *
 * <p>Not final: {@link PyBool} and {@link Derived} (instances of Python subclasses of int)
 * extend it. Exact-class guards ({@code getClass() == PyInt.class}) reject both.
 */
public class PyInt extends PyObject {
    public static final PyType TYPE = PyType.builtin("int", PyType.OBJECT, PyInt.class, NumberTypeDefs.INT)
            .withInstantiator(NumberTypeDefs.INT);

    private static final int CACHE_LOW = -128;
    private static final int CACHE_HIGH = 1024;
    private static final PyInt[] CACHE = new PyInt[CACHE_HIGH - CACHE_LOW + 1];

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new PyInt(CACHE_LOW + i);
        }
    }

    public static final PyInt ZERO = of(0);
    public static final PyInt ONE = of(1);
    public static final PyInt MINUS_ONE = of(-1);

    public final long value;

    protected PyInt(long value) {
        this.value = value;
    }

    /** The int for {@code v}, shared for small values (loop counters allocate nothing). */
    public static PyInt of(long v) {
        if (v >= CACHE_LOW && v <= CACHE_HIGH) {
            return CACHE[(int) v - CACHE_LOW];
        }
        return new PyInt(v);
    }

    /** The int for {@code v}: a {@code PyInt} when it fits in a long, else a {@link PyBigInt}. */
    public static PyObject of(BigInteger v) {
        if (v.bitLength() < 64) {
            return of(v.longValue());
        }
        return new PyBigInt(v);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public long value() {
        return value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }

    /** An instance of a Python subclass of int whose value fits in a long. */
    public static final class Derived extends PyInt implements Instance {
        private PyType type;
        private Shape shape;
        private PyObject[] values;
        private PyDict dict;

        public Derived(PyType type, long value) {
            super(value);
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
}
