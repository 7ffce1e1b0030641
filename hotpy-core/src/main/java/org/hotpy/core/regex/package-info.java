/**
 * The regular-expression engine behind HotPy's {@code re} module: CPython 3.11's sre syntax and
 * matching semantics in pure Java (parser, compiler and a backtracking machine with an explicit
 * stack). Start at {@link org.hotpy.core.regex.Regex#compile(String, int)}; a
 * {@link org.hotpy.core.regex.RegexPattern}'s operations mirror CPython's Pattern methods.
 *
 * <p>Plain Java types only ({@code String}, {@code byte[]}, {@code int} code-point indices): this
 * package must not import anything else from {@code org.hotpy.core}, and never uses
 * {@code java.util.regex}.
 */
package org.hotpy.core.regex;
