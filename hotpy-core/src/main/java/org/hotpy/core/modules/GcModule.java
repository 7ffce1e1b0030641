package org.hotpy.core.modules;

import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.function.PyBuiltinFunction;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;

/**
 * The {@code gc} module. The JVM's collector manages memory, so these are honest no-ops:
 * {@code collect()} asks the JVM for a collection and reports 0 objects, {@code isenabled()}
 * reflects enable/disable calls only.
 */
final class GcModule {
    private GcModule() {}

    static PyModule create(InterpreterState st) {
        PyModule m = new PyModule("gc");
        boolean[] enabled = {true};
        m.put("collect", PyBuiltinFunction.of("collect", "generation=2", a -> {
            // The JVM collects when it likes; asking is all we can do. Weak references cleared by
            // the collection get their callbacks now, as CPython runs them during collect().
            System.gc();
            WeakrefModule.sweep(st);
            return PyInt.ZERO;
        }).inModule(m));
        m.put("enable", PyBuiltinFunction.of("enable", "", a -> {
            enabled[0] = true;
            return PyNone.NONE;
        }).inModule(m));
        m.put("disable", PyBuiltinFunction.of("disable", "", a -> {
            enabled[0] = false;
            return PyNone.NONE;
        }).inModule(m));
        m.put("isenabled", PyBuiltinFunction.of("isenabled", "", a -> PyBool.of(enabled[0])).inModule(m));
        m.put("get_count", PyBuiltinFunction.of("get_count", "", a ->
                org.hotpy.core.types.collection.PyTuple.of(PyInt.ZERO, PyInt.ZERO, PyInt.ZERO)).inModule(m));
        m.put("garbage", new PyList());
        return m;
    }
}
