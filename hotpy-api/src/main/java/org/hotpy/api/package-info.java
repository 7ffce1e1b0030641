/**
 * The embedding API: {@link org.hotpy.api.Python} builds an {@link org.hotpy.api.Interpreter}
 * (streams, {@link org.hotpy.api.HostPolicy}, {@link org.hotpy.api.ResourceLimits}), which runs
 * source, evaluates expressions, runs {@link org.hotpy.api.CompiledCode} against different
 * globals, and calls Python objects seen through {@link org.hotpy.api.PyHandle}. Failures arrive
 * as {@link org.hotpy.api.PythonException} (a limit hit as {@link org.hotpy.api.ResourceLimitException}).
 *
 * <p>JDK only: nothing here may import {@code org.hotpy.core}; the implementation is found through
 * {@link org.hotpy.api.spi.InterpreterProvider} and {@code ServiceLoader}. See {@code docs/EMBEDDING.md}.
 */
package org.hotpy.api;
