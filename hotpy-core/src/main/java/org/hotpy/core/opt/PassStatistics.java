package org.hotpy.core.opt;

import java.util.Map;
import java.util.TreeMap;

import org.hotpy.api.pass.PassStats;

/** What one pass did over all traces of an optimiser. Updated by the optimiser under its lock. */
public final class PassStatistics {
    private final String pass;
    private long runs;
    private long changedRuns;
    private long skipped;
    private long bisectSkipped;
    private long failures;
    private long nanos;
    private long instructionsBefore;
    private long instructionsAfter;
    private long guardsAdded;
    private long guardsRemoved;
    private final PassStats counters = new PassStats();

    PassStatistics(String pass) {
        this.pass = pass;
    }

    void recordRun(long elapsedNanos, int sizeBefore, int sizeAfter, int guardsBefore, int guardsAfter,
            boolean changed, PassStats passCounters) {
        runs++;
        if (changed) {
            changedRuns++;
        }
        nanos += elapsedNanos;
        instructionsBefore += sizeBefore;
        instructionsAfter += sizeAfter;
        if (guardsAfter > guardsBefore) {
            guardsAdded += guardsAfter - guardsBefore;
        } else {
            guardsRemoved += guardsBefore - guardsAfter;
        }
        counters.addAll(passCounters);
    }

    /** A copy, so a reader does not see later runs. */
    PassStatistics copy() {
        PassStatistics c = new PassStatistics(pass);
        c.runs = runs;
        c.changedRuns = changedRuns;
        c.skipped = skipped;
        c.bisectSkipped = bisectSkipped;
        c.failures = failures;
        c.nanos = nanos;
        c.instructionsBefore = instructionsBefore;
        c.instructionsAfter = instructionsAfter;
        c.guardsAdded = guardsAdded;
        c.guardsRemoved = guardsRemoved;
        c.counters.addAll(counters);
        return c;
    }

    void recordSkip() {
        skipped++;
    }

    void recordBisectSkip() {
        bisectSkipped++;
    }

    void recordFailure(long elapsedNanos) {
        runs++;
        failures++;
        nanos += elapsedNanos;
    }

    /** The pass name. */
    public String pass() {
        return pass;
    }

    /** Times the pass ran (failures included). */
    public long runs() {
        return runs;
    }

    /** Runs that returned a different trace. */
    public long changedRuns() {
        return changedRuns;
    }

    /** Times the pass said it was not applicable. */
    public long skipped() {
        return skipped;
    }

    /** Times opt-bisect kept the pass from running. */
    public long bisectSkipped() {
        return bisectSkipped;
    }

    /** Runs that threw or produced a trace the verifier rejected. */
    public long failures() {
        return failures;
    }

    /** Total time in the pass, in nanoseconds. */
    public long nanos() {
        return nanos;
    }

    /** Sum of trace sizes given to the pass. */
    public long instructionsBefore() {
        return instructionsBefore;
    }

    /** Sum of trace sizes it returned. */
    public long instructionsAfter() {
        return instructionsAfter;
    }

    /** Net guards added, summed over runs that added guards. */
    public long guardsAdded() {
        return guardsAdded;
    }

    /** Net guards removed, summed over runs that removed guards. */
    public long guardsRemoved() {
        return guardsRemoved;
    }

    /** The pass's own counters, summed. */
    public Map<String, Long> counters() {
        return new TreeMap<>(counters.counters());
    }
}
