package org.hotpy.core.regex;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Builds a {@link CharClass} from a parsed set the way CPython's {@code _optimize_charset} and
 * {@code _compile} do, because their choices are visible: under IGNORECASE each BMP item is
 * lowercased (plus its {@code _casefix} equivalents) into a map while items above the BMP stay
 * unlowered in a tail (so {@code [\U00010400a]} with IGNORECASE matches neither case, as in
 * CPython), and the set's IN variant depends on whether any item is cased.
 */
final class CharSets {
    private static final int BMP = 0x10000;

    private CharSets() {}

    static CharClass build(List<Node.SetItem> items, int flags) {
        boolean ignore = (flags & RegexFlags.IGNORECASE) != 0;
        boolean locale = (flags & RegexFlags.LOCALE) != 0;
        boolean unicode = (flags & RegexFlags.UNICODE) != 0;
        boolean fixup = ignore && !locale;
        BitSet map = new BitSet();
        List<Integer> tailRanges = new ArrayList<>();
        List<Integer> upperRanges = new ArrayList<>();
        List<Integer> categories = new ArrayList<>();
        boolean hasCased = false;
        boolean negate = false;
        for (Node.SetItem item : items) {
            if (item instanceof Node.SetItem.Negate) {
                negate = true;
            } else if (item instanceof Node.SetItem.Category cat) {
                categories.add(Categories.forFlags(cat.code(), flags));
            } else if (item instanceof Node.SetItem.Lit lit) {
                int c = lit.c();
                if (!fixup) {
                    addRange(map, tailRanges, c, c);
                } else if (lower(c, unicode) >= BMP) {
                    hasCased = true;
                    tailRanges.add(c);
                    tailRanges.add(c);
                } else {
                    addFolded(map, lower(c, unicode), unicode);
                    hasCased |= isCased(c, unicode);
                }
            } else {
                Node.SetItem.Range r = (Node.SetItem.Range) item;
                if (!fixup) {
                    addRange(map, tailRanges, r.lo(), r.hi());
                } else {
                    hasCased |= addFoldedRange(map, r.lo(), r.hi(), unicode, upperRanges);
                }
            }
        }
        int mode = ignore && locale ? CharClass.LOC_IGNORE
            : !hasCased ? CharClass.PLAIN
            : unicode ? CharClass.UNI_IGNORE : CharClass.ASCII_IGNORE;
        return new CharClass(mode, negate, ranges(map, tailRanges), toArray(categories),
            toArray(upperRanges));
    }

    /** An unfolded item: its BMP part goes to the map, and the whole of it to the tail if it
     * reaches beyond the BMP (CPython keeps the whole item then; the union is the same). */
    private static void addRange(BitSet map, List<Integer> tail, int lo, int hi) {
        if (hi < BMP) {
            map.set(lo, hi + 1);
        } else {
            if (lo < BMP) {
                map.set(lo, BMP);
            }
            tail.add(lo);
            tail.add(hi);
        }
    }

    private static void addFolded(BitSet map, int lo, boolean unicode) {
        map.set(lo);
        if (unicode) {
            int[] extra = CaseFolding.extraCases(lo);
            if (extra != null) {
                for (int k : extra) {
                    map.set(k);
                }
            }
        }
    }

    /**
     * A range under IGNORECASE: every BMP character's lowercase goes to the map. A range reaching
     * beyond the BMP becomes a RANGE_UNI_IGNORE tail item and counts as cased, as in CPython.
     * Returns whether the range holds a cased character.
     */
    private static boolean addFoldedRange(BitSet map, int lo, int hi, boolean unicode,
                                          List<Integer> upperRanges) {
        for (int c = lo; c <= hi && c < BMP; c++) {
            addFolded(map, lower(c, unicode), unicode);
        }
        if (hi >= BMP) {
            upperRanges.add(lo);
            upperRanges.add(hi);
            return true;
        }
        for (int c = lo; c <= hi; c++) {
            if (isCased(c, unicode)) {
                return true;
            }
        }
        return false;
    }

    private static int lower(int c, boolean unicode) {
        return unicode ? CaseFolding.unicodeLower(c) : CaseFolding.asciiLower(c);
    }

    private static boolean isCased(int c, boolean unicode) {
        return unicode ? CaseFolding.unicodeIsCased(c) : CaseFolding.asciiIsCased(c);
    }

    private static int[] ranges(BitSet map, List<Integer> tail) {
        List<int[]> all = new ArrayList<>();
        for (int i = map.nextSetBit(0); i >= 0; ) {
            int end = map.nextClearBit(i);
            all.add(new int[] {i, end - 1});
            i = map.nextSetBit(end);
        }
        for (int i = 0; i < tail.size(); i += 2) {
            all.add(new int[] {tail.get(i), tail.get(i + 1)});
        }
        all.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Integer> merged = new ArrayList<>();
        for (int[] r : all) {
            int n = merged.size();
            if (n > 0 && r[0] <= merged.get(n - 1) + 1) {
                merged.set(n - 1, Math.max(merged.get(n - 1), r[1]));
            } else {
                merged.add(r[0]);
                merged.add(r[1]);
            }
        }
        return toArray(merged);
    }

    private static int[] toArray(List<Integer> list) {
        int[] a = new int[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return a;
    }

    /** The set sre builds for a cased literal that has {@code _casefix} equivalents. */
    static CharClass foldedLiteral(int lo, boolean negate) {
        BitSet map = new BitSet();
        addFolded(map, lo, true);
        return new CharClass(CharClass.UNI_IGNORE, negate, ranges(map, List.of()), new int[0],
            new int[0]);
    }
}
