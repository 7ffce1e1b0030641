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
            forEachUse(in, this::constant);
            if (in.snapshot() != null) {
                for (VirtualObject vo : in.snapshot().virtuals()) {
                    virtuals.add(vo.value());
                }
            }
        }
        UnaryOperator<Value> m = this::placeholder;
        List<Instr> out = new ArrayList<>(instrs.size());
        for (Instr in : instrs) {
            Value[] args = mapAll(in.argArray(), m);
            Value[] lvs = mapAll(in.labelValueArray(), m);
            Value r = in.result() == null ? null : m.apply(in.result());
            Snapshot s = in.snapshot() == null ? null : snapshots.computeIfAbsent(in.snapshot(), k -> k.map(m));
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
        return map.computeIfAbsent(old, o -> new Value(o.kind(), next++, def, null));
    }

    private void constant(Value v) {
        if (v.isConstant() && !map.containsKey(v)) {
            // Equal constants from different builders or editors become one value.
            map.put(v, renumbered(constants.constOf(v.kind(), v.constantValue())));
        }
    }

    private final Map<Value, Value> renumber = new IdentityHashMap<>();

    private Value renumbered(Value c) {
        return renumber.computeIfAbsent(c, k -> {
            Value v = new Value(k.kind(), next++, Value.Def.CONSTANT, k.constantValue());
            newConstants.add(v);
            return v;
        });
    }

    private Value placeholder(Value old) {
        return map.computeIfAbsent(old, o -> new Value(o.kind(), next++,
                virtuals.contains(o) ? Value.Def.VIRTUAL : Value.Def.UNDEFINED, null));
    }

    private static Value[] mapAll(Value[] vs, UnaryOperator<Value> m) {
        Value[] out = new Value[vs.length];
        for (int i = 0; i < vs.length; i++) {
            out[i] = m.apply(vs[i]);
        }
        return out;
    }

    private static void forEachUse(Instr in, java.util.function.Consumer<Value> f) {
        for (Value v : in.argArray()) {
            f.accept(v);
        }
        if (in.snapshot() != null) {
            in.snapshot().uses().forEach(f);
        }
    }
}
