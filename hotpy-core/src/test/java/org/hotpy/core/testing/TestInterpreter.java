package org.hotpy.core.testing;

import java.io.StringReader;
import java.util.List;

import org.hotpy.core.errors.PyException;
import org.hotpy.core.interp.Bootstrap;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.interp.RuntimeConfig;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.text.PyStr;

/**
 * A fresh interpreter made current on the calling thread, for unit tests that run Python code
 * and then look at the Java objects it made: {@code exec} runs statements in one module
 * namespace, {@code eval} returns a value, {@code get} reads a global. Close it to restore the
 * thread's previous interpreter. Output goes to a buffer ({@link #stdout()}).
 */
public final class TestInterpreter implements AutoCloseable {
    private final InterpreterState state;
    private final InterpreterState previous;
    private final BoundedWriter out = new BoundedWriter(1 << 20);
    private final PyDict globals;

    public TestInterpreter() {
        RuntimeConfig cfg = new RuntimeConfig(out, new BoundedWriter(1 << 20), new StringReader(""),
                List.of("test"), List.of(), false, null, Integer.MAX_VALUE - 16L);
        state = Bootstrap.create(cfg);
        previous = state.enter();
        PyModule main = new PyModule("__main__");
        globals = main.dict();
        globals.putStr("__builtins__", state.builtinsModule());
        state.modules().putStr("__main__", main);
    }

    public InterpreterState state() {
        return state;
    }

    public PyDict globals() {
        return globals;
    }

    /** Runs statements in the module namespace. */
    public void exec(String source) {
        Call.call(builtin("exec"), PyStr.of(source), globals);
    }

    /** Evaluates an expression in the module namespace. */
    public PyObject eval(String expression) {
        return Call.call(builtin("eval"), PyStr.of(expression), globals);
    }

    /** {@code repr()} of an expression's value, as a Java string. */
    public String repr(String expression) {
        return Protocols.repr(eval(expression)).value();
    }

    /** A global the code defined; fails when there is none. */
    public PyObject get(String name) {
        PyObject v = globals.getStr(name);
        if (v == null) {
            throw new AssertionError("no global " + name);
        }
        return v;
    }

    /** The Python exception type name {@code source} raises, or null when it raises none. */
    public String raises(String source) {
        try {
            exec(source);
            return null;
        } catch (PyException e) {
            return e.type().name();
        }
    }

    public String stdout() {
        Call.callMethod(state.sysModule().get("stdout"), "flush");
        return out.toString();
    }

    private PyObject builtin(String name) {
        return state.builtins().getStr(name);
    }

    @Override
    public void close() {
        InterpreterState.restore(previous);
    }
}
