package org.hotpy.core.regex;

/**
 * A compiled pattern: the code, its character sets, and facts the search loop uses to skip
 * positions where no match can start (all of them safe approximations: they never change which
 * match is found).
 */
final class Program {
    final int[] code;
    final CharClass[] sets;
    /** Size of the marks array: two slots per group the code marks or refers to. */
    final int markSlots;
    /** Fewest characters any match consumes (sre's INFO block minimum). */
    final int minWidth;
    /** A set holding the first character of every match, or null (may match empty, unknown). */
    final CharClass firstSet;
    /** A code point every match starts with, or -1. */
    final int firstLiteral;
    /** Whether the pattern starts with {@code ^} (not MULTILINE) or {@code \A}. */
    final boolean anchored;

    Program(int[] code, CharClass[] sets, int markSlots, int minWidth, CharClass firstSet,
            int firstLiteral, boolean anchored) {
        this.code = code;
        this.sets = sets;
        this.markSlots = markSlots;
        this.minWidth = minWidth;
        this.firstSet = firstSet;
        this.firstLiteral = firstLiteral;
        this.anchored = anchored;
    }
}
