package org.hotpy.core.interp;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Opcode;

/**
 * Decides when an adaptive instruction specialises and rewrites it in place (quickening), and
 * deoptimises a specialised instruction whose guard failed back to its family head. Counters
 * live in {@link CodeObject#counters}: an instruction first specialises after
 * {@link #WARMUP} executions, and after its n-th deoptimisation waits {@link #BACKOFF} times
 * 2^(n-1) more (capped), as CPython 3.11's adaptive counters do, so a site whose types keep
 * changing settles in its generic form instead of thrashing.
 */
final class Specializer {
    private Specializer() {}

    static final int WARMUP = 8;
    static final int BACKOFF = 53; // prime, so periodic type changes do not line up with retries
    /** Deoptimisations after which the back-off stops growing: 53 * 2^9 = 27,136 executions. */
    static final int MAX_BACKOFF_SHIFT = 9;

    /**
     * Counts one generic execution; true when it is time to try specialising this instruction.
     * The first warm-up counts {@link #WARMUP} down to 1; every later wait (after an attempt that
     * left the instruction generic, or a deoptimisation) counts down to {@code WARMUP + 1}, so a
     * counter from 1 to {@code WARMUP} always means an instruction that has not yet tried to
     * specialise ({@link #firstWarmUp}).
     */
    static boolean warm(CodeObject code, int pc) {
        short c = code.counters[pc];
        if (c == 0) {
            code.counters[pc] = WARMUP;
            return false;
        }
        if (c != 1 && c != WARMUP + 1) {
            code.counters[pc] = (short) (c - 1);
            return false;
        }
        code.counters[pc] = BACKOFF + WARMUP;
        return true;
    }

    /**
     * Whether the generic instruction at {@code pc} has never tried to specialise: it has not run,
     * or not yet {@link #WARMUP} times, and was never deoptimised.
     */
    static boolean firstWarmUp(CodeObject code, int pc) {
        return code.deopts[pc] == 0 && code.counters[pc] <= WARMUP;
    }

    /** Replaces the opcode at {@code pc}, keeping its argument. */
    static void rewrite(CodeObject code, int pc, Opcode op) {
        int word = code.code[pc];
        code.code[pc] = op.ordinal() | (word & ~0xff);
    }

    /** A guard failed: back to the generic instruction, which will re-specialise after a back-off. */
    static void deoptimize(CodeObject code, int pc) {
        int word = code.code[pc];
        Opcode op = Opcode.of(word & 0xff);
        code.code[pc] = op.family().ordinal() | (word & ~0xff);
        code.caches[pc] = null;
        int n = Math.min(code.deopts[pc], MAX_BACKOFF_SHIFT);
        code.deopts[pc] = (byte) (n + 1);
        code.counters[pc] = (short) ((BACKOFF << n) + WARMUP);
    }
}
