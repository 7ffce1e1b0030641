package org.hotpy.bench.embed;

import java.util.concurrent.TimeUnit;
import java.util.function.LongBinaryOperator;

import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;

import org.hotpy.api.Interpreter;
import org.hotpy.api.PyHandle;
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
 * One Java → Python call and back: arguments converted in, a small Python function run, the result
 * converted out, under the interpreter's lock with limits armed. Through the API by name, through a
 * handle, through an interface proxy, and through {@code Invocable}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Thread)
public class CallRoundTripBenchmark {
    private Interpreter py;
    private PyHandle add;
    private LongBinaryOperator proxy;
    private Invocable invocable;
    private long n;

    @Setup(Level.Trial)
    public void setUp() throws ScriptException {
        py = Python.create();
        py.exec("def add(a, b):\n    return a + b\ndef applyAsLong(a, b):\n    return a + b");
        add = (PyHandle) py.get("add");
        proxy = py.asInterface(LongBinaryOperator.class);
        ScriptEngine e = new ScriptEngineManager().getEngineByName("python");
        e.eval("def add(a, b):\n    return a + b");
        invocable = (Invocable) e;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        py.close();
    }

    @Benchmark
    public Object callByName() {
        return py.call("add", n++, 1);
    }

    @Benchmark
    public Object callHandle() {
        return add.call(n++, 1);
    }

    @Benchmark
    public long callInterfaceProxy() {
        return proxy.applyAsLong(n++, 1);
    }

    @Benchmark
    public Object invokeFunction() throws ScriptException, NoSuchMethodException {
        return invocable.invokeFunction("add", n++, 1);
    }
}
