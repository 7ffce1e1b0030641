package org.hotpy.core.trace;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.hotpy.api.trace.Instr;
import org.hotpy.api.trace.Kind;
import org.hotpy.api.trace.Op;
import org.hotpy.api.trace.Trace;

/**
 * Which of the real frame's locals an exit must write back. A trace reads its parameters from the
 * frame's slots when it starts, and nothing but {@link XOp#FRAMES_PUSH} writes those slots while it
 * runs; so a local the snapshot names by the parameter read from the same slot (or by that
 * parameter unboxed: the slot's box holds the same value) is still in the frame, and storing it
 * again only costs time. On fannkuch's {@code while first != 0} trace nearly every local of every
 * exit is such a parameter, and writing them back was a third of the time spent leaving.
 *
 * <p>Not when the trace jumps back to its parameters (a loop without a label: the parameter
 * registers then hold the previous iteration's values), nor for a slot some frames push writes a
 * different value into (the frame then no longer holds the entry value).
 */
final class UnchangedLocals {
    private UnchangedLocals() {
    }

    /**
     * Sets {@link ExitInfo.FrameInfo#written} of each exit's real frame. {@code reg} maps value
     * indexes to registers, {@code params} the parameters' object registers (slot order).
     */
    static void mark(Trace trace, int[] reg, int[] params, ExitInfo[] exits) {
        Instr end = trace.terminator();
        if (trace.label() == null && end != null && end.op() == Op.JUMP) {
            return; // the jump writes the parameter registers: each exit writes every local
        }
        Map<Integer, Integer> slotOf = new HashMap<>();
        for (int i = 0; i < params.length; i++) {
            slotOf.put(Slots.ref(Kind.OBJECT, params[i]), i);
        }
        for (Instr in : trace.instructions()) {
            if (isUnbox(in.op()) && in.argCount() == 1) {
                int p = trace.params().indexOf(in.arg(0));
                if (p >= 0) {
                    slotOf.put(Slots.ref(in.result().kind(), reg[in.result().index()]), p);
                }
            }
        }
        boolean[] pushedOther = new boolean[params.length];
        for (Instr in : trace.instructions()) {
            if (in.showsFrames() && exits[in.exitIndex()] != null) {
                int[] locals = exits[in.exitIndex()].frames[0].locals;
                for (int i = 0; i < locals.length && i < params.length; i++) {
                    pushedOther[i] |= !holdsEntryValue(slotOf, locals, i);
                }
            }
        }
        for (ExitInfo e : exits) {
            if (e == null) {
                continue;
            }
            ExitInfo.FrameInfo fi = e.frames[0];
            int[] written = new int[fi.locals.length];
            int n = 0;
            for (int i = 0; i < fi.locals.length; i++) {
                if (i >= params.length || pushedOther[i] || !holdsEntryValue(slotOf, fi.locals, i)) {
                    written[n++] = i;
                }
            }
            fi.written = Arrays.copyOf(written, n);
        }
    }

    private static boolean holdsEntryValue(Map<Integer, Integer> slotOf, int[] locals, int i) {
        Integer s = slotOf.get(locals[i]);
        return s != null && s == i;
    }

    private static boolean isUnbox(Op op) {
        return op == Op.UNBOX_INT || op == Op.UNBOX_FLOAT || op == Op.UNBOX_BOOL;
    }
}
