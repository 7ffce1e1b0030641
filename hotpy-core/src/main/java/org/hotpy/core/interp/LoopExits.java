package org.hotpy.core.interp;

import java.util.BitSet;

import org.hotpy.core.bytecode.Opcode;

/**
 * Where tier 2's loop traces are expected to leave their function: the targets of the jumps out of
 * an innermost loop (a {@code while} condition turning false, a {@code break}, a {@code for}
 * running out). A trace of the loop ends there every time its loop ends, and tier 1 resumes the
 * frame at that instruction.
 */
final class LoopExits {
    private LoopExits() {
    }

    /** The exit targets of every innermost loop of {@code insns}. */
    static BitSet of(int[] insns) {
        BitSet exits = new BitSet(insns.length);
        for (int jumpPc = 0; jumpPc < insns.length; jumpPc++) {
            if (opcode(insns[jumpPc]) != Opcode.JUMP_BACKWARD) {
                continue;
            }
            int head = insns[jumpPc] >>> 8;
            if (innermost(insns, head, jumpPc)) {
                for (int pc = head; pc < jumpPc; pc++) {
                    Opcode op = opcode(insns[pc]);
                    int target = insns[pc] >>> 8;
                    if (op.isJump() && op != Opcode.SEND && target > jumpPc && target < insns.length) {
                        exits.set(target);
                    }
                }
            }
        }
        return exits;
    }

    private static boolean innermost(int[] insns, int head, int jumpPc) {
        for (int pc = head; pc < jumpPc; pc++) {
            if (opcode(insns[pc]) == Opcode.JUMP_BACKWARD) {
                return false;
            }
        }
        return true;
    }

    private static Opcode opcode(int word) {
        return Opcode.of(word & 0xff).family();
    }
}
