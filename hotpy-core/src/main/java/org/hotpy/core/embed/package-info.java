/**
 * The embedding API's implementation ({@code org.hotpy.api}): {@link org.hotpy.core.embed.EmbeddedInterpreter}
 * behind a {@link org.hotpy.core.embed.Gate} (one thread at a time, limits armed per run),
 * {@link org.hotpy.core.embed.Conversions} between Java and Python values, live views of Python
 * containers, handles and interface proxies, and the Java side as Python sees it: wrapped Java
 * objects, allow-listed classes and packages ({@code from java.util import ArrayList}); and tier 2
 * installed from the builder's trace settings ({@link org.hotpy.core.embed.TraceTier}).
 *
 * <p>May import the core and {@code sandbox} (which decides what is allowed); must not import
 * {@code jsr223} or {@code cli}.
 */
package org.hotpy.core.embed;
