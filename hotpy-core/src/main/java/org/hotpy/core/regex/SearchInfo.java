package org.hotpy.core.regex;

import java.util.ArrayList;
import java.util.List;

/**
 * Works out from compiled code which characters can start a match, for {@link Search}'s skip
 * scan. The analysis is conservative: zero-width operations (marks, anchors, lookarounds) are
 * stepped over, and anything it cannot see through (backreferences, conditionals, optional
 * repeats, the end of the pattern) gives up.
 */
final class SearchInfo {
    private static final int MAX_DEPTH = 50;

    private SearchInfo() {}

    static Program analyze(Compiler.Compiled compiled, long minWidth) {
        int[] code = compiled.code();
        CharClass[] sets = compiled.sets().toArray(new CharClass[0]);
        List<int[]> first = first(code, 0, 0);
        CharClass firstSet = null;
        int firstLiteral = -1;
        if (first != null && minWidth > 0) {
            if (first.stream().allMatch(f -> f[0] == Op.LITERAL && f[1] == first.get(0)[1])) {
                firstLiteral = first.get(0)[1];
            } else if (first.size() == 1 && first.get(0)[0] == Op.IN) {
                firstSet = sets[first.get(0)[1]];
            } else if (first.stream().noneMatch(f -> f[0] == Op.ANY || f[0] == Op.ANY_ALL)) {
                firstSet = CharClass.union(first, sets);
            }
        }
        boolean anchored = code[0] == Op.AT
            && (code[1] == Op.AT_BEGINNING || code[1] == Op.AT_BEGINNING_STRING);
        int min = (int) Math.min(minWidth, Integer.MAX_VALUE);
        return new Program(code, sets, compiled.markSlots(), min, firstSet, firstLiteral, anchored);
    }

    /** The one-character operations (op, arg) one of which must match first, or null. */
    private static List<int[]> first(int[] code, int pc, int depth) {
        if (depth > MAX_DEPTH) {
            return null;
        }
        while (true) {
            int op = code[pc];
            switch (op) {
                case Op.MARK, Op.AT -> pc += 2;
                case Op.ASSERT, Op.ASSERT_NOT -> pc = code[pc + 1];
                case Op.JUMP -> pc = code[pc + 1];
                case Op.ANY, Op.ANY_ALL -> {
                    return List.of(new int[] {op, 0});
                }
                case Op.IN, Op.LITERAL, Op.NOT_LITERAL, Op.LITERAL_IGNORE, Op.NOT_LITERAL_IGNORE,
                    Op.LITERAL_UNI_IGNORE, Op.NOT_LITERAL_UNI_IGNORE, Op.LITERAL_LOC_IGNORE,
                    Op.NOT_LITERAL_LOC_IGNORE -> {
                    return List.of(new int[] {op, code[pc + 1]});
                }
                case Op.REPEAT_ONE, Op.MIN_REPEAT_ONE, Op.POSSESSIVE_REPEAT_ONE -> {
                    return code[pc + 2] >= 1 ? first(code, pc + 4, depth + 1) : null;
                }
                case Op.REPEAT, Op.POSSESSIVE_REPEAT -> {
                    return code[pc + 2] >= 1 ? first(code, pc + 4, depth + 1) : null;
                }
                case Op.ATOMIC_GROUP -> {
                    return first(code, pc + 2, depth + 1);
                }
                case Op.BRANCH -> {
                    return branchFirst(code, pc, depth);
                }
                default -> {
                    return null;
                }
            }
        }
    }

    private static List<int[]> branchFirst(int[] code, int pc, int depth) {
        List<int[]> all = new ArrayList<>();
        for (int alt = pc + 1; code[alt] != 0; alt = code[alt]) {
            List<int[]> f = first(code, alt + 1, depth + 1);
            if (f == null) {
                return null;
            }
            all.addAll(f);
        }
        return all.isEmpty() ? null : all;
    }
}
