package org.hotpy.bench.embed;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongBinaryOperator;

import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;

import org.hotpy.api.Interpreter;
import org.hotpy.api.PyHandle;
import org.hotpy.api.Python;

/**
 * The embedding measurements in CPU time instead of wall-clock time, for a machine too busy for
 * the JMH numbers to mean much (the JMH benchmarks of this package measure wall-clock time, which
 * other processes inflate). Cold start: ten fresh JVMs each create an engine and evaluate one
 * expression, reporting the CPU time of the calling thread and of the whole process (JIT and GC
 * threads included) spent on it. Warm: each operation is repeated in batches after a warm-up, and
 * the CPU time per operation of the calling thread and of the process is reported (median and
 * minimum of the batches).
 *
 * <p>Run: {@code java -cp hotpy-bench/target/benchmarks.jar org.hotpy.bench.embed.CpuTimes}.
 */
public final class CpuTimes {
    private static final String CHILD = "--first-eval-child";
    private static final int FORKS = 10;
    private static final int BATCHES = 8;

    private CpuTimes() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals(CHILD)) {
            firstEvalChild();
            return;
        }
        coldStart();
        warmEngines();
        warmCalls();
    }

    /** In a fresh JVM: the first engine and its first evaluation; prints "threadNs processNs wallNs". */
    private static void firstEvalChild() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long thread0 = threads.getCurrentThreadCpuTime();
        long process0 = processCpu();
        long wall0 = System.nanoTime();
        Object r;
        try (Interpreter py = Python.create()) {
            r = py.eval("sum([1, 2, 3]) * 7");
        }
        long wall = System.nanoTime() - wall0;
        long process = processCpu() - process0;
        long thread = threads.getCurrentThreadCpuTime() - thread0;
        if (!Long.valueOf(42).equals(r)) {
            throw new IllegalStateException("first eval returned " + r);
        }
        System.out.println(thread + " " + process + " " + wall);
    }

    private static void coldStart() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), CpuTimes.class.getName(), CHILD));
        long[][] runs = new long[3][FORKS];
        for (int i = 0; i < FORKS; i++) {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String line;
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                line = in.readLine();
            }
            if (p.waitFor() != 0 || line == null) {
                throw new IllegalStateException("child JVM failed: " + line);
            }
            String[] f = line.trim().split(" ");
            for (int k = 0; k < 3; k++) {
                runs[k][i] = Long.parseLong(f[k]);
            }
        }
        System.out.printf(Locale.ROOT, "first eval in a fresh JVM (%d JVMs; median / min, ms):%n", FORKS);
        String[] names = {"calling thread CPU", "process CPU", "wall clock"};
        for (int k = 0; k < 3; k++) {
            System.out.printf(Locale.ROOT, "  %-20s %8.1f / %8.1f%n", names[k], median(runs[k]) / 1e6, min(runs[k]) / 1e6);
        }
    }

    private static void warmEngines() throws Exception {
        ScriptEngineFactory factory = new ScriptEngineManager().getEngineByName("python").getFactory();
        System.out.println("warm JVM, CPU per operation (median / min of " + BATCHES + " batches): calling thread, process");
        // the first measurement would otherwise also pay for compiling what all three share
        batch(() -> {
            try (Interpreter py = Python.create()) {
                py.eval("40 + 2");
            }
        }, 3_000_000_000L);
        warm("create + close (API)", () -> Python.create().close());
        warm("create + eval + close (API)", () -> {
            try (Interpreter py = Python.create()) {
                py.eval("40 + 2");
            }
        });
        warm("ScriptEngine + eval + close", () -> {
            ScriptEngine e = factory.getScriptEngine();
            e.eval("40 + 2");
            ((AutoCloseable) e).close();
        });
    }

    private static void warmCalls() throws Exception {
        try (Interpreter py = Python.create()) {
            py.exec("def add(a, b):\n    return a + b\ndef applyAsLong(a, b):\n    return a + b");
            PyHandle add = (PyHandle) py.get("add");
            LongBinaryOperator proxy = py.asInterface(LongBinaryOperator.class);
            ScriptEngine e = new ScriptEngineManager().getEngineByName("python");
            e.eval("def add(a, b):\n    return a + b");
            Invocable inv = (Invocable) e;
            long[] n = {0};
            warm("call by name", () -> py.call("add", n[0]++, 1));
            warm("call through a handle", () -> add.call(n[0]++, 1));
            warm("call through an interface", () -> proxy.applyAsLong(n[0]++, 1));
            warm("Invocable.invokeFunction", () -> inv.invokeFunction("add", n[0]++, 1));
            ((AutoCloseable) e).close();
        }
    }

    private interface Op {
        void run() throws Exception;
    }

    /**
     * Runs {@code op} for 3 s of warm-up, then {@value #BATCHES} batches of at least 0.5 s each
     * (the process CPU clock ticks every 10 ms), reporting the CPU time per operation.
     */
    private static void warm(String name, Op op) throws Exception {
        batch(op, 3_000_000_000L);
        long[] thread = new long[BATCHES];
        long[] process = new long[BATCHES];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int b = 0; b < BATCHES; b++) {
            long t0 = threads.getCurrentThreadCpuTime();
            long p0 = processCpu();
            long ops = batch(op, 500_000_000L);
            thread[b] = (threads.getCurrentThreadCpuTime() - t0) / ops;
            process[b] = (processCpu() - p0) / ops;
        }
        System.out.printf(Locale.ROOT, "  %-30s %10s / %10s %10s / %10s%n", name, human(median(thread)), human(min(thread)),
                human(median(process)), human(min(process)));
    }

    /** Runs {@code op} in groups of 16 until {@code wallNs} have passed; the number of runs. */
    private static long batch(Op op, long wallNs) throws Exception {
        long end = System.nanoTime() + wallNs;
        long ops = 0;
        do {
            for (int i = 0; i < 16; i++) {
                op.run();
            }
            ops += 16;
        } while (System.nanoTime() < end);
        return ops;
    }

    private static String human(long ns) {
        return ns >= 100_000 ? String.format(Locale.ROOT, "%.2f ms", ns / 1e6)
                : String.format(Locale.ROOT, "%d ns", ns);
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long median(long[] xs) {
        long[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static long min(long[] xs) {
        return Arrays.stream(xs).min().orElseThrow();
    }
}
