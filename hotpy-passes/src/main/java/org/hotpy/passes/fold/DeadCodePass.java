package org.hotpy.passes.fold;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import org.hotpy.api.pass.PassContext;
import org.hotpy.api.pass.TracePass;
import org.hotpy.api.trace.Instr;
import org.hotpy.api.trace.Op;
import org.hotpy.api.trace.Snapshot;
import org.hotpy.api.trace.Trace;
import org.hotpy.api.trace.TraceEditor;
import org.hotpy.api.trace.Value;

/**
 * Removes instructions whose results nothing needs: a backward liveness sweep where operands,
 * snapshots (the deoptimiser needs every value they name), label and jump arguments keep values
 * alive, and only ops without effects ({@link Instr#isRemovableIfUnused()}) may go. Then removes
 * {@code enter_frame}/{@code leave_frame} pairs with no instruction between them that can exit
 * (nothing would ever need to rebuild that frame). Stateless.
 */
public final class DeadCodePass implements TracePass {
    @Override
    public String name() {
        return "dead-code-elimination";
    }

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
        return "removes unused effect-free instructions and frame markers nothing can exit through";
    }

    @Override
    public Trace run(Trace trace, PassContext ctx) {
        TraceEditor ed = trace.edit();
        boolean[] live = new boolean[trace.valueCount()];
        boolean[] removed = new boolean[trace.size()];
        List<Instr> instrs = trace.instructions();
        for (int i = instrs.size() - 1; i >= 0; i--) {
            Instr in = instrs.get(i);
            boolean used = in.result() != null && live[in.result().index()];
            if (in.isRemovableIfUnused() && !used) {
                ed.remove(in);
                removed[i] = true;
                ctx.stats().increment("removed");
                continue;
            }
            for (Value a : in.args()) {
                live[a.index()] = true;
            }
            if (in.snapshot() != null) {
                markSnapshot(in.snapshot(), live);
            }
        }
        removeIdleFrames(ed, instrs, removed, ctx);
        return ed.finish();
    }

    private static void markSnapshot(Snapshot s, boolean[] live) {
        for (Value v : s.uses()) {
            live[v.index()] = true;
        }
    }

    /** An inlined frame is needed when an instruction inside it can exit (an inner needed frame counts). */
    private static void removeIdleFrames(TraceEditor ed, List<Instr> instrs, boolean[] removed, PassContext ctx) {
        Deque<Instr> enters = new ArrayDeque<>();
        Deque<Boolean> needed = new ArrayDeque<>();
        for (int i = 0; i < instrs.size(); i++) {
            Instr in = instrs.get(i);
            if (removed[i]) {
                continue;
            }
            if (in.op() == Op.ENTER_FRAME) {
                enters.push(in);
                needed.push(false);
            } else if (in.op() == Op.LEAVE_FRAME && !enters.isEmpty()) {
                Instr enter = enters.pop();
                if (needed.pop()) {
                    markTop(needed);
                } else {
                    ed.remove(enter);
                    ed.remove(in);
                    ctx.stats().increment("frames-removed");
                }
            } else if (in.snapshot() != null) {
                markTop(needed);
            }
        }
    }

    private static void markTop(Deque<Boolean> needed) {
        if (!needed.isEmpty()) {
            needed.pop();
            needed.push(true);
        }
    }

    @Override
    public Set<String> runsAfter() {
        return Set.of("constant-folding", "escape-unboxing", "type-specialisation", "call-inlining",
                "global-lookup-caching", "loop-peeling");
    }
}
