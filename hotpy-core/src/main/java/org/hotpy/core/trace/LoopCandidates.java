package org.hotpy.core.trace;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Opcode;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.function.PyFunction;

/**
 * The loops that tier 2's selective mode ({@link TraceSettings#selective}) considers tracing:
 * innermost loops whose body the passes can make plain arithmetic on registers. Such a body has
 * no nested loop, no generator or {@code yield}, no method call and no operator that calls a
 * Python method, and calls only builtin functions and small module-level Python functions that
 * call nothing themselves (call inlining splices those in).
 *
 * <p>Nested loops are told by their back-edges, as loops can share a head; a loop with a
 * {@code continue} (a second back-edge) is not a candidate either.
 *
 * <p>Why these: with tier 2 tracing every loop of the shared benchmarks, its traces paid off
 * only on such loops (mandelbrot 0.70 and spectral_norm 0.60 of tier 1's time). Everywhere else
 * the traces called out to methods and generators, or were entered at function entries, and
 * recording and optimising them cost more than they saved: 5-23% slower than tier 1.
 */
final class LoopCandidates {
    /** Instructions of a callee above which it is not counted as small. */
    static final int MAX_CALLEE_INSTRUCTIONS = 64;

    private LoopCandidates() {
    }

    /** What {@link #check} found. */
    enum Verdict {
        /** A loop to probe. */
        CANDIDATE,
        /** Not a loop to trace. */
        NOT_CANDIDATE,
        /**
         * A call or a {@code for} still in its generic form: not specialised yet, or never to be
         * (a call of something tier 1 has no form for). Looked at again later, a few times.
         */
        NOT_SETTLED
    }

    /**
     * Whether the loop from {@code head} to its back-edge at {@code jumpPc} in {@code code} is one
     * to trace, read from its instructions as tier 1 has specialised them so far. {@code globals}
     * resolve the functions the body calls.
     */
    static Verdict check(CodeObject code, PyDict globals, int head, int jumpPc) {
        int[] insns = code.code;
        int pythonCalls = 0;
        int smallFunctions = 0;
        boolean settled = true;
        for (int pc = head; pc <= jumpPc && pc < insns.length; pc++) {
            Opcode op = Opcode.of(insns[pc] & 0xff);
            int arg = insns[pc] >>> 8;
            switch (op) {
                case JUMP_BACKWARD -> {
                    if (pc != jumpPc) {
                        // a nested loop (possibly sharing this loop's head), or a `continue`,
                        // which cannot be told apart from one without the control flow graph
                        return Verdict.NOT_CANDIDATE;
                    }
                }
                case CALL, FOR_ITER -> settled = false;
                case CALL_PY_EXACT_ARGS -> pythonCalls++;
                case CALL_BUILTIN, CALL_LEN -> {
                    // len(xs), abs(x), math.sqrt(x): a builtin function, or a class that
                    // CALL_TYPE does not take; no Python code runs
                }
                case LOAD_GLOBAL, LOAD_GLOBAL_MODULE -> {
                    if (globals.getStr(code.names[arg]) instanceof PyFunction fn) {
                        if (!isSmallLeaf(fn)) {
                            return Verdict.NOT_CANDIDATE;
                        }
                        smallFunctions++;
                    }
                }
                default -> {
                    if (!allowedInBody(op)) {
                        return Verdict.NOT_CANDIDATE;
                    }
                }
            }
        }
        if (!settled) {
            return Verdict.NOT_SETTLED;
        }
        // every Python call calls one of the small functions the body loads from its globals
        return pythonCalls <= smallFunctions ? Verdict.CANDIDATE : Verdict.NOT_CANDIDATE;
    }

    /**
     * Whether {@code op} may appear in a candidate loop's body: false for every call, as
     * {@link #check} admits its two kinds of call before asking, and for what may run Python code
     * out of sight (a method, a generator, a Python operator method).
     */
    private static boolean allowedInBody(Opcode op) {
        Opcode family = op.family();
        return switch (family) {
            case CALL, CALL_FUNCTION_EX, LOAD_METHOD, YIELD_VALUE, SEND, GET_YIELD_FROM_ITER -> false;
            // a generic FOR_ITER (not over a list or range) may run a Python __next__
            case FOR_ITER -> op == Opcode.FOR_ITER_LIST || op == Opcode.FOR_ITER_RANGE;
            case BINARY_OP -> op != Opcode.BINARY_OP_PY_METHOD;
            default -> true;
        };
    }

    /** A plain function of few instructions that calls nothing and has no loop. */
    private static boolean isSmallLeaf(PyFunction fn) {
        CodeObject code = fn.code;
        int[] insns = code.code;
        if (code.exactArgCount < 0 || insns.length > MAX_CALLEE_INSTRUCTIONS) {
            return false;
        }
        for (int insn : insns) {
            Opcode op = Opcode.of(insn & 0xff);
            // no loop, and nothing a candidate loop's body may not hold, calls of any kind included
            if (op == Opcode.JUMP_BACKWARD || !allowedInBody(op)) {
                return false;
            }
        }
        return true;
    }
}
