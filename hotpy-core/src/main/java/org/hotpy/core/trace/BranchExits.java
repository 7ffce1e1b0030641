package org.hotpy.core.trace;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Opcode;

/**
 * Which exits of a loop trace leave by a branch inside the loop (the other way of an {@code if}
 * in its body, or a guard in a function it inlined) rather than by a way out of the loop (its
 * condition, a {@code break}, a {@code return}, the end of a {@code for}). A trace that keeps
 * leaving by such branches pays a deoptimisation every few turns, which tier 1 does not: in
 * selective mode ({@link TraceSettings#selective}) {@link Tier2#leave} drops it (see
 * {@link #MIN_TURNS}).
 */
final class BranchExits {
    /**
     * Turns of the loop per exit by a branch below which a selective trace is dropped. The probe
     * ({@link LoopProbe}) asks the same of tier 1's entries into the loop: a loop building a set and
     * testing membership in it ({@code if x not in s: t += 1}), traced, left every 3.6 turns and ran
     * 5-7 times slower than in tier 1, while mandelbrot's inner loop leaves only by its condition.
     */
    static final int MIN_TURNS = 16;

    private BranchExits() {
    }

    /**
     * For each exit of a trace anchored at loop head {@code head} of {@code code}, whether it leaves
     * by a branch inside the loop; all false for a trace that is not a loop's.
     */
    static boolean[] of(CodeObject code, int head, boolean loops, ExitInfo[] exits) {
        boolean[] branch = new boolean[exits.length];
        int backEdge = loops ? backEdge(code.code, head) : -1;
        if (backEdge < 0) {
            return branch;
        }
        for (int k = 0; k < exits.length; k++) {
            ExitInfo e = exits[k];
            branch[k] = e.inlined() || !e.forIter && e.frames[0].code == code
                    && !leaves(code.code, e.frames[0].pc, head, backEdge);
        }
        return branch;
    }

    /** The innermost loop back-edge to {@code head}: the first {@code JUMP_BACKWARD} after it that jumps there, or -1. */
    static int backEdge(int[] insns, int head) {
        for (int pc = head; pc < insns.length; pc++) {
            int word = insns[pc];
            if (Opcode.of(word & 0xff) == Opcode.JUMP_BACKWARD && word >>> 8 == head) {
                return pc;
            }
        }
        return -1;
    }

    /**
     * Whether tier 1, resuming at {@code pc}, leaves the loop from {@code head} to {@code backEdge}
     * before it can branch again: it jumps out, returns or raises, or starts outside the loop.
     */
    static boolean leaves(int[] insns, int pc, int head, int backEdge) {
        for (; pc >= head && pc <= backEdge; pc++) {
            Opcode op = Opcode.of(insns[pc] & 0xff).family();
            switch (op) {
                case RETURN_VALUE, RAISE_VARARGS, RERAISE -> {
                    return true;
                }
                case JUMP -> {
                    int target = insns[pc] >>> 8;
                    return target < head || target > backEdge;
                }
                default -> {
                    if (op.isJump()) {
                        return false; // the back-edge, or another branch
                    }
                }
            }
        }
        return true;
    }
}
