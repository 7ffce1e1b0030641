package org.hotpy.core.regex;

/**
 * A compiled character set with sre's membership rule. The input character is first mapped as
 * the set's IN variant requires (unchanged; ASCII or Unicode lowercase; for LOCALE both the lower
 * and upper case are tried), then tested against the ranges, categories and "range ignoring
 * case" items, and the result is inverted for a negated set. Answers for characters below 256 are
 * precomputed, so the common case is one bit test.
 */
final class CharClass {
    static final int PLAIN = 0;
    static final int ASCII_IGNORE = 1;
    static final int UNI_IGNORE = 2;
    static final int LOC_IGNORE = 3;
    /** Any of several one-character operations (for the search's first-character scan). */
    private static final int UNION = 4;

    private final int mode;
    private final boolean negate;
    /** Sorted, disjoint, inclusive [lo, hi] pairs. */
    private final int[] ranges;
    /** Category codes, already chosen for the flags (see {@link Categories#forFlags}). */
    private final int[] categories;
    /** sre's RANGE_UNI_IGNORE items: [lo, hi] matched by the character or its uppercase. */
    private final int[] upperRanges;
    private final long[] low = new long[4];
    /** UNION mode: (op, arg) pairs, and the sets IN operations refer to. */
    private final int[] unionOps;
    private final CharClass[] unionSets;

    CharClass(int mode, boolean negate, int[] ranges, int[] categories, int[] upperRanges) {
        this(mode, negate, ranges, categories, upperRanges, null, null);
    }

    private CharClass(int mode, boolean negate, int[] ranges, int[] categories,
                      int[] upperRanges, int[] unionOps, CharClass[] unionSets) {
        this.mode = mode;
        this.negate = negate;
        this.ranges = ranges;
        this.categories = categories;
        this.upperRanges = upperRanges;
        this.unionOps = unionOps;
        this.unionSets = unionSets;
        for (int c = 0; c < 256; c++) {
            if (containsSlow(c)) {
                low[c >> 6] |= 1L << c;
            }
        }
    }

    /** The characters any of the one-character operations {@code ops} (op, arg) accepts. */
    static CharClass union(java.util.List<int[]> ops, CharClass[] sets) {
        int[] flat = new int[2 * ops.size()];
        for (int i = 0; i < ops.size(); i++) {
            flat[2 * i] = ops.get(i)[0];
            flat[2 * i + 1] = ops.get(i)[1];
        }
        return new CharClass(UNION, false, new int[0], new int[0], new int[0], flat, sets);
    }

    boolean contains(int c) {
        if (c < 256) {
            return (low[c >> 6] & (1L << c)) != 0;
        }
        return containsSlow(c);
    }

    private boolean containsSlow(int c) {
        switch (mode) {
            case ASCII_IGNORE:
                return test(CaseFolding.asciiLower(c));
            case UNI_IGNORE:
                return test(CaseFolding.unicodeLower(c));
            case LOC_IGNORE: {
                // sre_lib.h charset_loc_ignore: the negation applies to each case separately.
                int lo = CaseFolding.localeLower(c);
                if (test(lo)) {
                    return true;
                }
                int up = CaseFolding.localeUpper(c);
                return up != lo && test(up);
            }
            case UNION:
                for (int i = 0; i < unionOps.length; i += 2) {
                    if (unionOps[i] == Op.IN ? unionSets[unionOps[i + 1]].contains(c)
                        : Matcher.literalMatches(unionOps[i], unionOps[i + 1], c)) {
                        return true;
                    }
                }
                return false;
            default:
                return test(c);
        }
    }

    private boolean test(int c) {
        return matchesItems(c) != negate;
    }

    private boolean matchesItems(int c) {
        int lo = 0;
        int hi = ranges.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (c < ranges[2 * mid]) {
                hi = mid - 1;
            } else if (c > ranges[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        for (int cat : categories) {
            if (Categories.test(cat, c)) {
                return true;
            }
        }
        if (upperRanges.length > 0) {
            int up = CaseFolding.unicodeUpper(c);
            for (int i = 0; i < upperRanges.length; i += 2) {
                if ((c >= upperRanges[i] && c <= upperRanges[i + 1])
                    || (up >= upperRanges[i] && up <= upperRanges[i + 1])) {
                    return true;
                }
            }
        }
        return false;
    }
}
