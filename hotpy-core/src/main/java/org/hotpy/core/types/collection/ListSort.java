package org.hotpy.core.types.collection;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Compare;

/**
 * {@code list.sort}: a stable merge sort that compares with {@code <} only, as CPython does.
 * Java's own TimSort is not used because it throws when a comparison is inconsistent (which
 * Python code may legally provide) and cannot report Python exceptions mid-sort cleanly.
 */
final class ListSort {
    private ListSort() {}

    private static final int INSERTION_THRESHOLD = 24;

    static void sort(PyList list, PyObject key, boolean reverse) {
        int n = list.size;
        PyObject[] items = list.items;
        // As CPython: the list looks empty while sorting, so mutation is detectable.
        list.items = new PyObject[0];
        list.size = 0;
        try {
            if (reverse) {
                reverse(items, n);
            }
            PyObject[] keys = items;
            if (key != null && key != PyNone.NONE) {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = Call.call(key, items[i]);
                }
            }
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            mergeSort(order, new int[n], 0, n, keys);
            PyObject[] sorted = new PyObject[n];
            for (int i = 0; i < n; i++) {
                sorted[i] = items[order[i]];
            }
            System.arraycopy(sorted, 0, items, 0, n);
            if (reverse) {
                reverse(items, n);
            }
        } finally {
            boolean modified = list.size != 0;
            list.items = items;
            list.size = n;
            if (modified) {
                throw Errors.valueError("list modified during sort");
            }
        }
    }

    private static void reverse(PyObject[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            PyObject x = a[i];
            a[i] = a[j];
            a[j] = x;
        }
    }

    private static void mergeSort(int[] a, int[] tmp, int lo, int hi, PyObject[] keys) {
        if (hi - lo <= INSERTION_THRESHOLD) {
            insertionSort(a, lo, hi, keys);
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid, keys);
        mergeSort(a, tmp, mid, hi, keys);
        if (!Compare.lt(keys[a[mid]], keys[a[mid - 1]])) {
            return; // already in order: common for nearly sorted input
        }
        System.arraycopy(a, lo, tmp, lo, hi - lo);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            // take from the right only when strictly smaller: keeps the sort stable
            if (Compare.lt(keys[tmp[j]], keys[tmp[i]])) {
                a[k++] = tmp[j++];
            } else {
                a[k++] = tmp[i++];
            }
        }
        while (i < mid) {
            a[k++] = tmp[i++];
        }
        while (j < hi) {
            a[k++] = tmp[j++];
        }
    }

    private static void insertionSort(int[] a, int lo, int hi, PyObject[] keys) {
        for (int i = lo + 1; i < hi; i++) {
            int x = a[i];
            // binary search for the first position whose key is greater than x's key
            int left = lo;
            int right = i;
            while (left < right) {
                int m = (left + right) >>> 1;
                if (Compare.lt(keys[x], keys[a[m]])) {
                    right = m;
                } else {
                    left = m + 1;
                }
            }
            System.arraycopy(a, left, a, left + 1, i - left);
            a[left] = x;
        }
    }
}
