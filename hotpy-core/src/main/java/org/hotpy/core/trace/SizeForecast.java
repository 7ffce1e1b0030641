package org.hotpy.core.trace;

import java.util.ArrayList;
import java.util.List;

import org.hotpy.api.trace.Instr;
import org.hotpy.api.trace.ObjRef;
import org.hotpy.api.trace.Op;
import org.hotpy.api.trace.Trace;
import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.types.function.PyBoundMethod;
import org.hotpy.core.types.function.PyFunction;

/**
 * Predicts, before the passes run, whether a recorded trace will be too big for the JIT
 * ({@link TraceSettings#jitMaxBytes}) once optimised, so that tier 2 does not spend the passes,
 * the trace compiler and the JIT on a trace it then refuses. The measure is the trace's own
 * instructions plus those of the callee traces call inlining would splice in (to
 * {@code call-inlining.max-depth}), times the fewest bytes of bytecode per such instruction seen
 * on the twelve benchmarks (80 traces): a loop trace (ending in {@code jump}) is peeled, its label
 * unboxed, and got at least {@link #LOOP_FIXED_BYTES} + {@link #LOOP_BYTES} per instruction
 * (57 to 605 seen); a trace without a loop at least {@link #STRAIGHT_BYTES} (19 to 85). The
 * forecast is a lower bound: a trace is skipped only when even that is over the limit, so a
 * trace that would have fitted is skipped only if it shrinks under the passes far more than
 * any seen.
 */
final class SizeForecast {
    static final int LOOP_FIXED_BYTES = 200;
    static final int LOOP_BYTES = 50;
    static final int STRAIGHT_BYTES = 18;

    /** Call inlining's defaults ({@code call-inlining.max-depth}, {@code call-inlining.max-callee-size}). */
    static final int DEFAULT_DEPTH = 3;
    static final int DEFAULT_MAX_CALLEE = 300;

    private final Tier2 t2;
    private final int maxDepth;
    private final int maxCallee;

    SizeForecast(Tier2 t2) {
        this.t2 = t2;
        this.maxDepth = option(t2, "call-inlining.max-depth", DEFAULT_DEPTH);
        this.maxCallee = option(t2, "call-inlining.max-callee-size", DEFAULT_MAX_CALLEE);
    }

    private static int option(Tier2 t2, String key, int dflt) {
        String v = t2.settings().passOptions().get(key);
        if (v == null) {
            return dflt;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return dflt; // the pass reports a malformed option itself
        }
    }

    /** The fewest bytes of bytecode {@code raw} is expected to become once optimised. */
    long minBytes(Trace raw) {
        return minBytes(raw, expandedSize(raw));
    }

    /** {@link #minBytes(Trace)} given {@code raw}'s {@link #expandedSize}. */
    long minBytes(Trace raw, int expanded) {
        Instr end = raw.terminator();
        return end != null && end.op() == Op.JUMP ? LOOP_FIXED_BYTES + (long) LOOP_BYTES * expanded
                : (long) STRAIGHT_BYTES * expanded;
    }

    /** Whether {@code raw} is sure to be too big for a JIT limit of {@code maxBytes} once optimised. */
    boolean hopeless(Trace raw, int maxBytes) {
        return hopeless(raw, expandedSize(raw), maxBytes);
    }

    /** {@link #hopeless(Trace, int)} given {@code raw}'s {@link #expandedSize}, which walks the callee traces. */
    boolean hopeless(Trace raw, int expanded, int maxBytes) {
        return minBytes(raw, expanded) > maxBytes;
    }

    /** Instructions of {@code raw} with every call that has a recorded callee trace inlined (not recursive ones). */
    int expandedSize(Trace raw) {
        List<Object> stack = new ArrayList<>();
        stack.add(Ref.as(raw.anchor().code(), CodeObject.class)); // null in a trace parsed from text
        return raw.size() + inlined(raw, stack);
    }

    /** Instructions the calls in {@code t} add when inlined; {@code stack} holds the codes of the frames around them. */
    private int inlined(Trace t, List<Object> stack) {
        if (stack.size() > maxDepth) {
            return 0;
        }
        int added = 0;
        for (Instr in : t.instructions()) {
            if (in.op() != Op.CALL || !in.keywordNames().isEmpty() || in.feedback() == null
                    || in.feedback().value() == null) {
                continue;
            }
            PyFunction fn = callee(in.feedback().value());
            Trace body = fn == null ? null : t2.calleeTrace(fn);
            if (body == null || body.size() > maxCallee || stack.contains(fn.code)) {
                continue; // call inlining calls it
            }
            stack.add(fn.code);
            added += body.size() + inlined(body, stack);
            stack.remove(stack.size() - 1);
        }
        return added;
    }

    /** The Python function a call of {@code value} runs (a function, a bound method's, a plain class's __init__), or null. */
    static PyFunction callee(ObjRef value) {
        Object o = Ref.as(value, Object.class);
        if (o instanceof PyFunction f) {
            return f;
        }
        if (o instanceof PyBoundMethod m && m.function instanceof PyFunction f) {
            return f;
        }
        if (o instanceof PyType t) {
            return Recorder.plainInit(t);
        }
        return null;
    }
}
