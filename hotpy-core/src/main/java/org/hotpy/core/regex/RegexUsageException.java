package org.hotpy.core.regex;

/**
 * A failure that CPython reports with a built-in exception other than {@code re.error}
 * (ValueError for bad flag combinations, OverflowError for huge repeat counts, IndexError for an
 * unknown group, TypeError for mixing str and bytes, ...). {@link #kind()} names the Python type;
 * the message is CPython's.
 */
public final class RegexUsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The Python exception type the binding should raise. */
    public enum Kind { VALUE_ERROR, TYPE_ERROR, INDEX_ERROR, OVERFLOW_ERROR, RECURSION_ERROR,
        MEMORY_ERROR, SYSTEM_ERROR }

    private final Kind kind;

    RegexUsageException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    static RegexUsageException valueError(String message) {
        return new RegexUsageException(Kind.VALUE_ERROR, message);
    }

    static RegexUsageException typeError(String message) {
        return new RegexUsageException(Kind.TYPE_ERROR, message);
    }

    static RegexUsageException indexError(String message) {
        return new RegexUsageException(Kind.INDEX_ERROR, message);
    }

    static RegexUsageException overflowError(String message) {
        return new RegexUsageException(Kind.OVERFLOW_ERROR, message);
    }
}
