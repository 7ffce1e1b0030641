package org.hotpy.core.types.collection;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.ops.Call;

/**
 * {@code list.sort}: a stable natural merge sort in the manner of CPython's timsort. It finds the
 * runs already in order (reversing strictly descending ones), extends short runs to a minimum
 * length by binary insertion, and merges neighbouring runs of similar length, skipping the parts
 * of both runs already in place; it compares with {@code <} only, through the {@link SortOrder}
 * chosen for the keys. Partly ordered input costs far fewer comparisons than a plain merge sort.
 * Java's own TimSort is not used because it throws when a comparison is inconsistent (which
 * Python code may legally provide).
 *
 * <p>The sort works on a copy of the list, so if a comparison raises the list is left as it was.
 * With a key function, the keys move together with each key's position in the list.
 */
final class ListSort {
    private final SortOrder order;
    private final PyObject[] keys;
    /**
     * With a key function, where each key's item is in the list (an int moves without the write
     * barrier a reference needs); null when the keys are the items.
     */
    private final int[] origin;
    private PyObject[] tmpKeys = new PyObject[0];
    private int[] tmpOrigin = new int[0];
    /** Pending runs: start and length, the invariants of {@link #mergeCollapse} hold below the top. */
    private final int[] runStart = new int[85];
    private final int[] runLength = new int[85];
    private int runs;

    private ListSort(SortOrder order, PyObject[] keys, int[] origin) {
        this.order = order;
        this.keys = keys;
        this.origin = origin;
    }

    static void sort(PyList list, PyObject key, boolean reverse) {
        int n = list.size;
        PyObject[] items = list.items;
        // As CPython: the list looks empty while sorting, so mutation is detectable.
        list.items = new PyObject[0];
        list.size = 0;
        try {
            PyObject[] work = java.util.Arrays.copyOf(items, n);
            if (reverse) {
                reverse(work, 0, n); // reversed before and after, so equal keys keep their order
            }
            PyObject[] keys = work;
            if (key != null && key != PyNone.NONE) {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = Call.call(key, work[i]);
                }
            }
            SortOrder order = SortOrder.of(keys, n);
            long[] prefixes = n >= SortPrefix.MIN_KEYS ? SortPrefix.of(keys, n) : null;
            if (prefixes != null) {
                PyObject[] wrapped = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    wrapped[i] = new SortPrefix.Key(prefixes[i], keys[i]);
                }
                keys = wrapped;
                order = new SortPrefix.Order(order);
            }
            if (keys == work) {
                new ListSort(order, work, null).run(n);
            } else {
                // the keys sort with where each came from; the items follow them at the end
                int[] origin = new int[n];
                for (int i = 0; i < n; i++) {
                    origin[i] = i;
                }
                new ListSort(order, keys, origin).run(n);
                for (int i = 0; i < n; i++) {
                    keys[i] = work[origin[i]];
                }
                work = keys;
            }
            if (reverse) {
                reverse(work, 0, n);
            }
            System.arraycopy(work, 0, items, 0, n);
        } finally {
            boolean modified = list.size != 0;
            list.items = items;
            list.size = n;
            if (modified) {
                throw Errors.valueError("list modified during sort");
            }
        }
    }

    private static void reverse(PyObject[] a, int lo, int hi) {
        for (int i = lo, j = hi - 1; i < j; i++, j--) {
            PyObject x = a[i];
            a[i] = a[j];
            a[j] = x;
        }
    }

    private static void reverse(int[] a, int lo, int hi) {
        for (int i = lo, j = hi - 1; i < j; i++, j--) {
            int x = a[i];
            a[i] = a[j];
            a[j] = x;
        }
    }

    private void run(int n) {
        int minRun = minRunLength(n);
        int lo = 0;
        while (lo < n) {
            int len = countRun(lo, n);
            if (len < minRun) {
                int forced = Math.min(minRun, n - lo);
                binaryInsertion(lo, lo + forced, lo + len);
                len = forced;
            }
            runStart[runs] = lo;
            runLength[runs] = len;
            runs++;
            mergeCollapse();
            lo += len;
        }
        while (runs > 1) {
            mergeAt(runs - 2);
        }
    }

    /** CPython's minimum run: n itself below 64, else between 32 and 64 so n / minRun is near a power of 2. */
    private static int minRunLength(int n) {
        int r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    /** The length of the run starting at {@code lo}; a strictly descending run is reversed in place. */
    private int countRun(int lo, int hi) {
        int i = lo + 1;
        if (i == hi) {
            return 1;
        }
        if (order.lt(keys[i], keys[lo])) {
            // strictly descending only: reversing equal keys would break stability
            i++;
            while (i < hi && order.lt(keys[i], keys[i - 1])) {
                i++;
            }
            reverse(keys, lo, i);
            if (origin != null) {
                reverse(origin, lo, i);
            }
        } else {
            i++;
            while (i < hi && !order.lt(keys[i], keys[i - 1])) {
                i++;
            }
        }
        return i - lo;
    }

    /** Sorts [lo, hi) by inserting each item from {@code start} into the sorted [lo, start). */
    private void binaryInsertion(int lo, int hi, int start) {
        for (int i = start; i < hi; i++) {
            PyObject k = keys[i];
            // the first position whose key is greater: after equal keys, so the sort stays stable
            int left = lo;
            int right = i;
            while (left < right) {
                int m = (left + right) >>> 1;
                if (order.lt(k, keys[m])) {
                    right = m;
                } else {
                    left = m + 1;
                }
            }
            System.arraycopy(keys, left, keys, left + 1, i - left);
            keys[left] = k;
            if (origin != null) {
                int o = origin[i];
                System.arraycopy(origin, left, origin, left + 1, i - left);
                origin[left] = o;
            }
        }
    }

    /**
     * Merges pending runs until the lengths satisfy timsort's invariants (each run longer than the
     * next two together, and longer than the next), which keeps merges balanced and the stack short.
     */
    private void mergeCollapse() {
        while (runs > 1) {
            int n = runs - 2;
            if ((n > 0 && runLength[n - 1] <= runLength[n] + runLength[n + 1])
                    || (n > 1 && runLength[n - 2] <= runLength[n - 1] + runLength[n])) {
                if (runLength[n - 1] < runLength[n + 1]) {
                    n--;
                }
            } else if (runLength[n] > runLength[n + 1]) {
                break;
            }
            mergeAt(n);
        }
    }

    /** Merges runs {@code i} and {@code i + 1}. */
    private void mergeAt(int i) {
        int lo = runStart[i];
        int mid = lo + runLength[i];
        int hi = mid + runLength[i + 1];
        runLength[i] += runLength[i + 1];
        for (int j = i + 1; j < runs - 1; j++) {
            runStart[j] = runStart[j + 1];
            runLength[j] = runLength[j + 1];
        }
        runs--;
        // Items of the left run not greater than the right run's first are already in place, and
        // so are items of the right run not less than the left run's last.
        lo += gallopRight(keys[mid], keys, lo, mid - lo);
        if (lo == mid) {
            return;
        }
        hi = mid + gallopLeft(keys[mid - 1], keys, mid, hi - mid);
        merge(lo, mid, hi);
    }

    /**
     * Merges the sorted [lo, mid) and [mid, hi), taking from the right only when strictly smaller
     * (stability). When one side wins {@link #minGallop} times in a row, the merge gallops:
     * it finds how many items of that side come next by exponential then binary search and moves
     * them in one copy, as timsort does, until the stretches become short again.
     */
    private void merge(int lo, int mid, int hi) {
        int leftLength = mid - lo;
        if (tmpKeys.length < leftLength) {
            int size = Math.max(leftLength, Math.min(keys.length, tmpKeys.length * 2));
            tmpKeys = new PyObject[size];
            tmpOrigin = origin == null ? tmpOrigin : new int[size];
        }
        System.arraycopy(keys, lo, tmpKeys, 0, leftLength);
        if (origin != null) {
            System.arraycopy(origin, lo, tmpOrigin, 0, leftLength);
        }
        i = 0;
        j = mid;
        k = lo;
        try {
            int leftWins = 0;
            int rightWins = 0;
            while (i < leftLength && j < hi) {
                // one item at a time without System.arraycopy, whose set-up costs more than a move
                if (order.lt(keys[j], tmpKeys[i])) {
                    if (origin != null) {
                        origin[k] = origin[j];
                    }
                    keys[k++] = keys[j++];
                    rightWins++;
                    leftWins = 0;
                } else {
                    if (origin != null) {
                        origin[k] = tmpOrigin[i];
                    }
                    keys[k++] = tmpKeys[i++];
                    leftWins++;
                    rightWins = 0;
                }
                if (leftWins >= minGallop || rightWins >= minGallop) {
                    minGallop++; // as timsort: galloping has to pay for itself
                    gallop(leftLength, hi);
                    minGallop++;
                    leftWins = 0;
                    rightWins = 0;
                }
            }
        } finally {
            // Also when a comparison raised: the arrays must stay a permutation of the items.
            takeLeft(leftLength - i);
        }
    }

    /** Galloping mode of {@link #merge}: runs while either side wins long stretches. */
    private void gallop(int leftLength, int hi) {
        while (i < leftLength && j < hi) {
            if (minGallop > 1) {
                minGallop--;
            }
            // left items not greater than the next right item go first
            int n1 = gallopRight(keys[j], tmpKeys, i, leftLength - i);
            takeLeft(n1);
            if (i == leftLength) {
                return;
            }
            takeRight(1); // it is less than the next left item
            if (j == hi) {
                return;
            }
            // right items less than the next left item go next
            int n2 = gallopLeft(tmpKeys[i], keys, j, hi - j);
            takeRight(n2);
            if (j == hi) {
                return;
            }
            takeLeft(1); // it is not greater than the next right item
            if (n1 < MIN_GALLOP && n2 < MIN_GALLOP) {
                return;
            }
        }
    }

    private static final int MIN_GALLOP = 7;
    /** Wins in a row before galloping: lower while galloping pays off, higher when it does not. */
    private int minGallop = MIN_GALLOP;
    /** The merge's cursors: next left item (in the temporary arrays), next right item, next slot. */
    private int i;
    private int j;
    private int k;

    private void takeLeft(int n) {
        System.arraycopy(tmpKeys, i, keys, k, n);
        if (origin != null) {
            System.arraycopy(tmpOrigin, i, origin, k, n);
        }
        i += n;
        k += n;
    }

    private void takeRight(int n) {
        System.arraycopy(keys, j, keys, k, n);
        if (origin != null) {
            System.arraycopy(origin, j, origin, k, n);
        }
        j += n;
        k += n;
    }

    /** How many of a[base, base + len) are not greater than {@code key} (exponential, then binary search). */
    private int gallopRight(PyObject key, PyObject[] a, int base, int len) {
        int last = 0;
        int ofs = 1;
        while (ofs < len && !order.lt(key, a[base + ofs - 1])) {
            last = ofs;
            ofs = ofs * 2 + 1;
            if (ofs <= 0) {
                ofs = len; // overflow
            }
        }
        int lo = last;
        int hi = Math.min(ofs, len);
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            if (order.lt(key, a[base + m])) {
                hi = m;
            } else {
                lo = m + 1;
            }
        }
        return lo;
    }

    /** How many of a[base, base + len) are less than {@code key} (exponential, then binary search). */
    private int gallopLeft(PyObject key, PyObject[] a, int base, int len) {
        int last = 0;
        int ofs = 1;
        while (ofs < len && order.lt(a[base + ofs - 1], key)) {
            last = ofs;
            ofs = ofs * 2 + 1;
            if (ofs <= 0) {
                ofs = len;
            }
        }
        int lo = last;
        int hi = Math.min(ofs, len);
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            if (order.lt(a[base + m], key)) {
                lo = m + 1;
            } else {
                hi = m;
            }
        }
        return lo;
    }
}
