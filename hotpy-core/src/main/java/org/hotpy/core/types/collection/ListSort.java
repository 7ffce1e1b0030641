package org.hotpy.core.types.collection;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.ops.Call;

/**
 * {@code list.sort}: CPython 3.11's timsort (Objects/listobject.c), step for step, so that it
 * makes the same comparisons in the same order and an inconsistent order (NaN keys, a
 * {@code __lt__} that lies) gives CPython's result. It finds the runs already in order
 * (reversing strictly descending ones), extends short runs to a minimum length by binary
 * insertion, merges runs as the powersort policy says, skipping the parts of both runs already in
 * place, from the low end or the high end (whichever run is shorter is copied aside), galloping
 * when one run wins repeatedly. It compares with {@code <} only, through the {@link SortOrder}
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
    /** Pending runs: start, length and power (depth in the merge tree, see {@link #foundNewRun}). */
    private final int[] runStart = new int[MAX_MERGE_PENDING];
    private final int[] runLength = new int[MAX_MERGE_PENDING];
    private final int[] runPower = new int[MAX_MERGE_PENDING];
    private int runs;
    /** The number of keys sorted, which the runs' powers are relative to. */
    private int length;
    private static final int MAX_MERGE_PENDING = 85;

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
        PyObject[] work = java.util.Arrays.copyOf(items, n);
        PyObject[] keys = work;
        int[] origin = null;
        boolean reversed = false;
        boolean sorted = false;
        try {
            if (key != null && key != PyNone.NONE) {
                // in the list's order, as CPython calls the key function, whatever reverse says
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = Call.call(key, work[i]);
                }
            }
            if (reverse) {
                // reversed before and after, so equal keys keep their order
                reverse(work, 0, n);
                if (keys != work) {
                    reverse(keys, 0, n);
                }
                reversed = true;
            }
            SortPrefix.Prefixes prefixes = n >= SortPrefix.MIN_KEYS ? SortPrefix.of(keys, n) : null;
            if (prefixes != null && prefixes.decisive()) {
                // Equal prefixes are equal keys: the prefixes alone give the stable order (the
                // only one a consistent < allows), with no comparison and no Python code run
                origin = PrefixRadixSort.stableOrder(prefixes.values(), n);
            } else {
                SortOrder order = SortOrder.of(keys, n);
                if (prefixes != null) {
                    long[] p = prefixes.values();
                    PyObject[] wrapped = new PyObject[n];
                    for (int i = 0; i < n; i++) {
                        wrapped[i] = new SortPrefix.Key(p[i], keys[i]);
                    }
                    keys = wrapped;
                    order = new SortPrefix.Order(order);
                }
                if (keys != work) {
                    // the keys sort with where each came from; the items follow them at the end
                    origin = new int[n];
                    for (int i = 0; i < n; i++) {
                        origin[i] = i;
                    }
                }
                new ListSort(order, keys, origin).run(n);
            }
            sorted = true;
        } finally {
            // As CPython, also when a comparison raised: the list gets its items in the order the
            // sort left them (a merge that fails leaves the keys a permutation).
            if (origin != null) {
                PyObject[] moved = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    moved[i] = work[origin[i]];
                }
                work = moved;
            }
            if (reversed) {
                reverse(work, 0, n);
            }
            System.arraycopy(work, 0, items, 0, n);
            boolean modified = list.size != 0;
            list.items = items;
            list.size = n;
            if (modified && sorted) {
                // an error of the sort itself wins, as in CPython
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
        length = n;
        int minRun = minRunLength(n);
        int lo = 0;
        while (lo < n) {
            int len = countRun(lo, n);
            if (len < minRun) {
                int forced = Math.min(minRun, n - lo);
                binaryInsertion(lo, lo + forced, lo + len);
                len = forced;
            }
            foundNewRun(len);
            runStart[runs] = lo;
            runLength[runs] = len;
            runs++;
            lo += len;
        }
        while (runs > 1) {
            int i = runs - 2;
            if (i > 0 && runLength[i - 1] < runLength[i + 1]) {
                i--;
            }
            mergeAt(i);
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
     * Powersort: a new run of {@code n2} keys follows the top run; the top run's power is its depth
     * in a conceptual binary merge tree over the whole list, and runs below it with a greater power
     * are merged first (CPython's {@code found_new_run}).
     */
    private void foundNewRun(int n2) {
        if (runs == 0) {
            return;
        }
        int power = power(runStart[runs - 1], runLength[runs - 1], n2, length);
        while (runs > 1 && runPower[runs - 2] > power) {
            mergeAt(runs - 2);
        }
        runPower[runs - 1] = power;
    }

    /** CPython's {@code powerloop}: the first bit where the runs' midpoints, as fractions of n, differ. */
    private static int power(long s1, long n1, long n2, long n) {
        int result = 0;
        long a = 2 * s1 + n1; // twice the midpoints, which are then integers
        long b = a + n1 + n2;
        for (;;) {
            ++result;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    /** Merges runs {@code i} and {@code i + 1} (CPython's {@code merge_at}). */
    private void mergeAt(int i) {
        int pa = runStart[i];
        int na = runLength[i];
        int pb = runStart[i + 1];
        int nb = runLength[i + 1];
        runLength[i] = na + nb;
        if (i == runs - 3) {
            runStart[i + 1] = runStart[i + 2];
            runLength[i + 1] = runLength[i + 2];
            runPower[i + 1] = runPower[i + 2];
        }
        runs--;
        // Items of a not greater than b's first are already in place, and so are items of b not
        // less than a's last.
        int k = gallopRight(keys[pb], keys, pa, na, 0);
        pa += k;
        na -= k;
        if (na == 0) {
            return;
        }
        nb = gallopLeft(keys[pa + na - 1], keys, pb, nb, nb - 1);
        if (nb <= 0) {
            return;
        }
        if (na <= nb) {
            mergeLo(pa, na, pb, nb);
        } else {
            mergeHi(pa, na, pb, nb);
        }
    }

    private void reserve(int n) {
        if (tmpKeys.length < n) {
            int size = Math.max(n, Math.min(keys.length, tmpKeys.length * 2));
            tmpKeys = new PyObject[size];
            tmpOrigin = origin == null ? tmpOrigin : new int[size];
        }
    }

    /** Moves one key (and origin) from {@code src[from]} to {@code keys[to]}: no arraycopy set-up. */
    private void moveOne(PyObject[] src, int[] srcOrigin, int from, int to) {
        keys[to] = src[from];
        if (origin != null) {
            origin[to] = srcOrigin[from];
        }
    }

    /** Moves {@code n} keys (and origins) from {@code src[from]} to {@code dst[to]}. */
    private void move(PyObject[] src, int[] srcOrigin, int from, PyObject[] dst, int[] dstOrigin, int to, int n) {
        System.arraycopy(src, from, dst, to, n);
        if (origin != null) {
            System.arraycopy(srcOrigin, from, dstOrigin, to, n);
        }
    }

    /**
     * Merges a = [pa, pa + na) and b = [pb, pb + nb), pb = pa + na, na <= nb, with a copied aside,
     * filling from the low end; a's first key is greater than b's first, and a's last greater than
     * b's last (CPython's {@code merge_lo}).
     */
    private void mergeLo(int pa, int na, int pb, int nb) {
        reserve(na);
        move(keys, origin, pa, tmpKeys, tmpOrigin, 0, na);
        int dest = pa;
        int ia = 0;
        int ib = pb;
        boolean copyB = false;
        try {
            moveOne(keys, origin, ib++, dest++);
            if (--nb == 0) {
                return;
            }
            if (na == 1) {
                copyB = true;
                return;
            }
            int minGallop = this.minGallop;
            for (;;) {
                int acount = 0;
                int bcount = 0;
                // one key at a time until one run wins minGallop times in a row
                for (;;) {
                    if (order.lt(keys[ib], tmpKeys[ia])) {
                        moveOne(keys, origin, ib++, dest++);
                        bcount++;
                        acount = 0;
                        if (--nb == 0) {
                            return;
                        }
                        if (bcount >= minGallop) {
                            break;
                        }
                    } else {
                        moveOne(tmpKeys, tmpOrigin, ia++, dest++);
                        acount++;
                        bcount = 0;
                        if (--na == 1) {
                            copyB = true;
                            return;
                        }
                        if (acount >= minGallop) {
                            break;
                        }
                    }
                }
                // galloping, while either run still wins long stretches
                ++minGallop;
                do {
                    minGallop -= minGallop > 1 ? 1 : 0;
                    this.minGallop = minGallop;
                    int k = gallopRight(keys[ib], tmpKeys, ia, na, 0);
                    acount = k;
                    if (k != 0) {
                        move(tmpKeys, tmpOrigin, ia, keys, origin, dest, k);
                        dest += k;
                        ia += k;
                        na -= k;
                        if (na == 1) {
                            copyB = true;
                            return;
                        }
                        if (na == 0) { // only with an inconsistent order
                            return;
                        }
                    }
                    moveOne(keys, origin, ib++, dest++);
                    if (--nb == 0) {
                        return;
                    }
                    k = gallopLeft(tmpKeys[ia], keys, ib, nb, 0);
                    bcount = k;
                    if (k != 0) {
                        move(keys, origin, ib, keys, origin, dest, k);
                        dest += k;
                        ib += k;
                        nb -= k;
                        if (nb == 0) {
                            return;
                        }
                    }
                    moveOne(tmpKeys, tmpOrigin, ia++, dest++);
                    if (--na == 1) {
                        copyB = true;
                        return;
                    }
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                ++minGallop; // leaving galloping mode costs
                this.minGallop = minGallop;
            }
        } finally {
            // also when a comparison raised: the arrays must stay a permutation of the keys
            if (copyB) {
                // a's last key belongs after the rest of b
                move(keys, origin, ib, keys, origin, dest, nb);
                moveOne(tmpKeys, tmpOrigin, ia, dest + nb);
            } else if (na > 0) {
                move(tmpKeys, tmpOrigin, ia, keys, origin, dest, na);
            }
        }
    }

    /**
     * Merges a = [pa, pa + na) and b = [pb, pb + nb), pb = pa + na, na > nb, with b copied aside,
     * filling from the high end (CPython's {@code merge_hi}).
     */
    private void mergeHi(int pa, int na, int pb, int nb) {
        reserve(nb);
        move(keys, origin, pb, tmpKeys, tmpOrigin, 0, nb);
        int dest = pb + nb - 1;
        int ia = pa + na - 1;
        int ib = nb - 1;
        boolean copyA = false;
        try {
            moveOne(keys, origin, ia--, dest--);
            if (--na == 0) {
                return;
            }
            if (nb == 1) {
                copyA = true;
                return;
            }
            int minGallop = this.minGallop;
            for (;;) {
                int acount = 0;
                int bcount = 0;
                for (;;) {
                    if (order.lt(tmpKeys[ib], keys[ia])) {
                        moveOne(keys, origin, ia--, dest--);
                        acount++;
                        bcount = 0;
                        if (--na == 0) {
                            return;
                        }
                        if (acount >= minGallop) {
                            break;
                        }
                    } else {
                        moveOne(tmpKeys, tmpOrigin, ib--, dest--);
                        bcount++;
                        acount = 0;
                        if (--nb == 1) {
                            copyA = true;
                            return;
                        }
                        if (bcount >= minGallop) {
                            break;
                        }
                    }
                }
                ++minGallop;
                do {
                    minGallop -= minGallop > 1 ? 1 : 0;
                    this.minGallop = minGallop;
                    int k = na - gallopRight(tmpKeys[ib], keys, pa, na, na - 1);
                    acount = k;
                    if (k != 0) {
                        dest -= k;
                        ia -= k;
                        move(keys, origin, ia + 1, keys, origin, dest + 1, k);
                        na -= k;
                        if (na == 0) {
                            return;
                        }
                    }
                    moveOne(tmpKeys, tmpOrigin, ib--, dest--);
                    if (--nb == 1) {
                        copyA = true;
                        return;
                    }
                    k = nb - gallopLeft(keys[ia], tmpKeys, 0, nb, nb - 1);
                    bcount = k;
                    if (k != 0) {
                        dest -= k;
                        ib -= k;
                        move(tmpKeys, tmpOrigin, ib + 1, keys, origin, dest + 1, k);
                        nb -= k;
                        if (nb == 1) {
                            copyA = true;
                            return;
                        }
                        if (nb == 0) { // only with an inconsistent order
                            return;
                        }
                    }
                    moveOne(keys, origin, ia--, dest--);
                    if (--na == 0) {
                        return;
                    }
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                ++minGallop;
                this.minGallop = minGallop;
            }
        } finally {
            if (copyA) {
                // b's first key belongs before the rest of a
                move(keys, origin, ia + 1 - na, keys, origin, dest + 1 - na, na);
                moveOne(tmpKeys, tmpOrigin, ib, dest - na);
            } else if (nb > 0) {
                move(tmpKeys, tmpOrigin, 0, keys, origin, dest - (nb - 1), nb);
            }
        }
    }

    private static final int MIN_GALLOP = 7;
    /** Wins in a row before galloping: lower while galloping pays off, higher when it does not. */
    private int minGallop = MIN_GALLOP;

    /**
     * Where {@code key} goes in the sorted a[base, base + n), after any equal keys: the number of
     * keys not greater than it, searched from {@code hint} outwards by doubling steps, then by
     * bisection (CPython's {@code gallop_right}, comparison for comparison).
     */
    private int gallopRight(PyObject key, PyObject[] a, int base, int n, int hint) {
        int lastofs = 0;
        int ofs = 1;
        int h = base + hint;
        if (order.lt(key, a[h])) {
            // key < a[hint]: gallop left, until a[hint - ofs] <= key < a[hint - lastofs]
            int maxofs = hint + 1;
            while (ofs < maxofs && order.lt(key, a[h - ofs])) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) {
                    ofs = maxofs; // overflow
                }
            }
            ofs = Math.min(ofs, maxofs);
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        } else {
            // a[hint] <= key: gallop right, until a[hint + lastofs] <= key < a[hint + ofs]
            int maxofs = n - hint;
            while (ofs < maxofs && !order.lt(key, a[h + ofs])) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) {
                    ofs = maxofs;
                }
            }
            ofs = Math.min(ofs, maxofs);
            lastofs += hint;
            ofs += hint;
        }
        ++lastofs;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >>> 1);
            if (order.lt(key, a[base + m])) {
                ofs = m;
            } else {
                lastofs = m + 1;
            }
        }
        return ofs;
    }

    /**
     * Where {@code key} goes in the sorted a[base, base + n), before any equal keys: the number of
     * keys less than it (CPython's {@code gallop_left}, comparison for comparison).
     */
    private int gallopLeft(PyObject key, PyObject[] a, int base, int n, int hint) {
        int lastofs = 0;
        int ofs = 1;
        int h = base + hint;
        if (order.lt(a[h], key)) {
            // a[hint] < key: gallop right, until a[hint + lastofs] < key <= a[hint + ofs]
            int maxofs = n - hint;
            while (ofs < maxofs && order.lt(a[h + ofs], key)) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) {
                    ofs = maxofs;
                }
            }
            ofs = Math.min(ofs, maxofs);
            lastofs += hint;
            ofs += hint;
        } else {
            // key <= a[hint]: gallop left, until a[hint - ofs] < key <= a[hint - lastofs]
            int maxofs = hint + 1;
            while (ofs < maxofs && !order.lt(a[h - ofs], key)) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) {
                    ofs = maxofs;
                }
            }
            ofs = Math.min(ofs, maxofs);
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        ++lastofs;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >>> 1);
            if (order.lt(a[base + m], key)) {
                lastofs = m + 1;
            } else {
                ofs = m;
            }
        }
        return ofs;
    }
}
