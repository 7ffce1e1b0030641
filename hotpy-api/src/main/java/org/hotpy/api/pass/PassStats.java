package org.hotpy.api.pass;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named counters a pass adds to while it runs ({@code "folded"}, {@code "guards-removed"}); the
 * driver sums them per pass across traces. Not thread-safe: one instance per pass run.
 */
public final class PassStats {
    private final Map<String, Long> counters = new LinkedHashMap<>();

    /** Add {@code n} to {@code counter} (zero adds are ignored, so counters only appear when used). */
    public void add(String counter, long n) {
        if (n != 0) {
            counters.merge(counter, n, Long::sum);
        }
    }

    /** Add one to {@code counter}. */
    public void increment(String counter) {
        add(counter, 1);
    }

    /** The value of {@code counter} (0 if never added to). */
    public long get(String counter) {
        return counters.getOrDefault(counter, 0L);
    }

    /** Every counter, in first-use order. */
    public Map<String, Long> counters() {
        return Map.copyOf(counters);
    }

    /** The sum of all counters: a pass "did something" when it is positive. */
    public long total() {
        return counters.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Add every counter of {@code other} into this. */
    public void addAll(PassStats other) {
        other.counters.forEach(this::add);
    }

    @Override
    public String toString() {
        return counters.toString();
    }
}
