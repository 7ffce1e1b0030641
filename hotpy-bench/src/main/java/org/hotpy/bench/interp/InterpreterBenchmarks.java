package org.hotpy.bench.interp;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.compiler.Compiler;
import org.hotpy.core.interp.Bootstrap;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.interp.RuntimeConfig;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.ops.Call;
import org.hotpy.core.types.number.PyInt;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tier-1 interpreter costs, in nanoseconds per loop iteration: each benchmark calls one function
 * of {@code snippets.py} with {@code n = 1000}, so the score is one iteration of its loop. The
 * loop alone is {@link #dispatch}; the others add five global loads, five attribute loads, one
 * function call or one method call per iteration, so their difference to {@code dispatch} is the
 * cost of what they add. The module is compiled once per fork and run by a warmed interpreter.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xss16m"})
@State(Scope.Thread)
public class InterpreterBenchmarks {
    static final int LOOP = 1000;

    private InterpreterState state;
    private InterpreterState previous;
    private PyObject n;
    private PyObject dispatch;
    private PyObject globalLoad;
    private PyObject attributeLoad;
    private PyObject functionCall;
    private PyObject methodCall;

    @Setup(Level.Trial)
    public void setUp() {
        RuntimeConfig cfg = new RuntimeConfig(new StringWriter(), new StringWriter(), new StringReader(""),
                List.of("snippets.py"), List.of(), false, null, Integer.MAX_VALUE - 16L);
        state = Bootstrap.create(cfg);
        previous = state.enter();
        CodeObject code = Compiler.compile(snippets(), "snippets.py", Compiler.Mode.EXEC);
        PyModule module = state.imports().runMain("snippets.py", null, code);
        n = PyInt.of(LOOP);
        if (!module.dict().getStr("LOOP").toString().equals(Integer.toString(LOOP))) {
            throw new IllegalStateException("snippets.py LOOP differs from " + LOOP);
        }
        dispatch = function(module, "dispatch");
        globalLoad = function(module, "global_load");
        attributeLoad = function(module, "attribute_load");
        functionCall = function(module, "function_call");
        methodCall = function(module, "method_call");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        InterpreterState.restore(previous);
    }

    private static PyObject function(PyModule module, String name) {
        PyObject f = module.dict().getStr(name);
        if (f == null) {
            throw new IllegalStateException("snippets.py has no function " + name);
        }
        return f;
    }

    static String snippets() {
        try (InputStream in = InterpreterBenchmarks.class.getResourceAsStream("snippets.py")) {
            if (in == null) {
                throw new IllegalStateException("snippets.py is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    @OperationsPerInvocation(LOOP)
    public PyObject dispatch() {
        return Call.call(dispatch, n);
    }

    @Benchmark
    @OperationsPerInvocation(LOOP)
    public PyObject globalLoad() {
        return Call.call(globalLoad, n);
    }

    @Benchmark
    @OperationsPerInvocation(LOOP)
    public PyObject attributeLoad() {
        return Call.call(attributeLoad, n);
    }

    @Benchmark
    @OperationsPerInvocation(LOOP)
    public PyObject functionCall() {
        return Call.call(functionCall, n);
    }

    @Benchmark
    @OperationsPerInvocation(LOOP)
    public PyObject methodCall() {
        return Call.call(methodCall, n);
    }
}
