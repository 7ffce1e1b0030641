package org.hotpy.api.pass;

import java.util.Map;
import java.util.Objects;

/**
 * What a pass may use while it runs: the read-only {@link RuntimeView}, its own {@link PassStats},
 * string options (by convention {@code <pass-name>.<key>}), and the intrinsic registry. The driver
 * makes one per pass run; tests make one with {@link #of}.
 */
public interface PassContext {
    /** Read-only queries about runtime objects. */
    RuntimeView runtime();

    /** Counters for this pass run. */
    PassStats stats();

    /** All options ({@code call-inlining.max-depth=3}). */
    Map<String, String> options();

    /** Where to register intrinsics. */
    IntrinsicRegistry intrinsics();

    /** The optimisation round (1 for the first run over the trace). */
    default int round() {
        return 1;
    }

    /** The option {@code key}, or {@code fallback}. */
    default String option(String key, String fallback) {
        return options().getOrDefault(key, fallback);
    }

    /** The integer option {@code key}, or {@code fallback}; a malformed value is an error naming the key. */
    default int intOption(String key, int fallback) {
        String v = options().get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option " + key + " must be an integer, not '" + v + "'", e);
        }
    }

    /** A context with fresh stats, for round 1. */
    static PassContext of(RuntimeView runtime, Map<String, String> options, IntrinsicRegistry intrinsics) {
        return of(runtime, options, intrinsics, new PassStats(), 1);
    }

    /** A context with the given stats and round (what a driver uses). */
    static PassContext of(RuntimeView runtime, Map<String, String> options, IntrinsicRegistry intrinsics,
            PassStats stats, int round) {
        Objects.requireNonNull(runtime, "runtime");
        Map<String, String> opts = Map.copyOf(options);
        Objects.requireNonNull(intrinsics, "intrinsics");
        Objects.requireNonNull(stats, "stats");
        return new PassContext() {
            @Override
            public RuntimeView runtime() {
                return runtime;
            }

            @Override
            public PassStats stats() {
                return stats;
            }

            @Override
            public Map<String, String> options() {
                return opts;
            }

            @Override
            public IntrinsicRegistry intrinsics() {
                return intrinsics;
            }

            @Override
            public int round() {
                return round;
            }
        };
    }
}
