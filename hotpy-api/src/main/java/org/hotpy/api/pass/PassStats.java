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
            // not merge(counter, n, Long::sum): no lambda call site to bootstrap in the optimiser's first,
            // JVM-interpreted runs
            Long old = counters.get(counter);
            counters.put(counter, old == null ? n : old + n);
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
        long sum = 0;
        for (long n : counters.values()) {
            sum += n;
        }
        return sum;
    }

    /** Add every counter of {@code other} into this. */
    public void addAll(PassStats other) {
        for (Map.Entry<String, Long> e : other.counters.entrySet()) {
            add(e.getKey(), e.getValue());
        }
    }

    @Override
    public String toString() {
        return counters.toString();
    }
}
