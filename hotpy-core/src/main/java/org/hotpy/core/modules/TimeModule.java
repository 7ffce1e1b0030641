package org.hotpy.core.modules;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.types.function.PyBuiltinFunction;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;

/** The {@code time} module: clocks and sleep (calendar functions live in {@code time_calendar.py}). */
final class TimeModule {
    private TimeModule() {}

    private static final long ORIGIN = System.nanoTime();

    private static void def(PyModule m, String name, String sig, PyBuiltinFunction.Body body) {
        m.put(name, PyBuiltinFunction.of(name, sig, body).inModule(m));
    }

    static PyModule create() {
        PyModule m = new PyModule("time");
        def(m, "time", "", a -> new PyFloat(System.currentTimeMillis() / 1000.0 + (System.nanoTime() % 1_000_000) / 1e9));
        def(m, "time_ns", "", a -> PyInt.of(System.currentTimeMillis() * 1_000_000L + System.nanoTime() % 1_000_000));
        def(m, "perf_counter", "", a -> new PyFloat((System.nanoTime() - ORIGIN) / 1e9));
        def(m, "perf_counter_ns", "", a -> PyInt.of(System.nanoTime() - ORIGIN));
        def(m, "monotonic", "", a -> new PyFloat((System.nanoTime() - ORIGIN) / 1e9));
        def(m, "monotonic_ns", "", a -> PyInt.of(System.nanoTime() - ORIGIN));
        def(m, "process_time", "", a -> new PyFloat(cpuNanos() / 1e9));
        def(m, "process_time_ns", "", a -> PyInt.of(cpuNanos()));
        def(m, "thread_time", "", a -> new PyFloat(cpuNanos() / 1e9));
        def(m, "sleep", "secs, /", a -> {
            double s = MathModule.arg(a[0]);
            if (s < 0) {
                throw Errors.valueError("sleep length must be non-negative");
            }
            try {
                Thread.sleep((long) (s * 1000), (int) ((s * 1e9) % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new org.hotpy.core.interp.ExecutionStopped(org.hotpy.core.interp.ExecutionStopped.Reason.INTERRUPTED);
            }
            return PyNone.NONE;
        });
        TimeCalendar.define(m);
        return m;
    }

    private static long cpuNanos() {
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        return bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() : System.nanoTime() - ORIGIN;
    }
}
