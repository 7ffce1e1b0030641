/**
 * The {@code javax.script} engine: {@link org.hotpy.core.jsr223.HotPyScriptEngineFactory} (names
 * {@code python}, {@code hotpy}, {@code py}; registered in {@code META-INF/services}),
 * {@link org.hotpy.core.jsr223.HotPyScriptEngine} ({@code Compilable}, {@code Invocable}) and its
 * bindings, which are live views of Python namespaces. Each engine owns one interpreter.
 *
 * <p>Built on the embedding API and {@code embed.EmbeddedInterpreter} only; must not import the
 * interpreter's internals ({@code interp}, {@code model}, {@code types} …).
 */
package org.hotpy.core.jsr223;
