package org.hotpy.core.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.hotpy.core.errors.PyException;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.interp.Tracebacks;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.modules.io.FdTable;
import org.hotpy.core.modules.io.TextStream;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.text.PyStr;

/**
 * What happens when an interpreter finishes, as in CPython's finalisation: the {@code atexit}
 * callbacks run (last registered first), then file objects still open are flushed (CPython
 * flushes them when it finalises them). The command line calls {@link #run} once the program
 * has ended; an embedder calls it when it closes an interpreter.
 */
public final class Shutdown {
    private Shutdown() {}

    private static final Map<InterpreterState, List<AtexitModule.Callback>> CALLBACKS = new WeakHashMap<>();

    static List<AtexitModule.Callback> callbacks(InterpreterState st) {
        synchronized (CALLBACKS) {
            List<AtexitModule.Callback> l = CALLBACKS.get(st); // no computeIfAbsent lambda to link at start-up
            if (l == null) {
                l = new ArrayList<>();
                CALLBACKS.put(st, l);
            }
            return l;
        }
    }

    /** Runs the exit callbacks and flushes open files; errors are reported, never thrown. */
    public static void run(InterpreterState st) {
        runCallbacks(st);
        FdTable.of(st).flushAll();
    }

    static void runCallbacks(InterpreterState st) {
        List<AtexitModule.Callback> list = callbacks(st);
        while (!list.isEmpty()) {
            AtexitModule.Callback c = list.remove(list.size() - 1);
            try {
                Call.callWithTupleDict(c.func(), c.args(), c.kwargs());
            } catch (PyException e) {
                report(st, "Exception ignored in atexit callback: " + Protocols.repr(c.func()).value() + "\n"
                        + Tracebacks.format(e.exception()));
            }
        }
    }

    private static void report(InterpreterState st, String text) {
        try {
            PyObject out = st.sysModule().get("stdout");
            if (out != null && out != PyNone.NONE) {
                TextStream.callFlush(out);
            }
            PyObject err = st.sysModule().get("stderr");
            Call.callMethod(err, "write", PyStr.of(text));
            TextStream.callFlush(err);
        } catch (RuntimeException e) {
            // stderr itself is broken: nothing more can be reported
        }
    }
}
