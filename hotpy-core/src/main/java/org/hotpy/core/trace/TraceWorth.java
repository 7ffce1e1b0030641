package org.hotpy.core.trace;

import java.util.List;

import org.hotpy.api.trace.Instr;
import org.hotpy.api.trace.Op;
import org.hotpy.api.trace.Trace;
import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Opcode;

/**
 * What a trace is worth running, judged before it is installed: how much work a run does before
 * it must leave, what leaving and the frame write-backs cost against that (priced by
 * {@link TraceSettings#minWorkPerRun}, the work that pays for one deoptimisation), and a hash of
 * the recorded trace to recognise a recording that was dropped before. {@link Tier2} decides with
 * these; the check of installed traces as they run is {@code Tier2.paysOff}.
 */
final class TraceWorth {
    /** What a call in a bridge counts for in {@link #bridgeWorthIt}: a few instructions' worth of work. */
    static final int CALL_WORK = 8;
    /**
     * How many {@link XOp#FRAMES_PUSH} cost as much as leaving a trace, for the check of traces
     * that always leave ({@link #straightWork}). A push writes the frame's locals back and builds
     * the inlined frames before an op that may run Python code, much as a deoptimisation does: on
     * pystone a push took about 75 ns, and leaving the main loop's trace and entering it again
     * about 300 ns.
     */
    static final int FRAMES_PUSHES_PER_DEOPT = 4;
    /** A loop trace whose runs iterate less than once in this many runs is dropped ({@link #rarelyTurns}). */
    static final int RARE_TURNS = 8;

    private final TraceSettings settings;

    TraceWorth(TraceSettings settings) {
        this.settings = settings;
    }

    /**
     * The instructions' worth of work a {@link XOp#FRAMES_PUSH} costs (tier 1 runs the same code
     * without writing its frame out); the price of leaving a trace is {@link TraceSettings#minWorkPerRun}.
     */
    int framesPushWork() {
        return settings.minWorkPerRun() / FRAMES_PUSHES_PER_DEOPT;
    }

    /**
     * How many instructions a run of {@code t} can execute at most before it must leave without
     * looping: the position of its first {@code exit} or {@code return} ahead of any label, else
     * unbounded. A trace shorter than {@link TraceSettings#minWorkPerRun} cannot pay for entering it.
     */
    static int straightLength(Trace t) {
        for (Instr in : t.instructions()) {
            switch (in.op()) {
                case LABEL -> {
                    return Integer.MAX_VALUE;
                }
                case EXIT, RETURN -> {
                    return in.position() + 1;
                }
                default -> {
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * {@link #straightLength} of a compiled trace, less the price of its frame pushes when it has
     * no loop and ends in {@code exit}: every run of such a trace deoptimises, so it pays only if
     * what it runs before that is worth more than what it costs. The case: pystone's main loop
     * ({@code while i < loops:}) had a trace cut at its first inner loop, whose own trace was too
     * big for the JIT; each of its 700,000 runs did 25 instructions, six of them calls and global
     * stores with a push each, then left for tier 1 to run the rest of the iteration, slower than
     * tier 1's compiled loop running it all. Traces that loop or may return are judged by the
     * work their runs do ({@code Tier2.paysOff}) without pricing pushes: doing that as well dropped
     * raytrace's {@code Scene.trace} entry trace (it leaves early on half its runs) and cost
     * raytrace 2-6% CPU side by side.
     */
    int straightWork(CompiledTrace c) {
        int n = straightLength(c.trace);
        List<Instr> ins = c.trace.instructions();
        if (c.trace.label() == null && !ins.isEmpty() && ins.get(ins.size() - 1).op() == Op.EXIT) {
            n -= framesPushWork() * c.framesPushes;
        }
        return n;
    }

    /**
     * Whether a loop trace whose {@code runs} went round its loop {@code iterations} times in all
     * turns too rarely to keep: fewer than one iteration in {@link #RARE_TURNS} runs. Nearly every
     * run then enters, runs the peeled first turn and leaves by a deoptimisation (pystone's
     * {@code main_loop:106}: 700,000 runs, 6 iterations).
     */
    static boolean rarelyTurns(long runs, long iterations) {
        return runs > 0 && iterations * RARE_TURNS < runs;
    }

    /**
     * Whether a recorded bridge that returns is worth compiling. It runs after an exit that
     * deoptimised anyway and leaves by {@code return}, which costs no deoptimisation, so it needs
     * only half the usual work; a call counts as {@link #CALL_WORK} instructions (inlined, it saves
     * tier 1 a whole frame). A bridge that just returns a constant saves nothing.
     */
    boolean bridgeWorthIt(Trace raw) {
        int work = 0;
        for (Instr in : raw.instructions()) {
            work += in.op() == Op.CALL ? CALL_WORK : 1;
        }
        return 2 * work >= settings.minWorkPerRun();
    }

    /**
     * Whether a bridge recorded from {@code pc} of {@code code} is sure to end in an exit before
     * {@code minWork} instructions, so that recording it would only be thrown away as too short
     * ({@code Tier2.install}'s first check). An upper bound of what the recorder emits, read from
     * the bytecode: the longest forward path from {@code pc} to a back-edge (where a bridge ends in
     * {@code exit}), counting the instructions that record one IR instruction (an operator, a
     * subscript, a global load) and the conditional jumps (a truth test and a guard). Any other
     * instruction (a call, an attribute, an iterator), a back-edge to {@code pc} itself (the bridge
     * could close a loop) or a return may make a trace that pays: the answer is then false. The
     * case: the normal exits of selective mode's loop traces resume after their loop, in the body of
     * the loop around it, and the bridge from there ran to that loop's back-edge in 3 to 8
     * instructions (mandelbrot's {@code total_iter += i; if i == MAX_ITER: ...}, spectral_norm's
     * {@code out[i] = acc; i += 1}): recorded and dropped 4 and 8 times, about 0.6 ms each.
     */
    static boolean bridgeTooShort(CodeObject code, int pc, int minWork) {
        int[] insns = code.code;
        // longest[q - pc]: the most IR instructions a recording from q emits up to and including its exit
        int[] longest = new int[insns.length - pc];
        for (int q = insns.length - 1; q >= pc; q--) {
            int word = insns[q];
            int arg = word >>> 8;
            int n = switch (Opcode.of(word & 0xff).family()) {
                case NOP, POP_TOP, PUSH_NULL, COPY, SWAP, LOAD_CONST, LOAD_FAST, STORE_FAST -> next(longest, pc, q + 1);
                case JUMP -> arg > q ? next(longest, pc, arg) : minWork;
                case LOAD_GLOBAL, BINARY_OP, COMPARE_OP, BINARY_SUBSCR, STORE_SUBSCR -> 1 + next(longest, pc, q + 1);
                case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> arg > q
                        ? 2 + Math.max(next(longest, pc, q + 1), next(longest, pc, arg)) : minWork;
                case JUMP_BACKWARD -> arg == pc ? minWork : 1;
                default -> minWork;
            };
            longest[q - pc] = Math.min(n, minWork);
        }
        return longest[0] < minWork;
    }

    private static int next(int[] longest, int pc, int q) {
        return q - pc < longest.length ? longest[q - pc] : Integer.MAX_VALUE / 2;
    }

    /**
     * A hash of the recorded trace {@code raw}: two recordings at an anchor with the same hash took
     * the same path with the same types and constants, and optimise to the same trace
     * ({@link RecordedShape}).
     */
    static long recordedShape(Trace raw) {
        return RecordedShape.of(raw);
    }
}
