package org.hotpy.passes.unbox;

import java.util.ArrayList;
import java.util.List;

import org.hotpy.api.pass.BuiltinType;
import org.hotpy.api.pass.PassContext;
import org.hotpy.api.trace.Instr;
import org.hotpy.api.trace.Op;
import org.hotpy.api.trace.Trace;
import org.hotpy.api.trace.TraceEditor;
import org.hotpy.api.trace.Value;

/**
 * Makes loop-carried boxes primitive: when label argument {@code k} and jump argument {@code k} are
 * both made by the same box op, the label defines the primitive instead, both ends pass the
 * primitive, unboxing the old label value becomes the new one, type guards on it go (a box's type
 * is exact), and any other use gets a box made right after the label (dead, and removed, when
 * nothing needs it). Iteration one is right because the preamble boxed the value; later ones
 * because the body did.
 */
final class LabelUnboxer {
    private LabelUnboxer() {
    }

    static Trace run(Trace trace, PassContext ctx) {
        Instr label = trace.label();
        Instr jump = trace.terminator();
        if (label == null || jump == null || jump.op() != Op.JUMP || jump.argCount() != label.argCount()) {
            return trace;
        }
        TraceEditor ed = trace.edit();
        List<Value> args = new ArrayList<>(label.args());
        List<Value> defs = new ArrayList<>(label.labelValues());
        List<Value> back = new ArrayList<>(jump.args());
        List<Integer> changed = new ArrayList<>();
        for (int k = 0; k < args.size(); k++) {
            Instr in = args.get(k).definition();
            Instr out = back.get(k).definition();
            if (in != null && out != null && isBox(in.op()) && in.op() == out.op()) {
                Value prim = ed.newLabelValue(in.arg(0).kind());
                args.set(k, in.arg(0));
                back.set(k, out.arg(0));
                Value old = defs.set(k, prim);
                rewriteUses(ed, trace, label, old, prim, in.op(), ctx);
                changed.add(k);
            }
        }
        if (changed.isEmpty()) {
            return trace;
        }
        ed.rewriteLabel(label, args, defs);
        ed.setArgs(ed.terminator(), back);
        ctx.stats().add("label-unboxed", changed.size());
        return ed.finish();
    }

    private static void rewriteUses(TraceEditor ed, Trace trace, Instr label, Value old, Value prim, Op box,
            PassContext ctx) {
        Op unbox = switch (box) {
            case BOX_INT -> Op.UNBOX_INT;
            case BOX_FLOAT -> Op.UNBOX_FLOAT;
            default -> Op.UNBOX_BOOL;
        };
        boolean otherUse = false;
        for (Instr in : trace.instructions().subList(label.position() + 1, trace.size() - 1)) {
            if (in.op() == unbox && in.arg(0) == old) {
                ed.replace(in, prim);
            } else if (in.op() == Op.GUARD_TYPE && in.arg(0) == old
                    && ctx.runtime().builtinType(boxType(box)).map(in.arg(1).refValue()::equals).orElse(false)) {
                ed.remove(in);
                ctx.stats().increment("guards-removed");
            } else if (in.args().contains(old)) {
                otherUse = true;
            }
        }
        if (trace.terminator().args().contains(old)) {
            otherUse = true;
        }
        ed.replaceInSnapshots(old, prim);
        if (otherUse) {
            ed.emitDefining(trace.instruction(label.position() + 1), old, box, null, null, null, List.of(prim));
        }
    }

    private static BuiltinType boxType(Op box) {
        return switch (box) {
            case BOX_INT -> BuiltinType.INT;
            case BOX_FLOAT -> BuiltinType.FLOAT;
            default -> BuiltinType.BOOL;
        };
    }

    private static boolean isBox(Op op) {
        return op == Op.BOX_INT || op == Op.BOX_FLOAT || op == Op.BOX_BOOL;
    }
}
