package org.hotpy.passes.unbox;

import java.util.List;
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
 * Escape analysis over the linear trace. Boxes ({@code box_int}, {@code box_float},
 * {@code box_bool}) and small objects ({@code new_instance}, {@code build_tuple},
 * {@code build_list}, {@code new_bound_method}) made in the trace are not allocated: their fields
 * are tracked, so slot reads, item reads, lengths, unboxing and type or shape guards on them are
 * answered from what is known, and stores into them just update what is known. Snapshots name the
 * boxed primitive instead of a box and describe the other objects as virtual, for the deoptimiser
 * to build. An object is allocated only where it escapes (any other use, a {@code jump} or a
 * {@code label} argument, or a local of a frame the trace writes back before an op that may run
 * Python code, {@link Instr#showsFrames}), just before that use. {@code unbox(box(x))} is
 * {@code x} everywhere.
 * Then, when a trace has a label, a loop-carried value that is boxed both where the loop is
 * entered and where it jumps back becomes a primitive label value, so the loop keeps it unboxed.
 * Stateless.
 */
public final class EscapeUnboxingPass implements TracePass {
    @Override
    public String name() {
        return "escape-unboxing";
    }

    @Override
    public Set<String> runsAfter() {
        return Set.of("type-specialisation", "call-inlining", "loop-peeling");
    }

    @Override
    public int maxRuns() {
        return 2;
    }

    @Override
    public int spiVersion() {
        return TracePass.SPI_VERSION;
    }

    @Override
    public String description() {
        return "keeps non-escaping boxes and small objects virtual; unboxes loop-carried values";
    }

    @Override
    public Trace run(Trace trace, PassContext ctx) {
        Trace t = virtualise(trace, ctx);
        return LabelUnboxer.run(t, ctx);
    }

    private static Trace virtualise(Trace trace, PassContext ctx) {
        TraceEditor ed = trace.edit();
        Virtuals vs = new Virtuals(ed, ctx);
        for (Instr in : ed.instructions()) {
            if (in.op() == Op.LABEL) {
                vs.materialiseMutable(in);
            }
            if (handle(ed, vs, in, ctx)) {
                continue;
            }
            // Operands escape first: an object built before this instruction is no longer virtual
            // in its snapshot, which describes the state just before it.
            escapeOperands(vs, in);
            if (in.showsFrames()) {
                vs.materialiseShownInFrames(in);
            }
            if (in.snapshot() != null) {
                var described = vs.describe(in.snapshot());
                if (described != in.snapshot()) {
                    ed.setSnapshot(in, described);
                }
            }
        }
        return ed.finish();
    }

    /** Handle {@code in} if it makes or uses a virtual object in a way that needs no allocation. */
    private static boolean handle(TraceEditor ed, Virtuals vs, Instr in, PassContext ctx) {
        switch (in.op()) {
            case BOX_INT, BOX_FLOAT, BOX_BOOL, BUILD_TUPLE, BUILD_LIST, NEW_BOUND_METHOD, NEW_INSTANCE -> {
                vs.add(in.result(), in.op(), in.args());
                ed.remove(in);
                ctx.stats().increment("virtualised");
                return true;
            }
            case UNBOX_INT, UNBOX_FLOAT, UNBOX_BOOL -> {
                return unbox(ed, vs, in, ctx);
            }
            case GET_SLOT, SET_SLOT, SET_SHAPE -> {
                return VirtualRules.slotAccess(ed, vs, in, ctx);
            }
            case GUARD_TYPE, GUARD_SHAPE -> {
                return VirtualRules.guard(ed, vs, in, ctx);
            }
            case TUPLE_GET_ITEM, LIST_GET_ITEM, LIST_SET_ITEM, LIST_APPEND, LEN -> {
                return VirtualRules.sequenceAccess(ed, vs, in, ctx);
            }
            case OBJ_IS -> {
                if (in.arg(0) == in.arg(1) && vs.isVirtual(in.arg(0))) {
                    ed.replaceWithConstant(in, ed.constBool(true));
                    return true;
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    /** {@code unbox(box(x))} is {@code x}, whether the box is virtual or real. */
    private static boolean unbox(TraceEditor ed, Virtuals vs, Instr in, PassContext ctx) {
        Op box = switch (in.op()) {
            case UNBOX_INT -> Op.BOX_INT;
            case UNBOX_FLOAT -> Op.BOX_FLOAT;
            default -> Op.BOX_BOOL;
        };
        Virtuals.State s = vs.get(in.arg(0));
        Optional<Value> inner = Optional.empty();
        if (s != null && s.op == box) {
            inner = Optional.of(s.fields.get(0));
        } else if (s == null && Virtuals.isBoxOf(ed.definition(in.arg(0)), box)) {
            inner = Optional.of(ed.definition(in.arg(0)).arg(0));
        }
        if (inner.isEmpty()) {
            return false;
        }
        ed.replace(in, inner.get());
        ctx.stats().increment("unboxed");
        return true;
    }

    /** Every virtual operand of {@code in} escapes here: build it just before. */
    private static void escapeOperands(Virtuals vs, Instr in) {
        List<Value> args = in.args();
        for (Value a : args) {
            if (a.kind() == Kind.OBJECT && vs.isVirtual(a)) {
                vs.materialise(a, in);
            }
        }
    }
}
