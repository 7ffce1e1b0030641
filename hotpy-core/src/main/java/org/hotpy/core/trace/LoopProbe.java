package org.hotpy.core.trace;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Opcode;

/**
 * Tier 2's selective mode ({@link TraceSettings#selective}) watches a candidate loop
 * ({@link LoopCandidates}) for a while before recording it, and records it only if it turns at
 * least {@link #MIN_TURNS} times per entry on average. A trace is entered and left once per entry
 * of its loop, and leaving costs a deoptimisation: nbody's inner loops (3 turns an entry) ran
 * 1.23-1.28 times as long as in tier 1 with their traces, mandelbrot's (42) 0.70 and
 * spectral_norm's (498) 0.60.
 *
 * <p>The probe lets the loop's own back-edge counter count {@link #TURNS} turns and counts the
 * entries meanwhile from counters tier 1 keeps anyway, without a hook call per turn or per entry:
 * the loop can only be entered again through the back-edge of a loop enclosing it (each of whose
 * turns decrements that back-edge's counter) or by a new call of its code (each of which
 * decrements the code's entry counter). The entries are then at most one more than the turns of
 * the innermost enclosing loop plus the calls. An earlier version set the enclosing loops'
 * counters to 0 to see each of their turns: the hook calls, and HotSpot recompiling the loops
 * whose counter branch changed direction, cost fannkuch 3-4% of its main thread.
 */
final class LoopProbe {
    /** Average turns per entry a loop needs to be recorded. */
    static final int MIN_TURNS = 16;
    /** Turns of the probed loop after which the probe decides. */
    static final int TURNS = 1024;
    /** Entries within {@link #TURNS} turns above which the loop turns too little ({@code TURNS / MIN_TURNS}). */
    static final int ENTRIES = TURNS / MIN_TURNS;
    /** Counter run-outs of other loops of the code after which the probe stops undecided (its loop may not run again soon). */
    static final int OTHER_RUN_OUTS = 64;

    final int head;
    final int jumpPc;
    private final int callMark;
    /** The back-edges of the loops enclosing the probed one. */
    private final int[] enclosing;
    /** Their counters when the probe started, or when they last ran out. */
    private final short[] marks;
    /** Their turns before they last ran out. */
    private final long[] turned;
    private int others;
    /** Set when the probe is over: whether the loop turned often enough per entry; null before, or undecided. */
    private Boolean enough;

    /**
     * A probe of the loop {@code head}..{@code jumpPc} of {@code code}, whose back-edge counter the
     * caller sets to {@code TURNS - 1} now.
     */
    LoopProbe(CodeObject code, int head, int jumpPc) {
        this.head = head;
        this.jumpPc = jumpPc;
        this.callMark = code.entryCounter;
        int[] insns = code.code;
        int n = 0;
        int[] found = new int[insns.length];
        for (int pc = jumpPc + 1; pc < insns.length; pc++) {
            if ((insns[pc] & 0xff) == Opcode.JUMP_BACKWARD.ordinal() && enclosedBy(insns[pc] >>> 8, pc)) {
                found[n++] = pc;
            }
        }
        this.enclosing = java.util.Arrays.copyOf(found, n);
        this.marks = new short[n];
        this.turned = new long[n];
        for (int k = 0; k < n; k++) {
            marks[k] = code.counters[enclosing[k]];
        }
    }

    /**
     * Whether the loop from {@code otherHead} to its back-edge at {@code otherJump} encloses the
     * probed loop (it may share its head: {@code while True:} whose body starts with a loop).
     */
    boolean enclosedBy(int otherHead, int otherJump) {
        return otherHead <= head && otherJump > jumpPc;
    }

    /**
     * The counter of another loop's back-edge {@code otherJump} in the probed code ran out, and is
     * about to be reset to {@code reset}. Returns whether the probe is over: its loop was entered
     * too often already, or the probe has waited long enough for it (then undecided).
     */
    boolean otherRanOut(CodeObject code, int otherJump, short reset) {
        for (int k = 0; k < enclosing.length; k++) {
            if (enclosing[k] == otherJump) {
                turned[k] += marks[k] - (long) code.counters[otherJump];
                marks[k] = reset;
            }
        }
        if (entries(code) > ENTRIES) {
            enough = false;
            return true;
        }
        return ++others >= OTHER_RUN_OUTS;
    }

    /**
     * Entries of the probed loop so far, at most: the first, one per turn of the innermost loop
     * enclosing it (the one that turned most), one per later call of the code.
     */
    private long entries(CodeObject code) {
        long outer = 0;
        for (int k = 0; k < enclosing.length; k++) {
            outer = Math.max(outer, turned[k] + marks[k] - code.counters[enclosing[k]]);
        }
        long calls = (long) callMark - code.entryCounter; // negative if the counter was reset: counted as many
        return 1 + outer + (calls < 0 ? Integer.MAX_VALUE : calls);
    }

    /**
     * The probed back-edge's counter ran out ({@link #TURNS} turns): whether that took at most
     * {@link #ENTRIES} entries.
     */
    boolean ranOut(CodeObject code) {
        enough = entries(code) <= ENTRIES;
        return enough;
    }

    /** After the probe: whether its loop turned often enough per entry. */
    boolean turnsEnough() {
        return Boolean.TRUE.equals(enough);
    }

    /** After the probe: whether it stopped before it could tell. */
    boolean undecided() {
        return enough == null;
    }
}
