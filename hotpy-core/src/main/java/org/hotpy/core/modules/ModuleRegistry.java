package org.hotpy.core.modules;

import java.util.List;

import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.model.PyModule;

/**
 * The modules implemented in Java, by name. Each is created fresh per interpreter on first
 * import (interpreters share no mutable module state).
 *
 * <p>A switch rather than a map of lambdas: {@code sys} lists the names at every start-up, and
 * each lambda would be linked then (~0.1 ms each) although most programs import none of these.
 */
public final class ModuleRegistry {
    private ModuleRegistry() {}

    private static final List<String> NAMES = List.of("math", "cmath", "time", "_io", "gc", "_weakref", "_random",
            "_hashlib", "_hotpy", "atexit", "posix", "_re");

    /** A new instance of the Java module {@code name}, or null if there is none. */
    public static PyModule create(String name, InterpreterState st) {
        PyModule m = switch (name) {
            case "math" -> MathModule.create();
            case "cmath" -> CmathModule.create();
            case "time" -> TimeModule.create();
            case "_io" -> IoModule.create();
            case "gc" -> GcModule.create(st);
            case "_weakref" -> WeakrefModule.create(st);
            case "_random" -> RandomModule.create();
            case "_hashlib" -> HashlibModule.create();
            case "_hotpy" -> HotpyModule.create(st);
            case "atexit" -> AtexitModule.create(st);
            case "posix" -> org.hotpy.core.modules.os.PosixModule.create(st);
            case "_re" -> org.hotpy.core.modules.re.ReModule.create();
            default -> null;
        };
        return m == null ? null : m.markBuiltin();
    }

    /** Names for {@code sys.builtin_module_names}, in the order of {@link #create}'s cases. */
    public static List<String> names() {
        return NAMES;
    }
}
