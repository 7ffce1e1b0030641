package org.hotpy.api.trace;

import java.util.List;
import java.util.Objects;

/**
 * One frame of a {@link Snapshot}: enough to rebuild a tier-1 heap frame.
 *
 * <p>For the innermost frame, {@code pc} is the bytecode index where tier 1 resumes (re-executing
 * the instruction a guard protects, or raising there). For every outer frame, {@code pc} is the
 * index where that frame continues once the inner frame returns, and {@code stack} excludes the
 * value the inner frame will return: the deoptimiser pushes it.
 *
 * <p>Slots hold values of any kind (primitives are boxed by kind), constants, {@link ObjRef#NULL}
 * for an unbound local or CPython's NULL stack entry, or values described as virtual in the snapshot.
 *
 * <p>Text form: {@code @code:pc [locals | stack]}, with {@code (func)} after the pc for an inlined
 * frame: {@code @g:3(@fn_g) [i7]}. The stack part and its bar may be left out when empty.
 *
 * @param code      the code object
 * @param pc        the bytecode index (see above)
 * @param function  the function whose call made this frame (globals, closure), or {@code null} for
 *                  the outermost frame, which is the frame the trace was entered from; for the
 *                  {@code __init__} frame of an inlined instantiation {@code C(args)}, the class
 *                  {@code C}: the caller's stack then ends with the new instance, which stays there
 *                  as the call's result once {@code __init__} returns None (else TypeError)
 * @param locals    the local slots, in the code's order ({@code co_varnames}, then cells)
 * @param stack     the value stack, bottom first
 */
public record FrameState(ObjRef code, int pc, Value function, List<Value> locals, List<Value> stack) {
    public FrameState {
        Objects.requireNonNull(code, "code");
        if (pc < 0) {
            throw new IllegalArgumentException("pc must be >= 0, not " + pc);
        }
        locals = List.copyOf(locals);
        stack = List.copyOf(stack);
    }

    /** An outermost frame. */
    public static FrameState of(ObjRef code, int pc, List<Value> locals, List<Value> stack) {
        return new FrameState(code, pc, null, locals, stack);
    }

    /** The locals, then the stack. */
    public List<Value> slots() {
        return ListUtil.concat(locals, stack);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrameState f && code.equals(f.code) && pc == f.pc
                && function == f.function && ListUtil.sameValues(locals, f.locals)
                && ListUtil.sameValues(stack, f.stack);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, pc, locals.size(), stack.size());
    }
}
