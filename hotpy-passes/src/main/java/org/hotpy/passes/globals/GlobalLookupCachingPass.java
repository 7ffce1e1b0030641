package org.hotpy.passes.globals;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hotpy.api.pass.PassContext;
import org.hotpy.api.pass.RuntimeFacts.GlobalBinding;
import org.hotpy.api.pass.RuntimeFacts.GlobalLookup;
import org.hotpy.api.pass.TracePass;
import org.hotpy.api.trace.Emitter;
import org.hotpy.api.trace.Instr;
import org.hotpy.api.trace.ObjRef;
import org.hotpy.api.trace.Op;
import org.hotpy.api.trace.Snapshot;
import org.hotpy.api.trace.Trace;
import org.hotpy.api.trace.TraceEditor;
import org.hotpy.api.trace.Value;

/**
 * Turns {@code load_global[name](@globals, @builtins)} into the constant it finds now. A module-level
 * {@code load_name} is a global load too. Loads the view cannot answer stay.
 *
 * <p><b>Per-name watches</b> (when the view answers {@code watchGlobal}): the constant is guarded
 * by {@code guard_global_binding} on a watch of that one name (and, for a builtin, on its absence
 * from the globals), which stores to other names leave valid. A watch guarded once stays guarded
 * until an opaque instruction other than a store into a dict the trace holds a guarded watch on:
 * such a dict has only str keys (the runtime invalidates its watches otherwise), so a store into it
 * runs no Python code and can change no other name. A load of a name the trace stored, with nothing
 * opaque in between, becomes the stored value (with watches or versions alike). Other loads of
 * names the trace stores into the same dict stay loads, unless every such store writes back the
 * object the name is bound to; so do names the view says are rebound often.
 *
 * <p><b>Whole-dict versions</b> (views without watches): {@code guard_globals_version} on the
 * globals dict (and on the builtins dict when the name comes from there: adding the name to the
 * globals changes the globals' version, so that case is covered too), one per dict until an opaque
 * instruction; loads from a dict the trace stores into stay (its version changes on every store).
 *
 * <p>A repeated guard with nothing opaque before it is removed. Stateless.
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
        return "global and builtin loads become constants behind per-name watches (or one globals-version guard per dict)";
    }

    @Override
    public Optional<String> notApplicable(Trace trace, PassContext context) {
        for (Instr in : trace.instructions()) {
            if (isGlobalLoad(in) || in.op() == Op.GUARD_GLOBALS_VERSION || in.op() == Op.GUARD_GLOBAL_BINDING) {
                return Optional.empty();
            }
        }
        return Optional.of("no global loads");
    }

    @Override
    public Trace run(Trace trace, PassContext ctx) {
        TraceEditor ed = trace.edit();
        Guards g = new Guards(ctx);
        Set<ObjRef> storedDicts = new HashSet<>();
        Set<List<Object>> storedNames = new HashSet<>();
        Map<Value, List<Object>> loadedFrom = new HashMap<>();
        Map<List<Object>, Instr> someLoad = new HashMap<>();
        for (Instr in : trace.instructions()) {
            if (isGlobalLoad(in)) {
                List<Object> key = List.of(globalsOf(in), in.name());
                loadedFrom.put(in.result(), key);
                someLoad.putIfAbsent(key, in);
            }
        }
        for (Instr in : trace.instructions()) {
            if (isStore(in)) {
                List<Object> key = List.of(in.arg(0).refValue(), in.name());
                storedDicts.add(in.arg(0).refValue());
                if (!storesWhatIsBound(in, key, loadedFrom, someLoad, ctx)) {
                    storedNames.add(key);
                }
            }
        }
        // One plan per (globals, builtins, name): the label checks below ask again for the body's loads.
        Plans planOf = new Plans(ctx, storedDicts, storedNames);
        for (Instr in : ed.instructions()) {
            if (in.op() == Op.GUARD_GLOBALS_VERSION || in.op() == Op.GUARD_GLOBAL_BINDING) {
                if (g.alreadyHolds(in)) {
                    ed.remove(in);
                    ctx.stats().increment("guards-removed");
                }
            } else if (isGlobalLoad(in)) {
                Plan p = planOf.apply(in);
                Value forwarded = g.stored.get(List.of(p.globals, in.name()));
                if (forwarded != null) {
                    // The trace stored the name into the globals, and nothing since could change it.
                    ed.replace(in, ed.resolve(forwarded));
                    ctx.stats().increment("loads-forwarded");
                } else if (p.cacheable()) {
                    g.guardAndReplace(ed, in, p);
                    ctx.stats().increment("loads-cached");
                } else {
                    // The load stays, and it is opaque: a missing name reaches the embedding's fallback.
                    ctx.stats().increment(p.binding != null ? "loads-left-stored-or-rebound" : "loads-left");
                    g.clear();
                }
            } else if (isStore(in)) {
                ObjRef dict = in.arg(0).refValue();
                if (g.watchesDict(dict)) {
                    g.versions.clear(); // the dict's version changed; no other name's binding did
                } else {
                    g.clear(); // it may run code (a colliding key's __eq__)
                }
                g.stored.put(List.of(dict, in.name()), in.arg(1));
            } else if (in.isOpaque()) {
                // Arbitrary Python code may rebind a global: later loads need a fresh guard.
                g.clear();
            } else if (in.op() == Op.LABEL) {
                // The loop reaches the label again after its body: what the body can rebind no
                // longer holds there.
                List<Instr> body = trace.instructions().subList(in.position() + 1, trace.size());
                if (runsCode(body, planOf, g, false)) {
                    g.versions.clear();
                }
                if (runsCode(body, planOf, g, true)) {
                    g.watched.clear();
                }
                g.stored.clear(); // after the back-edge, the body's stores are the last ones
            }
        }
        return ed.finish();
    }

    /**
     * Whether the loop body has an opaque instruction other than a load this pass will cache (and,
     * for watches, a store into a dict with a guarded watch).
     */
    private static boolean runsCode(List<Instr> body, Plans planOf, Guards g, boolean forWatches) {
        for (Instr i : body) {
            if (!i.isOpaque() || (isGlobalLoad(i) && planOf.apply(i).cacheable())) {
                continue;
            }
            if (forWatches && isStore(i) && g.watchesDict(i.arg(0).refValue())) {
                continue;
            }
            return true;
        }
        return false;
    }

    /**
     * Whether {@code store} writes back the object the name is bound to: the result of a load of
     * the same name (pystone's {@code rec_glob = proc_1(rec_glob)}, once proc_1 is inlined), or the
     * constant the name holds now (a store of the same object leaves its watch valid, as in
     * {@code int_glob = 5}). Such a name can still be cached: if anything else rebinds it, its watch
     * fails at the next guard.
     */
    private static boolean storesWhatIsBound(Instr store, List<Object> key, Map<Value, List<Object>> loadedFrom,
            Map<List<Object>, Instr> someLoad, PassContext ctx) {
        Value v = store.arg(1);
        if (key.equals(loadedFrom.get(v))) {
            return true;
        }
        Instr load = someLoad.get(key);
        if (!v.isConstant() || load == null) {
            return false;
        }
        Optional<GlobalBinding> b = ctx.runtime().watchGlobal(globalsOf(load), builtinsOf(load), load.name());
        return b.isPresent() && !b.get().fromBuiltins() && b.get().value().equals(v.refValue());
    }

    /**
     * The plan of each global load, one per (globals, builtins, name). A class rather than a lambda
     * over {@code computeIfAbsent}: the passes' first runs are in the JVM's interpreter, on the
     * interpreter's thread, where each lambda call site costs a bootstrap.
     */
    private static final class Plans {
        private final Map<List<Object>, Plan> plans = new HashMap<>();
        private final PassContext ctx;
        private final Set<ObjRef> storedDicts;
        private final Set<List<Object>> storedNames;

        Plans(PassContext ctx, Set<ObjRef> storedDicts, Set<List<Object>> storedNames) {
            this.ctx = ctx;
            this.storedDicts = storedDicts;
            this.storedNames = storedNames;
        }

        Plan apply(Instr load) {
            List<Object> key = List.of(globalsOf(load), builtinsOf(load), load.name());
            Plan p = plans.get(key);
            if (p == null) {
                p = plan(load, ctx, storedDicts, storedNames);
                plans.put(key, p);
            }
            return p;
        }
    }

    private static ObjRef globalsOf(Instr load) {
        return load.arg(load.op() == Op.LOAD_NAME ? 1 : 0).refValue();
    }

    private static ObjRef builtinsOf(Instr load) {
        return load.arg(load.op() == Op.LOAD_NAME ? 2 : 1).refValue();
    }

    /**
     * {@code load_global}, or {@code load_name} at module level (its locals mapping is the globals
     * dict, so it looks up the globals and then the builtins exactly as LOAD_GLOBAL does).
     */
    private static boolean isGlobalLoad(Instr in) {
        return in.op() == Op.LOAD_GLOBAL || (in.op() == Op.LOAD_NAME && in.arg(0).equals(in.arg(1)));
    }

    /** {@code store_global}, or {@code store_name} (into its locals mapping, the globals at module level). */
    private static boolean isStore(Instr in) {
        return in.op() == Op.STORE_GLOBAL || in.op() == Op.STORE_NAME;
    }

    /** How a load can be cached: by watches, by versions, or not at all. */
    private record Plan(ObjRef globals, ObjRef builtins, GlobalBinding binding, GlobalLookup lookup) {
        boolean cacheable() {
            return (binding != null && !binding.watches().isEmpty()) || lookup != null;
        }

        ObjRef value() {
            return binding != null ? binding.value() : lookup.value();
        }
    }

    private static Plan plan(Instr load, PassContext ctx, Set<ObjRef> storedDicts, Set<List<Object>> storedNames) {
        ObjRef globals = globalsOf(load);
        ObjRef builtins = builtinsOf(load);
        Optional<GlobalBinding> watched = ctx.runtime().watchGlobal(globals, builtins, load.name());
        if (watched.isPresent()) {
            GlobalBinding b = watched.get();
            boolean stored = storedNames.contains(List.of(globals, load.name()))
                    || (b.fromBuiltins() && storedNames.contains(List.of(builtins, load.name())));
            // A name the trace stores stays a load: its watch would fail on the next iteration.
            return new Plan(globals, builtins, stored ? new GlobalBinding(b.value(), b.fromBuiltins(), List.of(), true) : b,
                    null);
        }
        Optional<GlobalLookup> found = ctx.runtime().lookupGlobal(globals, builtins, load.name());
        if (found.isEmpty() || storedDicts.contains(globals) || (found.get().fromBuiltins() && storedDicts.contains(builtins))) {
            return new Plan(globals, builtins, null, null);
        }
        return new Plan(globals, builtins, null, found.get());
    }

    /** The guards in force at the current instruction. */
    private static final class Guards {
        final PassContext ctx;
        /** Dict versions guarded since the last opaque instruction. */
        final Map<ObjRef, Long> versions = new HashMap<>();
        /** Watches guarded since the last opaque instruction, with the dict each is on (null: unknown). */
        final Map<ObjRef, ObjRef> watched = new HashMap<>();
        /** The values the trace stored, by (dict, name), since the last opaque instruction. */
        final Map<List<Object>, Value> stored = new HashMap<>();

        Guards(PassContext ctx) {
            this.ctx = ctx;
        }

        void clear() {
            versions.clear();
            watched.clear();
            stored.clear();
        }

        /** Whether a guard with a watch on {@code dict} is in force (so a store into it runs no code). */
        boolean watchesDict(ObjRef dict) {
            return watched.containsValue(dict);
        }

        /** Whether an existing guard repeats one in force; records it otherwise. */
        boolean alreadyHolds(Instr guard) {
            ObjRef ref = guard.arg(0).refValue();
            if (guard.op() == Op.GUARD_GLOBAL_BINDING) {
                if (watched.containsKey(ref)) {
                    return true;
                }
                watched.put(ref, ctx.runtime().watchedDict(ref).orElse(null));
                return false;
            }
            long version = guard.arg(1).longValue();
            if (Long.valueOf(version).equals(versions.get(ref))) {
                return true;
            }
            versions.put(ref, version);
            return false;
        }

        void guardAndReplace(TraceEditor ed, Instr load, Plan p) {
            Emitter e = ed.before(load);
            Snapshot s = load.snapshot();
            if (p.binding != null) {
                List<ObjRef> ws = p.binding.watches();
                for (int i = 0; i < ws.size(); i++) {
                    // The first watch is on the globals; a builtin's second is on the builtins.
                    watch(e, s, ws.get(i), i == 0 ? p.globals : p.builtins);
                }
            } else {
                version(e, s, p.globals, p.lookup.globalsVersion());
                if (p.lookup.fromBuiltins()) {
                    version(e, s, p.builtins, p.lookup.builtinsVersion());
                }
            }
            ed.replaceWithConstant(load, ed.constRef(p.value()));
        }

        private void watch(Emitter e, Snapshot s, ObjRef w, ObjRef dict) {
            if (!watched.containsKey(w)) {
                e.emit(Op.GUARD_GLOBAL_BINDING, s, e.constRef(w));
                ctx.stats().increment("guards-added");
            }
            watched.put(w, dict);
        }

        private void version(Emitter e, Snapshot s, ObjRef dict, long version) {
            if (!Long.valueOf(version).equals(versions.get(dict))) {
                e.emit(Op.GUARD_GLOBALS_VERSION, s, e.constRef(dict), e.constInt(version));
                versions.put(dict, version);
                ctx.stats().increment("guards-added");
            }
        }
    }
}
