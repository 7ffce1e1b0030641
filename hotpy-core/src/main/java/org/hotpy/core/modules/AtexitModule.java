package org.hotpy.core.modules;

import java.util.ArrayList;
import java.util.List;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Compare;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.function.PyBuiltinFunction;
import org.hotpy.core.types.number.PyInt;

/**
 * The {@code atexit} module: functions to call when the interpreter exits, last registered
 * first. {@link Shutdown#run} calls them; a callback that raises is reported as CPython reports
 * it ("Exception ignored in atexit callback") and the others still run.
 */
final class AtexitModule {
    private AtexitModule() {}

    /** One registration: the function and the arguments to call it with. */
    record Callback(PyObject func, PyTuple args, PyDict kwargs) {}

    static PyModule create(InterpreterState st) {
        PyModule m = new PyModule("atexit");
        List<Callback> callbacks = Shutdown.callbacks(st);
        m.put("register", PyBuiltinFunction.of("register", "func, /, *args, **kwargs", a -> {
            if (Call.callableOrNull(a[0]) == null) {
                throw Errors.typeError("the first argument must be callable");
            }
            callbacks.add(new Callback(a[0], (PyTuple) a[1], (PyDict) a[2]));
            return a[0];
        }).inModule(m));
        m.put("unregister", PyBuiltinFunction.of("unregister", "func, /", a -> {
            List<Callback> keep = new ArrayList<>();
            for (Callback c : callbacks) {
                if (!Compare.eq(c.func(), a[0])) {
                    keep.add(c);
                }
            }
            callbacks.clear();
            callbacks.addAll(keep);
            return PyNone.NONE;
        }).inModule(m));
        m.put("_run_exitfuncs", PyBuiltinFunction.of("_run_exitfuncs", "", a -> {
            Shutdown.runCallbacks(st);
            return PyNone.NONE;
        }).inModule(m));
        m.put("_clear", PyBuiltinFunction.of("_clear", "", a -> {
            callbacks.clear();
            return PyNone.NONE;
        }).inModule(m));
        m.put("_ncallbacks", PyBuiltinFunction.of("_ncallbacks", "", a -> PyInt.of(callbacks.size())).inModule(m));
        return m;
    }
}
