package org.hotpy.core.types.collection;

import org.hotpy.core.model.Instance;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Shape;

/**
 * Python {@code frozenset}. Shares {@link PySet}'s table (a Java subclass for code reuse only:
 * the Python types are unrelated, and mutators are defined on {@code set} alone).
 */
public class PyFrozenSet extends PySet {
    public static final PyType TYPE = PyType.builtin("frozenset", PyType.OBJECT, PyFrozenSet.class,
            CollectionTypeDefs.FROZENSET).withInstantiator(CollectionTypeDefs.FROZENSET);

    private long hash = -1;

    public PyFrozenSet() {
    }

    /** A copy of {@code other}'s table. */
    PyFrozenSet(PySet other) {
        super(other);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    long cachedHash() {
        long h = hash;
        if (h == -1) {
            // CPython's frozenset hash: xor of shuffled element hashes, then mixed with the size.
            long acc = 0;
            for (PyObject e : toArray()) {
                long x = PyDict.hashOf(e);
                acc ^= ((x ^ 89869747L) ^ (x << 16)) * 3644798167L;
            }
            acc ^= (size() + 1L) * 1927868237L;
            acc ^= (acc >>> 11) ^ (acc >>> 25);
            acc = acc * 69069L + 907133923L;
            h = acc == -1 ? 590923713L : acc;
            hash = h;
        }
        return h;
    }

    /** An instance of a Python subclass of frozenset. */
    public static final class Derived extends PyFrozenSet implements Instance {
        private PyType type;
        private Shape shape;
        private PyObject[] values;
        private PyDict dict;

        public Derived(PyType type) {
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
