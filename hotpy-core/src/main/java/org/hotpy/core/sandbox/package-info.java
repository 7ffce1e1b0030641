/**
 * Host policy enforcement: what Python code may reach of the JVM and the machine. One
 * {@link org.hotpy.core.sandbox.HostAccess} per interpreter answers the hooks in the core
 * ({@code open()}, imports, module source and traceback lines) and the Java-object bridge in
 * {@code embed} (which classes may be imported, which members and values may cross).
 *
 * <p>Depends on the core's {@code interp}, {@code errors} and {@code model} packages and on the
 * API's {@code HostPolicy}; must not import {@code embed} or {@code jsr223}.
 */
package org.hotpy.core.sandbox;
