package org.hotpy.core.cli;

import org.hotpy.core.interp.InterpreterState;

/**
 * Turns Ctrl-C (SIGINT) into a KeyboardInterrupt raised at the next loop iteration or call of the
 * running script, as CPython's signal handler does.
 */
final class KeyboardInterrupts {
    private KeyboardInterrupts() {}

    @SuppressWarnings("restriction")
    static void install(InterpreterState st) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), sig -> st.requestKeyboardInterrupt());
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
            // no SIGINT on this platform or JVM: Ctrl-C terminates the process as the JVM does
        }
    }
}
