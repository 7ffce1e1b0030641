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
 */
public record TraceSettings(int threshold, Set<String> enabledPasses, Set<String> disabledPasses,
                            List<TracePass> extraPasses) {
    /** No choice made: the implementation's defaults. */
    public static final TraceSettings DEFAULT = new TraceSettings(0, Set.of(), Set.of(), List.of());

    public TraceSettings {
        if (threshold < 0) {
            throw new IllegalArgumentException("threshold must not be negative, not " + threshold);
        }
        enabledPasses = Set.copyOf(enabledPasses);
        disabledPasses = Set.copyOf(disabledPasses);
        extraPasses = List.copyOf(extraPasses);
    }

    /** Whether this differs from {@link #DEFAULT}. */
    public boolean isCustomised() {
        return !equals(DEFAULT);
    }
}
