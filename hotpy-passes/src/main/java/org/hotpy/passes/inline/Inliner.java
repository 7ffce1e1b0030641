package org.hotpy.passes.inline;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.hotpy.api.pass.RuntimeFacts.CallSite;
import org.hotpy.api.trace.Emitter;
import org.hotpy.api.trace.FrameState;
import org.hotpy.api.trace.Instr;
import org.hotpy.api.trace.Kind;
import org.hotpy.api.trace.ObjRef;
import org.hotpy.api.trace.Op;
import org.hotpy.api.trace.Snapshot;
import org.hotpy.api.trace.Trace;
import org.hotpy.api.trace.TraceEditor;
import org.hotpy.api.trace.Value;
import org.hotpy.api.trace.VirtualObject;

/**
 * Copies a callee's entry trace in front of a call: its parameters become the call's arguments,
 * its results new values, its snapshots gain the caller's frames outside their own (the caller
 * continuing at the call's return index, the call's operands popped), and its {@code return}
 * value replaces the call's result.
 */
final class Inliner {
    private final TraceEditor ed;
    private final Emitter out;
    private final Map<Value, Value> map = new IdentityHashMap<>();
    private final Map<Snapshot, Snapshot> snapshots = new IdentityHashMap<>();
    private final List<FrameState> outer;
    private final List<VirtualObject> outerVirtuals;
    private final Value function;

    /**
     * @param callSnapshot  the call's snapshot (the state before the call)
     * @param site          how the caller continues after the call
     * @param function      the callee function value, named by the inlined frames
     * @param instance      for an inlined {@code __init__} of {@code C(args)}: the new instance, kept
     *                      on top of the caller's stack, with {@code function} the class (see
     *                      {@link org.hotpy.api.trace.FrameState}); else null
     */
    Inliner(TraceEditor ed, Instr call, Snapshot callSnapshot, CallSite site, Value function, Value instance) {
        this.ed = ed;
        this.out = ed.before(call);
        this.function = function;
        List<FrameState> frames = new ArrayList<>(callSnapshot.frames());
        FrameState caller = frames.remove(frames.size() - 1);
        List<Value> stack = new ArrayList<>(caller.stack().subList(0, caller.stack().size() - site.consumedSlots()));
        if (instance != null) {
            stack.add(instance);
        }
        frames.add(new FrameState(caller.code(), site.returnPc(), caller.function(), caller.locals(), stack));
        this.outer = frames;
        this.outerVirtuals = callSnapshot.virtuals();
    }

    /** Whether the call's snapshot has the operands the call site says it pops. */
    static boolean fits(Snapshot callSnapshot, CallSite site) {
        return callSnapshot.innermost().stack().size() >= site.consumedSlots();
    }

    Emitter out() {
        return out;
    }

    /** Splice {@code callee} with {@code args}; returns the value the callee returns (an object). */
    Value splice(Trace callee, List<Value> args) {
        for (int i = 0; i < args.size(); i++) {
            map.put(callee.params().get(i), args.get(i));
        }
        Value result = null;
        for (Instr in : callee.instructions()) {
            if (in.op() == Op.RETURN) {
                result = value(in.arg(0));
                break;
            }
            Snapshot s = in.snapshot() == null ? null : snapshot(in.snapshot());
            Instr copy = out.emit(in.op(), in.imm(), in.feedback(), s, values(in.args()));
            if (in.result() != null) {
                map.put(in.result(), copy.result());
            }
        }
        return switch (result.kind()) {
            case INT64 -> out.emit(Op.BOX_INT, result);
            case FLOAT64 -> out.emit(Op.BOX_FLOAT, result);
            case BOOL -> out.emit(Op.BOX_BOOL, result);
            case OBJECT -> result;
        };
    }

    private List<Value> values(List<Value> vs) {
        List<Value> outList = new ArrayList<>(vs.size());
        for (Value v : vs) {
            outList.add(value(v));
        }
        return outList;
    }

    private Value value(Value v) {
        if (v.isConstant()) {
            return ed.constOfValue(v);
        }
        // Virtual placeholders are not remapped: each snapshot describes them itself.
        return map.getOrDefault(v, v);
    }

    private Snapshot snapshot(Snapshot s) {
        // not computeIfAbsent with a lambda, nor streams below: the passes' first runs are in the JVM's
        // interpreter, on the interpreter's thread, where each lambda call site costs a bootstrap
        Snapshot done = snapshots.get(s);
        if (done == null) {
            done = inlined(s);
            snapshots.put(s, done);
        }
        return done;
    }

    /** {@code k}, a snapshot of the callee, with its values renamed and the caller's frames outside it. */
    private Snapshot inlined(Snapshot k) {
        List<FrameState> frames = new ArrayList<>(outer);
        for (int i = 0; i < k.frames().size(); i++) {
            FrameState f = k.frames().get(i);
            Value fn = i == 0 ? function : value(f.function());
            frames.add(new FrameState(f.code(), f.pc(), fn, values(f.locals()), values(f.stack())));
        }
        List<VirtualObject> virtuals = new ArrayList<>(outerVirtuals);
        for (VirtualObject v : k.virtuals()) {
            virtuals.add(new VirtualObject(v.value(), v.op(), values(v.args())));
        }
        return new Snapshot(frames, virtuals);
    }

    /** The code a function's frames run, for recursion checks. */
    static boolean onStack(List<FrameState> frames, ObjRef code) {
        for (FrameState f : frames) {
            if (f.code().equals(code)) {
                return true;
            }
        }
        return false;
    }

    static boolean allObjects(List<Value> params) {
        for (Value p : params) {
            if (p.kind() != Kind.OBJECT) {
                return false;
            }
        }
        return true;
    }
}
