package org.hotpy.core.interp;

import java.util.BitSet;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Opcode;

/**
 * The straight runs of a code object that {@link FunctionCompiler} may move out of a large {@code
 * run} method into methods of their own: instructions that neither jump nor return, each with a
 * constant stack pointer, entered only at the first (no jump, handler, resumption or loop head
 * lands inside), so that the run behaves the same wherever it is written.
 */
final class Chunks {
    private Chunks() {}

    /**
     * For each instruction {@code i}: the end (exclusive) of the longest straight run starting at
     * {@code i}, or {@code i} itself when {@code i} cannot be in one.
     * {@code resumePoints} are entries too.
     */
    static int[] runEnds(CodeObject code, int[] insns, int[] sps, BitSet resumePoints) {
        return runEnds(insns, sps, entered(code, insns, resumePoints));
    }

    /** {@link #runEnds(CodeObject, int[], int[], BitSet)} with the code's {@link #entered} instructions. */
    static int[] runEnds(int[] insns, int[] sps, BitSet entered) {
        int n = insns.length;
        int[] ends = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            if (!straight(insns[i]) || sps[i] == StackDepths.UNREACHED) {
                ends[i] = i;
            } else if (i + 1 == n || entered.get(i + 1) || ends[i + 1] == i + 1) {
                ends[i] = i + 1;
            } else {
                ends[i] = ends[i + 1];
            }
        }
        return ends;
    }

    /** Whether the instruction goes on to the next one (it may raise): no jump, return or yield. */
    static boolean straight(int word) {
        Opcode op = Opcode.of(word & 0xff);
        return switch (op) {
            case JUMP, JUMP_BACKWARD, RETURN_VALUE, YIELD_VALUE -> false;
            default -> !FunctionEmitter.jumps(op);
        };
    }

    /**
     * The instructions reached other than from the one before: jump targets, handlers, the
     * instructions after yields, the start, and {@code resumePoints} (where a trace's exit may
     * continue; null for none).
     */
    static BitSet entered(CodeObject code, int[] insns, BitSet resumePoints) {
        BitSet entered = new BitSet(insns.length + 1);
        entered.set(0);
        for (int i = 0; i < insns.length; i++) {
            Opcode op = Opcode.of(insns[i] & 0xff);
            if (op == Opcode.JUMP || op == Opcode.JUMP_BACKWARD || FunctionEmitter.jumps(op)) {
                entered.set(insns[i] >>> 8);
            } else if (op == Opcode.YIELD_VALUE) {
                entered.set(i + 1);
            }
        }
        int[] t = code.exceptionTable;
        for (int h = 0; h < t.length; h += 5) {
            entered.set(t[h + 2]);
        }
        if (resumePoints != null) {
            entered.or(resumePoints);
        }
        return entered;
    }
}
