package org.hotpy.passes.fold;

import java.util.Optional;
import java.util.Set;

import org.hotpy.api.pass.PassContext;
import org.hotpy.api.pass.TracePass;
import org.hotpy.api.trace.Instr;
import org.hotpy.api.trace.Kind;
import org.hotpy.api.trace.Op;
import org.hotpy.api.trace.Trace;
import org.hotpy.api.trace.TraceEditor;
import org.hotpy.api.trace.Value;

/**
 * Folds instructions whose operands are constants (pure primitives, overflow-checked arithmetic
 * that does not overflow, unboxing of constant objects, pure intrinsics on primitive constants),
 * removes guards that constants make certain, and applies identities that hold for every value
 * ({@code x + 0}, {@code x * 1}, {@code x - x}, {@code not not b}). A guard that would certainly
 * fail stays: it must exit at run time. Stateless.
 */
public final class ConstantFoldingPass implements TracePass {
    @Override
    public String name() {
        return "constant-folding";
    }

    @Override
    public Set<String> runsAfter() {
        return Set.of("type-specialisation", "global-lookup-caching", "call-inlining", "escape-unboxing");
    }

    @Override
    public Set<String> runsBefore() {
        return Set.of("dead-code-elimination");
    }

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
        return "folds constants, removes guards constants decide, applies algebraic identities";
    }

    @Override
    public Trace run(Trace trace, PassContext ctx) {
        TraceEditor ed = trace.edit();
        for (Instr in : ed.instructions()) {
            if (in.op() == Op.INTRINSIC) {
                foldIntrinsic(ed, in, ctx);
                continue;
            }
            if (in.result() == null) {
                if (in.isGuard() && Fold.guardPasses(in, ctx.runtime())) {
                    ed.remove(in);
                    ctx.stats().increment("guards-removed");
                }
                continue;
            }
            if (!in.isPure() && !(in.isGuard() && in.op().isRepeatable())) {
                continue;
            }
            Optional<Object> c = Fold.evaluate(in, ctx.runtime());
            if (c.isPresent()) {
                ed.replaceWithConstant(in, constant(ed, c.get()));
                ctx.stats().increment("folded");
                continue;
            }
            Value same = Fold.identity(in, ed);
            Object k = same == null ? Fold.sameOperandResult(in) : null;
            if (k == null && same == null) {
                k = Fold.absorbing(in);
            }
            if (same != null) {
                ed.replace(in, same);
                ctx.stats().increment("simplified");
            } else if (k != null) {
                ed.replaceWithConstant(in, constant(ed, k));
                ctx.stats().increment("simplified");
            }
        }
        return ed.finish();
    }

    /** A pure intrinsic on primitive constants is called now; its result becomes a constant. */
    private static void foldIntrinsic(TraceEditor ed, Instr in, PassContext ctx) {
        if (!in.isPure() || in.result().kind() == Kind.OBJECT) {
            return;
        }
        Object[] args = new Object[in.argCount()];
        for (int i = 0; i < args.length; i++) {
            Value a = in.arg(i);
            if (!a.isConstant() || a.kind() == Kind.OBJECT) {
                return;
            }
            args[i] = a.constantValue();
        }
        Object r;
        try {
            r = in.intrinsic().handle().invokeWithArguments(args);
        } catch (Throwable e) {
            // A pure intrinsic that throws on these constants is left for run time to report.
            ctx.stats().increment("intrinsic-fold-failed");
            return;
        }
        ed.replaceWithConstant(in, constant(ed, r));
        ctx.stats().increment("folded");
    }

    private static Value constant(TraceEditor ed, Object c) {
        if (c instanceof Long l) {
            return ed.constInt(l);
        } else if (c instanceof Double d) {
            return ed.constFloat(d);
        }
        return ed.constBool((Boolean) c);
    }
}
