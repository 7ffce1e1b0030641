package org.hotpy.core.regex;

/**
 * Thrown when a match is stopped from outside: the thread was interrupted, or the pattern's
 * canceller said so (see {@link RegexPattern#withCanceller}). The engine checks every few
 * thousand steps, so a catastrophic pattern stops soon after the embedder's time limit. CPython
 * stops on a signal the same way (its matcher checks for signals periodically).
 */
public final class RegexInterruptedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RegexInterruptedException(String message) {
        super(message, null, false, false);
    }
}
