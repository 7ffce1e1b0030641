package org.hotpy.core.types.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;

import org.hotpy.core.model.PyObject;
import org.hotpy.core.ops.Compare;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;
import org.junit.jupiter.api.Test;

/**
 * The radix sort of decisive prefixes gives the stable ascending order, and a list sorted through
 * it comes out as a stable comparison sort would leave it.
 */
class PrefixRadixSortTest {
    private final Random rng = new Random(7);

    private static Integer[] stableByPrefix(long[] p) {
        Integer[] expected = new Integer[p.length];
        for (int i = 0; i < p.length; i++) {
            expected[i] = i;
        }
        Arrays.sort(expected, (a, b) -> Long.compare(p[a], p[b])); // a stable merge sort
        return expected;
    }

    private void assertStableOrder(long[] p) {
        int[] order = PrefixRadixSort.stableOrder(p, p.length);
        assertThat(Arrays.stream(order).boxed().toArray(Integer[]::new)).containsExactly(stableByPrefix(p));
    }

    @Test
    void ordersPrefixesStably() {
        assertStableOrder(new long[0]);
        assertStableOrder(new long[] {5});
        assertStableOrder(new long[] {3, 3, 3}); // no bit differs: no pass at all
        long[] p = new long[5000];
        for (int i = 0; i < p.length; i++) {
            p[i] = rng.nextLong(); // every bit, both signs
        }
        assertStableOrder(p);
        for (int i = 0; i < p.length; i++) {
            p[i] = (rng.nextInt(50) - 25L) << 40; // few distinct values, high bits only: many ties
        }
        assertStableOrder(p);
        for (int i = 0; i < p.length; i++) {
            p[i] = Long.MIN_VALUE + rng.nextInt(3000); // the low bits of the smallest prefixes
        }
        assertStableOrder(p);
    }

    /**
     * Sorts fresh (so distinct, even when equal) keys with list.sort and checks, by identity, that
     * they come out as a stable comparison sort leaves them.
     */
    private void assertSortedLikeAComparisonSort(Supplier<PyObject> key, int n, boolean reverse) {
        PyObject[] keys = new PyObject[n];
        for (int i = 0; i < n; i++) {
            keys[i] = key.get();
        }
        assertThat(SortPrefix.of(keys, n).decisive()).isTrue();
        PyObject[] expected = keys.clone();
        Arrays.sort(expected, (a, b) -> reverse
                ? (Compare.lt(b, a) ? -1 : Compare.lt(a, b) ? 1 : 0)
                : (Compare.lt(a, b) ? -1 : Compare.lt(b, a) ? 1 : 0)); // stable
        PyList list = PyList.wrap(keys.clone());
        ListSort.sort(list, null, reverse);
        for (int i = 0; i < n; i++) {
            assertThat(list.items[i]).as("item %d", i).isSameAs(expected[i]);
        }
    }

    @Test
    void listsSortAsAStableComparisonSortWould() {
        String[] words = {"ka", "lo", "mi", "kalo", "", "ven", "dor"};
        for (boolean reverse : new boolean[] {false, true}) {
            assertSortedLikeAComparisonSort(() -> PyInt.of(100_000 + rng.nextInt(40)), 3000, reverse);
            assertSortedLikeAComparisonSort(() -> PyTuple.of(PyInt.of(-rng.nextInt(30)),
                    PyTuple.of(PyStr.of(words[rng.nextInt(words.length)]), PyStr.of(words[rng.nextInt(words.length)]))),
                    3000, reverse);
            assertSortedLikeAComparisonSort(() -> PyTuple.of(PyInt.of(rng.nextInt(101)), PyInt.of(rng.nextInt(200000))),
                    3000, reverse);
        }
    }
}
