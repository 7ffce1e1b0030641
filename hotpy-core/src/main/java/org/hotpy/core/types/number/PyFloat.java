package org.hotpy.core.types.number;

import org.hotpy.core.model.Instance;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Shape;
import org.hotpy.core.types.collection.PyDict;

/** Python {@code float}: an immutable IEEE double. Not final: {@link Derived} backs Python subclasses. */
public class PyFloat extends PyObject {
    public static final PyType TYPE = PyType.builtin("float", PyType.OBJECT, PyFloat.class,
            NumberTypeDefs.FLOAT)
            .withInstantiator(NumberTypeDefs.FLOAT);

    public static final PyFloat ZERO = new PyFloat(0.0);
    public static final PyFloat ONE = new PyFloat(1.0);

    public final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public double value() {
        return value;
    }

    @Override
    public String toString() {
        return FloatRepr.repr(value);
    }

    /** An instance of a Python subclass of float. */
    public static final class Derived extends PyFloat implements Instance {
        private PyType type;
        private Shape shape;
        private PyObject[] values;
        private PyDict dict;

        public Derived(PyType type, double value) {
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
