package org.hotpy.core.types.number;

import java.math.BigInteger;

import org.hotpy.core.model.Instance;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Shape;
import org.hotpy.core.types.collection.PyDict;

/**
 * Python {@code int} outside the range of a {@code long}. Always normalised: a value that fits
 * in a long is a {@link PyInt} instead, so {@code PyBigInt} never equals a {@code PyInt}.
 */
public class PyBigInt extends PyObject {
    public final BigInteger value;

    PyBigInt(BigInteger value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return PyInt.TYPE;
    }

    public BigInteger value() {
        return value;
    }

    @Override
    public String toString() {
        return value.toString();
    }

    /** An instance of a Python subclass of int whose value does not fit in a long. */
    public static final class Derived extends PyBigInt implements Instance {
        private PyType type;
        private Shape shape;
        private PyObject[] values;
        private PyDict dict;

        public Derived(PyType type, BigInteger value) {
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
