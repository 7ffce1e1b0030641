package org.hotpy.core.trace;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hotpy.api.pass.PassContext;
import org.hotpy.api.pass.RuntimeFacts.GlobalBinding;
import org.hotpy.api.pass.TracePass;
import org.hotpy.api.trace.Emitter;
import org.hotpy.api.trace.Instr;
import org.hotpy.api.trace.ObjRef;
import org.hotpy.api.trace.Op;
import org.hotpy.api.trace.Trace;
import org.hotpy.api.trace.TraceEditor;

/**
 * The simplest use of per-name watches, for hotpy-core's own tests (hotpy-passes is not on this
 * module's class path): every {@code load_global} whose name the trace does not store becomes the
 * constant {@code RuntimeView.watchGlobal} finds, behind a {@code guard_global_binding} on each of
 * its watches, right before the load (so no reasoning about what runs between guard and use).
 * Public with a no-argument constructor for ServiceLoader.
 */
public final class GlobalWatchTestPass implements TracePass {
    @Override
    public String name() {
        return "test-global-watches";
    }

    @Override
    public Trace run(Trace trace, PassContext ctx) {
        Set<List<Object>> stored = new HashSet<>();
        for (Instr in : trace.instructions()) {
            if (in.op() == Op.STORE_GLOBAL) {
                stored.add(List.of(in.arg(0).refValue(), in.name()));
            }
        }
        TraceEditor ed = trace.edit();
        for (Instr in : ed.instructions()) {
            if (in.op() != Op.LOAD_GLOBAL) {
                continue;
            }
            ObjRef globals = in.arg(0).refValue();
            ObjRef builtins = in.arg(1).refValue();
            Optional<GlobalBinding> b = ctx.runtime().watchGlobal(globals, builtins, in.name());
            if (b.isEmpty() || b.get().rebindsOften() || stored.contains(List.of(globals, in.name()))
                    || stored.contains(List.of(builtins, in.name()))) {
                continue;
            }
            Emitter e = ed.before(in);
            for (ObjRef w : b.get().watches()) {
                e.emit(Op.GUARD_GLOBAL_BINDING, in.snapshot(), e.constRef(w));
            }
            ed.replaceWithConstant(in, ed.constRef(b.get().value()));
        }
        return ed.finish();
    }
}
