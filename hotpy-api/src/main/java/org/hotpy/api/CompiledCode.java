package org.hotpy.api;

import java.util.Map;

/**
 * Source compiled once by {@link Interpreter#compile}, to run many times, in the interpreter's
 * main globals or in any other globals map. Bound to its interpreter (its inline caches are).
 */
public interface CompiledCode {
    /** The name that tracebacks show for this code. */
    String fileName();

    /** The interpreter that compiled it. */
    Interpreter interpreter();

    /**
     * Runs the code in the interpreter's main globals. Returns the value of the last statement
     * when that is an expression (converted as {@link Interpreter#eval} converts), else null.
     */
    Object run();

    /**
     * Runs the code in {@code globals}: a map from {@link Interpreter#newGlobals()} (or
     * {@link Interpreter#globals()}) is used live; any other map is copied in before the run and
     * the names the script assigned or deleted are written back after it.
     */
    Object run(Map<String, Object> globals);
}
