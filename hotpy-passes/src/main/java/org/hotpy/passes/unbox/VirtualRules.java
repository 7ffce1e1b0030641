package org.hotpy.passes.unbox;

import java.util.Optional;

import org.hotpy.api.pass.PassContext;
import org.hotpy.api.trace.Instr;
import org.hotpy.api.trace.ObjRef;
import org.hotpy.api.trace.Op;
import org.hotpy.api.trace.TraceEditor;
import org.hotpy.api.trace.Value;

/** Uses of virtual objects that are answered from their tracked fields. */
final class VirtualRules {
    private VirtualRules() {
    }

    /** {@code get_slot}, {@code set_slot}, {@code set_shape} on a virtual instance. */
    static boolean slotAccess(TraceEditor ed, Virtuals vs, Instr in, PassContext ctx) {
        Virtuals.State s = vs.get(in.arg(0));
        if (s == null || s.op != Op.NEW_INSTANCE) {
            return false;
        }
        switch (in.op()) {
            case GET_SLOT -> {
                int i = s.slotBase() + in.intImm();
                if (i >= s.fields.size()) {
                    return false;
                }
                ed.replace(in, s.fields.get(i));
            }
            case SET_SLOT -> {
                if (in.arg(1) == in.arg(0)) {
                    return false;
                }
                int i = s.slotBase() + in.intImm();
                while (s.fields.size() <= i) {
                    s.fields.add(ed.constNull());
                }
                s.fields.set(i, in.arg(1));
                ed.remove(in);
            }
            default -> {
                s.fields.set(1, in.arg(1));
                ed.remove(in);
            }
        }
        ctx.stats().increment("field-accesses");
        return true;
    }

    /** A type or shape guard on a virtual object passes when what is known matches; otherwise it escapes. */
    static boolean guard(TraceEditor ed, Virtuals vs, Instr in, PassContext ctx) {
        Virtuals.State s = vs.get(in.arg(0));
        if (s == null) {
            return false;
        }
        ObjRef want = in.arg(1).refValue();
        Optional<ObjRef> have = in.op() == Op.GUARD_TYPE ? vs.typeOf(in.arg(0))
                : s.op == Op.NEW_INSTANCE ? Optional.of(s.fields.get(1).refValue()) : Optional.empty();
        if (have.isEmpty() || !have.get().equals(want)) {
            return false;
        }
        ed.remove(in);
        ctx.stats().increment("guards-removed");
        return true;
    }

    /** Item access and length of a virtual tuple or list with a constant index. */
    static boolean sequenceAccess(TraceEditor ed, Virtuals vs, Instr in, PassContext ctx) {
        Virtuals.State s = vs.get(in.arg(0));
        if (s == null || (s.op != Op.BUILD_TUPLE && s.op != Op.BUILD_LIST)
                || (s.op == Op.BUILD_TUPLE && in.op() != Op.TUPLE_GET_ITEM && in.op() != Op.LEN)
                || (s.op == Op.BUILD_LIST && in.op() == Op.TUPLE_GET_ITEM)) {
            return false;
        }
        int n = s.fields.size();
        switch (in.op()) {
            case LEN -> ed.replaceWithConstant(in, ed.constInt(n));
            case LIST_APPEND -> {
                if (in.arg(1) == in.arg(0)) {
                    return false;
                }
                s.fields.add(in.arg(1));
                ed.remove(in);
            }
            default -> {
                // Python indexing: a negative index counts from the end; out of range the guard exits.
                if (!in.arg(1).isConstant()) {
                    return false;
                }
                long k = in.arg(1).longValue();
                long i = k < 0 ? k + n : k;
                if (i < 0 || i >= n || (in.op() == Op.LIST_SET_ITEM && in.arg(2) == in.arg(0))) {
                    return false;
                }
                if (in.op() == Op.LIST_SET_ITEM) {
                    s.fields.set((int) i, in.arg(2));
                    ed.remove(in);
                } else {
                    ed.replace(in, s.fields.get((int) i));
                }
            }
        }
        ctx.stats().increment("item-accesses");
        return true;
    }
}
