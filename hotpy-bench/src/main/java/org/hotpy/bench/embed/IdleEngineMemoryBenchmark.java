package org.hotpy.bench.embed;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.hotpy.api.Interpreter;
import org.hotpy.api.Python;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The heap an idle engine keeps. Each iteration creates {@value #ENGINES} engines that have run one
 * small script and keeps them; the tear-down measures the heap used after full collections, before
 * and after, and prints the retained bytes per engine ("idle engine: N bytes"), which JMH shows in
 * its output. The score itself is the time to create the batch.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
@State(Scope.Thread)
public class IdleEngineMemoryBenchmark {
    static final int ENGINES = 200;

    private final List<Interpreter> kept = new ArrayList<>();
    private long before;

    @Setup(Level.Iteration)
    public void measureBefore() {
        before = usedAfterGc();
    }

    @Benchmark
    public int createIdleEngines() {
        for (int i = 0; i < ENGINES; i++) {
            Interpreter py = Python.create();
            py.exec("x = 1");
            kept.add(py);
        }
        return kept.size();
    }

    @TearDown(Level.Iteration)
    public void measureAfter() {
        long after = usedAfterGc();
        System.out.printf("idle engine: %d bytes (%d engines)%n", (after - before) / kept.size(), kept.size());
        for (Interpreter py : kept) {
            py.close();
        }
        kept.clear();
    }

    static long usedAfterGc() {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, mem.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
