package org.hotpy.core.types.collection;

import java.util.Arrays;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.Instance;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Shape;
import org.hotpy.core.types.number.PyInt;

/**
 * Python {@code list}: a growable array. The fields are package-visible so the interpreter's
 * specialised subscript and append handlers (and {@link ListMethods}) can use them directly.
 */
public class PyList extends PyObject {
    public static final PyType TYPE = PyType.builtin("list", PyType.OBJECT, PyList.class,
            CollectionTypeDefs.LIST)
            .withInstantiator(CollectionTypeDefs.LIST);
    private static final PyObject[] EMPTY = new PyObject[0];

    PyObject[] items;
    int size;

    public PyList() {
        this.items = EMPTY;
    }

    private PyList(PyObject[] items, int size) {
        this.items = items;
        this.size = size;
    }

    /** A list that takes ownership of {@code items}. */
    public static PyList wrap(PyObject[] items) {
        return new PyList(items, items.length);
    }

    /** A list of the first {@code size} of {@code items}, taking ownership of the array (the rest null). */
    public static PyList wrap(PyObject[] items, int size) {
        return new PyList(items, size);
    }

    public static PyList of(PyObject... items) {
        return new PyList(items.clone(), items.length);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return size;
    }

    public PyObject get(int i) {
        if (i < 0 || i >= size) {
            throw Errors.indexError("list index out of range");
        }
        return items[i];
    }

    /** Item at a Python index (negative counts from the end). */
    public PyObject getItem(long i) {
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw Errors.indexError("list index out of range");
        }
        return items[(int) i];
    }

    public void setItem(long i, PyObject v) {
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw Errors.indexError("list assignment index out of range");
        }
        items[(int) i] = v;
    }

    /** {@code del self[i]} at a Python index (negative counts from the end). */
    public void delItem(long i) {
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw Errors.indexError("list assignment index out of range");
        }
        ListMethods.removeAt(this, (int) i);
    }

    public void append(PyObject v) {
        if (size == items.length) {
            grow(size + 1);
        }
        items[size++] = v;
    }

    /** Removes and returns the last item (the list must not be empty). */
    public PyObject removeLast() {
        PyObject v = items[--size];
        items[size] = null;
        return v;
    }

    void grow(int min) {
        int cap = Math.max(min, items.length + (items.length >> 1) + 4);
        org.hotpy.core.ops.Limits.checkSize(cap);
        items = copyItems(items, size, cap);
    }

    /** {@code k in l}, as {@code list.__contains__} answers it. */
    public boolean containsItem(PyObject k) {
        return PyTuple.contains(items, size, k);
    }

    /** A copy of the items. */
    public PyObject[] toArray() {
        return copyItems(items, size, size);
    }

    /**
     * The first {@code n} items of {@code a} in a new array of {@code length}. Not
     * {@code Arrays.copyOf}: HotSpot compiles that to a reflective {@code Array.newInstance}
     * when it cannot prove the array's class, which for a {@code PyObject[]} it cannot.
     */
    static PyObject[] copyItems(PyObject[] a, int n, int length) {
        PyObject[] r = new PyObject[length];
        System.arraycopy(a, 0, r, 0, n);
        return r;
    }

    /** {@code s + p}: a new list of both lists' items (what {@code list.__add__} returns). */
    public static PyList concat(PyList s, PyList p) {
        org.hotpy.core.ops.Limits.checkSize((long) s.size + p.size); // embedding hook (issue 5): size cap
        PyObject[] r = copyItems(s.items, s.size, s.size + p.size);
        System.arraycopy(p.items, 0, r, s.size, p.size);
        return wrap(r);
    }

    /** The backing array (valid up to {@link #size()}), for read-only use by the runtime. */
    public PyObject[] itemsUnsafe() {
        return items;
    }

    public void clear() {
        items = EMPTY;
        size = 0;
    }

    /** Replaces the contents (the array is taken over). */
    public void setContents(PyObject[] newItems) {
        items = newItems;
        size = newItems.length;
    }

    @Override
    public String toString() {
        return "list" + Arrays.toString(toArray());
    }

    /** Convenience for Java code: a list of ints. */
    public static PyList ofLongs(long... vs) {
        PyObject[] a = new PyObject[vs.length];
        for (int i = 0; i < vs.length; i++) {
            a[i] = PyInt.of(vs[i]);
        }
        return wrap(a);
    }

    /** An instance of a Python subclass of list. */
    public static final class Derived extends PyList implements Instance {
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
