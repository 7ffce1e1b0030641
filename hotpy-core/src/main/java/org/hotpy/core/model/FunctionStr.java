package org.hotpy.core.model;

/**
 * The callee as a builtin's argument errors name it ({@code list.append}, {@code math.sqrt},
 * {@code len}): CPython's {@code _PyObject_FunctionStr} without the parentheses. Callers pass
 * themselves, so the name is built only when an error is raised, never on a successful call.
 */
@FunctionalInterface
public interface FunctionStr {
    /** The qualified name: type or module (not {@code builtins}) and the function's name. */
    String qualifiedName();
}
