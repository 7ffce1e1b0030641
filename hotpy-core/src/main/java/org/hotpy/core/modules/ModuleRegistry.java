package org.hotpy.core.modules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.model.PyModule;

/**
 * The modules implemented in Java, by name. Each is created fresh per interpreter on first
 * import (interpreters share no mutable module state).
 */
public final class ModuleRegistry {
    private ModuleRegistry() {}

    private static final Map<String, Function<InterpreterState, PyModule>> MODULES = new LinkedHashMap<>();

    static {
        MODULES.put("math", st -> MathModule.create());
        MODULES.put("time", st -> TimeModule.create());
        MODULES.put("_io", st -> IoModule.create());
        MODULES.put("gc", st -> GcModule.create());
        MODULES.put("_random", st -> RandomModule.create());
        MODULES.put("_hashlib", st -> HashlibModule.create());
        MODULES.put("_hotpy", HotpyModule::create);
        MODULES.put("atexit", AtexitModule::create);
        MODULES.put("posix", org.hotpy.core.modules.os.PosixModule::create);
        MODULES.put("_re", st -> org.hotpy.core.modules.re.ReModule.create());
    }

    /** A new instance of the Java module {@code name}, or null if there is none. */
    public static PyModule create(String name, InterpreterState st) {
        Function<InterpreterState, PyModule> f = MODULES.get(name);
        return f == null ? null : f.apply(st).markBuiltin();
    }

    /** Names for {@code sys.builtin_module_names}. */
    public static Set<String> names() {
        return MODULES.keySet();
    }
}
