package org.hotpy.core.regex;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The case mappings sre uses for IGNORECASE. CPython's {@code sre_lower_unicode} is the simple
 * lowercase mapping (Java's {@code Character.toLowerCase}); {@code sre_upper_unicode} is the first
 * character of the full uppercase mapping, which differs from the simple one for about a hundred
 * characters such as 'ß'. {@link #extraCases} rebuilds CPython's {@code _casefix._EXTRA_CASES}:
 * lowercase characters that are case-insensitively equal without sharing a lowercase form.
 */
final class CaseFolding {
    private CaseFolding() {}

    static int asciiLower(int c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    static int asciiUpper(int c) {
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    }

    static boolean asciiIsCased(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** The C/UTF-8 locale's {@code tolower} for a byte (sre_lower_locale). */
    static int localeLower(int c) {
        return asciiLower(c);
    }

    static int localeUpper(int c) {
        return asciiUpper(c);
    }

    static int unicodeLower(int c) {
        if (c < 128) {
            return asciiLower(c);
        }
        return Character.toLowerCase(c);
    }

    static int unicodeUpper(int c) {
        if (c < 128) {
            return asciiUpper(c);
        }
        Integer special = Tables.SPECIAL_UPPER.get(c);
        return special != null ? special : Character.toUpperCase(c);
    }

    static boolean unicodeIsCased(int c) {
        return unicodeLower(c) != c || unicodeUpper(c) != c;
    }

    /** The other lowercase characters equivalent to lowercase {@code lo}, or {@code null}. */
    static int[] extraCases(int lo) {
        return Tables.EXTRA.get(lo);
    }

    /**
     * Built once, lazily, from the JDK's Unicode data by one pass over the BMP (every case
     * relation CPython's tables hold is between BMP characters; CaseFoldingTest checks the result
     * against CPython's {@code _casefix}).
     */
    private static final class Tables {
        static final Map<Integer, Integer> SPECIAL_UPPER = new HashMap<>();
        static final Map<Integer, int[]> EXTRA = new HashMap<>();

        static {
            Map<String, TreeSet<Integer>> byUpper = new HashMap<>();
            Map<String, TreeSet<Integer>> byFold = new HashMap<>();
            for (int c = 0; c < 0x10000; c++) {
                if (Character.isSurrogate((char) c) || Character.getType(c) == Character.UNASSIGNED) {
                    continue;
                }
                String s = String.valueOf((char) c);
                String upper = s.toUpperCase(Locale.ROOT);
                int first = upper.codePointAt(0);
                if (first != Character.toUpperCase(c)) {
                    SPECIAL_UPPER.put(c, first);
                }
                if (upper.equals(s) && Character.toLowerCase(c) == c) {
                    continue;  // uncased: cannot be equivalent to anything else
                }
                int lo = Character.toLowerCase(c);
                byUpper.computeIfAbsent(upper, k -> new TreeSet<>()).add(lo);
                // Python's casefold() agrees with lower(upper(c)) on every BMP character.
                byFold.computeIfAbsent(upper.toLowerCase(Locale.ROOT), k -> new TreeSet<>()).add(lo);
            }
            Map<Integer, TreeSet<Integer>> merged = new HashMap<>();
            for (Map<String, TreeSet<Integer>> m : java.util.List.of(byUpper, byFold)) {
                for (TreeSet<Integer> group : m.values()) {
                    if (group.size() > 1) {
                        for (int x : group) {
                            merged.computeIfAbsent(x, k -> new TreeSet<>()).addAll(group);
                        }
                    }
                }
            }
            merged.forEach((k, v) -> {
                v.remove(k);
                EXTRA.put(k, v.stream().mapToInt(Integer::intValue).toArray());
            });
        }
    }
}
