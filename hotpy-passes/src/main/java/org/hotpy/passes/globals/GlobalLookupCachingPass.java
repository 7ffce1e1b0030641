package org.hotpy.passes.globals;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hotpy.api.pass.PassContext;
import org.hotpy.api.pass.RuntimeFacts.GlobalLookup;
import org.hotpy.api.pass.TracePass;
import org.hotpy.api.trace.Emitter;
import org.hotpy.api.trace.Instr;
import org.hotpy.api.trace.ObjRef;
import org.hotpy.api.trace.Op;
import org.hotpy.api.trace.Snapshot;
import org.hotpy.api.trace.Trace;
import org.hotpy.api.trace.TraceEditor;

/**
 * Turns {@code load_global[name](@globals, @builtins)} into the constant it finds now, behind a
 * {@code guard_globals_version} on the globals dict (and on the builtins dict when the name comes
 * from there: adding the name to the globals changes the globals' version, so that case is covered
 * too). A dict guarded once stays guarded until an opaque instruction, which might rebind a global,
 * so a trace without such instructions has one guard per dict; a repeated guard with no opaque
 * instruction before it is removed. A module-level {@code load_name} is a global load too. Loads
 * the view cannot answer stay, and so do loads from a dict the trace stores into (its version
 * changes on every store, so the guard would fail on the next iteration). Stateless.
 */
public final class GlobalLookupCachingPass implements TracePass {
    @Override
    public String name() {
        return "global-lookup-caching";
    }

    @Override
    public Set<String> runsBefore() {
        return Set.of("type-specialisation", "call-inlining");
    }

    /** Runs again after call inlining brings the callee's loads in. */
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
        return "global and builtin loads become constants behind one globals-version guard per dict";
    }

    @Override
    public Optional<String> notApplicable(Trace trace, PassContext context) {
        for (Instr in : trace.instructions()) {
            if (isGlobalLoad(in) || in.op() == Op.GUARD_GLOBALS_VERSION) {
                return Optional.empty();
            }
        }
        return Optional.of("no global loads");
    }

    @Override
    public Trace run(Trace trace, PassContext ctx) {
        TraceEditor ed = trace.edit();
        Map<ObjRef, Long> guarded = new HashMap<>();
        Set<ObjRef> stored = storedDicts(trace);
        for (Instr in : ed.instructions()) {
            if (in.op() == Op.GUARD_GLOBALS_VERSION) {
                ObjRef dict = in.arg(0).refValue();
                long version = in.arg(1).longValue();
                if (Long.valueOf(version).equals(guarded.get(dict))) {
                    ed.remove(in);
                    ctx.stats().increment("guards-removed");
                } else {
                    guarded.put(dict, version);
                }
            } else if (isGlobalLoad(in) && cache(ed, in, guarded, stored, ctx)) {
                ctx.stats().increment("loads-cached");
            } else if (in.isOpaque()) {
                // Arbitrary Python code may rebind a global: later loads need a fresh guard.
                guarded.clear();
            } else if (in.op() == Op.LABEL && loopRunsCode(trace, in, ctx)) {
                // The loop reaches the label again after its body: if that can rebind a global,
                // what the preamble guarded no longer holds there.
                guarded.clear();
            }
        }
        return ed.finish();
    }

    /** Whether the loop body has an opaque instruction other than a load this pass will cache. */
    private static boolean loopRunsCode(Trace trace, Instr label, PassContext ctx) {
        return trace.instructions().subList(label.position() + 1, trace.size()).stream()
                .anyMatch(i -> i.isOpaque() && !(i.op() == Op.LOAD_GLOBAL && ctx.runtime()
                        .lookupGlobal(i.arg(0).refValue(), i.arg(1).refValue(), i.name()).isPresent()));
    }

    /**
     * {@code load_global}, or {@code load_name} at module level (its locals mapping is the globals
     * dict, so it looks up the globals and then the builtins exactly as LOAD_GLOBAL does).
     */
    private static boolean isGlobalLoad(Instr in) {
        return in.op() == Op.LOAD_GLOBAL || (in.op() == Op.LOAD_NAME && in.arg(0).equals(in.arg(1)));
    }

    /** The dicts the trace stores into: their version changes on every iteration, so guards on them would always fail. */
    private static Set<ObjRef> storedDicts(Trace trace) {
        Set<ObjRef> out = new HashSet<>();
        for (Instr in : trace.instructions()) {
            if (in.op() == Op.STORE_GLOBAL || in.op() == Op.STORE_NAME) {
                out.add(in.arg(0).refValue());
            }
        }
        return out;
    }

    private static boolean cache(TraceEditor ed, Instr load, Map<ObjRef, Long> guarded, Set<ObjRef> stored,
            PassContext ctx) {
        int first = load.op() == Op.LOAD_NAME ? 1 : 0;
        ObjRef globals = load.arg(first).refValue();
        ObjRef builtins = load.arg(first + 1).refValue();
        Optional<GlobalLookup> found = ctx.runtime().lookupGlobal(globals, builtins, load.name());
        if (found.isEmpty() || stored.contains(globals) || (found.get().fromBuiltins() && stored.contains(builtins))) {
            return false;
        }
        GlobalLookup g = found.get();
        Emitter e = ed.before(load);
        guard(e, load.snapshot(), globals, g.globalsVersion(), guarded, ctx);
        if (g.fromBuiltins()) {
            guard(e, load.snapshot(), builtins, g.builtinsVersion(), guarded, ctx);
        }
        ed.replaceWithConstant(load, ed.constRef(g.value()));
        return true;
    }

    private static void guard(Emitter e, Snapshot s, ObjRef dict, long version, Map<ObjRef, Long> guarded,
            PassContext ctx) {
        if (!Long.valueOf(version).equals(guarded.get(dict))) {
            e.emit(Op.GUARD_GLOBALS_VERSION, s, e.constRef(dict), e.constInt(version));
            guarded.put(dict, version);
            ctx.stats().increment("guards-added");
        }
    }
}
