package org.hotpy.core.opt;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A copy of an optimiser's statistics: per pass (in run order) and totals.
 *
 * @param passes     per-pass statistics, in run order
 * @param traces     traces given to the optimiser
 * @param fallbacks  traces dropped because the input or a pass's output was invalid or a pass threw
 */
public record OptimizerStatistics(List<PassStatistics> passes, long traces, long fallbacks) {

    /** A table for printing at exit. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "trace optimiser: %d traces, %d dropped%n", traces, fallbacks));
        sb.append(String.format(Locale.ROOT, "%-28s %6s %7s %6s %9s %10s %10s %7s %7s  %s%n", "pass", "runs", "changed",
                "failed", "ms", "instr in", "instr out", "g+", "g-", "counters"));
        for (PassStatistics p : passes) {
            Map<String, Long> c = p.counters();
            sb.append(String.format(Locale.ROOT, "%-28s %6d %7d %6d %9.3f %10d %10d %7d %7d  %s%n", p.pass(), p.runs(),
                    p.changedRuns(), p.failures(), p.nanos() / 1e6, p.instructionsBefore(), p.instructionsAfter(),
                    p.guardsAdded(), p.guardsRemoved(), c.isEmpty() ? "" : c.toString()));
        }
        return sb.toString();
    }
}
