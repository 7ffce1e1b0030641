package org.hotpy.core.trace;

import org.hotpy.core.interp.Frame;
import org.hotpy.core.interp.InterpreterState;

/**
 * A trace compiled to JVM bytecode by {@link TraceJit}: runs the trace on frame {@code f} as
 * {@link Executor#run} does and returns the same: where tier 1 resumes, or {@link Executor#RETURNED}.
 */
interface JitCode {
    int run(Tier2 t2, CompiledTrace t, InterpreterState ts, Frame f);
}
