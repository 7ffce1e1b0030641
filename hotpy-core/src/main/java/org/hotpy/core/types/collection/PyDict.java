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
 * <p>(Measured on 2026-11-27: a {@code long[]} index holding a 32-bit hash tag beside the entry
 * number, with keys and values side by side in one array, made no difference above the noise on
 * wordfreq or on 400k-entry int and tuple dicts, and doubles the index; so the plain layout stays.)
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

    public static final PyType TYPE = PyType.builtin("dict", PyType.OBJECT, PyDict.class,
            CollectionTypeDefs.DICT)
            .withInstantiator(CollectionTypeDefs.DICT);

    /** Index values besides entry numbers: a slot never used (ends a probe) and one whose entry was deleted. */
    private static final int EMPTY = -1;
    private static final int DUMMY = -2;
    /** What {@link #matchStored} reports when the comparison changed the dict: look up again. */
    private static final int RESTART = -1;
    private static int keysVersionCounter;

    private int[] index;
    /** Hash, key (null once deleted) and value of each entry, by entry number. */
    private long[] hashes;
    private PyObject[] keys;
    private PyObject[] values;
    /** Entries ever filled (live or deleted) since the last resize, less those popitem() gave back. */
    int used;
    /**
     * Insertions left before a resize (CPython's dk_usable): deletions do not give any back, so
     * the index keeps a third of its slots EMPTY however keys come and go, and every probe ends.
     */
    private int usable;
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
        usable = Math.min(entryCap, indexCap * 2 / 3);
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
            w = watches = new DictWatches(this, hashes.length);
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

    /** The entry number of {@code key}, or -1. */
    int find(PyObject key, long hash) {
        while (true) {
            int[] ix = index;
            int mask = ix.length - 1;
            int i = (int) hash & mask;
            long perturb = hash;
            while (true) {
                int e = ix[i];
                if (e == EMPTY) {
                    return -1;
                }
                if (e >= 0 && hashes[e] == hash) {
                    PyObject k = keys[e];
                    if (k == key) {
                        return e;
                    }
                    int m = matchStored(k, key, e, ix);
                    if (m > 0) {
                        return e;
                    }
                    if (m == RESTART) {
                        break;
                    }
                }
                perturb >>>= 5;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
        }
    }

    /**
     * Whether the stored key {@code k} of entry {@code e} (whose hash equals {@code key}'s) equals
     * {@code key}: 1 or 0, or {@link #RESTART} when the comparison, Python code, changed the dict
     * under the lookup (CPython's lookdict restarts then).
     */
    private int matchStored(PyObject k, PyObject key, int e, int[] ix) {
        // exact strs, ints and tuples of them compare without Python code: nothing can change
        // under the lookup
        int m = Compare.plainEqual(k, key);
        if (m >= 0) {
            return m;
        }
        boolean eq = Compare.eq(k, key);
        if (ix != index || keys[e] != k) {
            return RESTART;
        }
        return eq ? 1 : 0;
    }

    /** The entry number of the str key {@code name}, or -1 (for globals and attribute dicts). */
    public int findStr(String name) {
        long hash = PyStr.hashOfString(name);
        int[] ix = index;
        int mask = ix.length - 1;
        int i = (int) hash & mask;
        long perturb = hash;
        while (true) {
            int e = ix[i];
            if (e == EMPTY) {
                return -1;
            }
            if (e >= 0 && hashes[e] == hash) {
                PyObject k = keys[e];
                if (k instanceof PyStr str && str.value().equals(name)) {
                    return e;
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

    /** The key of entry {@code e}, or null when it was deleted (e &lt; {@link #usedSlots()}). */
    PyObject keyAt(int e) {
        return keys[e];
    }

    public PyObject get(PyObject key) {
        int ix = find(key, hashOf(key));
        return ix < 0 ? null : values[ix];
    }

    /** {@code dict.get(key, dflt)}: the value of {@code key}, else {@code dflt}. */
    public PyObject getOr(PyObject key, PyObject dflt) {
        int ix = find(key, hashOf(key));
        return ix < 0 ? dflt : values[ix];
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

    /**
     * {@code dict.setdefault}: the value of {@code key}, else {@code value}, inserted. One hash and
     * one lookup, as CPython's (a get and then a put hashed and looked up twice).
     */
    public PyObject setDefault(PyObject key, PyObject value) {
        long hash = hashOf(key);
        int ix = find(key, hash);
        if (ix >= 0) {
            return values[ix];
        }
        insertNew(key, hash, value);
        return value;
    }

    private void insertNew(PyObject key, long hash, PyObject value) {
        if (hashes.length == 0) {
            allocate(8, 6); // the first key of a dict created empty
        } else if (usable <= 0) {
            resize(Math.max(size + 1, 4) * 3);
        }
        append(key, hash, value);
        if (watches != null) {
            watches.inserted(used - 1, key, hashes.length);
        }
        size++;
        keysChanged();
    }

    /** Puts a key known to be absent into the next entry; the tables have room. */
    private void append(PyObject key, long hash, PyObject value) {
        int[] ix = index;
        int mask = ix.length - 1;
        int i = (int) hash & mask;
        long perturb = hash;
        while (ix[i] >= 0) { // a DUMMY slot is reused, as CPython's find_empty_slot does
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        int e = used++;
        usable--;
        ix[i] = e;
        hashes[e] = hash;
        keys[e] = key;
        values[e] = value;
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
        DictWatches.Binding[] oldWatches = watches == null ? null : watches.startMove(hashes.length);
        for (int e = 0; e < on; e++) {
            if (ok[e] == null) {
                continue;
            }
            if (oldWatches != null) {
                watches.moved(oldWatches, e, used);
            }
            append(ok[e], oh[e], ov[e]);
        }
        keysChanged();
    }

    /** The index slot that holds entry {@code e} (whose hash is {@code hash}). */
    private int slotOf(int e, long hash) {
        int[] ix = index;
        int mask = ix.length - 1;
        int i = (int) hash & mask;
        long perturb = hash;
        while (ix[i] != e) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    /** Removes {@code key}; returns its value or null when absent. */
    public PyObject remove(PyObject key) {
        long hash = hashOf(key);
        int e = find(key, hash);
        return e < 0 ? null : removeEntry(e, hash);
    }

    private PyObject removeEntry(int e, long hash) {
        PyObject v = values[e];
        if (watches != null) {
            watches.changed(e);
        }
        index[slotOf(e, hash)] = DUMMY;
        keys[e] = null;
        values[e] = null;
        size--;
        keysChanged();
        return v;
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

    /** Removes and returns the last entry as {key, value}, or null when empty (hashes no key, as CPython). */
    PyObject[] popLast() {
        for (int e = used - 1; e >= 0; e--) {
            PyObject k = keys[e];
            if (k != null) {
                PyObject v = removeEntry(e, hashes[e]);
                used = e; // the entry can be reused: nothing after it is live (its index slot cannot: usable stays)
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
            PyObject k = other.keys[e];
            if (k != null) {
                put(k, other.hashes[e], other.values[e]);
            }
        }
    }

    /** A new dict with the same entries; its keys are distinct already, so none is compared (as CPython's copy). */
    public PyDict copy() {
        PyDict d = new PyDict(size);
        for (int e = 0; e < used; e++) {
            PyObject k = keys[e];
            if (k != null) {
                d.append(k, hashes[e], values[e]);
            }
        }
        d.size = size;
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
