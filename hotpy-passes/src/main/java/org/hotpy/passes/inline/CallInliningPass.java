package org.hotpy.passes.inline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hotpy.api.pass.PassContext;
import org.hotpy.api.pass.RuntimeFacts.CallSite;
import org.hotpy.api.pass.RuntimeFacts.FunctionInfo;
import org.hotpy.api.pass.RuntimeFacts.Instantiation;
import org.hotpy.api.pass.RuntimeFacts.Singleton;
import org.hotpy.api.pass.TracePass;
import org.hotpy.api.trace.Anchor;
import org.hotpy.api.trace.Emitter;
import org.hotpy.api.trace.Instr;
import org.hotpy.api.trace.ObjRef;
import org.hotpy.api.trace.Op;
import org.hotpy.api.trace.Snapshot;
import org.hotpy.api.trace.Trace;
import org.hotpy.api.trace.TraceEditor;
import org.hotpy.api.trace.TraceVerifier;
import org.hotpy.api.trace.Value;

/**
 * Inlines {@code call(@f, args)} of a known simple Python function (positional parameters only,
 * not a generator, no closure) when the runtime has a recorded entry trace for it: after
 * {@code guard_function_version(@f, v)} comes {@code enter_frame(@code, @f)}, the callee's
 * instructions with its parameters bound to the arguments (missing ones to the defaults, so there
 * is no argument packing and no frame allocation), then {@code leave_frame()}; the callee's locals
 * are SSA values, and its snapshots carry the caller's frame too, so the deoptimiser rebuilds both.
 * {@code call(@C, args)} of a class with plain instantiation becomes {@code new_instance} plus the
 * inlined {@code __init__}. Without a callee trace, a known simple function is still called
 * directly ({@code call_py}). Limits (options): {@code call-inlining.max-depth} (default 3),
 * {@code call-inlining.max-callee-size} (default 300 instructions); recursion is never inlined.
 * Stateless.
 */
public final class CallInliningPass implements TracePass {
    @Override
    public String name() {
        return "call-inlining";
    }

    @Override
    public Set<String> runsAfter() {
        return Set.of("global-lookup-caching", "type-specialisation");
    }

    /** Callees' own calls are inlined in later rounds, up to the depth limit. */
    @Override
    public int maxRuns() {
        return 3;
    }

    @Override
    public int spiVersion() {
        return TracePass.SPI_VERSION;
    }

    @Override
    public String description() {
        return "calls of known Python functions become their recorded bodies between enter/leave_frame";
    }

    @Override
    public Optional<String> notApplicable(Trace trace, PassContext context) {
        for (Instr in : trace.instructions()) {
            if (in.op() == Op.CALL && in.arg(0).isConstant()) {
                return Optional.empty();
            }
        }
        return Optional.of("no call of a constant callee");
    }

    @Override
    public Trace run(Trace trace, PassContext ctx) {
        TraceEditor ed = trace.edit();
        int maxDepth = ctx.intOption("call-inlining.max-depth", 3);
        int depth = 0;
        for (Instr in : ed.instructions()) {
            if (in.op() == Op.ENTER_FRAME) {
                depth++;
            } else if (in.op() == Op.LEAVE_FRAME) {
                depth--;
            } else if (in.op() == Op.CALL && in.arg(0).isConstant() && in.keywordNames().isEmpty()
                    && depth < maxDepth) {
                rewriteCall(ed, in, ctx);
            }
        }
        return ed.finish();
    }

    private static void rewriteCall(TraceEditor ed, Instr call, PassContext ctx) {
        ObjRef callee = call.arg(0).refValue();
        List<Value> args = new ArrayList<>(call.args().subList(1, call.argCount()));
        Optional<FunctionInfo> fn = ctx.runtime().functionInfo(callee);
        if (fn.isPresent()) {
            Optional<List<Value>> bound = bind(ed, fn.get(), args);
            if (bound.isEmpty()) {
                return;
            }
            Optional<Value> r = inline(ed, call, call.arg(0), fn.get(), bound.get(), ctx);
            if (r.isPresent()) {
                ed.replace(call, r.get());
            } else {
                Emitter e = ed.before(call);
                e.emit(Op.GUARD_FUNCTION_VERSION, call.snapshot(), call.arg(0), e.constInt(fn.get().version()));
                List<Value> direct = new ArrayList<>(bound.get());
                direct.add(0, call.arg(0));
                ed.rewrite(call, Op.CALL_PY, null, null, call.snapshot(), direct);
                ctx.stats().increment("direct-calls");
            }
            return;
        }
        ctx.runtime().instantiation(callee).ifPresent(inst -> instantiate(ed, call, callee, inst, args, ctx));
    }

    /** The arguments for every parameter: the positional ones given, then defaults; empty if they do not fit. */
    private static Optional<List<Value>> bind(TraceEditor ed, FunctionInfo fn, List<Value> args) {
        int missing = fn.parameterCount() - args.size();
        if (!fn.isSimple() || missing < 0 || missing > fn.defaults().size()) {
            return Optional.empty();
        }
        List<Value> out = new ArrayList<>(args);
        List<ObjRef> defaults = fn.defaults();
        for (int i = defaults.size() - missing; i < defaults.size(); i++) {
            out.add(ed.constRef(defaults.get(i)));
        }
        return Optional.of(out);
    }

    /** The callee's trace, if it can be spliced in before {@code call} (recursion, limits and call site checked). */
    private static Optional<Trace> body(Instr call, ObjRef callee, FunctionInfo fn, PassContext ctx) {
        Snapshot snap = call.snapshot();
        Optional<Trace> body = ctx.runtime().calleeTrace(callee);
        Optional<CallSite> site = ctx.runtime().callSite(snap.innermost().code(), snap.innermost().pc());
        if (body.isEmpty() || site.isEmpty() || !Inliner.fits(snap, site.get()) || !inlinable(body.get(), fn, ctx)
                || Inliner.onStack(snap.frames(), fn.code())) {
            return Optional.empty();
        }
        return body;
    }

    /** Splice the callee's trace before {@code call}; empty (and nothing emitted) if it cannot be. */
    private static Optional<Value> inline(TraceEditor ed, Instr call, Value function, FunctionInfo fn,
            List<Value> args, PassContext ctx) {
        return inline(ed, call, function, fn, args, null, ctx);
    }

    /**
     * As above; with {@code instance}, the callee is the {@code __init__} of the class {@code call}
     * instantiates: its frames name the class, and the caller's frame keeps the instance, which is
     * what the call returns when the deoptimiser finishes the {@code __init__} frame in tier 1.
     */
    private static Optional<Value> inline(TraceEditor ed, Instr call, Value function, FunctionInfo fn,
            List<Value> args, Value instance, PassContext ctx) {
        Optional<Trace> body = body(call, function.refValue(), fn, ctx);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        Snapshot snap = call.snapshot();
        CallSite site = ctx.runtime().callSite(snap.innermost().code(), snap.innermost().pc()).orElseThrow();
        Inliner inl = new Inliner(ed, call, snap, site, instance == null ? function : call.arg(0), instance);
        Emitter e = inl.out();
        e.emit(Op.GUARD_FUNCTION_VERSION, snap, function, e.constInt(fn.version()));
        e.emit(Op.ENTER_FRAME, snap, e.constRef(fn.code()), function);
        Value result = inl.splice(body.get(), args);
        e.emit(Op.LEAVE_FRAME);
        ctx.stats().increment("inlined");
        ctx.stats().add("callee-instructions", body.get().size());
        return Optional.of(result);
    }

    private static boolean inlinable(Trace body, FunctionInfo fn, PassContext ctx) {
        int maxSize = ctx.intOption("call-inlining.max-callee-size", 300);
        Instr end = body.terminator();
        boolean ok = body.anchor().type() == Anchor.Type.ENTRY && end != null && end.op() == Op.RETURN
                && body.label() == null && body.params().size() == fn.parameterCount()
                && Inliner.allObjects(body.params()) && body.size() <= maxSize && body.anchor().code().equals(fn.code());
        if (ok && !TraceVerifier.problems(body).isEmpty()) {
            ctx.stats().increment("callee-invalid");
            return false;
        }
        return ok;
    }

    /**
     * {@code C(args)} with plain instantiation: a new instance with the class's initial shape, then
     * {@code __init__(self, args)} inlined; {@code __init__} must return None (else TypeError), so
     * its result is guarded unless it is the None constant.
     */
    private static void instantiate(TraceEditor ed, Instr call, ObjRef cls, Instantiation inst, List<Value> args,
            PassContext ctx) {
        var version = ctx.runtime().typeVersion(cls);
        Optional<ObjRef> none = ctx.runtime().singleton(Singleton.NONE);
        if (version.isEmpty() || none.isEmpty()) {
            return;
        }
        if (inst.init() == null) {
            if (!args.isEmpty()) {
                return;
            }
            Emitter e = ed.before(call);
            e.emit(Op.GUARD_TYPE_VERSION, call.snapshot(), call.arg(0), e.constInt(version.getAsLong()));
            ed.replace(call, e.emit(Op.NEW_INSTANCE, call.arg(0), e.constRef(inst.initialShape())));
            ctx.stats().increment("instantiations");
            return;
        }
        Optional<FunctionInfo> init = ctx.runtime().functionInfo(inst.init());
        List<Value> withSelf = new ArrayList<>(args);
        withSelf.add(0, call.arg(0));
        Optional<List<Value>> bound = init.flatMap(fn -> bind(ed, fn, withSelf));
        if (bound.isEmpty() || body(call, inst.init(), init.get(), ctx).isEmpty()) {
            return;
        }
        Emitter e = ed.before(call);
        e.emit(Op.GUARD_TYPE_VERSION, call.snapshot(), call.arg(0), e.constInt(version.getAsLong()));
        Value self = e.emit(Op.NEW_INSTANCE, call.arg(0), e.constRef(inst.initialShape()));
        List<Value> initArgs = new ArrayList<>(bound.get());
        initArgs.set(0, self);
        Value r = inline(ed, call, ed.constRef(inst.init()), init.get(), initArgs, self, ctx).orElseThrow();
        if (!(r.isConstant() && r.refValue().equals(none.get()))) {
            ed.before(call).emit(Op.GUARD_IS, call.snapshot(), r, ed.constRef(none.get()));
        }
        ed.replace(call, self);
        ctx.stats().increment("instantiations");
    }
}
