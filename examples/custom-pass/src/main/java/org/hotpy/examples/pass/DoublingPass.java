package org.hotpy.examples.pass;

import java.util.List;
import java.util.Set;

import org.hotpy.api.pass.PassContext;
import org.hotpy.api.pass.TracePass;
import org.hotpy.api.trace.Instr;
import org.hotpy.api.trace.Op;
import org.hotpy.api.trace.Trace;
import org.hotpy.api.trace.TraceEditor;
import org.hotpy.api.trace.Value;

/**
 * Strength reduction: {@code x * 2} becomes {@code x + x} on unboxed ints and floats.
 *
 * <p>Both rewrites keep Python's meaning exactly: {@code int_mul_ovf(x, 2)} overflows the 64-bit
 * range exactly when {@code int_add_ovf(x, x)} does, so the guard keeps its snapshot and exits at
 * the same values; and in IEEE arithmetic {@code x * 2.0 == x + x} for every double, infinities,
 * NaNs and signed zeros included. The pass runs after type specialisation (which produces the
 * unboxed ops) and before constant folding (so folded results stay folded).
 */
public final class DoublingPass implements TracePass {
    @Override
    public String name() {
        return "doubling-to-add";
    }

    @Override
    public Set<String> runsAfter() {
        return Set.of("type-specialisation", "escape-unboxing");
    }

    @Override
    public Set<String> runsBefore() {
        return Set.of("constant-folding");
    }

    @Override
    public int spiVersion() {
        return TracePass.SPI_VERSION;
    }

    @Override
    public String description() {
        return "x * 2 becomes x + x on unboxed ints and floats";
    }

    @Override
    public Trace run(Trace trace, PassContext context) {
        TraceEditor ed = trace.edit();
        for (Instr in : ed.instructions()) {
            Op add = switch (in.op()) {
                case INT_MUL_OVF -> Op.INT_ADD_OVF;
                case INT_MUL -> Op.INT_ADD;
                case FLOAT_MUL -> Op.FLOAT_ADD;
                default -> null;
            };
            Value other = add == null ? null : multipliedByTwo(in);
            if (other != null) {
                ed.rewrite(in, add, in.imm(), in.feedback(), in.snapshot(), List.of(other, other));
                context.stats().increment("rewritten");
            }
        }
        return ed.finish();
    }

    /** The operand multiplied by the constant 2 (either side), or null. */
    private static Value multipliedByTwo(Instr in) {
        if (isTwo(in.arg(1))) {
            return in.arg(0);
        }
        return isTwo(in.arg(0)) ? in.arg(1) : null;
    }

    private static boolean isTwo(Value v) {
        return switch (v.kind()) {
            case INT64 -> v.isConstant() && v.longValue() == 2;
            case FLOAT64 -> v.isConstant() && v.doubleValue() == 2.0;
            default -> false;
        };
    }
}
