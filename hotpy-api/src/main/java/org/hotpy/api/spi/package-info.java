/**
 * The service interface between the embedding API and its implementation:
 * {@link org.hotpy.api.spi.InterpreterProvider}, implemented by {@code hotpy-core} and registered
 * in {@code META-INF/services}. Embedders never call it directly; {@link org.hotpy.api.Python} does.
 *
 * <p>JDK only: nothing here may import {@code org.hotpy.core}.
 */
package org.hotpy.api.spi;
