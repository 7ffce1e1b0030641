package org.hotpy.core.interp;

import java.util.ArrayDeque;
import java.util.Arrays;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Opcode;

/**
 * The value-stack depth before each instruction of a code object, found by following its jumps
 * and exception handlers, as the assembler did when it sized the stack. {@link FunctionCompiler}
 * uses it to make the stack pointer a constant at every instruction of the generated method, so
 * that HotSpot sees constant array indexes instead of a pointer carried round each loop.
 */
final class StackDepths {
    private StackDepths() {}

    /** Depth of an instruction that no path reaches. */
    static final int UNREACHED = -1;

    /**
     * Depths before each of {@code insns} (a snapshot of {@code code}'s instructions), or null when
     * they are not consistent (two paths reach an instruction with different depths), which the
     * compiler answers by keeping the stack pointer in a variable.
     */
    static int[] of(CodeObject code, int[] insns) {
        int[] depth = new int[insns.length];
        Arrays.fill(depth, UNREACHED);
        ArrayDeque<int[]> work = new ArrayDeque<>();
        work.push(new int[] {0, 0});
        int[] t = code.exceptionTable;
        for (int h = 0; h < t.length; h += 5) {
            // the handler sees the stack cut to the entry's depth, the last pc if asked, and the exception
            work.push(new int[] {t[h + 2], t[h + 3] + t[h + 4] + 1});
        }
        try {
            while (!work.isEmpty()) {
                int[] w = work.pop();
                if (!follow(insns, depth, w[0], w[1], work)) {
                    return null;
                }
            }
        } catch (IllegalStateException | ArrayIndexOutOfBoundsException e) {
            return null; // an instruction without a stack effect, or a jump out of the code
        }
        return depth;
    }

    /** Walks straight on from {@code i} at depth {@code d}, queueing jump targets; false if inconsistent. */
    private static boolean follow(int[] insns, int[] depth, int i, int d, ArrayDeque<int[]> work) {
        while (i < insns.length) {
            if (depth[i] != UNREACHED) {
                return depth[i] == d;
            }
            if (d < 0) {
                return false;
            }
            depth[i] = d;
            int word = insns[i];
            Opcode op = Opcode.of(word & 0xff).family();
            int arg = word >>> 8;
            if (op.isJump()) {
                work.push(new int[] {arg, d + op.stackEffect(arg, true)});
            }
            if (op.isTerminal()) {
                return true;
            }
            d += op.stackEffect(arg, false);
            i++;
        }
        return true;
    }

    /** The depth after instruction {@code word} when it does not jump. */
    static int after(int word, int depth) {
        return depth + Opcode.of(word & 0xff).family().stackEffect(word >>> 8, false);
    }

    /** The depth after instruction {@code word} when it jumps. */
    static int afterJump(int word, int depth) {
        return depth + Opcode.of(word & 0xff).family().stackEffect(word >>> 8, true);
    }
}
