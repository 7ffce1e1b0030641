package org.hotpy.core.regex;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * The state of one match attempt, laid out as sre's {@code SRE_STATE}: the capture marks with
 * {@code lastmark}/{@code lastindex}, the repeat contexts of REPEAT operations, a data stack for
 * saved marks, and a stack of suspended matcher contexts (sre's {@code match_context}), all in
 * {@code int} arrays so that deep subjects use heap, not Java stack, and nothing is allocated per
 * character.
 */
abstract sealed class MachineState permits Matcher {
    /** Stack limits (in ints) past which a match fails with MemoryError rather than exhaust the
     * heap. */
    private static final int MAX_STACK = 1 << 26;
    static final int NULL = -2;
    /** Ints per suspended context: jump, pc, ptr, count, aux, lastmark, lastindex, toplevel. */
    static final int FRAME = 8;

    final int[] code;
    final CharClass[] sets;
    final RegexSubject text;
    /** sre's {@code state->end}: the endpos. Position 0 is always sre's {@code beginning}. */
    final int end;
    /** Start of the current attempt ({@code state->start}). */
    int start;
    boolean matchAll;
    boolean mustAdvance;
    /** sre's {@code state->ptr}: where a child context starts, and where a success ended. */
    int statePtr;

    final int[] marks;
    int lastmark = -1;
    int lastindex = -1;

    /** Current repeat context ({@code state->repeat}), an index into the rep* arrays, or -1. */
    int repeat = -1;
    int[] repCount = new int[8];
    int[] repPc = new int[8];
    int[] repLastPtr = new int[8];
    int[] repPrev = new int[8];
    int repTop;

    int[] data = new int[16];
    int dataTop;

    int[] frames = new int[FRAME * 8];
    int fp;

    /** Registers of the running context. */
    int pc;
    int ptr;
    int count;
    int aux;
    int ctxLastmark;
    int ctxLastindex;
    boolean toplevel;

    private final BooleanSupplier canceller;
    int budget = 4096;

    MachineState(Program prog, RegexSubject text, int end, BooleanSupplier canceller) {
        this.code = prog.code;
        this.sets = prog.sets;
        this.text = text;
        this.end = end;
        this.marks = new int[Math.max(prog.markSlots, 2)];
        this.canceller = canceller;
    }

    /** sre's RESET_CAPTURE_GROUP between attempts. */
    final void resetCaptures() {
        lastmark = -1;
        lastindex = -1;
    }

    final void checkCancelled() {
        budget = 4096;
        if (Thread.currentThread().isInterrupted()
            || (canceller != null && canceller.getAsBoolean())) {
            throw new RegexInterruptedException("regular expression matching was interrupted");
        }
    }

    private static int[] grow(int[] a, int needed) {
        if (needed > MAX_STACK) {
            throw new RegexUsageException(RegexUsageException.Kind.MEMORY_ERROR,
                "regular expression backtracking stack exhausted");
        }
        return Arrays.copyOf(a, Math.max(needed, a.length * 2));
    }

    /** sre's DO_JUMP: suspends the running context and starts a child at {@code next}. */
    final void doJump(int jump, int next, boolean childToplevel) {
        if (fp + FRAME > frames.length) {
            frames = grow(frames, fp + FRAME);
        }
        int[] f = frames;
        f[fp] = jump;
        f[fp + 1] = pc;
        f[fp + 2] = ptr;
        f[fp + 3] = count;
        f[fp + 4] = aux;
        f[fp + 5] = ctxLastmark;
        f[fp + 6] = ctxLastindex;
        f[fp + 7] = toplevel ? 1 : 0;
        fp += FRAME;
        pc = next;
        ptr = statePtr;
        toplevel = childToplevel;
    }

    /** Resumes the suspended context on top; returns its jump label. */
    final int popFrame() {
        fp -= FRAME;
        int[] f = frames;
        pc = f[fp + 1];
        ptr = f[fp + 2];
        count = f[fp + 3];
        aux = f[fp + 4];
        ctxLastmark = f[fp + 5];
        ctxLastindex = f[fp + 6];
        toplevel = f[fp + 7] != 0;
        return f[fp];
    }

    final void saveLastmark() {
        ctxLastmark = lastmark;
        ctxLastindex = lastindex;
    }

    final void restoreLastmark() {
        lastmark = ctxLastmark;
        lastindex = ctxLastindex;
    }

    final void dataPush(int v) {
        if (dataTop == data.length) {
            data = grow(data, dataTop + 1);
        }
        data[dataTop++] = v;
    }

    final int dataPop() {
        return data[--dataTop];
    }

    /** sre's MARK_PUSH: saves marks 0..lm. */
    final void markPush(int lm) {
        if (lm >= 0) {
            int n = lm + 1;
            if (dataTop + n > data.length) {
                data = grow(data, dataTop + n);
            }
            System.arraycopy(marks, 0, data, dataTop, n);
            dataTop += n;
        }
    }

    final void markPop(int lm) {
        if (lm >= 0) {
            dataTop -= lm + 1;
            System.arraycopy(data, dataTop, marks, 0, lm + 1);
        }
    }

    final void markPopKeep(int lm) {
        if (lm >= 0) {
            System.arraycopy(data, dataTop - lm - 1, marks, 0, lm + 1);
        }
    }

    final void markPopDiscard(int lm) {
        if (lm >= 0) {
            dataTop -= lm + 1;
        }
    }

    /** A new repeat context (sre's REPEAT op), linked to the current one. */
    final int allocRepeat(int repeatPc) {
        if (repTop == repCount.length) {
            int n = repTop * 2;
            repCount = Arrays.copyOf(repCount, n);
            repPc = Arrays.copyOf(repPc, n);
            repLastPtr = Arrays.copyOf(repLastPtr, n);
            repPrev = Arrays.copyOf(repPrev, n);
        }
        int r = repTop++;
        repCount[r] = -1;
        repPc[r] = repeatPc;
        repLastPtr[r] = NULL;
        repPrev[r] = repeat;
        return r;
    }

    /** sre's MARK op. */
    final void mark(int i, int at) {
        if ((i & 1) != 0) {
            lastindex = i / 2 + 1;
        }
        if (i > lastmark) {
            for (int j = lastmark + 1; j < i; j++) {
                marks[j] = -1;
            }
            lastmark = i;
        }
        marks[i] = at;
    }

    /** Whether group {@code g} (0-based) has a valid span, as GROUPREF_EXISTS decides. */
    final boolean groupMatched(int g) {
        int i = 2 * g;
        if (i >= lastmark) {
            return false;
        }
        int p = marks[i];
        int e = marks[i + 1];
        return p >= 0 && e >= 0 && e >= p;
    }

    /** SUCCESS's test: a top-level match must end at endpos (fullmatch) or advance. */
    final boolean successAllowed(int at) {
        return !(toplevel && ((matchAll && at != end) || (mustAdvance && at == start)));
    }
}
