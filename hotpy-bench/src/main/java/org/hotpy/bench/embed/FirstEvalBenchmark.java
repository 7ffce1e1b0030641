package org.hotpy.bench.embed;

import java.util.concurrent.TimeUnit;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;

import org.hotpy.api.Interpreter;
import org.hotpy.api.Python;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to the first result in a fresh JVM: every measurement is the first thing its forked JVM does
 * with HotPy (class loading and initialisation included; JVM start-up itself is not).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class FirstEvalBenchmark {
    @Benchmark
    public Object api() {
        try (Interpreter py = Python.create()) {
            return py.eval("sum([1, 2, 3]) * 7");
        }
    }

    @Benchmark
    public Object javaxScript() throws ScriptException {
        ScriptEngine e = new ScriptEngineManager().getEngineByName("python");
        return e.eval("sum([1, 2, 3]) * 7");
    }
}
