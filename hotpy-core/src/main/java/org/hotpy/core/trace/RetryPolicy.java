package org.hotpy.core.trace;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.log.LazyLogger;
import org.slf4j.Logger;

/**
 * When tier 2 tries an anchor again and when it gives up on it. A recording, an optimisation or an
 * installed trace that failed is usually tried again after a back-off ({@link CodeTraces}), since
 * what the program does may change; these rules stop the tries that are sure to fail the same way:
 * a recording that stopped where and why the last one did, a recording identical to a trace that
 * was dropped for not paying off or that the passes made too short, an unsupported instruction.
 * {@link Tier2} notes each failure here and asks before it records or optimises.
 */
final class RetryPolicy {
    private static final Logger LOG = LazyLogger.of(RetryPolicy.class);
    /** The recorder's reason for a loop that ended while it was recorded (a data-dependent stop, see {@link #tooShort}). */
    static final String LOOP_ENDED = "loop ended while recording";

    private final TraceStats stats;

    RetryPolicy(TraceStats stats) {
        this.stats = stats;
    }

    /**
     * Whether the root recording {@code rf} at the anchor stopped where and why the last one there
     * did (noting how it stopped for the next): the same code stops the same way again, so the
     * anchor is given up on rather than recorded up to {@link CodeTraces#MAX_ATTEMPTS} times. The
     * case: the entry recordings of raytrace's {@code Scene.nearest} and {@code Scene.in_shadow}
     * and richards' {@code Scheduler.schedule} stop at their own loop ("loop in a traced
     * function"), after following the calls before it. Not for a loop that ended while it was
     * recorded, nor for an exception: those depend on the data, and a later recording may succeed.
     */
    boolean failedAsBefore(RecFrame rf, CodeTraces ct, int anchor, boolean entry) {
        if (rf.stop != RecFrame.Stop.ABORTED || rf.reason == null || rf.reason.equals(LOOP_ENDED)) {
            return false;
        }
        int key = CodeTraces.anchorKey(entry, anchor);
        String how = "stopped at " + rf.pc + ": " + rf.reason;
        if (ct.failedAs(key, how)) {
            stats.failedAsBefore++;
            LOG.debug("recording at {}:{} {} again: given up", ct.code.qualname, anchor, how);
            return true;
        }
        ct.failed(key, how);
        return false;
    }

    /**
     * Whether recording stopped at an instruction the recorder does not support (a generator's
     * {@code yield}, say): every later recording there stops the same way, so it is not retried.
     */
    static boolean unsupported(RecFrame rf) {
        return rf.stop == RecFrame.Stop.ABORTED && rf.reason != null && rf.reason.startsWith("unsupported ");
    }

    /**
     * Whether the recording {@code rf}, of recorded shape {@code shape} ({@link TraceWorth#recordedShape}),
     * is one the anchor saw fail after optimising last time, so that it is not optimised again
     * (noting that, and giving up or backing off as that failure calls for). A trace dropped for
     * not paying off would run as that one did: the anchor is given up. A recording the passes made
     * too short to pay off would be made so again; the anchor backs off as for a recording too
     * short ({@link #tooShort}), since a later, longer recording may pay (wordfreq's
     * {@code analyse} inner loop was optimised four times to the same too-short trace, ~30 ms each).
     */
    boolean failsAsBefore(RecFrame rf, CodeTraces ct, int anchor, boolean entry, long shape) {
        int key = CodeTraces.anchorKey(entry, anchor);
        if (ct.failedAs(key, unprofitable(shape))) {
            LOG.debug("trace {}:{} recorded as the one dropped there for not paying off: given up", ct.code.qualname, anchor);
            stats.recordedAsBefore++;
            giveUp(ct, anchor, entry);
            return true;
        }
        if (ct.failedAs(key, shortWhenOptimised(shape))) {
            LOG.debug("trace {}:{} recorded as the one the passes made too short there last time: not optimised",
                    ct.code.qualname, anchor);
            stats.recordedShortAsBefore++;
            tooShort(rf, ct, anchor, entry);
            return true;
        }
        return false;
    }

    /** The installed loop trace {@code t} is dropped because its runs rarely turn: tier 1 runs that loop from now on. */
    void droppedRarelyTurning(CompiledTrace t) {
        if (t.code.traces instanceof CodeTraces ct) {
            giveUp(ct, t.anchorPc, false);
        }
    }

    /** The installed trace {@code t} is dropped for not paying off: a recording of the same shape is not optimised again. */
    void droppedUnprofitable(CompiledTrace t) {
        if (t.code.traces instanceof CodeTraces ct) {
            ct.failed(CodeTraces.anchorKey(t.entry, t.anchorPc), unprofitable(t.recordedShape));
        }
    }

    /** The passes made the recording of shape {@code shape} at the anchor too short to pay off. */
    boolean optimisedTooShort(RecFrame rf, CodeTraces ct, int anchor, boolean entry, long shape) {
        ct.failed(CodeTraces.anchorKey(entry, anchor), shortWhenOptimised(shape));
        return tooShort(rf, ct, anchor, entry);
    }

    private static String unprofitable(long shape) {
        return "not paying off: " + Long.toHexString(shape);
    }

    private static String shortWhenOptimised(long shape) {
        return "too short when optimised: " + Long.toHexString(shape);
    }

    /**
     * Drops a trace too short to pay off (returns false, as {@code Tier2.install} does): recording at
     * {@code anchor} stops for good, unless the recording was short because the loop happened to
     * end during it (a point of mandelbrot that escapes at once): that depends on the data, and the
     * caller's count of failed attempts, with its back-off, decides whether to try again.
     */
    boolean tooShort(RecFrame rf, CodeTraces ct, int anchor, boolean entry) {
        stats.tooShort++;
        if (rf.stop != RecFrame.Stop.EXITED) {
            giveUp(ct, anchor, entry);
        }
        return false;
    }

    /** Stops recording at {@code anchor} for good: the code there records the same kind of trace again. */
    static void giveUp(CodeTraces ct, int anchor, boolean entry) {
        if (entry) {
            ct.entryAttempts = CodeTraces.MAX_ATTEMPTS;
        } else {
            ct.giveUpAt(anchor);
        }
    }

    /**
     * An exit inside the inlined body of a function in {@code t} is taken too often to keep the
     * trace, and exits from inlined frames get no bridges: recorded again the same way, the trace
     * would be dropped again for the same exit (richards' {@code Scheduler.queue} entry trace, its
     * branch in the inlined {@code check_priority_add}, was re-recorded and re-optimised four
     * times). So the traces at the same anchor call that function (the innermost frame of the
     * exit) instead of inlining it: it runs in tier 1 or in its own entry trace, where the branch
     * gets a bridge.
     */
    void callInstead(CompiledTrace t, ExitInfo e) {
        CodeTraces ct = t.code.traces instanceof CodeTraces c ? c : null;
        CodeObject callee = e.frames[e.frames.length - 1].code;
        if (ct != null && ct.callInstead(CodeTraces.anchorKey(t.entry, t.anchorPc), callee)) {
            stats.calledInstead++;
            LOG.debug("traces at {} will call {} rather than inline it", t, callee.qualname);
        }
    }

    /**
     * Whether traces recorded at the anchor ({@code entry}, {@code pc}) of {@code root} call
     * {@code callee} rather than inline it ({@link #callInstead}).
     */
    static boolean callsInstead(CodeObject root, boolean entry, int pc, CodeObject callee) {
        return root.traces instanceof CodeTraces ct && ct.calledInstead(CodeTraces.anchorKey(entry, pc)).contains(callee);
    }
}
