/**
 * Escape-based unboxing ({@link org.hotpy.passes.unbox.EscapeUnboxingPass}): boxes and small objects
 * created in the trace stay virtual until they escape, snapshots describe them for the deoptimiser,
 * and loop-carried boxes become primitive label values.
 *
 * <p>Imports {@code org.hotpy.api} only: never {@code org.hotpy.core}.
 */
package org.hotpy.passes.unbox;
