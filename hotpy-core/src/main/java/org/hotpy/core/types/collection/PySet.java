package org.hotpy.core.types.collection;

import java.util.Arrays;

import org.hotpy.core.model.Instance;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Shape;
import org.hotpy.core.ops.Compare;

/**
 * Python {@code set} (and, through {@link PyFrozenSet}, {@code frozenset}): an open-addressing
 * hash table that probes as CPython's setobject.c does (a run of linear probes, then perturbed
 * jumps, table sizes and growth policy alike), so a set of ints iterates in the same order as
 * in CPython.
 */
public class PySet extends PyObject {
    public static final PyType TYPE = PyType.builtin("set", PyType.OBJECT, PySet.class, CollectionTypeDefs.SET)
            .withInstantiator(CollectionTypeDefs.SET);

    private static final int LINEAR_PROBES = 9;
    private static final PyObject DUMMY = new PyTuple(new PyObject[0]);

    PyObject[] table;
    long[] hashes;
    int fill;  // live + dummy
    int size;  // live
    int finger; // where pop() looks first, as CPython's so->finger

    public PySet() {
        table = new PyObject[8];
        hashes = new long[8];
    }

    /**
     * A set of {@code other}'s elements, laid out as CPython's copies are (a merge into an empty
     * set): the table that merge would resize to, made at once, then a clone of {@code other}'s
     * when it is the same size without dummies, else clean inserts in its table order.
     */
    PySet(PySet other) {
        int n = other.size;
        int cap = 8;
        if (n * 5 >= 7 * 3) {
            while (cap <= n * 2) {
                cap <<= 1;
            }
            org.hotpy.core.ops.Limits.checkSize(cap);
        }
        if (cap == other.table.length && other.fill == n) {
            // clone, not Arrays.copyOf: HotSpot compiles that to a reflective Array.newInstance
            // when it cannot prove the array's class, and set unions copy a table every time
            table = other.table.clone();
            hashes = other.hashes.clone();
            fill = n;
            size = n;
            return;
        }
        table = new PyObject[cap];
        hashes = new long[cap];
        insertAllClean(other);
    }

    /** Inserts the keys of {@code other}, none of them in this set, in {@code other}'s table order. */
    private void insertAllClean(PySet other) {
        PyObject[] ot = other.table;
        long[] oh = other.hashes;
        for (int i = 0; i < ot.length; i++) {
            PyObject e = ot[i];
            if (e != null && e != DUMMY) {
                insertClean(e, oh[i]);
            }
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return size;
    }

    public boolean contains(PyObject key) {
        return find(key, PyDict.hashOf(key)) >= 0;
    }

    /**
     * {@code key in s}, as {@code set.__contains__} answers it: a set key is looked up as the
     * equal frozenset (CPython's set_contains).
     */
    public boolean containsItem(PyObject key) {
        return contains(SetMethods.asKey(key));
    }

    private static boolean same(PyObject stored, long storedHash, PyObject key, long hash) {
        return stored == key || (storedHash == hash && Compare.eq(stored, key));
    }

    int find(PyObject key, long hash) {
        int mask = table.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            PyObject e = table[i];
            if (e == null) {
                return -1;
            }
            if (e != DUMMY && same(e, hashes[i], key, hash)) {
                return i;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    PyObject f = table[i + j];
                    if (f == null) {
                        return -1;
                    }
                    if (f != DUMMY && same(f, hashes[i + j], key, hash)) {
                        return i + j;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Adds {@code key}; returns false when it was already present. */
    public boolean add(PyObject key) {
        return add(key, PyDict.hashOf(key));
    }

    boolean add(PyObject key, long hash) {
        while (true) {
            PyObject[] t = table;
            int r = lookup(key, hash);
            if (r >= 0) {
                return false;
            }
            int i = ~r;
            PyObject e = t[i];
            if (t != table || e != null && e != DUMMY) {
                continue; // an __eq__ the walk called changed the set: walk again, as CPython restarts
            }
            t[i] = key;
            hashes[i] = hash;
            size++;
            // as CPython: a dummy taken again leaves the fill as it is, and only a new slot can resize
            if (e == null && ++fill * 5 >= (t.length - 1) * 3) {
                resize(size > 50000 ? size * 2 : size * 4);
            }
            return true;
        }
    }

    /**
     * One walk of {@code key}'s probe sequence, as CPython's {@code set_add_entry} does it: the key's
     * slot, or when it is absent {@code ~slot} of the slot adding it takes, the last dummy passed on
     * the way to the first empty slot, else that empty slot. (A find and then a second walk for the
     * free slot took the first dummy instead, so after discards the order differed from CPython's.)
     */
    private int lookup(PyObject key, long hash) {
        int mask = table.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        int free = -1;
        while (true) {
            PyObject e = table[i];
            if (e == null) {
                return ~(free < 0 ? i : free);
            }
            if (e == DUMMY) {
                free = i;
            } else if (same(e, hashes[i], key, hash)) {
                return i;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    PyObject f = table[i + j];
                    if (f == null) {
                        return ~(free < 0 ? i + j : free);
                    }
                    if (f == DUMMY) {
                        free = i + j;
                    } else if (same(f, hashes[i + j], key, hash)) {
                        return i + j;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /**
     * Inserts a key known to be absent into a table without dummies (a new one: resizes and
     * copies), at the first empty slot of its probe sequence, as CPython's set_insert_clean.
     */
    private void insertClean(PyObject key, long hash) {
        PyObject[] t = table;
        int mask = t.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (t[i] != null) {
            if (i + LINEAR_PROBES <= mask) {
                int j = i + 1;
                int end = i + LINEAR_PROBES;
                while (j <= end && t[j] != null) {
                    j++;
                }
                if (j <= end) {
                    i = j;
                    break;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
        t[i] = key;
        hashes[i] = hash;
        fill++;
        size++;
    }

    private void resize(int minUsed) {
        int newSize = 8;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        org.hotpy.core.ops.Limits.checkSize(newSize);
        PyObject[] oldTable = table;
        long[] oldHashes = hashes;
        table = new PyObject[newSize];
        hashes = new long[newSize];
        fill = 0;
        size = 0;
        for (int i = 0; i < oldTable.length; i++) {
            PyObject e = oldTable[i];
            if (e != null && e != DUMMY) {
                insertClean(e, oldHashes[i]);
            }
        }
    }

    /** Removes {@code key}; returns false when it was absent. */
    public boolean discard(PyObject key) {
        return discard(key, PyDict.hashOf(key));
    }

    boolean discard(PyObject key, long hash) {
        int i = find(key, hash);
        if (i < 0) {
            return false;
        }
        table[i] = DUMMY;
        size--;
        return true;
    }

    public void clear() {
        table = new PyObject[8];
        hashes = new long[8];
        fill = 0;
        size = 0;
    }

    /**
     * Removes and returns an arbitrary element, or null when empty: as CPython's set_pop, the first
     * live slot from the finger on (wrapping), and the finger moves past it.
     */
    PyObject popAny() {
        if (size == 0) {
            return null;
        }
        int mask = table.length - 1;
        int i = finger & mask;
        while (table[i] == null || table[i] == DUMMY) {
            i = (i + 1) & mask;
        }
        PyObject e = table[i];
        table[i] = DUMMY;
        size--;
        finger = i + 1;
        return e;
    }

    /**
     * After removals (difference_update and the like): resizes the dummies away when they are more
     * than a quarter of the table, as CPython's set_difference_update_internal does.
     */
    void compactAfterRemovals() {
        if (fill - size > (table.length - 1) / 4) {
            resize(size > 50000 ? size * 2 : size * 4);
        }
    }

    /** The elements in iteration order. */
    public PyObject[] toArray() {
        PyObject[] out = new PyObject[size];
        int j = 0;
        for (PyObject e : table) {
            if (e != null && e != DUMMY) {
                out[j++] = e;
            }
        }
        return out;
    }

    /** Slot access for iterators. */
    PyObject slot(int i) {
        PyObject e = table[i];
        return e == DUMMY ? null : e;
    }

    int capacity() {
        return table.length;
    }

    /**
     * Adds {@code other}'s elements as CPython's set_merge does, which decides the resulting order:
     * one resize up front to fit both; into an empty table of the same size without dummies, a slot
     * by slot copy; into another empty table, clean inserts in {@code other}'s table order; else
     * adds in that order.
     */
    void merge(PySet other) {
        if (other == this || other.size == 0) {
            return;
        }
        if ((long) (fill + other.size) * 5 >= (long) (table.length - 1) * 3) {
            resize((size + other.size) * 2);
        }
        if (fill == 0) {
            if (table.length == other.table.length && other.fill == other.size) {
                // clone, not Arrays.copyOf: HotSpot compiles that to a reflective Array.newInstance
                // when it cannot prove the array's class, and set unions copy a table every time
                table = other.table.clone();
                hashes = other.hashes.clone();
            } else {
                insertAllClean(other);
            }
            fill = other.size;
            size = other.size;
            return;
        }
        // re-read other's table each step: an __eq__ an add calls may change it, as in CPython
        for (int i = 0; i < other.table.length; i++) {
            PyObject e = other.table[i];
            if (e != null && e != DUMMY) {
                add(e, other.hashes[i]);
            }
        }
    }

    /** {@code s.update(iterable)} with one iterable ({@code {*x}} and set(x) use it), as CPython's set_update_internal. */
    public void update(PyObject iterable) {
        SetMethods.addAll(this, iterable);
    }

    /**
     * Adds an exact dict's keys as CPython's set_update_internal does: one resize up front to fit
     * both, then adds in the dict's order.
     */
    void mergeDictKeys(PyDict d) {
        PyObject[] keys = d.keysArray();
        if ((long) (fill + keys.length) * 5 >= (long) (table.length - 1) * 3) {
            resize((size + keys.length) * 2);
        }
        for (PyObject k : keys) {
            add(k);
        }
    }

    void copyFrom(PySet other) {
        // clone, not Arrays.copyOf: HotSpot compiles that to a reflective Array.newInstance
        // when it cannot prove the array's class, and set unions copy a table every time
        table = other.table.clone();
        hashes = other.hashes.clone();
        fill = other.fill;
        size = other.size;
    }

    @Override
    public String toString() {
        return "set" + Arrays.toString(toArray());
    }

    /** An instance of a Python subclass of set. */
    public static final class Derived extends PySet implements Instance {
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
