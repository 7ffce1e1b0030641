package org.hotpy.api.trace;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Turns a list of instructions into a {@link Trace} with fresh, densely numbered values:
 * parameters, then label values and results in order, then constants (merged by value), then
 * placeholders (values named only as virtual objects, or never defined: the verifier reports those).
 * A value defined twice keeps one number, so the verifier can report the double definition.
 */
final class TraceAssembler {
    private final Map<Value, Value> map = new IdentityHashMap<>();
    private final Values constants = new Values(0);
    private final List<Value> newConstants = new ArrayList<>();
    private final Set<Value> virtuals = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Snapshot, Snapshot> snapshots = new IdentityHashMap<>();
    private int next;

    private TraceAssembler() {
    }

    static Trace assemble(Anchor anchor, List<Value> params, List<Instr> instrs) {
        return new TraceAssembler().build(anchor, params, instrs);
    }

    private Trace build(Anchor anchor, List<Value> params, List<Instr> instrs) {
        List<Value> newParams = new ArrayList<>(params.size());
        for (Value p : params) {
            newParams.add(define(p, Value.Def.PARAM));
        }
        for (Instr in : instrs) {
            for (Value lv : in.labelValueArray()) {
                define(lv, Value.Def.LABEL);
            }
            if (in.result() != null) {
                define(in.result(), Value.Def.RESULT);
            }
        }
        for (Instr in : instrs) {
            for (Value v : in.argArray()) {
                constant(v);
            }
            Snapshot s = in.snapshot();
            if (s != null) {
                for (Value v : s.uses()) {
                    constant(v);
                }
                for (VirtualObject vo : s.virtuals()) {
                    virtuals.add(vo.value());
                }
            }
        }
        // Plain loops and a named operator rather than lambdas: this runs in every pass application,
        // the first ones in the JVM's interpreter, where each lambda call site costs a bootstrap
        UnaryOperator<Value> m = new Placeholders();
        List<Instr> out = new ArrayList<>(instrs.size());
        for (Instr in : instrs) {
            Value[] args = mapAll(in.argArray());
            Value[] lvs = mapAll(in.labelValueArray());
            Value r = in.result() == null ? null : placeholder(in.result());
            Snapshot s = null;
            if (in.snapshot() != null) {
                s = snapshots.get(in.snapshot());
                if (s == null) {
                    s = in.snapshot().map(m);
                    snapshots.put(in.snapshot(), s);
                }
            }
            Instr copy = new Instr(in.op(), in.imm(), args, r, lvs, in.feedback(), s);
            if (r != null && r.definition() == null) {
                r.setDefinition(copy);
            }
            for (Value lv : lvs) {
                if (lv.definition() == null) {
                    lv.setDefinition(copy);
                }
            }
            out.add(copy);
        }
        return new Trace(anchor, newParams, out, newConstants, next);
    }

    private Value define(Value old, Value.Def def) {
        Value v = map.get(old);
        if (v == null) {
            v = new Value(old.kind(), next++, def, null);
            map.put(old, v);
        }
        return v;
    }

    private void constant(Value v) {
        if (v.isConstant() && !map.containsKey(v)) {
            // Equal constants from different builders or editors become one value.
            map.put(v, renumbered(constants.constOf(v.kind(), v.constantValue())));
        }
    }

    private final Map<Value, Value> renumber = new IdentityHashMap<>();

    private Value renumbered(Value c) {
        Value v = renumber.get(c);
        if (v == null) {
            v = new Value(c.kind(), next++, Value.Def.CONSTANT, c.constantValue());
            newConstants.add(v);
            renumber.put(c, v);
        }
        return v;
    }

    private Value placeholder(Value old) {
        Value v = map.get(old);
        if (v == null) {
            v = new Value(old.kind(), next++, virtuals.contains(old) ? Value.Def.VIRTUAL : Value.Def.UNDEFINED, null);
            map.put(old, v);
        }
        return v;
    }

    /** {@link #placeholder} as the operator {@link Snapshot#map} takes. */
    private final class Placeholders implements UnaryOperator<Value> {
        @Override
        public Value apply(Value v) {
            return placeholder(v);
        }
    }

    private Value[] mapAll(Value[] vs) {
        Value[] out = new Value[vs.length];
        for (int i = 0; i < vs.length; i++) {
            out[i] = placeholder(vs[i]);
        }
        return out;
    }
}
