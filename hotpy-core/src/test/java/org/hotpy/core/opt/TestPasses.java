package org.hotpy.core.opt;

import java.util.Set;

import org.hotpy.api.pass.PassContext;
import org.hotpy.api.pass.TracePass;
import org.hotpy.api.trace.Instr;
import org.hotpy.api.trace.Op;
import org.hotpy.api.trace.Trace;
import org.hotpy.api.trace.TraceEditor;

/** Small passes for driving the optimiser in tests. Public so ServiceLoader can make them. */
public final class TestPasses {
    private TestPasses() {
    }

    /** Replaces {@code int_add(x, 0)} with {@code x}. */
    public static final class AddZero implements TracePass {
        @Override
        public String name() {
            return "add-zero";
        }

        @Override
        public int maxRuns() {
            return 3;
        }

        @Override
        public Trace run(Trace trace, PassContext ctx) {
            TraceEditor ed = trace.edit();
            for (Instr in : ed.instructions()) {
                if (in.op() == Op.INT_ADD && in.arg(1).isConstant() && in.arg(1).longValue() == 0) {
                    ed.replace(in, in.arg(0));
                    ctx.stats().increment("removed");
                }
            }
            return ed.finish();
        }
    }

    /** Removes {@code guard_true(true)}. */
    public static final class TrueGuards implements TracePass {
        @Override
        public String name() {
            return "true-guards";
        }

        @Override
        public Set<String> runsAfter() {
            return Set.of("add-zero");
        }

        @Override
        public Trace run(Trace trace, PassContext ctx) {
            TraceEditor ed = trace.edit();
            for (Instr in : ed.instructions()) {
                if (in.op() == Op.GUARD_TRUE && in.arg(0).isConstant() && in.arg(0).boolValue()) {
                    ed.remove(in);
                }
            }
            return ed.finish();
        }
    }

    /** A pass with a bug: it throws. */
    public static final class Explode implements TracePass {
        @Override
        public String name() {
            return "explode";
        }

        @Override
        public Trace run(Trace trace, PassContext ctx) {
            throw new IllegalStateException("boom");
        }
    }

    /** A pass with a bug: it removes the first instruction with a result, leaving its uses dangling. */
    public static final class BreakSsa implements TracePass {
        @Override
        public String name() {
            return "break-ssa";
        }

        @Override
        public Trace run(Trace trace, PassContext ctx) {
            TraceEditor ed = trace.edit();
            for (Instr in : ed.instructions()) {
                if (in.result() != null) {
                    ed.remove(in);
                    break;
                }
            }
            return ed.finish();
        }
    }

    /** A pass built from a name and constraints. */
    record Named(String name, Set<String> runsAfter, Set<String> runsBefore, Set<String> requires) implements TracePass {
        Named(String name) {
            this(name, Set.of(), Set.of(), Set.of());
        }

        @Override
        public Trace run(Trace trace, PassContext ctx) {
            return trace;
        }
    }
}
