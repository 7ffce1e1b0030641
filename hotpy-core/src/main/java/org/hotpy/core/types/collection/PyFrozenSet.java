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

    /** The table's size, for the code cache (which keeps a constant's layout, so its order). */
    public int tableSize() {
        return table.length;
    }

    /** The slot of each element in iteration order, for the code cache. */
    public int[] slots() {
        int[] out = new int[size];
        int j = 0;
        for (int i = 0; i < table.length; i++) {
            if (slot(i) != null) {
                out[j++] = i;
            }
        }
        return out;
    }

    /** The hash stored with each element in iteration order, for the code cache. */
    public long[] storedHashes() {
        long[] out = new long[size];
        int j = 0;
        for (int i = 0; i < table.length; i++) {
            if (slot(i) != null) {
                out[j++] = hashes[i];
            }
        }
        return out;
    }

    /**
     * The frozenset constant the code cache wrote: the elements at the slots they had, so that it
     * iterates in the order the compiler made, when each still hashes as then and can be found
     * there (the hash of None, say, varies between runs); else a set built by adding them in order.
     */
    public static PyFrozenSet restore(int tableSize, int[] slots, long[] hashes, PyObject[] elements) {
        PyFrozenSet f = new PyFrozenSet();
        if (tableSize >= 8 && (tableSize & (tableSize - 1)) == 0 && (long) elements.length * 5 < (long) (tableSize - 1) * 3) {
            f.table = new PyObject[tableSize];
            f.hashes = new long[tableSize];
            boolean ok = true;
            for (int i = 0; i < elements.length && ok; i++) {
                int s = slots[i];
                ok = s >= 0 && s < tableSize && f.table[s] == null && PyDict.hashOf(elements[i]) == hashes[i];
                if (ok) {
                    f.table[s] = elements[i];
                    f.hashes[s] = hashes[i];
                }
            }
            f.size = elements.length;
            f.fill = elements.length;
            for (int i = 0; i < elements.length && ok; i++) {
                ok = f.find(elements[i], hashes[i]) == slots[i];
            }
            if (ok) {
                return f;
            }
            f = new PyFrozenSet();
        }
        for (PyObject e : elements) {
            f.add(e);
        }
        return f;
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
