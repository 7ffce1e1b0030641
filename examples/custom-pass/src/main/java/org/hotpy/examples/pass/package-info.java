/**
 * An example third-party trace pass for HotPy, found by {@code ServiceLoader} through
 * {@code META-INF/services/org.hotpy.api.pass.TracePass}. Uses {@code org.hotpy.api} only: a pass
 * must not import HotPy's core classes (they are not on its compile class path).
 */
package org.hotpy.examples.pass;
