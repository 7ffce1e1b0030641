/**
 * The trace IR: a linear SSA form of a hot path (loop or function entry) that the recorder
 * builds ({@link org.hotpy.api.trace.TraceBuilder}), the passes rewrite
 * ({@link org.hotpy.api.trace.TraceEditor}), the tier-2 executor runs and the deoptimiser reads
 * ({@link org.hotpy.api.trace.Snapshot}). {@link org.hotpy.api.trace.TraceText} prints and parses it.
 *
 * <p>JDK only: nothing here may import {@code org.hotpy.core} or any library. Runtime objects
 * appear only as opaque {@link org.hotpy.api.trace.ObjRef}s. See {@code docs/TRACE-IR.md}.
 */
package org.hotpy.api.trace;
