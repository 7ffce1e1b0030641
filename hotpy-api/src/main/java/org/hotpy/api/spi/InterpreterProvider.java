package org.hotpy.api.spi;

import org.hotpy.api.Interpreter;
import org.hotpy.api.InterpreterConfig;

/**
 * Creates interpreters; implemented by {@code hotpy-core} and found through {@code ServiceLoader}
 * ({@code META-INF/services/org.hotpy.api.spi.InterpreterProvider}).
 */
public interface InterpreterProvider {
    /** A new interpreter with these settings; it shares no mutable Python state with any other. */
    Interpreter create(InterpreterConfig config);

    /** A name for diagnostics ({@code "HotPy 0.1.0"}). */
    String name();
}
