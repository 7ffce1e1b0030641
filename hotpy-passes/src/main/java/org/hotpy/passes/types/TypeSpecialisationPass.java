package org.hotpy.passes.types;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hotpy.api.pass.PassContext;
import org.hotpy.api.pass.TracePass;
import org.hotpy.api.trace.Instr;
import org.hotpy.api.trace.Op;
import org.hotpy.api.trace.Trace;
import org.hotpy.api.trace.TraceEditor;

/**
 * Replaces generic ops by guards plus typed ops where the types are proved or were recorded:
 * numeric {@code binary_op}, {@code compare_op}, unary ops and {@code truth} on exact ints and
 * floats; attribute loads and stores on instances with standard attribute access (type, type
 * version and shape guards, then a slot access, a bound method or a class constant); list and tuple
 * subscripts; range and list iteration; calls of bound methods the trace made, and calls whose
 * recorded callee is a function (identity guard). Along the way it removes guards that earlier
 * guards or definitions already prove, and repeats of pure or repeatable ops ({@code unbox_int} of
 * the same value). Generic ops it cannot specialise stay. Stateless.
 */
public final class TypeSpecialisationPass implements TracePass {
    @Override
    public String name() {
        return "type-specialisation";
    }

    @Override
    public Set<String> runsAfter() {
        return Set.of("global-lookup-caching");
    }

    /** Runs again after inlining brings the callee's generic ops in. */
    @Override
    public int maxRuns() {
        return 3;
    }

    @Override
    public int spiVersion() {
        return TracePass.SPI_VERSION;
    }

    @Override
    public String description() {
        return "generic ops with type feedback become guards and typed ops; redundant guards go";
    }

    @Override
    public Trace run(Trace trace, PassContext ctx) {
        TraceEditor ed = trace.edit();
        Rewriter r = new Rewriter(ed, ctx);
        Map<List<Object>, Instr> seen = new HashMap<>();
        for (Instr in : ed.instructions()) {
            if (in.isGuard() && in.result() == null && r.facts.isRedundant(in)) {
                ed.remove(in);
                ctx.stats().increment("guards-removed");
                continue;
            }
            if (in.result() != null && (in.isPure() || in.op().isRepeatable())) {
                List<Object> key = Arrays.asList(in.op(), in.imm(), in.args());
                Instr earlier = seen.putIfAbsent(key, in);
                if (earlier != null) {
                    ed.replace(in, earlier.result());
                    ctx.stats().increment("repeats-removed");
                    continue;
                }
            }
            r.at(in);
            if (in.op() == Op.LABEL) {
                r.facts.learnLoopHeader(trace.instructions().subList(in.position() + 1, trace.size()));
            } else if (!specialise(r, in)) {
                r.facts.learn(in);
            }
        }
        return ed.finish();
    }

    private static boolean specialise(Rewriter r, Instr in) {
        return switch (in.op()) {
            case BINARY_OP -> ArithmeticRules.binaryOp(r, in);
            case COMPARE_OP -> ArithmeticRules.compareOp(r, in);
            case TRUTH -> ArithmeticRules.truth(r, in);
            case UNARY_NOT -> ArithmeticRules.unaryNot(r, in);
            case UNARY_NEGATIVE, UNARY_INVERT -> ArithmeticRules.unary(r, in);
            case LOAD_ATTR -> ObjectRules.loadAttr(r, in);
            case STORE_ATTR -> ObjectRules.storeAttr(r, in);
            case BINARY_SUBSCR, STORE_SUBSCR -> ObjectRules.subscript(r, in);
            case FOR_ITER -> ObjectRules.forIter(r, in);
            case CALL -> {
                // A call rewritten to another call is still opaque, so the walk learns from it;
                // one replaced by len() is gone.
                boolean gone = ObjectRules.call(r, in) && r.ed.isRemoved(in);
                yield gone;
            }
            default -> false;
        };
    }
}
