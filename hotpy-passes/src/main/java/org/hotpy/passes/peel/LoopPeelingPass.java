package org.hotpy.passes.peel;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.hotpy.api.pass.GuardFacts;
import org.hotpy.api.pass.PassContext;
import org.hotpy.api.pass.TracePass;
import org.hotpy.api.trace.Anchor;
import org.hotpy.api.trace.Instr;
import org.hotpy.api.trace.Op;
import org.hotpy.api.trace.Snapshot;
import org.hotpy.api.trace.Trace;
import org.hotpy.api.trace.TraceBuilder;
import org.hotpy.api.trace.TraceEditor;
import org.hotpy.api.trace.Value;

/**
 * Peels one iteration off a loop trace, as PyPy does: the body runs once as a preamble, then a
 * {@code label} starts a second copy whose {@code jump} returns to the label. Guards of the loop
 * copy that hold at the label on every iteration are then removed: a guard on a label value (type,
 * identity, shape) or on global state (type, globals or function version, a global's binding) is assumed at the label
 * when the preamble proves it for the value it passes in; the assumption stands when, walking the
 * loop copy under all the assumptions, it also holds for the value the jump passes back (so it
 * holds by induction). Assumptions that fail are dropped until the rest are consistent. Guards on
 * global state thus leave any loop without opaque instructions. Stateless.
 */
public final class LoopPeelingPass implements TracePass {
    private static final Set<Op> HOISTABLE = Set.of(Op.GUARD_TYPE, Op.GUARD_IS, Op.GUARD_SHAPE, Op.GUARD_TYPE_VERSION,
            Op.GUARD_GLOBALS_VERSION, Op.GUARD_GLOBAL_BINDING, Op.GUARD_FUNCTION_VERSION);

    @Override
    public String name() {
        return "loop-peeling";
    }

    @Override
    public Set<String> runsAfter() {
        return Set.of("type-specialisation", "global-lookup-caching", "call-inlining");
    }

    @Override
    public Set<String> runsBefore() {
        return Set.of("escape-unboxing", "constant-folding", "dead-code-elimination");
    }

    @Override
    public int spiVersion() {
        return TracePass.SPI_VERSION;
    }

    @Override
    public String description() {
        return "peels one loop iteration into a preamble and drops guards it proves for every iteration";
    }

    @Override
    public Optional<String> notApplicable(Trace trace, PassContext context) {
        if (trace.anchor().type() != Anchor.Type.LOOP || trace.terminator() == null
                || trace.terminator().op() != Op.JUMP) {
            return Optional.of("not a loop trace");
        }
        if (trace.label() != null) {
            return Optional.of("already peeled");
        }
        return Optional.empty();
    }

    @Override
    public Trace run(Trace trace, PassContext ctx) {
        if (notApplicable(trace, ctx).isPresent()) {
            return trace;
        }
        Trace peeled = peel(trace);
        ctx.stats().increment("peeled");
        return forwardInvariants(removeInvariantGuards(peeled, ctx), ctx);
    }

    /** {@code [params] preamble; [L] = label(jump args); body; jump(body's jump args)}. */
    private static Trace peel(Trace trace) {
        TraceBuilder b = new TraceBuilder(trace.anchor());
        List<Value> params = new ArrayList<>();
        for (Value p : trace.params()) {
            params.add(b.param(p.kind()));
        }
        List<Value> entry = copy(b, trace, params);
        List<Value> labelValues = b.label(entry);
        return b.jump(copy(b, trace, labelValues));
    }

    /** Emits the trace's body with its parameters bound to {@code inputs}; returns the jump's arguments. */
    private static List<Value> copy(TraceBuilder b, Trace trace, List<Value> inputs) {
        Map<Value, Value> map = new IdentityHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            map.put(trace.params().get(i), inputs.get(i));
        }
        Map<Snapshot, Snapshot> snapshots = new IdentityHashMap<>();
        UnaryOperator<Value> mapper = new Mapper(b, map);
        for (Instr in : trace.instructions()) {
            if (in.op() == Op.JUMP) {
                return map(b, map, in.args());
            }
            Snapshot s = in.snapshot();
            if (s != null) {
                Snapshot copied = snapshots.get(s);
                if (copied == null) {
                    copied = s.map(mapper);
                    snapshots.put(s, copied);
                }
                s = copied;
            }
            Instr c = b.emit(in.op(), in.imm(), in.feedback(), s, map(b, map, in.args()));
            if (in.result() != null) {
                map.put(in.result(), c.result());
            }
        }
        throw new IllegalStateException("a loop trace ends with jump");
    }

    private static List<Value> map(TraceBuilder b, Map<Value, Value> map, List<Value> vs) {
        List<Value> out = new ArrayList<>(vs.size());
        for (Value v : vs) {
            out.add(value(b, map, v));
        }
        return out;
    }

    private static Value value(TraceBuilder b, Map<Value, Value> map, Value v) {
        return v.isConstant() ? b.constOf(v.constantValue()) : map.getOrDefault(v, v);
    }

    /**
     * {@link #value} as an operator. This pass's code (and the rest of the optimiser's) runs first in
     * the JVM's interpreter, on the interpreter's thread: named classes and plain loops rather than
     * lambdas and streams spare it a call-site bootstrap each (about 0.1-0.2 ms cold).
     */
    private static final class Mapper implements UnaryOperator<Value> {
        private final TraceBuilder b;
        private final Map<Value, Value> map;

        Mapper(TraceBuilder b, Map<Value, Value> map) {
            this.b = b;
            this.map = map;
        }

        @Override
        public Value apply(Value v) {
            return value(b, map, v);
        }
    }

    private static Trace removeInvariantGuards(Trace t, PassContext ctx) {
        Instr label = t.label();
        List<Instr> preamble = t.instructions().subList(0, label.position());
        List<Instr> body = t.instructions().subList(label.position() + 1, t.size() - 1);
        Instr jump = t.terminator();
        GuardFacts atEntry = walk(new GuardFacts(ctx.runtime()), preamble);
        List<Instr> assumed = new ArrayList<>();
        for (Instr g : body) {
            if (HOISTABLE.contains(g.op()) && onLabelValues(g, label)
                    && atEntry.isRedundant(g.op(), restate(g, label, label.args()))) {
                assumed.add(g);
            }
        }
        List<Instr> redundant = new ArrayList<>();
        while (true) {
            GuardFacts facts = new GuardFacts(ctx.runtime());
            for (Instr g : assumed) {
                facts.learn(g);
            }
            redundant.clear();
            for (Instr in : body) {
                if (in.isGuard() && in.result() == null && facts.isRedundant(in)) {
                    redundant.add(in);
                }
                facts.learn(in);
            }
            List<Instr> failing = new ArrayList<>();
            for (Instr g : assumed) {
                if (!facts.isRedundant(g.op(), restate(g, label, jump.args()))) {
                    failing.add(g);
                }
            }
            if (failing.isEmpty()) {
                break;
            }
            assumed.removeAll(failing);
        }
        if (redundant.isEmpty()) {
            return t;
        }
        TraceEditor ed = t.edit();
        for (Instr g : redundant) {
            ed.remove(g);
        }
        ctx.stats().add("guards-removed", redundant.size());
        return ed.finish();
    }

    /**
     * A label value the jump passes back unchanged is the value the preamble passed in, on every
     * iteration: the loop uses that value directly (so what the preamble proved or computed about
     * it is reused), and the label value is left unused.
     */
    private static Trace forwardInvariants(Trace t, PassContext ctx) {
        Instr label = t.label();
        Instr jump = t.terminator();
        TraceEditor ed = t.edit();
        for (int k = 0; k < label.argCount(); k++) {
            Value lv = label.labelValues().get(k);
            if (jump.arg(k) == lv && label.arg(k) != lv) {
                ed.replaceAllUses(lv, label.arg(k));
                ctx.stats().increment("invariants-forwarded");
            }
        }
        return ed.finish();
    }

    private static GuardFacts walk(GuardFacts facts, List<Instr> instrs) {
        for (Instr in : instrs) {
            facts.learn(in);
        }
        return facts;
    }

    /** Whether the guard's non-constant operands are all label values. */
    private static boolean onLabelValues(Instr g, Instr label) {
        for (Value a : g.args()) {
            if (!a.isConstant() && !label.labelValues().contains(a)) {
                return false;
            }
        }
        return true;
    }

    /** The guard's operands with each label value replaced by what {@code incoming} passes for it. */
    private static List<Value> restate(Instr g, Instr label, List<Value> incoming) {
        List<Value> out = new ArrayList<>();
        for (Value a : g.args()) {
            int k = label.labelValues().indexOf(a);
            out.add(k < 0 ? a : incoming.get(k));
        }
        return out;
    }
}
