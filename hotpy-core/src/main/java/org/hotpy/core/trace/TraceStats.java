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
    long runs;
    long iterations;
    long deopts;
    long deoptFrames;
    long raisedInTrace;
    private final Map<String, Long> aborts = new TreeMap<>();

    void abort(String reason) {
        aborts.merge(reason, 1L, Long::sum);
    }

    long abortCount() {
        return aborts.values().stream().mapToLong(Long::longValue).sum();
    }

    String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT,
                "tier 2: recorded %d loop, %d entry, %d bridge traces and %d callee traces; %d compiled "
                        + "(%d to bytecode), %d dropped by the optimiser, %d invalidated, %d evicted%n",
                loopsRecorded, entriesRecorded, bridgesRecorded, calleesRecorded, compiled, jitted, dropped,
                invalidated, evicted));
        sb.append(String.format(Locale.ROOT, "tier 2: %d trace runs, %d loop iterations in traces, %d deopts (%d inlined frames rebuilt, "
                + "%d exceptions raised in traces)%n", runs, iterations, deopts, deoptFrames, raisedInTrace));
        sb.append(String.format(Locale.ROOT, "tier 2: %d recordings given up%s%n", abortCount(),
                aborts.isEmpty() ? "" : " " + aborts));
        return sb.toString();
    }
}
