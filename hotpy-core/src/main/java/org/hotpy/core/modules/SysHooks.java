package org.hotpy.core.modules;

import java.util.function.Consumer;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.interp.Streams;
import org.hotpy.core.interp.Tracebacks;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.exception.PyBaseException;
import org.hotpy.core.types.function.PyBuiltinFunction;
import org.hotpy.core.types.text.PyStr;

/**
 * {@code sys.excepthook} and {@code sys.displayhook} with their {@code __excepthook__} /
 * {@code __displayhook__} originals: programs replace the hooks to change how uncaught
 * exceptions and REPL values are shown, and restore them from the originals.
 */
public final class SysHooks {
    private SysHooks() {}

    /** sys.excepthook or sys.displayhook of one interpreter: a record, as a lambda costs start-up time. */
    private record Hook(InterpreterState st, boolean except) implements PyBuiltinFunction.Body {
        @Override
        public PyObject call(PyObject[] a) {
            return except ? printException(st, a[1]) : display(st, a[0]);
        }
    }

    static void define(PyModule m, InterpreterState st) {
        PyObject except = PyBuiltinFunction.of("excepthook", "exctype, value, traceback, /",
                new Hook(st, true)).inModule(m);
        PyObject display = PyBuiltinFunction.of("displayhook", "object, /", new Hook(st, false)).inModule(m);
        m.put("excepthook", except);
        m.put("__excepthook__", except);
        m.put("displayhook", display);
        m.put("__displayhook__", display);
    }

    /** The default excepthook: CPython's traceback report on {@code sys.stderr}. */
    private static PyObject printException(InterpreterState st, PyObject value) {
        if (!(value instanceof PyBaseException exc)) {
            // CPython prints this complaint for a non-exception value rather than raising
            Streams.writeStderr(st, "TypeError: print_exception(): Exception expected for value, "
                    + value.type().tpName() + " found\n");
            return PyNone.NONE;
        }
        Streams.writeStderr(st, Tracebacks.format(exc));
        return PyNone.NONE;
    }

    /** The default displayhook: None shows nothing; anything else is echoed and kept as {@code _}. */
    private static PyObject display(InterpreterState st, PyObject value) {
        if (value == PyNone.NONE) {
            return PyNone.NONE;
        }
        // CPython clears _ first, so a repr() that fails does not leave the previous value
        st.builtins().putStr("_", PyNone.NONE);
        PyStr text = Protocols.repr(value);
        Streams.writeStdout(st, text.value() + "\n");
        st.builtins().putStr("_", value);
        return PyNone.NONE;
    }

    /**
     * Reports an uncaught exception as CPython's top level does: through {@code sys.excepthook}
     * when a program replaced it, else the traceback. Text that is not the hook's own output goes
     * to {@code write} (the caller's stderr, with its fallbacks); a failing hook gets CPython's
     * report of both exceptions.
     */
    public static void reportUncaught(InterpreterState st, PyBaseException exc, Consumer<String> write) {
        PyObject hook = st.sysModule().get("excepthook");
        if (hook == null || hook == st.sysModule().get("__excepthook__")) {
            write.accept((hook == null ? "sys.excepthook is missing\n" : "") + Tracebacks.format(exc));
            return;
        }
        try {
            org.hotpy.core.ops.Call.call(hook, exc.type(), exc, exc.traceback());
        } catch (PyException hookError) {
            write.accept("Error in sys.excepthook:\n" + Tracebacks.format(hookError.exception())
                    + "\nOriginal exception was:\n" + Tracebacks.format(exc));
        }
    }
}
