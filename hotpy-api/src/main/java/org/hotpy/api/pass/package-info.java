/**
 * The optimisation pass SPI: {@link org.hotpy.api.pass.TracePass} (implemented by passes, found by
 * {@code ServiceLoader}), {@link org.hotpy.api.pass.PassContext} and the read-only
 * {@link org.hotpy.api.pass.RuntimeView} (implemented by the core), {@link org.hotpy.api.pass.PassStats},
 * intrinsic registration, and {@link org.hotpy.api.pass.GuardFacts}, the flow facts guards prove.
 *
 * <p>JDK only: nothing here may import {@code org.hotpy.core}; a pass compiled against this package
 * alone must work. See {@code docs/TRACE-IR.md}, "The pass contract".
 */
package org.hotpy.api.pass;
