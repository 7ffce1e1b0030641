package org.hotpy.api.pass;

import java.util.Optional;
import java.util.Set;

import org.hotpy.api.trace.Trace;

/**
 * A trace optimisation pass: a stateless function from trace to trace, registered in
 * {@code META-INF/services/org.hotpy.api.pass.TracePass} and found by {@code ServiceLoader}. One
 * instance serves every trace (and may serve several threads): keep per-trace data in locals.
 *
 * <p>Contract: return the <em>same</em> {@code Trace} object when nothing changed (the driver tells
 * "changed" by identity; {@link org.hotpy.api.trace.TraceEditor#finish()} does this for you);
 * count what you did in {@link PassContext#stats()}; never print. A pass that throws, or returns a
 * trace the verifier rejects, has a bug: the driver logs it and drops the trace (the program goes
 * on in tier 1). Methods added to this interface later get defaults, so a pass compiled against an
 * older version keeps working; a pass states the version it was built for with {@link #spiVersion()}.
 */
public interface TracePass {
    /** The SPI version this interface defines. */
    int SPI_VERSION = 1;

    /** A stable kebab-case name ({@code type-specialisation}) used in ordering, configuration and statistics. */
    String name();

    /** Names of passes that must run before this one when both run (unknown names are ignored). */
    default Set<String> runsAfter() {
        return Set.of();
    }

    /** Names of passes that must run after this one when both run (unknown names are ignored). */
    default Set<String> runsBefore() {
        return Set.of();
    }

    /** Names of passes that must be installed and enabled for this one to make sense (missing: a start-up error). */
    default Set<String> requires() {
        return Set.of();
    }

    /**
     * The number of optimisation rounds this pass takes part in: 1 (the default) runs it once; more
     * lets it run again in later rounds, which the driver starts while some pass still changes the trace.
     */
    default int maxRuns() {
        return 1;
    }

    /** Whether the pass may run more than once on a trace. */
    default boolean repeatable() {
        return maxRuns() > 1;
    }

    /**
     * The SPI version the pass was compiled against. Override it as
     * {@code return TracePass.SPI_VERSION;}: the constant is then compiled into the pass, and a
     * driver older than the pass can refuse it clearly.
     */
    default int spiVersion() {
        return 1;
    }

    /** A one-line description for listings. */
    default String description() {
        return "";
    }

    /**
     * A cheap check: a reason why the pass has nothing to do on this trace (for the statistics), or
     * empty to run it. The default always runs.
     */
    default Optional<String> notApplicable(Trace trace, PassContext context) {
        return Optional.empty();
    }

    /** Optimise {@code trace}; return it unchanged (the same object) when there is nothing to do. */
    Trace run(Trace trace, PassContext context);
}
