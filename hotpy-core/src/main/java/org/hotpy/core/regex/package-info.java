/**
 * The regular-expression engine behind HotPy's {@code re} module: CPython 3.11's sre syntax and
 * matching semantics in pure Java. {@link org.hotpy.core.regex.Regex} compiles a pattern to a
 * {@link org.hotpy.core.regex.RegexPattern}, whose operations mirror CPython's Pattern methods.
 *
 * <p>Plain Java types only ({@code String}, {@code byte[]}, {@code int} code-point indices): this
 * package must not import anything else from {@code org.hotpy.core}; the {@code re} module binds
 * it to Python objects. It never uses {@code java.util.regex}.
 */
package org.hotpy.core.regex;
