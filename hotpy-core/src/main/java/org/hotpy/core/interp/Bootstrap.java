package org.hotpy.core.interp;

import org.hotpy.core.builtins.BuiltinsModule;
import org.hotpy.core.errors.MemoryReserve;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.modules.SysModule;

/** Creates a ready interpreter: its builtins and sys modules, wired into sys.modules. */
public final class Bootstrap {
    private Bootstrap() {}

    public static InterpreterState create(RuntimeConfig config) {
        MemoryReserve.replenish(); // set aside now, not at the first OutOfMemoryError
        InterpreterState st = new InterpreterState(config);
        InterpreterState prev = st.enter();
        try {
            PyModule builtins = BuiltinsModule.create(st);
            st.setBuiltinsModule(builtins);
            PyModule sys = SysModule.create(st);
            st.setSysModule(sys);
            st.modules().putStr("builtins", builtins);
            st.modules().putStr("sys", sys);
        } finally {
            InterpreterState.restore(prev);
        }
        return st;
    }
}
