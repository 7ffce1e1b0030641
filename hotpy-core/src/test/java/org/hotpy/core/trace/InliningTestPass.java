package org.hotpy.core.trace;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hotpy.api.pass.PassContext;
import org.hotpy.api.pass.RuntimeFacts.CallSite;
import org.hotpy.api.pass.RuntimeFacts.FunctionInfo;
import org.hotpy.api.pass.TracePass;
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
 * A minimal call inliner for hotpy-core's own tests (hotpy-passes is not on this module's class
 * path): {@code call(f, args)} of a simple function (a constant, or the function the recorder saw,
 * guarded with {@code guard_is}) with all its positional arguments and a
 * recorded entry trace becomes {@code guard_function_version}, {@code enter_frame}, the callee's
 * body (snapshots gaining the caller's frame) and {@code leave_frame}, up to three frames deep, as
 * the standard call-inlining pass does. Public with a no-argument constructor for ServiceLoader.
 */
public final class InliningTestPass implements TracePass {
    private static final int MAX_DEPTH = 3;

    @Override
    public String name() {
        return "test-inlining";
    }

    @Override
    public int maxRuns() {
        return MAX_DEPTH;
    }

    @Override
    public Trace run(Trace trace, PassContext ctx) {
        TraceEditor ed = trace.edit();
        int depth = 0;
        for (Instr in : ed.instructions()) {
            if (in.op() == Op.ENTER_FRAME) {
                depth++;
            } else if (in.op() == Op.LEAVE_FRAME) {
                depth--;
            } else if (in.op() == Op.CALL && depth < MAX_DEPTH && callee(in) != null && in.keywordNames().isEmpty()) {
                inline(ed, in, ctx);
            }
        }
        return ed.finish();
    }

    /** The function called: a constant, or (without global-lookup caching) the one the recorder saw. */
    private static ObjRef callee(Instr call) {
        return call.arg(0).isConstant() ? call.arg(0).refValue() : call.feedback().value();
    }

    private static void inline(TraceEditor ed, Instr call, PassContext ctx) {
        ObjRef callee = callee(call);
        Optional<FunctionInfo> fn = ctx.runtime().functionInfo(callee);
        Optional<Trace> body = ctx.runtime().calleeTrace(callee);
        Snapshot snap = call.snapshot();
        Optional<CallSite> site = ctx.runtime().callSite(snap.innermost().code(), snap.innermost().pc());
        int nargs = call.argCount() - 1;
        if (fn.isEmpty() || body.isEmpty() || site.isEmpty() || !fn.get().isSimple()
                || fn.get().parameterCount() != nargs || body.get().params().size() != nargs
                || body.get().terminator() == null || body.get().terminator().op() != Op.RETURN
                || body.get().params().stream().anyMatch(p -> p.kind() != Kind.OBJECT)
                || snap.innermost().stack().size() < site.get().consumedSlots()
                || snap.frames().stream().anyMatch(f -> f.code().equals(fn.get().code()))) {
            return;
        }
        List<FrameState> outer = new ArrayList<>(snap.frames());
        FrameState caller = outer.remove(outer.size() - 1);
        List<Value> stack = caller.stack().subList(0, caller.stack().size() - site.get().consumedSlots());
        outer.add(new FrameState(caller.code(), site.get().returnPc(), caller.function(), caller.locals(), stack));
        Emitter e = ed.before(call);
        Value function = call.arg(0);
        if (!function.isConstant()) {
            function = e.constRef(callee);
            e.emit(Op.GUARD_IS, snap, call.arg(0), function);
        }
        e.emit(Op.GUARD_FUNCTION_VERSION, snap, function, e.constInt(fn.get().version()));
        e.emit(Op.ENTER_FRAME, snap, e.constRef(fn.get().code()), function);
        Value result = new Splicer(ed, e, outer, snap.virtuals(), function).splice(body.get(),
                call.args().subList(1, call.argCount()));
        e.emit(Op.LEAVE_FRAME);
        ed.replace(call, result);
    }

    /** Copies a callee trace's instructions, renaming its values and prefixing its snapshots' frames. */
    private record Splicer(TraceEditor ed, Emitter out, List<FrameState> outer, List<VirtualObject> outerVirtuals,
            Value function, Map<Value, Value> map) {
        Splicer(TraceEditor ed, Emitter out, List<FrameState> outer, List<VirtualObject> outerVirtuals,
                Value function) {
            this(ed, out, outer, outerVirtuals, function, new IdentityHashMap<>());
        }

        Value splice(Trace callee, List<Value> args) {
            for (int i = 0; i < args.size(); i++) {
                map.put(callee.params().get(i), args.get(i));
            }
            for (Instr in : callee.instructions()) {
                if (in.op() == Op.RETURN) {
                    Value r = value(in.arg(0));
                    return switch (r.kind()) {
                        case INT64 -> out.emit(Op.BOX_INT, r);
                        case FLOAT64 -> out.emit(Op.BOX_FLOAT, r);
                        case BOOL -> out.emit(Op.BOX_BOOL, r);
                        case OBJECT -> r;
                    };
                }
                Snapshot s = in.snapshot() == null ? null : snapshot(in.snapshot());
                Instr copy = out.emit(in.op(), in.imm(), in.feedback(), s, values(in.args()));
                if (in.result() != null) {
                    map.put(in.result(), copy.result());
                }
            }
            throw new IllegalStateException("a callee trace without return");
        }

        private List<Value> values(List<Value> vs) {
            List<Value> r = new ArrayList<>(vs.size());
            for (Value v : vs) {
                r.add(value(v));
            }
            return r;
        }

        private Value value(Value v) {
            return v.isConstant() ? ed.constOfValue(v) : map.getOrDefault(v, v);
        }

        private Snapshot snapshot(Snapshot s) {
            List<FrameState> frames = new ArrayList<>(outer);
            for (int i = 0; i < s.frames().size(); i++) {
                FrameState f = s.frames().get(i);
                Value fn = i == 0 ? function : value(f.function());
                frames.add(new FrameState(f.code(), f.pc(), fn, values(f.locals()), values(f.stack())));
            }
            List<VirtualObject> virtuals = new ArrayList<>(outerVirtuals);
            for (VirtualObject v : s.virtuals()) {
                virtuals.add(new VirtualObject(v.value(), v.op(), values(v.args())));
            }
            return new Snapshot(frames, virtuals);
        }
    }
}
