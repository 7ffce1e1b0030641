package org.hotpy.core.trace;

import org.hotpy.api.trace.Instr;
import org.hotpy.api.trace.Op;
import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Opcode;
import org.hotpy.core.types.function.PyFunction;

/**
 * A snapshot compiled for the deoptimiser: for each frame of the inlined call chain (outermost
 * first) its code, resume index and where each slot's value is; and how to build the virtual
 * objects the frames name. A value is a {@linkplain Slots register reference}.
 */
final class ExitInfo {
    /** One frame of the snapshot. */
    static final class FrameInfo {
        final CodeObject code;
        final int pc;
        /** The function of an inlined frame (a register reference), or {@link Slots#NULL} for the outermost. */
        final int function;
        final int[] locals;
        final int[] stack;
        /**
         * For the real frame: the indexes of the locals an exit must write back, the others still
         * holding what the trace read at its start ({@link UnchangedLocals}); null: every local.
         */
        int[] written;

        /** The register references of the locals written back ({@link #written}), in slot order. */
        int[] localsWritten() {
            if (written == null) {
                return locals;
            }
            int[] refs = new int[written.length];
            for (int i = 0; i < refs.length; i++) {
                refs[i] = locals[written[i]];
            }
            return refs;
        }

        FrameInfo(CodeObject code, int pc, int function, int[] locals, int[] stack) {
            this.code = code;
            this.pc = pc;
            this.function = function;
            this.locals = locals;
            this.stack = stack;
        }
    }

    /**
     * How to build one virtual object: {@code new_instance} (its type and shape resolved, {@code args}
     * the slot values), a tuple, a list or a bound method ({@code args} the items or function and self).
     */
    static final class VirtualInfo {
        final Op op;
        final org.hotpy.core.model.PyType type;
        final org.hotpy.core.model.Shape shape;
        final int[] args;

        VirtualInfo(Op op, org.hotpy.core.model.PyType type, org.hotpy.core.model.Shape shape, int[] args) {
            this.op = op;
            this.type = type;
            this.shape = shape;
            this.args = args;
        }
    }

    final int index;
    /** The op and position of the instruction the exit belongs to (the IR itself is released after compiling). */
    final Op op;
    final int position;
    final FrameInfo[] frames;
    final VirtualInfo[] virtuals;
    /**
     * The iterator of a FOR_ITER was exhausted (a generic {@code for_iter}, or {@code range_iter_next}
     * or {@code list_iter_next} standing for it): the deoptimiser leaves the loop as tier 1 does,
     * rather than resuming at the FOR_ITER (which would call a generic iterator's next() again).
     */
    final boolean forIter;
    /** A failed version guard: what the trace assumed changed for good, so the trace is dropped. */
    final boolean invalidates;
    /**
     * The object registers compiled code writes into the trace's spill array before a frames push
     * through this exit ({@link InlinedFrames#pushSpilled} clears just those); null: clear all.
     */
    int[] pushSpilledObj;

    ExitInfo(int index, Instr instr, FrameInfo[] frames, VirtualInfo[] virtuals) {
        this.index = index;
        this.op = instr.op();
        this.position = instr.position();
        this.frames = frames;
        this.virtuals = virtuals;
        FrameInfo inner = frames[frames.length - 1];
        this.forIter = (op == Op.FOR_ITER || op == Op.RANGE_ITER_NEXT || op == Op.LIST_ITER_NEXT)
                && Opcode.of(inner.code.code[inner.pc] & 0xff).family() == Opcode.FOR_ITER;
        this.invalidates = op == Op.GUARD_TYPE_VERSION || op == Op.GUARD_GLOBALS_VERSION
                || op == Op.GUARD_FUNCTION_VERSION || op == Op.GUARD_GLOBAL_BINDING;
    }

    /**
     * Marks every register the deoptimiser reads for this exit (each frame's function, locals
     * written back and stack, and the virtual objects' parts) in {@code read}, indexed by register file
     * ({@link Slots#OBJ}, {@link Slots#LONG}, {@link Slots#DOUBLE}; BOOL registers are in the long file).
     */
    void markRegistersRead(boolean[][] read) {
        for (FrameInfo fi : frames) {
            mark(read, fi.function);
            for (int ref : fi.localsWritten()) {
                mark(read, ref);
            }
            mark(read, fi.stack);
        }
        for (VirtualInfo v : virtuals) {
            mark(read, v.args);
        }
    }

    private static void mark(boolean[][] read, int[] refs) {
        for (int ref : refs) {
            mark(read, ref);
        }
    }

    private static void mark(boolean[][] read, int ref) {
        if (ref != Slots.NULL && !Slots.isVirtual(ref)) {
            int kind = Slots.kind(ref);
            read[kind == Slots.BOOL ? Slots.LONG : kind][Slots.reg(ref)] = true;
        }
    }

    /** Where tier 1 resumes in the outermost frame when there are no inlined frames. */
    int resumePc() {
        return frames[0].pc;
    }

    boolean inlined() {
        return frames.length > 1;
    }

    /** The function of an inlined frame, for deoptimisation. */
    static PyFunction functionOf(Object o) {
        return (PyFunction) o;
    }
}
