package org.hotpy.core.interp;

import java.util.ArrayDeque;
import java.util.BitSet;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Opcode;

/**
 * Which {@code LOAD_FAST} instructions of a code object read a local that every path to them has
 * bound: the parameters (bound at entry) and locals stored on every path since, with no {@code
 * DELETE_FAST} between. {@link FunctionEmitter} writes those without the check for an unbound
 * local (its branch, and its throw, are most of a {@code LOAD_FAST}'s bytecode), as CPython 3.12's
 * compiler writes {@code LOAD_FAST} rather than {@code LOAD_FAST_CHECK}.
 *
 * <p>Paths are followed as {@link StackDepths} follows them: fall-through, jumps, and from each
 * instruction a protected range holds to its handler. A frame can also enter the compiled code at a
 * loop head, a handler or where a trace left it; it got there along one of these paths, so what is
 * bound on all of them is bound in it.
 */
final class BoundLocals {
    private BoundLocals() {}

    /** For each instruction: true when it is a {@code LOAD_FAST} whose local is surely bound. */
    static boolean[] loadsWithoutCheck(CodeObject code, int[] insns) {
        int n = insns.length;
        BitSet[] bound = boundBefore(code, insns);
        boolean[] sure = new boolean[n];
        for (int i = 0; i < n; i++) {
            int word = insns[i];
            if (bound[i] != null && (word & 0xff) == Opcode.LOAD_FAST.ordinal() && bound[i].get(word >>> 8)) {
                sure[i] = true;
            }
        }
        return sure;
    }

    /** The locals bound on every path to each instruction, or null where no path reaches. */
    private static BitSet[] boundBefore(CodeObject code, int[] insns) {
        int n = insns.length;
        BitSet[] bound = new BitSet[n];
        BitSet entry = new BitSet();
        entry.set(0, Math.min(code.totalArgs(), code.nlocals()));
        ArrayDeque<Integer> work = new ArrayDeque<>();
        meet(bound, 0, entry, work);
        int[] t = code.exceptionTable;
        while (!work.isEmpty()) {
            int i = work.pop();
            BitSet before = bound[i];
            for (int h = 0; h < t.length; h += 5) {
                if (i >= t[h] && i < t[h + 1]) {
                    meet(bound, t[h + 2], before, work); // it raises before it changes any local
                }
            }
            int word = insns[i];
            Opcode op = Opcode.of(word & 0xff).family();
            int arg = word >>> 8;
            BitSet after = before;
            if (op == Opcode.STORE_FAST || op == Opcode.DELETE_FAST) {
                after = (BitSet) before.clone();
                after.set(arg, op == Opcode.STORE_FAST);
            }
            if (op.isJump()) {
                meet(bound, arg, after, work);
            }
            if (!op.isTerminal() && i + 1 < n) {
                meet(bound, i + 1, after, work);
            }
        }
        return bound;
    }

    /** Narrows what is bound before instruction {@code i} to {@code state}; queues it when that changed it. */
    private static void meet(BitSet[] bound, int i, BitSet state, ArrayDeque<Integer> work) {
        if (i < 0 || i >= bound.length) {
            return;
        }
        if (bound[i] == null) {
            bound[i] = (BitSet) state.clone();
        } else {
            BitSet narrowed = (BitSet) bound[i].clone();
            narrowed.and(state);
            if (narrowed.equals(bound[i])) {
                return;
            }
            bound[i] = narrowed;
        }
        work.push(i);
    }
}
