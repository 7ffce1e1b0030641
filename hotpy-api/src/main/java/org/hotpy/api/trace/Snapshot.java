package org.hotpy.api.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The interpreter state a guard (or an op that can raise, or {@code exit}) leaves to: one
 * {@link FrameState} per frame of the possibly inlined call chain, outermost first, plus the
 * {@link VirtualObject}s the frames name. Immutable; many instructions may share one.
 *
 * <p>Text form: {@code {@f:14 [i0, p1 | p2], @g:3(@fn_g) [i7]; p9 = build_tuple(i0, p1)}}, or
 * {@code {=}} for "the same snapshot as the previous instruction that has one".
 *
 * @param frames    the frames, outermost first (at least one)
 * @param virtuals  the virtual objects the frames (or other virtuals) refer to
 */
public record Snapshot(List<FrameState> frames, List<VirtualObject> virtuals) {
    public Snapshot {
        frames = List.copyOf(frames);
        virtuals = List.copyOf(virtuals);
    }

    /** A snapshot of one frame and no virtuals. */
    public static Snapshot of(FrameState frame) {
        return new Snapshot(List.of(frame), List.of());
    }

    /** A one-frame snapshot: code, pc, locals, stack. */
    public static Snapshot of(ObjRef code, int pc, List<Value> locals, List<Value> stack) {
        return of(FrameState.of(code, pc, locals, stack));
    }

    /** The innermost frame. */
    public FrameState innermost() {
        return frames.get(frames.size() - 1);
    }

    /** The virtual object describing {@code v}, or {@code null}. */
    public VirtualObject virtualOf(Value v) {
        for (VirtualObject vo : virtuals) {
            if (vo.value() == v) {
                return vo;
            }
        }
        return null;
    }

    /** Every value the snapshot refers to: frame functions, slots, virtual fields (not placeholders). */
    public List<Value> uses() {
        List<Value> out = new ArrayList<>();
        for (FrameState f : frames) {
            if (f.function() != null) {
                out.add(f.function());
            }
            out.addAll(f.locals());
            out.addAll(f.stack());
        }
        for (VirtualObject v : virtuals) {
            out.addAll(v.args());
        }
        return out;
    }

    /** This snapshot with every referenced value (including placeholders) passed through {@code map}; {@code this} if none changes. */
    public Snapshot map(UnaryOperator<Value> map) {
        boolean changed = false;
        List<FrameState> fs = new ArrayList<>(frames.size());
        for (FrameState f : frames) {
            Value fn = f.function() == null ? null : map.apply(f.function());
            List<Value> locals = ListUtil.map(f.locals(), map);
            List<Value> stack = ListUtil.map(f.stack(), map);
            if (fn != f.function() || locals != f.locals() || stack != f.stack()) {
                changed = true;
                fs.add(new FrameState(f.code(), f.pc(), fn, locals, stack));
            } else {
                fs.add(f);
            }
        }
        List<VirtualObject> vs = new ArrayList<>(virtuals.size());
        for (VirtualObject v : virtuals) {
            Value p = map.apply(v.value());
            List<Value> args = ListUtil.map(v.args(), map);
            if (p != v.value() || args != v.args()) {
                changed = true;
                vs.add(new VirtualObject(p, v.op(), args));
            } else {
                vs.add(v);
            }
        }
        return changed ? new Snapshot(fs, vs) : this;
    }

    /** This snapshot with {@code extra} virtuals added (replacing any for the same placeholder). */
    public Snapshot withVirtuals(List<VirtualObject> extra) {
        List<VirtualObject> vs = new ArrayList<>();
        for (VirtualObject v : virtuals) {
            if (!placeholderIn(extra, v)) {
                vs.add(v);
            }
        }
        vs.addAll(extra);
        return new Snapshot(frames, vs);
    }

    // a loop, not a stream: passes run this on the program's thread, where a stream's first use
    // sets up JDK machinery that no start-up archive holds
    private static boolean placeholderIn(List<VirtualObject> vos, VirtualObject v) {
        for (VirtualObject e : vos) {
            if (e.value() == v.value()) {
                return true;
            }
        }
        return false;
    }

    /** This snapshot with {@code outer} frames put outside its own (for inlining a callee's snapshot). */
    public Snapshot withOuterFrames(List<FrameState> outer) {
        List<FrameState> fs = new ArrayList<>(outer);
        fs.addAll(frames);
        return new Snapshot(fs, virtuals);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Snapshot s && frames.equals(s.frames) && virtuals.equals(s.virtuals);
    }

    @Override
    public int hashCode() {
        return Objects.hash(frames, virtuals);
    }
}
