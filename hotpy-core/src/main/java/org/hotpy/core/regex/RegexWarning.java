package org.hotpy.core.regex;

/**
 * A warning CPython's parser issues while compiling a pattern or template (FutureWarning for a
 * possible nested set or set operation, DeprecationWarning for non-ASCII group names in bytes
 * patterns and non-ASCII group numbers). This package never prints; the binding issues them
 * through Python's {@code warnings} module, as CPython does once per compilation.
 *
 * @param category "FutureWarning" or "DeprecationWarning"
 * @param message CPython's message
 */
public record RegexWarning(String category, String message) {}
