package org.hotpy.core.types.collection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hotpy.core.model.Instance;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Shape;
import org.hotpy.core.ops.Compare;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.number.IntMath;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/**
 * Python {@code dict}: an insertion-ordered hash table laid out as CPython's compact dict — a
 * sparse index of entry numbers plus dense arrays of hashes, keys and values.
 *
 * <p>Two counters serve the inline caches: {@link #keysVersion()} changes whenever the set of
 * keys or their positions change (so a cached entry index stays valid while it is unchanged,
 * even when values are rebound, as CPython's LOAD_GLOBAL specialisation relies on), and
 * {@link #version()} changes on every mutation (for caches that hold a value itself).
 */
public class PyDict extends PyObject {
    /**
     * The tables of a dict that has never held a key, shared by all of them: lookups find the
     * index all EMPTY and the first insertion allocates (CPython's shared empty keys). Most
     * {@code **kwargs} dicts a call binds stay empty. Never written: every write to
     * {@code index} follows an insertion or a successful lookup. Declared before TYPE: building
     * the type makes dicts.
     */
    private static final int[] NO_INDEX = emptyIndex();
    private static final long[] NO_HASHES = new long[0];
    private static final PyObject[] NO_ENTRIES = new PyObject[0];

    public static final PyType TYPE = PyType.builtin("dict", PyType.OBJECT, PyDict.class, DictMethods::define)
            .withInstantiator(t -> new Derived(t));

    private static final int EMPTY = -1;
    private static final int DUMMY = -2;
    private static int keysVersionCounter;

    private int[] index;
    long[] hashes;
    PyObject[] keys;
    PyObject[] values;
    int used;
    int size;
    private int keysVersion;
    private int version;
    /** Per-key watches of tier-2 traces, or null (every unwatched dict): see {@link DictWatches}. */
    private DictWatches watches;

    public PyDict() {
        index = NO_INDEX;
        hashes = NO_HASHES;
        keys = NO_ENTRIES;
        values = NO_ENTRIES;
    }

    public PyDict(int expected) {
        this();
        if (expected <= 0) {
            return;
        }
        int cap = 8;
        while (cap * 2 < expected * 3) {
            cap <<= 1;
        }
        allocate(cap, cap * 2 / 3 + 1);
    }

    private static int[] emptyIndex() {
        int[] ix = new int[8];
        Arrays.fill(ix, EMPTY);
        return ix;
    }

    private void allocate(int indexCap, int entryCap) {
        index = new int[indexCap];
        Arrays.fill(index, EMPTY);
        hashes = new long[entryCap];
        keys = new PyObject[entryCap];
        values = new PyObject[entryCap];
        used = 0;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return size;
    }

    /**
     * The keys version for caches: unique across dicts, assigned lazily (as CPython's dk_version)
     * so that mutations cost only a field write.
     */
    public int keysVersion() {
        int v = keysVersion;
        if (v == 0) {
            synchronized (PyDict.class) {
                v = keysVersion = ++keysVersionCounter;
            }
        }
        return v;
    }

    /**
     * Whether the keys version is {@code v} (a value {@link #keysVersion()} returned): the guard
     * of a cache, a single field read where {@link #keysVersion()} may have to assign one.
     */
    public boolean keysVersionIs(int v) {
        return keysVersion == v;
    }

    /** Changes on every mutation, values included. */
    public int version() {
        return version;
    }

    /** This dict's key watches, made on first use (for the trace optimiser's view of globals). */
    public DictWatches watches() {
        DictWatches w = watches;
        if (w == null) {
            w = watches = new DictWatches(this, keys, used);
        }
        return w;
    }

    /**
     * A watch that stays valid while the str key {@code name} keeps the value it has now, or null
     * when the dict lacks the key (see {@link #watchAbsent}).
     */
    public DictWatches.Binding watchPresent(String name) {
        int ix = findStr(name);
        return ix < 0 ? null : watches().present(ix, name);
    }

    /** A watch that stays valid while the dict lacks the str key {@code name} (which it must lack now). */
    public DictWatches.Binding watchAbsent(String name) {
        return watches().absent(name);
    }

    private void keysChanged() {
        keysVersion = 0;
        version++;
    }

    /** The hash Python uses for a key, with fast paths for exact str and int. */
    public static long hashOf(PyObject key) {
        if (key.getClass() == PyStr.class) {
            return ((PyStr) key).pyHash();
        }
        if (key.getClass() == PyInt.class) {
            return IntMath.hash(key);
        }
        return Protocols.hash(key);
    }

    private static boolean keyEquals(PyObject stored, PyObject key) {
        if (stored == key) {
            return true;
        }
        if (stored.getClass() == PyStr.class && key.getClass() == PyStr.class) {
            return ((PyStr) stored).value().equals(((PyStr) key).value());
        }
        return Compare.eq(stored, key);
    }

    /** The entry number of {@code key}, or -1. */
    int find(PyObject key, long hash) {
        int mask = index.length - 1;
        int i = (int) hash & mask;
        long perturb = hash;
        while (true) {
            int ix = index[i];
            if (ix == EMPTY) {
                return -1;
            }
            if (ix >= 0 && hashes[ix] == hash && keyEquals(keys[ix], key)) {
                return ix;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** The entry number of the str key {@code name}, or -1 (for globals and attribute dicts). */
    public int findStr(String name) {
        long hash = PyStr.hashOfString(name);
        int mask = index.length - 1;
        int i = (int) hash & mask;
        long perturb = hash;
        while (true) {
            int ix = index[i];
            if (ix == EMPTY) {
                return -1;
            }
            if (ix >= 0 && hashes[ix] == hash) {
                PyObject k = keys[ix];
                if (k instanceof PyStr s && s.value().equals(name)) {
                    return ix;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** The value stored in entry {@code ix} (for caches holding an entry number). */
    public PyObject valueAt(int ix) {
        return values[ix];
    }

    public PyObject get(PyObject key) {
        int ix = find(key, hashOf(key));
        return ix < 0 ? null : values[ix];
    }

    public PyObject getStr(String name) {
        int ix = findStr(name);
        return ix < 0 ? null : values[ix];
    }

    public boolean containsKey(PyObject key) {
        return find(key, hashOf(key)) >= 0;
    }

    public void put(PyObject key, PyObject value) {
        put(key, hashOf(key), value);
    }

    public void putStr(String name, PyObject value) {
        PyStr key = PyStr.of(name);
        put(key, key.pyHash(), value);
    }

    void put(PyObject key, long hash, PyObject value) {
        int ix = find(key, hash);
        if (ix >= 0) {
            if (watches != null && values[ix] != value) {
                watches.changed(ix); // out of line: most stores are into unwatched dicts
            }
            values[ix] = value;
            version++;
            return;
        }
        insertNew(key, hash, value);
    }

    private void insertNew(PyObject key, long hash, PyObject value) {
        if (keys.length == 0) {
            allocate(8, 6); // the first key of a dict created empty
        } else if (used == keys.length || (used + 1) * 3 > index.length * 2) {
            resize(Math.max(size + 1, 4) * 3);
        }
        int mask = index.length - 1;
        int i = (int) hash & mask;
        long perturb = hash;
        while (index[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        index[i] = used;
        hashes[used] = hash;
        keys[used] = key;
        values[used] = value;
        if (watches != null) {
            watches.inserted(used, key, keys.length);
        }
        used++;
        size++;
        keysChanged();
    }

    private void resize(int minIndex) {
        int cap = 8;
        while (cap < minIndex) {
            cap <<= 1;
        }
        long[] oh = hashes;
        PyObject[] ok = keys;
        PyObject[] ov = values;
        int on = used;
        org.hotpy.core.ops.Limits.checkSize(cap);
        allocate(cap, cap * 2 / 3 + 1);
        DictWatches.Binding[] oldWatches = watches == null ? null : watches.startMove(keys.length);
        int mask = cap - 1;
        for (int e = 0; e < on; e++) {
            if (ok[e] == null) {
                continue;
            }
            long h = oh[e];
            int i = (int) h & mask;
            long perturb = h;
            while (index[i] != EMPTY) {
                perturb >>>= 5;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
            index[i] = used;
            hashes[used] = h;
            keys[used] = ok[e];
            values[used] = ov[e];
            if (oldWatches != null) {
                watches.moved(oldWatches, e, used);
            }
            used++;
        }
        keysChanged();
    }

    /** Removes {@code key}; returns its value or null when absent. */
    public PyObject remove(PyObject key) {
        long hash = hashOf(key);
        int mask = index.length - 1;
        int i = (int) hash & mask;
        long perturb = hash;
        while (true) {
            int ix = index[i];
            if (ix == EMPTY) {
                return null;
            }
            if (ix >= 0 && hashes[ix] == hash && keyEquals(keys[ix], key)) {
                PyObject v = values[ix];
                if (watches != null) {
                    watches.changed(ix);
                }
                index[i] = DUMMY;
                keys[ix] = null;
                values[ix] = null;
                size--;
                keysChanged();
                return v;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    public PyObject removeStr(String name) {
        return remove(PyStr.of(name));
    }

    public void clear() {
        if (watches != null) {
            watches.cleared();
        }
        allocate(8, 6);
        size = 0;
        keysChanged();
    }

    /** Removes and returns the last entry as {key, value}, or null when empty. */
    PyObject[] popLast() {
        for (int e = used - 1; e >= 0; e--) {
            if (keys[e] != null) {
                PyObject k = keys[e];
                PyObject v = values[e];
                remove(k);
                used = e; // the slot can be reused: nothing after it is live
                return new PyObject[] {k, v};
            }
        }
        return null;
    }

    /** A snapshot of the entries as {key, value} pairs, in order. */
    public List<PyObject[]> itemsSnapshot() {
        List<PyObject[]> out = new ArrayList<>(size);
        for (int e = 0; e < used; e++) {
            if (keys[e] != null) {
                out.add(new PyObject[] {keys[e], values[e]});
            }
        }
        return out;
    }

    /** A snapshot of the keys, in order. */
    public PyObject[] keysArray() {
        PyObject[] out = new PyObject[size];
        int j = 0;
        for (int e = 0; e < used; e++) {
            if (keys[e] != null) {
                out[j++] = keys[e];
            }
        }
        return out;
    }

    /** Copies every entry of {@code other} into this dict. */
    public void putAll(PyDict other) {
        for (int e = 0; e < other.used; e++) {
            if (other.keys[e] != null) {
                put(other.keys[e], other.hashes[e], other.values[e]);
            }
        }
    }

    public PyDict copy() {
        PyDict d = new PyDict(size);
        d.putAll(this);
        return d;
    }

    /** Entry-slot access for iterators: number of slots ever used. */
    int usedSlots() {
        return used;
    }

    @Override
    public String toString() {
        return "dict(size=" + size + ")";
    }

    /** An instance of a Python subclass of dict (defaultdict, OrderedDict, Counter in Python …). */
    public static final class Derived extends PyDict implements Instance {
        private PyType type;
        private Shape shape;
        private PyObject[] slotValues;
        private PyDict dict;

        public Derived(PyType type) {
            this.type = type;
            this.shape = type.rootShape();
            this.slotValues = new PyObject[type.expectedCapacity()];
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
            return slotValues;
        }

        @Override
        public void setValues(PyObject[] values) {
            this.slotValues = values;
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
