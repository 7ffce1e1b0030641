package org.hotpy.core.trace;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.interp.Frame;

/**
 * Tier 2's selective mode ({@link TraceSettings#selective}) watches a candidate loop
 * ({@link LoopCandidates}) for a while before recording it, and records it only if it turns at
 * least {@link #MIN_TURNS} times per entry on average. A trace is entered and left once per entry
 * of its loop, and leaving costs a deoptimisation: nbody's inner loops (3 turns an entry) ran
 * 1.23-1.28 times as long as in tier 1 with their traces, mandelbrot's (42) 0.70 and
 * spectral_norm's (498) 0.60.
 *
 * <p>The probe lets the loop's own back-edge counter count {@link #TURNS} turns, and counts the
 * entries meanwhile without a hook call per turn: every other back-edge of the code calls the hook
 * ({@link CodeTraces#startProbe} sets their counters to 0), and one in the same frame that is not
 * nested in the probed loop (a candidate has no nested loop) after the probed loop turned means
 * that the loop was left; so does a new call of the code (its entry counter, which every call
 * decrements, moves on).
 */
final class LoopProbe {
    /** Average turns per entry a loop needs to be recorded. */
    static final int MIN_TURNS = 16;
    /** Turns of the probed loop after which the probe decides. */
    static final int TURNS = 4096;
    /** Entries within {@link #TURNS} turns above which the loop turns too little ({@code TURNS / MIN_TURNS}). */
    static final int ENTRIES = TURNS / MIN_TURNS;
    /** Back-edges of other loops after which the probe stops undecided (its loop may not run again soon). */
    static final int OTHER_BACK_EDGES = 512;
    /**
     * Entries after which a loop turning less than a quarter of {@link #MIN_TURNS} per entry so far is
     * found turning too little at once: nbody's and fannkuch's inner loops (2-10 turns an entry)
     * each cost up to 256 hook calls a probe otherwise, and fannkuch's dozens of probes took 3% of
     * its time.
     */
    static final int EARLY_EXITS = 32;

    final int head;
    final int jumpPc;
    private final Frame frame;
    private final int callMark;
    /** The probed back-edge's counter when the loop was last seen left (or the probe started). */
    private short counterMark;
    private int exits;
    private int others;
    /** Set when the probe is over: whether the loop turned often enough per entry; null before, or undecided. */
    private Boolean enough;

    /**
     * A probe of the loop {@code head}..{@code jumpPc} of {@code f}'s code, whose back-edge counter
     * the caller sets to {@code TURNS - 1} now.
     */
    LoopProbe(int head, int jumpPc, Frame f) {
        this.head = head;
        this.jumpPc = jumpPc;
        this.frame = f;
        this.callMark = f.code.entryCounter;
        this.counterMark = TURNS - 1;
    }

    /**
     * Another loop (from {@code otherHead} to its back-edge at {@code otherJump}) of the probed
     * code {@code code} went round in {@code f}. Returns whether the probe is over: its loop was
     * entered too often for its turns already, or the probe has waited long enough (then decided
     * by the turns per entry so far if it saw {@link #EARLY_EXITS} entries, else undecided).
     */
    boolean otherLoopTurned(CodeObject code, Frame f, int otherHead, int otherJump) {
        short now = code.counters[jumpPc];
        if (f == frame && now != counterMark && !(otherHead > head && otherJump < jumpPc)) {
            exits++;
            counterMark = now;
        }
        long entries = entries(code);
        long turned = TURNS - 1 - now;
        if (entries > ENTRIES || entries >= EARLY_EXITS && turned < entries * (MIN_TURNS / 4)) {
            enough = false;
            return true;
        }
        if (++others >= OTHER_BACK_EDGES) {
            enough = entries >= EARLY_EXITS ? turned >= entries * MIN_TURNS : null;
            return true;
        }
        return false;
    }

    /** Entries of the probed loop so far: the first, one after each exit seen, one per later call of the code. */
    private long entries(CodeObject code) {
        long calls = (long) callMark - code.entryCounter; // negative if the counter was reset: counted as many
        return 1 + exits + (calls < 0 ? Integer.MAX_VALUE : calls);
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
