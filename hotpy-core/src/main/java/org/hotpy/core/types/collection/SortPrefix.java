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

    /** The prefixes of {@code keys[0, n)}, or null when the keys do not have a shape encoded here. */
    static long[] of(PyObject[] keys, int n) {
        Plan plan = plan(keys, n, 0);
        if (plan == null) {
            return null;
        }
        long[] prefixes = new long[n];
        Bits bits = new Bits();
        for (int i = 0; i < n; i++) {
            bits.clear();
            plan.put(keys[i], bits);
            prefixes[i] = bits.value() ^ Long.MIN_VALUE;
        }
        return prefixes;
    }

    /** The bits of one prefix, filled from the most significant end. */
    static final class Bits {
        private long bits;
        private int free = 64;

        void clear() {
            bits = 0;
            free = 64;
        }

        /**
         * Appends the low {@code width} bits of {@code v}; when fewer bits are free, appends the
         * high ones that fit. False when nothing more may follow.
         */
        boolean put(long v, int width) {
            if (width >= free) {
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
                    return false;
                }
                if (!bits.put(cp + 1, 16)) {
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

        /** The plan when at most a quarter of the values are distinct, else null. */
        static RankPlan of(PyObject[] values, int n) {
            int limit = n / 4;
            HashMap<String, PyStr> distinct = new HashMap<>();
            for (int i = 0; i < n; i++) {
                PyStr s = (PyStr) values[i];
                if (distinct.putIfAbsent(s.value(), s) == null && distinct.size() > limit) {
                    return null;
                }
            }
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
            int n = Math.min(items.length, columns.length);
            for (int i = 0; i < n; i++) {
                if (!columns[i].put(items[i], bits)) {
                    return false;
                }
            }
            // A shorter tuple stops where a longer one goes on, so it is never above it; what
            // follows a tuple would be compared only after its end, so nothing follows.
            return false;
        }
    }

    /** The plan for {@code values[0, n)}, all the values at one place; null to stop there. */
    private static Plan plan(PyObject[] values, int n, int depth) {
        Class<?> c = values[0].getClass();
        for (int i = 1; i < n; i++) {
            if (values[i].getClass() != c) {
                return null;
            }
        }
        if (c == PyStr.class) {
            Plan ranks = RankPlan.of(values, n);
            return ranks != null ? ranks : STR;
        }
        if (c == PyInt.class) {
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (int i = 0; i < n; i++) {
                long v = ((PyInt) values[i]).value;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            return new IntPlan(min, max);
        }
        if (c == PyTuple.class && depth < MAX_DEPTH) {
            return tuplePlan(values, n, depth);
        }
        return null;
    }

    private static Plan tuplePlan(PyObject[] tuples, int n, int depth) {
        int width = 0;
        for (int i = 0; i < n; i++) {
            width = Math.max(width, ((PyTuple) tuples[i]).itemsUnsafe().length);
        }
        width = Math.min(width, MAX_COLUMNS);
        Plan[] columns = new Plan[width];
        PyObject[] column = new PyObject[n];
        for (int c = 0; c < width; c++) {
            int m = 0;
            for (int i = 0; i < n; i++) {
                PyObject[] items = ((PyTuple) tuples[i]).itemsUnsafe();
                if (items.length > c) {
                    column[m++] = items[c];
                }
            }
            Plan p = plan(column, m, depth + 1);
            if (p == null) {
                // the encoding stops before this column
                return c == 0 ? null : new TuplePlan(Arrays.copyOf(columns, c));
            }
            columns[c] = p;
        }
        return width == 0 ? null : new TuplePlan(columns);
    }
}
