package org.hotpy.core.types.collection;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.hotpy.core.model.PyObject;
import org.hotpy.core.types.text.PyStr;

/**
 * Per-key watches on one dict (a module's globals or the builtins), for tier-2 traces that turn a
 * global load into a constant: CPython 3.12's dict watchers, narrowed to the keys a trace read. A
 * {@link Binding} stays valid while the key keeps its value (a watch on a present key) or stays
 * absent (a watch on a missing key, for a name the trace found in the builtins); the dict
 * invalidates it, once and for good, when that changes. Storing into other keys touches no watch,
 * so a trace that depends on global {@code b} survives stores to global {@code a}.
 *
 * <p>A dict carries an instance only once a trace has watched one of its keys, so the store path
 * of every other dict pays one null test. Watches on present keys are kept by entry number,
 * parallel to the dict's entries, so a store finds its watch without hashing.
 */
public final class DictWatches {
    /** After this many invalidations of one name, caching it would only deopt: see {@link #rebindsOften}. */
    private static final int REBIND_LIMIT = 2;

    /** One watched fact about a key: valid until the dict changes it. Traces guard on {@link #valid}. */
    public static final class Binding {
        private final PyDict dict;
        private final String name;
        private boolean valid = true;

        Binding(PyDict dict, String name) {
            this.dict = dict;
            this.name = name;
        }

        /** The dict whose key this watches. */
        public PyDict dict() {
            return dict;
        }

        /** Whether the watched key still has the value (or absence) it had when the watch was made. */
        public boolean valid() {
            return valid;
        }

        /** The watched key. */
        public String name() {
            return name;
        }

        @Override
        public String toString() {
            return "watch_" + name;
        }
    }

    private final PyDict dict;
    /** Watches on present keys, by entry number (null where unwatched). */
    private Binding[] byEntry;
    /** Watches on absent keys, by name. */
    private final Map<String, Binding> absent = new HashMap<>(4);
    /** How many times each name's watch was invalidated by a real change. */
    private final Map<String, Integer> invalidations = new HashMap<>(4);

    /**
     * Whether every key is an exact str. Only then are watches made: storing a str into such a dict
     * compares strs only, so runs no Python code ({@code __eq__} of a colliding key), which the trace
     * optimiser relies on to keep other names' guards across a store.
     */
    private boolean strKeysOnly;

    DictWatches(PyDict dict, int entryCapacity) {
        this.dict = dict;
        byEntry = new Binding[entryCapacity];
        strKeysOnly = true;
        for (int e = 0; e < dict.usedSlots(); e++) {
            PyObject k = dict.keyAt(e);
            if (k != null && k.getClass() != PyStr.class) {
                strKeysOnly = false;
            }
        }
    }

    /** Whether every key is an exact str, so watches may be made (see {@link #strKeysOnly}). */
    public boolean strKeysOnly() {
        return strKeysOnly;
    }

    /** The watch on the present key in entry {@code ix} (made if there is none). */
    Binding present(int ix, String name) {
        assert strKeysOnly;
        ensure(ix + 1);
        Binding b = byEntry[ix];
        if (b == null) {
            b = byEntry[ix] = new Binding(dict, name);
        }
        return b;
    }

    /** The watch on the absent key {@code name} (made if there is none). */
    Binding absent(String name) {
        assert strKeysOnly;
        return absent.computeIfAbsent(name, n -> new Binding(dict, n));
    }

    /**
     * Whether {@code name}'s watch was invalidated so often that a trace should leave its load
     * generic (a name a loop rebinds, such as a counter, would otherwise deopt every time).
     */
    public boolean rebindsOften(String name) {
        return invalidations.getOrDefault(name, 0) >= REBIND_LIMIT;
    }

    /** Entry {@code ix} gets a different value, or is deleted. */
    void changed(int ix) {
        if (ix < byEntry.length) {
            Binding b = byEntry[ix];
            if (b != null) {
                byEntry[ix] = null;
                invalidate(b);
            }
        }
    }

    /** {@code key} was inserted as entry {@code ix}: a watch on its absence no longer holds. */
    void inserted(int ix, PyObject key, int entryCapacity) {
        ensure(entryCapacity);
        byEntry[ix] = null;
        if (key.getClass() != PyStr.class && strKeysOnly) {
            // Stores into this dict may run Python code from now on: no watch on it holds.
            strKeysOnly = false;
            cleared();
            absent.values().forEach(this::invalidate);
            absent.clear();
            return;
        }
        if (!absent.isEmpty() && key instanceof PyStr s) {
            Binding b = absent.remove(s.value());
            if (b != null) {
                invalidate(b);
            }
        }
    }

    /** The dict is about to compact its entries into a table of {@code entryCapacity}: returns the old watches for {@link #moved}. */
    Binding[] startMove(int entryCapacity) {
        Binding[] old = byEntry;
        byEntry = new Binding[entryCapacity];
        return old;
    }

    /** Entry {@code from} of the old table became entry {@code to}. */
    void moved(Binding[] old, int from, int to) {
        if (from < old.length) {
            byEntry[to] = old[from];
        }
    }

    /** Every key was removed. */
    void cleared() {
        for (int i = 0; i < byEntry.length; i++) {
            if (byEntry[i] != null) {
                invalidate(byEntry[i]);
                byEntry[i] = null;
            }
        }
    }

    private void invalidate(Binding b) {
        b.valid = false;
        invalidations.merge(b.name, 1, Integer::sum);
    }

    private void ensure(int capacity) {
        if (byEntry.length < capacity) {
            byEntry = Arrays.copyOf(byEntry, capacity);
        }
    }
}
