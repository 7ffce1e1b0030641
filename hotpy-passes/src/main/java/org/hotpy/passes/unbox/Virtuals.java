package org.hotpy.passes.unbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hotpy.api.pass.BuiltinType;
import org.hotpy.api.pass.PassContext;
import org.hotpy.api.trace.FrameState;
import org.hotpy.api.trace.Instr;
import org.hotpy.api.trace.Kind;
import org.hotpy.api.trace.ObjRef;
import org.hotpy.api.trace.Op;
import org.hotpy.api.trace.Snapshot;
import org.hotpy.api.trace.TraceEditor;
import org.hotpy.api.trace.Value;
import org.hotpy.api.trace.VirtualObject;

/**
 * The objects of one run that are still virtual: how each was made and what its fields hold now.
 * Materialising one re-emits its allocation, defining the same value, just before its first escape.
 */
final class Virtuals {
    /** A virtual object: its allocation op and its current operands (fields). */
    static final class State {
        final Op op;
        final List<Value> fields;

        State(Op op, List<Value> fields) {
            this.op = op;
            this.fields = new ArrayList<>(fields);
        }

        boolean isBox() {
            return op == Op.BOX_INT || op == Op.BOX_FLOAT || op == Op.BOX_BOOL;
        }

        /** For an instance, the slot values (after class and shape). */
        int slotBase() {
            return op == Op.NEW_INSTANCE ? 2 : 0;
        }
    }

    private final TraceEditor ed;
    private final PassContext ctx;
    // Value has identity equality, so a LinkedHashMap is an identity map with a stable order.
    private final Map<Value, State> states = new LinkedHashMap<>();

    Virtuals(TraceEditor ed, PassContext ctx) {
        this.ed = ed;
        this.ctx = ctx;
    }

    void add(Value v, Op op, List<Value> fields) {
        states.put(v, new State(op, fields));
    }

    State get(Value v) {
        return states.get(v);
    }

    boolean isVirtual(Value v) {
        return states.containsKey(v);
    }

    /** The exact type a virtual object has. */
    Optional<ObjRef> typeOf(Value v) {
        State s = states.get(v);
        return switch (s.op) {
            case NEW_INSTANCE -> Optional.of(s.fields.get(0).refValue());
            case BOX_INT -> ctx.runtime().builtinType(BuiltinType.INT);
            case BOX_FLOAT -> ctx.runtime().builtinType(BuiltinType.FLOAT);
            case BOX_BOOL -> ctx.runtime().builtinType(BuiltinType.BOOL);
            case BUILD_TUPLE -> ctx.runtime().builtinType(BuiltinType.TUPLE);
            case BUILD_LIST -> ctx.runtime().builtinType(BuiltinType.LIST);
            case NEW_BOUND_METHOD -> ctx.runtime().builtinType(BuiltinType.METHOD);
            default -> Optional.empty();
        };
    }

    /**
     * Make every mutable virtual object (instance, list) real before the label {@code at}: the loop
     * body runs many times, so what it stores into them cannot be tracked by one walk. Boxes,
     * tuples and bound methods never change, so they stay virtual.
     */
    void materialiseMutable(Instr at) {
        for (Value v : new ArrayList<>(states.keySet())) {
            State s = states.get(v);
            if (s != null && (s.op == Op.NEW_INSTANCE || s.op == Op.BUILD_LIST)) {
                materialise(v, at);
            }
        }
    }

    /** Make {@code v} real just before {@code at} (fields first); afterwards it is an ordinary value. */
    void materialise(Value v, Instr at) {
        State s = states.remove(v);
        if (s == null) {
            return;
        }
        for (Value f : s.fields) {
            materialise(f, at);
        }
        ed.emitDefining(at, v, s.op, null, null, null, s.fields);
        ctx.stats().increment("materialised");
    }

    /**
     * Make real, just before {@code at}, every virtual object but a box that the locals of
     * {@code at}'s snapshot frames hold (and what those reach). The trace writes these frames back
     * while {@code at} runs ({@link Instr#showsFrames}) and goes on afterwards: Python code may see
     * such an object through {@code f_locals} or {@code locals()}, keep it, compare it with
     * {@code is} or change it, so the frame and the trace must hold one real object from then on.
     * Objects only on the frames' value stacks stay virtual (no Python code reads a frame's stack;
     * the copies written there are dropped when {@code at} is done), and so do boxes: ints, floats
     * and bools are immutable, and every unboxed value is boxed afresh for the frame anyway.
     */
    void materialiseShownInFrames(Instr at) {
        for (FrameState f : at.snapshot().frames()) {
            for (Value v : f.locals()) {
                State s = states.get(v);
                if (s != null && !s.isBox()) {
                    materialise(v, at);
                    ctx.stats().increment("shown-in-frames");
                }
            }
        }
    }

    /**
     * {@code snapshot} with virtual boxes replaced by the values they box and the other virtual
     * objects it reaches described as they are now.
     */
    Snapshot describe(Snapshot snapshot) {
        Map<Value, VirtualObject> described = new LinkedHashMap<>();
        List<FrameState> frames = new ArrayList<>();
        boolean changed = false;
        for (FrameState f : snapshot.frames()) {
            List<Value> locals = slots(f.locals(), described);
            List<Value> stack = slots(f.stack(), described);
            Value fn = f.function() == null ? null : slot(f.function(), described);
            changed |= !locals.equals(f.locals()) || !stack.equals(f.stack()) || fn != f.function()
                    || !described.isEmpty();
            frames.add(new FrameState(f.code(), f.pc(), fn, locals, stack));
        }
        for (VirtualObject vo : snapshot.virtuals()) {
            List<Value> args = slots(vo.args(), described);
            described.putIfAbsent(vo.value(), new VirtualObject(vo.value(), vo.op(), args));
        }
        // An object described by an earlier run (a tuple whose field was real then) may reach one
        // that is virtual again in this run: its description must join the snapshot too.
        List<VirtualObject> virtuals = new ArrayList<>(described.values());
        if (!changed && virtuals.equals(snapshot.virtuals())) {
            return snapshot;
        }
        return new Snapshot(frames, virtuals);
    }

    private List<Value> slots(List<Value> vs, Map<Value, VirtualObject> described) {
        List<Value> out = new ArrayList<>(vs.size());
        for (Value v : vs) {
            out.add(slot(v, described));
        }
        return out;
    }

    private Value slot(Value v, Map<Value, VirtualObject> described) {
        State s = states.get(v);
        if (s == null) {
            return v;
        }
        if (s.isBox()) {
            return s.fields.get(0);
        }
        if (!described.containsKey(v)) {
            described.put(v, null);
            List<Value> fields = slots(s.fields, described);
            described.put(v, new VirtualObject(v, s.op, fields));
        }
        return v;
    }

    /** Whether {@code v} (a value the pass did not virtualise) is a primitive's box defined in the trace. */
    static boolean isBoxOf(Instr def, Op box) {
        return def != null && def.op() == box;
    }

    static Kind kindOfBox(Op op) {
        return switch (op) {
            case BOX_INT -> Kind.INT64;
            case BOX_FLOAT -> Kind.FLOAT64;
            default -> Kind.BOOL;
        };
    }
}
