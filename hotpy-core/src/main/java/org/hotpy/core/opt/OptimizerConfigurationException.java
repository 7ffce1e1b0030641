package org.hotpy.core.opt;

/** The installed passes cannot be set up as configured: a cycle, a missing required pass, a bad name. */
public final class OptimizerConfigurationException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    OptimizerConfigurationException(String message) {
        super(message);
    }
}
