package org.hotpy.core.embed;

import org.hotpy.api.Interpreter;
import org.hotpy.api.InterpreterConfig;
import org.hotpy.api.spi.InterpreterProvider;

/**
 * The embedding API's implementation, registered in
 * {@code META-INF/services/org.hotpy.api.spi.InterpreterProvider}. Stateless.
 */
public final class HotPyInterpreterProvider implements InterpreterProvider {
    @Override
    public Interpreter create(InterpreterConfig config) {
        return EmbeddedInterpreter.create(config);
    }

    @Override
    public String name() {
        return "HotPy 0.1.0 (Python 3.11)";
    }
}
