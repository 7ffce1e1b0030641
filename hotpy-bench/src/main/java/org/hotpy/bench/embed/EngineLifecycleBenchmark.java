package org.hotpy.bench.embed;

import java.util.concurrent.TimeUnit;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Creating and closing one more engine in a warm JVM (what a framework that makes an engine per
 * evaluation pays), with and without a small evaluation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Thread)
public class EngineLifecycleBenchmark {
    private ScriptEngineFactory factory;

    @Setup
    public void setUp() {
        factory = new ScriptEngineManager().getEngineByName("python").getFactory();
    }

    @Benchmark
    public boolean createAndClose() {
        Interpreter py = Python.create();
        py.close();
        return py.isClosed();
    }

    @Benchmark
    public Object createEvalAndClose() {
        try (Interpreter py = Python.create()) {
            return py.eval("40 + 2");
        }
    }

    @Benchmark
    public Object scriptEngineEvalAndClose() throws Exception {
        ScriptEngine e = factory.getScriptEngine();
        Object r = e.eval("40 + 2");
        ((AutoCloseable) e).close();
        return r;
    }

    /** Engines left to the garbage collector instead of closed, as many javax.script users do. */
    @Benchmark
    public Object scriptEngineEvalNotClosed() throws ScriptException {
        return factory.getScriptEngine().eval("40 + 2");
    }
}
