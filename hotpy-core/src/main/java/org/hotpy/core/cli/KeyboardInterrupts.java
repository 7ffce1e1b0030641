package org.hotpy.core.cli;

import org.hotpy.core.interp.InterpreterState;

/**
 * Turns Ctrl-C (SIGINT) into a KeyboardInterrupt raised at the next loop iteration or call of the
 * running script, as CPython's signal handler does.
 */
final class KeyboardInterrupts {
    private KeyboardInterrupts() {}

    /** Ctrl-C asks the interpreter to raise KeyboardInterrupt (a class: a lambda costs start-up). */
    @SuppressWarnings("restriction")
    private record Handler(InterpreterState st) implements sun.misc.SignalHandler {
        @Override
        public void handle(sun.misc.Signal sig) {
            st.requestKeyboardInterrupt();
        }
    }

    @SuppressWarnings("restriction")
    static void install(InterpreterState st) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), new Handler(st));
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
            // no SIGINT on this platform or JVM: Ctrl-C terminates the process as the JVM does
        }
    }
}
