package org.hotpy.core.types.collection;

import java.util.Arrays;

/**
 * The stable order of decisive sort prefixes ({@link SortPrefix.Prefixes#decisive()}), by a
 * least-significant-digit radix sort over just the bits in which the prefixes differ. A
 * timsort of {@code (-count, word)} or {@code (weight, x)} keys made 3-4 million comparisons for
 * 150,000-200,000 keys, each following pointers into two keys, and in a fresh JVM its many loops
 * ran interpreted and then in C1's code for most of the sort (a tuple sort of 180,000 keys: about
 * 120 ms, CPython 32 ms). Two or three passes of counting and scattering, each over the prefixes
 * in a row, are a few loops that HotSpot compiles early.
 */
final class PrefixRadixSort {
    private PrefixRadixSort() {}

    /** Bits sorted per pass: 2,048 counters, which stay in the L1 cache. */
    private static final int DIGIT_BITS = 11;

    /**
     * The positions of {@code prefixes[0, n)} (signed, as {@link SortPrefix.Key#prefix}) in
     * ascending order, equal prefixes in their original order: {@code order[k]} is where the
     * k-th smallest was.
     */
    static int[] stableOrder(long[] prefixes, int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (n < 2) {
            return order;
        }
        long differ = 0;
        long first = prefixes[0];
        for (int i = 1; i < n; i++) {
            differ |= prefixes[i] ^ first;
        }
        if (differ == 0) {
            return order;
        }
        int low = Long.numberOfTrailingZeros(differ);
        int high = 64 - Long.numberOfLeadingZeros(differ); // one past the highest bit that differs
        // each pass moves the prefixes with their positions, so later passes read them in a row
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = prefixes[i] ^ Long.MIN_VALUE; // unsigned order from here on
        }
        long[] keysTo = new long[n];
        int[] orderTo = new int[n];
        int[] counts = new int[1 << DIGIT_BITS];
        for (int shift = low; shift < high; shift += DIGIT_BITS) {
            int mask = (1 << Math.min(DIGIT_BITS, high - shift)) - 1;
            Arrays.fill(counts, 0);
            for (int i = 0; i < n; i++) {
                counts[(int) (keys[i] >>> shift) & mask]++;
            }
            int start = 0;
            for (int d = 0; d <= mask; d++) {
                int c = counts[d];
                counts[d] = start;
                start += c;
            }
            for (int i = 0; i < n; i++) {
                long k = keys[i];
                int at = counts[(int) (k >>> shift) & mask]++;
                keysTo[at] = k;
                orderTo[at] = order[i];
            }
            long[] k = keys;
            keys = keysTo;
            keysTo = k;
            int[] o = order;
            order = orderTo;
            orderTo = o;
        }
        return order;
    }
}
