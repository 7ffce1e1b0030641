/**
 * Tier 2: the trace recorder (hot loop back-edges and hot function entries record the executed
 * bytecode as trace IR), the core's {@link org.hotpy.api.pass.RuntimeView}, the executor that runs
 * optimised traces on typed registers, the deoptimiser that rebuilds tier-1 frames from a guard's
 * snapshot, and the per-code trace cache with its invalidation. The tier-1 interpreter calls in
 * only through {@link org.hotpy.core.trace.TraceHooks}. Must not import {@code org.hotpy.passes}.
 */
package org.hotpy.core.trace;
