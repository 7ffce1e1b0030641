package org.hotpy.bench.interp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@link InterpreterBenchmarks} timed by the CPU time of the running thread instead of the wall
 * clock: on a machine shared with other work the wall-clock scores of JMH move by 2× from run to
 * run (the thread waits for a core), while its CPU time does not include the waiting. Same
 * set-up, same Python functions, same unit (ns per loop iteration); each benchmark is warmed up
 * for 5 s and then measured in 10 batches of 0.5 s, reporting the median and the minimum.
 *
 * <p>Run: {@code java -Xss16m -cp hotpy-bench/target/benchmarks.jar org.hotpy.bench.interp.InterpreterCpuTimes}.
 */
public final class InterpreterCpuTimes {
    private static final int BATCHES = 10;

    private InterpreterCpuTimes() {}

    public static void main(String[] args) {
        InterpreterBenchmarks b = new InterpreterBenchmarks();
        b.setUp();
        try {
            Map<String, Supplier<Object>> benchmarks = new LinkedHashMap<>();
            benchmarks.put("dispatch", b::dispatch);
            benchmarks.put("globalLoad", b::globalLoad);
            benchmarks.put("attributeLoad", b::attributeLoad);
            benchmarks.put("functionCall", b::functionCall);
            benchmarks.put("methodCall", b::methodCall);
            System.out.println("thread CPU time, ns per loop iteration (median / min of " + BATCHES + " batches)");
            for (Map.Entry<String, Supplier<Object>> e : benchmarks.entrySet()) {
                measure(e.getKey(), e.getValue());
            }
        } finally {
            b.tearDown();
        }
    }

    private static void measure(String name, Supplier<Object> benchmark) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        run(benchmark, 5_000_000_000L);
        double[] perIteration = new double[BATCHES];
        for (int i = 0; i < BATCHES; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long calls = run(benchmark, 500_000_000L);
            perIteration[i] = (threads.getCurrentThreadCpuTime() - c0) / (double) (calls * InterpreterBenchmarks.LOOP);
        }
        Arrays.sort(perIteration);
        System.out.printf(Locale.ROOT, "  %-14s %7.1f / %7.1f%n", name, perIteration[BATCHES / 2], perIteration[0]);
    }

    /** Calls the benchmark until {@code wallNs} have passed; the number of calls. */
    private static long run(Supplier<Object> benchmark, long wallNs) {
        long end = System.nanoTime() + wallNs;
        long calls = 0;
        Object sink = null;
        do {
            sink = benchmark.get();
            calls++;
        } while (System.nanoTime() < end);
        if (sink == null) {
            throw new IllegalStateException("a benchmark returned null");
        }
        return calls;
    }
}
