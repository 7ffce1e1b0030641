package org.hotpy.core.trace;

import java.util.BitSet;

import org.hotpy.core.bytecode.CodeObject;

/**
 * Selective mode's state for one code object ({@link TraceSettings#selective}, hung on its
 * {@link CodeTraces}): the loops found worth tracing, those that are not, the probe running now,
 * and when each failed loop is probed again. A loop is known by its back-edge (the pc of its
 * {@code JUMP_BACKWARD}), not by its head: loops can share a head (in {@code while True:} whose
 * body starts with {@code while r != 1:}, both back-edges jump to the same pc).
 */
final class LoopSelection {
    /**
     * Probes of one loop that found it turning too little before it is given up: a probe is cheap
     * and a loop's early entries can be unlike its later ones (mandelbrot's first rows escape at
     * once, its middle rows turn up to 200 times a pixel).
     */
    static final int MAX_PROBES = 32;
    /**
     * Counter run-outs let pass after a loop's {@code n}th failed probe: {@code n} times this. The
     * wait grows, so that a loop that keeps turning too little costs ever fewer probes, but only
     * linearly: with the recorder's doubling, mandelbrot's first probe to find its loop turning
     * enough came at row 97 of 560.
     */
    static final int RUN_OUTS_BETWEEN_PROBES = 3;

    private final CodeObject code;
    /** The loop being probed now, or null. */
    LoopProbe probe;
    /** Back-edges whose loop a probe found turning enough: recorded as in the normal mode from then on. */
    private final BitSet confirmed = new BitSet();
    /** Back-edges whose loop is not traced: not a candidate, or too many probes failed. */
    private final BitSet rejected = new BitSet();
    private byte[] probesFailed;
    /** Counter run-outs still to let pass at each back-edge before its loop is probed again. */
    private short[] waits;

    LoopSelection(CodeObject code) {
        this.code = code;
    }

    boolean isConfirmed(int jumpPc) {
        return confirmed.get(jumpPc);
    }

    boolean isRejected(int jumpPc) {
        return rejected.get(jumpPc);
    }

    void reject(int jumpPc) {
        rejected.set(jumpPc);
    }

    /** Whether the loop of {@code jumpPc} waits for more run-outs before its next probe (consumes one). */
    boolean waiting(int jumpPc) {
        if (waits == null || waits[jumpPc] == 0) {
            return false;
        }
        waits[jumpPc]--;
        return true;
    }

    /**
     * A probe of the loop of {@code jumpPc} found it turning too little (or could not tell, or its
     * body was not settled yet): it is probed again after {@link #RUN_OUTS_BETWEEN_PROBES} times
     * more of tier 1's counter run-outs each time, and rejected after {@link #MAX_PROBES}.
     */
    void probeFailed(int jumpPc) {
        if (probesFailed == null) {
            probesFailed = new byte[code.code.length];
            waits = new short[code.code.length];
        }
        int n = ++probesFailed[jumpPc];
        if (n >= MAX_PROBES) {
            reject(jumpPc);
        } else {
            waits[jumpPc] = (short) (RUN_OUTS_BETWEEN_PROBES * n);
        }
    }

    /** Starts {@code p}: its back-edge's counter counts {@link LoopProbe#TURNS} turns. */
    void startProbe(LoopProbe p) {
        probe = p;
        code.counters[p.jumpPc] = LoopProbe.TURNS - 1;
    }

    /** Ends the probe: its loop's counter counts as tier 1's does (until it is recorded, if it turned enough). */
    void endProbe() {
        code.counters[probe.jumpPc] = TraceHooks.idleBackEdges(code);
        probe = null;
    }

    /** The probe found the loop of {@code jumpPc} turning enough. */
    void confirm(int jumpPc) {
        confirmed.set(jumpPc);
    }
}
