package org.hotpy.core.trace;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.hotpy.api.trace.Feedback;
import org.hotpy.api.trace.FrameState;
import org.hotpy.api.trace.Instr;
import org.hotpy.api.trace.ObjRef;
import org.hotpy.api.trace.Op;
import org.hotpy.api.trace.Snapshot;
import org.hotpy.api.trace.Trace;
import org.hotpy.api.trace.Value;
import org.hotpy.api.trace.VirtualObject;

/**
 * A 64-bit hash of what the text form of a recorded trace shows (anchor, path, ops, immediates,
 * constants, recorded types, snapshots), computed by walking the IR instead of printing it:
 * printing a trace only to hash the text cost richards ~30 ms of its main thread, most of it in
 * code the JVM was still interpreting. Values are numbered by first appearance and references by
 * name and first appearance, as the printer names them, so two traces whose texts are equal hash
 * alike. (A collision can only make tier 2 give up on an anchor.)
 */
final class RecordedShape {
    private final Map<Value, Integer> values = new IdentityHashMap<>();
    private final Map<ObjRef, Integer> refs = new HashMap<>();
    private long h = 0xcbf29ce484222325L;

    private RecordedShape() {}

    static long of(Trace t) {
        RecordedShape s = new RecordedShape();
        s.mix(t.anchor().type().ordinal());
        s.ref(t.anchor().code());
        s.mix(t.anchor().pc());
        s.values(t.params());
        for (Instr in : t.instructions()) {
            s.instr(in);
        }
        return s.h;
    }

    private void instr(Instr in) {
        mix(in.op().ordinal());
        if (in.op() == Op.LABEL) {
            values(in.labelValues());
        } else if (in.result() != null) {
            value(in.result());
        }
        mix(in.imm() == null ? 0 : in.imm().hashCode());
        values(in.args());
        Feedback f = in.feedback();
        if (f != null && !f.isEmpty()) {
            for (ObjRef type : f.types()) {
                ref(type);
            }
            ref(f.shape());
            ref(f.value());
        }
        Snapshot snap = in.snapshot();
        if (snap != null) {
            snapshot(snap);
        }
    }

    private void snapshot(Snapshot snap) {
        for (FrameState fs : snap.frames()) {
            ref(fs.code());
            mix(fs.pc());
            if (fs.function() != null) {
                value(fs.function());
            }
            values(fs.locals());
            mix(fs.stack().size());
            values(fs.stack());
        }
        for (VirtualObject v : snap.virtuals()) {
            value(v.value());
            mix(v.op().ordinal());
            values(v.args());
        }
    }

    private void values(List<Value> vs) {
        mix(vs.size());
        for (Value v : vs) {
            value(v);
        }
    }

    private void value(Value v) {
        mix(v.isConstant() ? 16 + v.kind().ordinal() : v.kind().ordinal()); // constant 1 is not value #1
        if (!v.isConstant()) {
            Integer n = values.get(v);
            if (n == null) {
                n = values.size();
                values.put(v, n);
            }
            mix(n);
            return;
        }
        switch (v.kind()) {
            case INT64 -> mix(v.longValue());
            case FLOAT64 -> mix(Double.doubleToLongBits(v.doubleValue()));
            case BOOL -> mix(v.boolValue() ? 1 : 2);
            case OBJECT -> ref(v.refValue());
        }
    }

    private void ref(ObjRef r) {
        if (r == null) {
            mix(-1);
            return;
        }
        Integer n = refs.get(r);
        if (n == null) {
            n = refs.size();
            refs.put(r, n);
            mix(r.refName().hashCode());
        }
        mix(n);
    }

    private void mix(long x) {
        h = (h ^ x) * 0x100000001b3L; // FNV-1a over 64-bit words
        h ^= h >>> 32;
    }
}
