package org.hotpy.core.types.collection;

import java.util.Arrays;
import java.util.HashMap;

import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/**
 * Order-preserving 64-bit prefixes of sort keys ("abbreviated keys", as database sorts use): a
 * prefix is the leading bits of a key's value, so when two prefixes differ they decide
 * {@code <} on their own, and only equal prefixes need the full comparison. A large sort is
 * bound by memory: a comparison of {@code (-count, word)} keys walks tuple, item array, int,
 * str, String and byte array of both keys, scattered over the heap. The sort instead compares
 * {@link Key}s, small objects made one after another, and touches the keys themselves only on
 * equal prefixes.
 *
 * <p>Prefixes are made only when every value at one place of the keys (the key itself, or the
 * i-th item of every tuple that has one, recursively) has one exact type: str, int (fitting a
 * long) or tuple. So a prefix never decides a comparison that would have raised or called
 * Python code; floats (NaN) and everything else end the prefix there. The encoding, read as an
 * unsigned number: an int column is {@code value - min} in as many bits as the column's range
 * needs; a str is its code points plus one, 16 bits each, then a 0 (so a string sorts before
 * its extensions and the next item can follow), or, when a column has few distinct strs, the
 * str's rank among them; a tuple is its items in order, and nothing
 * after it. Where a value cannot be encoded whole (a code point that does not fit, bits run
 * out), the prefix keeps what fits of it (a floor, which keeps the order) and stops.
 *
 * <p>When every key is encoded whole (nothing cut off or floored, every tuple as long as the
 * plan's columns), equal prefixes mean equal keys and the prefixes are {@linkplain
 * Prefixes#decisive() decisive}: they alone give the sorted order ({@link PrefixRadixSort}).
 */
final class SortPrefix {
    private SortPrefix() {}

    /** Below this many keys the prefixes cost more than they save. */
    static final int MIN_KEYS = 32;
    private static final int MAX_DEPTH = 2;
    private static final int MAX_COLUMNS = 4;

    /**
     * A sort key with its prefix, which the sort compares in its place (it stands for the key,
     * and never leaves the sort).
     */
    static final class Key extends PyObject {
        /** The prefix with its sign bit flipped, so that {@code <} on longs is unsigned order. */
        final long prefix;
        final PyObject key;

        Key(long prefix, PyObject key) {
            this.prefix = prefix;
            this.key = key;
        }

        @Override
        public PyType type() {
            return key.type();
        }
    }

    /** The order of {@link Key}s: the prefixes, else the keys' own order. */
    static final class Order extends SortOrder {
        private final SortOrder keys;

        Order(SortOrder keys) {
            this.keys = keys;
        }

        @Override
        boolean lt(PyObject a, PyObject b) {
            Key x = (Key) a;
            Key y = (Key) b;
            if (x.prefix != y.prefix) {
                return x.prefix < y.prefix;
            }
            return keys.lt(x.key, y.key);
        }
    }

    /**
     * The prefixes of some keys, in signed order (see {@link Key#prefix}), and whether they are
     * decisive: every key was encoded whole, so that equal prefixes are equal keys.
     */
    record Prefixes(long[] values, boolean decisive) {}

    /** The prefixes of {@code keys[0, n)}, or null when the keys do not have a shape encoded here. */
    static Prefixes of(PyObject[] keys, int n) {
        Place top = new Place(0);
        for (int i = 0; i < n; i++) {
            top.observe(keys[i], n / 4);
        }
        Plan plan = top.plan();
        if (plan == null) {
            return null;
        }
        long[] prefixes = new long[n];
        Bits bits = new Bits();
        boolean whole = true;
        for (int i = 0; i < n; i++) {
            bits.clear();
            plan.put(keys[i], bits);
            whole &= !bits.lost;
            prefixes[i] = bits.value() ^ Long.MIN_VALUE;
        }
        return new Prefixes(prefixes, whole);
    }

    /** The bits of one prefix, filled from the most significant end. */
    static final class Bits {
        private long bits;
        private int free = 64;
        /** Whether part of the key was left out: its prefix then does not tell it from every other key. */
        boolean lost;

        void clear() {
            bits = 0;
            free = 64;
            lost = false;
        }

        /**
         * Appends the low {@code width} bits of {@code v}; when fewer bits are free, appends the
         * high ones that fit. False when nothing more may follow.
         */
        boolean put(long v, int width) {
            if (width >= free) {
                lost |= width > free;
                bits = (bits << free) | (v >>> (width - free));
                free = 0;
                return false;
            }
            bits = (bits << width) | v;
            free -= width;
            return true;
        }

        /** The prefix as an unsigned number, unused low bits zero. */
        long value() {
            return free == 64 ? 0 : bits << free;
        }
    }

    /** How the values at one place of the keys are encoded. */
    private abstract static class Plan {
        /** Appends the encoding of {@code v}; false when nothing more may follow. */
        abstract boolean put(PyObject v, Bits bits);
    }

    private static final Plan STR = new Plan() {
        @Override
        boolean put(PyObject v, Bits bits) {
            String s = ((PyStr) v).value();
            for (int i = 0, n = s.length(); i < n; ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (cp >= 0xFFFE) {
                    // 16 bits cannot tell these apart: keep the floor and stop
                    bits.put(0xFFFF, 16);
                    bits.lost = true;
                    return false;
                }
                if (!bits.put(cp + 1, 16)) {
                    // a str that ends just here has no end mark, but any other str the prefix
                    // could stand for goes on, and is the one that lost something
                    bits.lost |= i < n;
                    return false;
                }
            }
            return bits.put(0, 16);
        }
    };

    /**
     * A str column with few distinct values: each is encoded by its rank among them, which is
     * exact (equal ranks, equal strs), so the next item can follow and a few bits decide.
     */
    private static final class RankPlan extends Plan {
        private final HashMap<String, Integer> ranks;
        private final int width;

        private RankPlan(HashMap<String, Integer> ranks) {
            this.ranks = ranks;
            this.width = 32 - Integer.numberOfLeadingZeros(ranks.size() - 1);
        }

        /** The plan for the strs {@code distinct}, each value once. */
        static RankPlan of(HashMap<String, PyStr> distinct) {
            PyStr[] sorted = distinct.values().toArray(new PyStr[0]);
            Arrays.sort(sorted); // code-point order, as str compares
            HashMap<String, Integer> ranks = new HashMap<>(sorted.length * 2);
            for (int r = 0; r < sorted.length; r++) {
                ranks.put(sorted[r].value(), r);
            }
            return new RankPlan(ranks);
        }

        @Override
        boolean put(PyObject v, Bits bits) {
            return width == 0 || bits.put(ranks.get(((PyStr) v).value()), width);
        }
    }

    private static final class IntPlan extends Plan {
        private final long min;
        private final int width;

        IntPlan(long min, long max) {
            this.min = min;
            this.width = 64 - Long.numberOfLeadingZeros(max - min); // unsigned range
        }

        @Override
        boolean put(PyObject v, Bits bits) {
            return width == 0 || bits.put(((PyInt) v).value - min, width);
        }
    }

    private static final class TuplePlan extends Plan {
        private final Plan[] columns;

        TuplePlan(Plan[] columns) {
            this.columns = columns;
        }

        @Override
        boolean put(PyObject v, Bits bits) {
            PyObject[] items = ((PyTuple) v).itemsUnsafe();
            // a shorter tuple's prefix can equal a longer one's (whose next item encodes as 0)
            bits.lost |= items.length != columns.length;
            int n = Math.min(items.length, columns.length);
            for (int i = 0; i < n; i++) {
                if (!columns[i].put(items[i], bits)) {
                    bits.lost |= i < n - 1; // the items after it are left out
                    return false;
                }
            }
            // A shorter tuple stops where a longer one goes on, so it is never above it; what
            // follows a tuple would be compared only after its end, so nothing follows.
            return false;
        }
    }

    /**
     * What the values at one place of the keys (the key itself, or the i-th item of the tuples
     * at a place) are, gathered in one walk over the keys: a call per value, which HotSpot
     * compiles after a few hundred, where a loop over all the values per place (in a method run
     * once per sort) ran interpreted for its first 60,000 turns: with 155,000 keys of wordfreq's
     * shape, a dozen such loops took 25 ms before the first key was encoded.
     */
    private static final class Place {
        private final int depth;
        private Class<?> type;
        private boolean mixed;
        private int count;
        private long min = Long.MAX_VALUE;
        private long max = Long.MIN_VALUE;
        /** The distinct strs seen, until there are too many to rank (then null). */
        private HashMap<String, PyStr> distinct = new HashMap<>();
        private int width;
        private Place[] columns = new Place[0];

        Place(int depth) {
            this.depth = depth;
        }

        /** Notes value {@code v}; at most {@code limit} distinct strs are worth ranking. */
        void observe(PyObject v, int limit) {
            count++;
            Class<?> c = v.getClass();
            if (type != c) {
                if (type != null) {
                    mixed = true;
                    return;
                }
                type = c;
            }
            if (mixed) {
                return;
            }
            if (c == PyInt.class) {
                long x = ((PyInt) v).value;
                min = Math.min(min, x);
                max = Math.max(max, x);
            } else if (c == PyStr.class) {
                if (distinct != null && distinct.putIfAbsent(((PyStr) v).value(), (PyStr) v) == null
                        && distinct.size() > limit) {
                    distinct = null;
                }
            } else if (c == PyTuple.class && depth < MAX_DEPTH) {
                PyObject[] items = ((PyTuple) v).itemsUnsafe();
                width = Math.max(width, items.length);
                int k = Math.min(items.length, MAX_COLUMNS);
                if (columns.length < k) {
                    Place[] more = Arrays.copyOf(columns, k);
                    for (int i = columns.length; i < k; i++) {
                        more[i] = new Place(depth + 1);
                    }
                    columns = more;
                }
                for (int i = 0; i < k; i++) {
                    columns[i].observe(items[i], limit);
                }
            }
        }

        /** The plan for the values seen here; null to stop before this place. */
        Plan plan() {
            if (mixed || type == null) {
                return null;
            }
            if (type == PyStr.class) {
                // ranks when at most a quarter of the values are distinct
                return distinct != null && distinct.size() <= count / 4 ? RankPlan.of(distinct) : STR;
            }
            if (type == PyInt.class) {
                return new IntPlan(min, max);
            }
            if (type != PyTuple.class || depth >= MAX_DEPTH) {
                return null;
            }
            int w = Math.min(width, MAX_COLUMNS);
            Plan[] plans = new Plan[w];
            for (int c = 0; c < w; c++) {
                Plan p = columns[c].plan();
                if (p == null) {
                    // the encoding stops before this column
                    return c == 0 ? null : new TuplePlan(Arrays.copyOf(plans, c));
                }
                plans[c] = p;
            }
            return w == 0 ? null : new TuplePlan(plans);
        }
    }
}
