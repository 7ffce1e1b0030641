package org.hotpy.api;

import java.util.List;
import java.util.Set;

import org.hotpy.api.pass.TracePass;

/**
 * What an embedder chose for the trace optimiser (issue 6): the hotness threshold at which loops
 * and functions are traced, and which passes run. {@link #DEFAULT} leaves every choice to the
 * implementation.
 *
 * @param threshold      executions before a loop or function is traced; 0 for the implementation's default
 * @param enabledPasses  passes to run in addition to the defaults
 * @param disabledPasses passes never to run
 * @param extraPasses    pass instances added programmatically
 * @param selective      trace only the loops the implementation predicts to pay off (the command
 *                       line's default, {@code -X trace=auto}); excludes a threshold, which traces
 *                       every hot loop and function
 */
public record TraceSettings(int threshold, Set<String> enabledPasses, Set<String> disabledPasses,
                            List<TracePass> extraPasses, boolean selective) {
    /** No choice made: the implementation's defaults. */
    public static final TraceSettings DEFAULT = new TraceSettings(0, Set.of(), Set.of(), List.of(), false);

    /** Settings that trace every hot loop and function (not {@link #selective}). */
    public TraceSettings(int threshold, Set<String> enabledPasses, Set<String> disabledPasses,
                         List<TracePass> extraPasses) {
        this(threshold, enabledPasses, disabledPasses, extraPasses, false);
    }

    public TraceSettings {
        if (threshold < 0) {
            throw new IllegalArgumentException("threshold must not be negative, not " + threshold);
        }
        if (selective && threshold > 0) {
            throw new IllegalArgumentException("a selective trace tier has no threshold (it was given " + threshold
                    + "): a threshold traces every hot loop and function");
        }
        enabledPasses = Set.copyOf(enabledPasses);
        disabledPasses = Set.copyOf(disabledPasses);
        extraPasses = List.copyOf(extraPasses);
    }

    /** Whether this differs from {@link #DEFAULT}. */
    public boolean isCustomised() {
        // spelled out rather than !equals(DEFAULT): a record's generated equals bootstraps
        // java.lang.runtime.ObjectMethods on first use, tens of milliseconds of a cold start
        return threshold != 0 || !enabledPasses.isEmpty() || !disabledPasses.isEmpty() || !extraPasses.isEmpty()
                || selective;
    }
}
