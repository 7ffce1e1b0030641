package org.hotpy.core.trace;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tier 2's own counters (the optimiser keeps per-pass statistics): traces recorded, compiled,
 * invalidated and evicted, recordings given up and why, trace runs, guard exits (deopts).
 * Counted on the interpreter's thread only.
 */
final class TraceStats {
    long loopsRecorded;
    long entriesRecorded;
    long bridgesRecorded;
    long calleesRecorded;
    long compiled;
    long jitted;
    long dropped;
    long invalidated;
    long evicted;
    long unprofitable;
    /** Loop traces dropped (their anchors given up) because their runs almost never iterated ({@link TraceWorth#rarelyTurns}). */
    long rarelyTurning;
    long tooShort;
    /** Hot exits whose bridge was not recorded, as it could only be too short ({@link TraceWorth#bridgeTooShort}). */
    long bridgesPredictedShort;
    long tooBig;
    /** Traces predicted too big for the JIT before the passes ({@link SizeForecast}), so not optimised. */
    long predictedTooBig;
    /** Functions that the traces at one anchor call rather than inline, after an exit inside them failed too often. */
    long calledInstead;
    /** Anchors given up on because a recording there failed as the last one did ({@link RetryPolicy#failedAsBefore}). */
    long failedAsBefore;
    /** Recordings not optimised because they were the trace last dropped there for not paying off. */
    long recordedAsBefore;
    /** Recordings not optimised because the passes made the same recording there too short to pay off last time. */
    long recordedShortAsBefore;
    /** Selective mode: loops looked at and not traced for their body ({@link LoopCandidates}). */
    long loopsNotCandidates;
    /** Selective mode: probes that found their loop turning too few times per entry ({@link LoopProbe}). */
    long loopsTurningTooLittle;
    /** Selective mode: probes that found their loop turning often enough, so that it was recorded. */
    long loopsConfirmed;
    /** Selective mode: probes stopped because their loop neither turned nor was entered often enough. */
    long probesUndecided;
    /** Selective mode: loop traces dropped because they left by a branch inside the loop every few turns ({@link BranchExits}). */
    long leavingByBranches;
    long peakBytes;
    long runs;
    long iterations;
    long deopts;
    long deoptFrames;
    long raisedInTrace;
    /** Time on the interpreter's thread in the recorder, the passes, {@link TraceCompiler} and {@link TraceJit}. */
    long recordNanos;
    long optimiseNanos;
    long compileNanos;
    long jitNanos;
    /** Of that, the time spent optimising and compiling traces that were then not installed. */
    long wastedNanos;
    private final Map<String, Long> aborts = new TreeMap<>();

    void abort(String reason) {
        aborts.merge(reason, 1L, Long::sum);
    }

    /** Recordings given up for {@code reason}. */
    long aborts(String reason) {
        return aborts.getOrDefault(reason, 0L);
    }

    long abortCount() {
        return aborts.values().stream().mapToLong(Long::longValue).sum();
    }

    String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT,
                "tier 2: recorded %d loop, %d entry, %d bridge traces and %d callee traces (%d bridges predicted too short, not recorded); %d compiled "
                        + "(%d to bytecode), %d dropped by the optimiser, %d too short to pay off, %d too big for the JIT (%d predicted before optimising), %d invalidated (%d not paying off, %d loops rarely turning; %d callees called instead of inlined after that), %d evicted%n",
                loopsRecorded, entriesRecorded, bridgesRecorded, calleesRecorded, bridgesPredictedShort, compiled, jitted, dropped, tooShort, tooBig + predictedTooBig,
                predictedTooBig, invalidated, unprofitable, rarelyTurning, calledInstead, evicted));
        sb.append(String.format(Locale.ROOT, "tier 2: %d trace runs, %d loop iterations in traces, %d deopts (%d inlined frames rebuilt, "
                + "%d exceptions raised in traces)%n", runs, iterations, deopts, deoptFrames, raisedInTrace));
        sb.append(String.format(Locale.ROOT, "tier 2: %.1f ms recording, %.1f ms optimising, %.1f ms compiling, "
                + "%.1f ms in the JIT; %.1f ms of it on traces not installed%n", recordNanos / 1e6, optimiseNanos / 1e6,
                compileNanos / 1e6, jitNanos / 1e6, wastedNanos / 1e6));
        if (loopsNotCandidates + loopsTurningTooLittle + loopsConfirmed + probesUndecided > 0) {
            sb.append(String.format(Locale.ROOT, "tier 2 (selective): %d loops not candidates for their body, "
                    + "%d probes found their loop turning too little, %d loops found turning enough, "
                    + "%d probes stopped undecided, %d traces dropped for leaving by a branch every few turns%n",
                    loopsNotCandidates, loopsTurningTooLittle, loopsConfirmed, probesUndecided, leavingByBranches));
        }
        sb.append(String.format(Locale.ROOT, "tier 2: at most %d bytes of trace code installed at once%n", peakBytes));
        sb.append(String.format(Locale.ROOT, "tier 2: %d recordings given up%s%n", abortCount(),
                aborts.isEmpty() ? "" : " " + aborts));
        sb.append(String.format(Locale.ROOT, "tier 2: %d anchors given up after a recording stopped as the last one did, "
                + "%d recordings not optimised as the trace last dropped there for not paying off, "
                + "%d as the one the passes made too short there last time%n", failedAsBefore, recordedAsBefore,
                recordedShortAsBefore));
        return sb.toString();
    }

    /** The {@code limit} traces with the most exits: runs, exits, the hottest exit and whether it was dropped. */
    static String perTrace(java.util.List<CompiledTrace> traces, int limit) {
        StringBuilder sb = new StringBuilder();
        traces.stream().sorted(java.util.Comparator.comparingLong(CompiledTrace::exitTotal).reversed()).limit(limit)
                .forEach(t -> {
                    int hot = 0;
                    for (int k = 1; k < t.exitCounts.length; k++) {
                        if (t.exitCounts[k] > t.exitCounts[hot]) {
                            hot = k;
                        }
                    }
                    sb.append(String.format(Locale.ROOT, "  %-40s %5d insns %9d runs %9d exits", t, t.insns.length / XOp.STRIDE,
                            t.runs, t.exitTotal()));
                    if (t.exitCounts.length > 0 && t.exitCounts[hot] > 0) {
                        sb.append(String.format(Locale.ROOT, " (%d at exit %d: %s)", t.exitCounts[hot], hot,
                                t.exits[hot].op));
                    }
                    sb.append(t.dropped != null ? " dropped: " + t.dropped : "").append(System.lineSeparator());
                });
        return sb.length() == 0 ? "" : "tier 2: traces with the most exits" + System.lineSeparator() + sb;
    }
}
