package org.hotpy.core.interp;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Opcode;
import org.hotpy.core.log.LazyLogger;
import org.slf4j.Logger;

/**
 * Tier 1's per-function compiler: turns a warm code object's instructions into one JVM method (a
 * hidden class extending {@link CompiledCode}) that calls, instruction by instruction, the same
 * handlers as {@link Interpreter#run}, on the same heap frame. There is no dispatch loop left:
 * arguments and instruction indexes are constants, jumps are JVM branches, and HotSpot compiles,
 * profiles and deoptimises each Python function on its own instead of one shared loop for all.
 *
 * <p>An adaptive instruction is compiled as the form it has specialised to, behind a check that the
 * instruction still is that form; when it is not (a guard failed since), the instruction runs as it
 * now is through {@link CompiledControl#adaptive}, and after {@link #MISSES_BEFORE_RECOMPILING} such
 * misses (those at a fraction of its loops' rate forgiven: {@link #loopRanOut}) the code is compiled
 * again. Code too large for HotSpot to compile stays interpreted.
 * This class decides when and defines the class; {@link FunctionEmitter} writes it.
 */
final class FunctionCompiler {
    private static final Logger LOG = LazyLogger.of(FunctionCompiler.class);

    /**
     * Calls of a function (or resumptions of a generator) before it is compiled (a prime, as the
     * other thresholds): just past {@link Specializer#WARMUP}, so that its straight-line
     * instructions have specialised; {@code -Dhotpy.compile.calls=1} compiles everything at its
     * first call (for testing). Why so few: every call of code not yet compiled runs in
     * {@link Interpreter#run}, and at 211 calls a program's warm-up ran enough instructions there
     * for HotSpot to compile the dispatch loop with C2 (0.3-0.7 s of the one C2 thread, later an
     * OSR compilation of 260 KB of machine code), while the program's own compiled functions waited
     * for C2 in C1 code. Measured side by side against 211 (CPU, 5 runs): generators 18% less,
     * pystone 16%, richards 13%; nqueens, nbody, fib, mandelbrot within the noise.
     */
    static final int CALLS_BEFORE_COMPILING = Math.max(1, Integer.getInteger("hotpy.compile.calls", 13));
    /**
     * What a loop's counter running out counts towards compiling. It first runs out at the loop's
     * first back-edge, before any instruction has specialised, then every thousand or so: a loop
     * is compiled at its second run-out, with its instructions in their settled forms.
     */
    static final int LOOP_WARMTH = CALLS_BEFORE_COMPILING / 2 + 1;
    /**
     * Run-outs a loop waits for its body to settle before it is compiled anyway (a branch taken
     * only a few times in a thousand keeps its instructions warming up for a long time).
     */
    static final int UNSETTLED_RUN_OUTS = 3;
    /**
     * Calls past {@link #CALLS_BEFORE_COMPILING} that a function waits for its adaptive instructions
     * to finish warming up (see {@link #warmingUp}); an instruction run once a call has specialised
     * by then. A loop's run-outs add to the warmth too, so a generator (whose resumptions are calls)
     * reached the threshold at its sixth resumption, when the instructions of its loop had run six
     * times and not specialised yet; compiled then, they missed at every execution until the code
     * was compiled again after {@link #MISSES_BEFORE_RECOMPILING} misses (every generator function
     * of the generators benchmark was compiled twice).
     */
    static final int UNSETTLED_CALLS = Specializer.WARMUP;
    static final int MISSES_BEFORE_RECOMPILING = 997;
    /**
     * Frames that came to compiled code at a pc it cannot start at (where a trace left them) before
     * the code is compiled again with those pcs as entries. Each such frame runs the rest of its
     * call in the interpreter; and an interpreter loop that tier 2's exits keep hot makes HotSpot
     * compile it again and again with ever more inlined, which took C2 up to 55 MB at once.
     * Follows {@code -Dhotpy.compile.calls}, so that compiling at the first call (for testing) also
     * compiles resumption points at the first miss; by default 211, the calls before compiling
     * had when tier 2's exits were tuned.
     */
    static final int RESUME_MISSES_BEFORE_RECOMPILING = Math.max(1, Integer.getInteger("hotpy.compile.calls", 211));
    static final int MAX_COMPILATIONS = 4;
    /**
     * C2 stops inlining into a method once it and what it inlined reach 8,000 bytes of bytecode
     * (DesiredMethodLimit), and the steps it cannot inline then are real calls of seven arguments
     * each. A {@code run} method whose bytecode and estimated inlined steps (see {@link
     * FunctionEmitter#inlinedSize}) come to more than this is compiled again with its long straight runs of
     * instructions moved into methods of their own ("chunks") of at most {@link FunctionEmitter#CHUNK_BUDGET}
     * each, every one with a budget of its own. {@code -Dhotpy.compile.inlineBudget=N} changes it
     * (for measuring).
     */
    static final int INLINE_BUDGET = Integer.getInteger("hotpy.compile.inlineBudget", 7000);

    /** Off with {@code -Dhotpy.compile=off}: everything is interpreted (for comparison and diagnosis). */
    static final boolean ENABLED = !"off".equals(System.getProperty("hotpy.compile"));

    /**
     * With {@code -Dhotpy.compile.dump=DIR} every class written is also saved as {@code DIR/CompiledN.class}
     * (for {@code javap -c -p}: where the bytecode goes, what HotSpot has to compile).
     */
    private static final String DUMP = System.getProperty("hotpy.compile.dump");

    private static long classes;

    private FunctionCompiler() {}

    /** A call of {@code code}, which is not compiled yet: its compiled form once it is warm, else null. */
    static CompiledCode onCall(CodeObject code) {
        if (++code.warmth < CALLS_BEFORE_COMPILING
                || code.warmth < CALLS_BEFORE_COMPILING + UNSETTLED_CALLS && warmingUp(code, 0, code.code.length)) {
            return null;
        }
        return compile(code);
    }

    /**
     * The loop of {@code code} from {@code head} to its back-edge at {@code jumpAt} ran its counter
     * out in the interpreter: the compiled form to continue the frame in, at {@code at} (the loop's
     * head, or where a trace run there left the loop), once the code is warm and the loop's
     * instructions have settled and the compiled form can start at {@code at}; else null.
     */
    static CompiledCode onLoop(CodeObject code, int head, int jumpAt, int at) {
        if (at != head) {
            noteResumePoint(code, at); // before compiling, so that a compilation now includes it
        }
        CompiledCode c = onLoop(code, head, jumpAt);
        if (c != null && at != head && !c.resumable.get(at)) {
            resumeMissed(code, c, at);
            return null;
        }
        return c;
    }

    private static CompiledCode onLoop(CodeObject code, int head, int jumpAt) {
        Object c = code.compiled;
        if (c == CompiledCode.NOT_COMPILED) {
            code.warmth += LOOP_WARMTH;
            if (code.warmth < CALLS_BEFORE_COMPILING
                    || code.warmth < CALLS_BEFORE_COMPILING + UNSETTLED_RUN_OUTS * LOOP_WARMTH
                    && warmingUp(code, head, jumpAt)) {
                return null;
            }
            c = compile(code);
        }
        return c == CompiledCode.INTERPRETED ? null : (CompiledCode) c;
    }

    /**
     * Whether an adaptive instruction between {@code from} and {@code to} is still counting its
     * warm-up executions: compiled now, it would be compiled in its generic form and miss at every
     * execution once it specialises. (An outer loop can run out after one turn of its body.) A
     * counter of 1 counts too: the instruction specialises at its next execution.
     */
    private static boolean warmingUp(CodeObject code, int from, int to) {
        for (int pc = from; pc < to; pc++) {
            Opcode op = Opcode.of(code.code[pc] & 0xff);
            if (FunctionEmitter.isAdaptive(op) && op == op.family() && code.counters[pc] >= 1
                    && Specializer.firstWarmUp(code, pc)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a frame running compiled code at a loop's back-edge should go on in the interpreter:
     * the code missed so often that it is to be compiled again ({@link #missed}); the interpreter
     * compiles it once the loop's instructions have settled, and continues the frame there.
     */
    static boolean stale(CodeObject code) {
        return code.compiled == CompiledCode.NOT_COMPILED;
    }

    /** An adaptive instruction of compiled {@code code} was not in its compiled form. */
    static void missed(CodeObject code) {
        if (code.compiled instanceof CompiledCode c && c != CompiledCode.NOT_COMPILED
                && ++c.misses >= MISSES_BEFORE_RECOMPILING) {
            LOG.debug("{} is to be compiled again: its adaptive instructions missed {} times", code, c.misses);
            // compile again, after a short while in the interpreter for the instructions to settle
            code.compiled = CompiledCode.NOT_COMPILED;
            code.warmth = CALLS_BEFORE_COMPILING / 2;
        }
    }

    /**
     * A loop of compiled {@code code} ran its back-edge counter out (about every thousand turns):
     * a quarter of the misses counted so far are forgiven, so that only instructions missing at
     * a third or more of a loop's rate get the code compiled again. Compiling again costs a
     * second warm-up in HotSpot, where a loop runs interpreted for tens of thousands of turns and
     * then in C1's profiling code, which pays only for instructions run about as often as the
     * loop: mandelbrot, compiled during its first row, was compiled again 90 rows later because
     * the per-row instructions and those for points inside the set, run once per 5,000-40,000
     * turns of the inner loop and specialised after the compilation, had missed 997 times.
     */
    static void loopRanOut(CodeObject code) {
        if (code.compiled instanceof CompiledCode c && c != CompiledCode.NOT_COMPILED) {
            c.misses -= c.misses >> 2;
        }
    }

    /**
     * A frame came to {@code self}, the compiled form of {@code code}, at {@code pc}, which it has
     * no entry for. Notes the pc, and after {@link #RESUME_MISSES_BEFORE_RECOMPILING} such frames
     * drops the compiled form so that the next call compiles it again with the noted pcs; never
     * the last compilation {@link #MAX_COMPILATIONS} allows, which stays for {@link #missed}.
     */
    static void resumeMissed(CodeObject code, CompiledCode self, int pc) {
        if (pc <= 0 || pc >= code.code.length) {
            return;
        }
        noteResumePoint(code, pc);
        if (++self.resumeMisses == RESUME_MISSES_BEFORE_RECOMPILING && code.compiled == self
                && code.compilations < MAX_COMPILATIONS - 1) {
            code.compiled = CompiledCode.NOT_COMPILED;
            code.warmth = CALLS_BEFORE_COMPILING - 1;
        }
    }

    private static void noteResumePoint(CodeObject code, int pc) {
        if (code.resumePoints == null) {
            code.resumePoints = new BitSet(code.code.length);
        }
        code.resumePoints.set(pc);
    }

    private static CompiledCode compile(CodeObject code) {
        CompiledCode c = CompiledCode.INTERPRETED;
        if (ENABLED && code.compilations < MAX_COMPILATIONS) {
            code.compilations++;
            c = define(code);
        }
        code.compiled = c;
        return c;
    }

    /**
     * Where the compiled form should be able to start besides the usual entries: where tier 2's
     * traces left frames of the code before ({@link CodeObject#resumePoints}) and, while tier 2
     * runs, where its loop traces will leave them: the exits of the innermost loops
     * ({@link LoopExits}). Without the latter the compiled form was compiled again once a trace had
     * left there {@link #RESUME_MISSES_BEFORE_RECOMPILING} times, and HotSpot started the new class
     * in its interpreter (measured side by side, median of 9: mandelbrot 0.91 and spectral_norm
     * 0.975 of the time).
     */
    private static BitSet resumeTargets(CodeObject code) {
        InterpreterState ts = InterpreterState.currentOrNull();
        if (ts == null || ts.tier2() == null) {
            return code.resumePoints;
        }
        BitSet targets = LoopExits.of(code.code);
        if (code.resumePoints != null) {
            targets.or(code.resumePoints);
        }
        return targets;
    }

    private static CompiledCode define(CodeObject code) {
        String name;
        synchronized (FunctionCompiler.class) {
            name = "org/hotpy/core/interp/Compiled" + (++classes);
        }
        try {
            BitSet resumeAt = resumeTargets(code);
            FunctionEmitter plain = new FunctionEmitter(code, name, false, resumeAt);
            byte[] bytes = plain.build();
            BitSet resumable = plain.resumePoints();
            Object[] data = plain.classData();
            if (bytes == null || plain.size() > INLINE_BUDGET) {
                FunctionEmitter chunkedEmitter = new FunctionEmitter(code, name, true, resumeAt);
                byte[] chunked = chunkedEmitter.build();
                if (chunked != null) {
                    bytes = chunked;
                    resumable = chunkedEmitter.resumePoints();
                    data = chunkedEmitter.classData();
                }
            }
            if (bytes == null) {
                LOG.debug("{} ({} instructions) is too large to compile; it stays interpreted", code, code.code.length);
                return CompiledCode.INTERPRETED;
            }
            LOG.debug("compiled {} as {} ({} instructions, class of {} bytes, compilation {})", code,
                    name.substring(name.lastIndexOf('/') + 1), code.code.length, bytes.length, code.compilations);
            if (DUMP != null) {
                dump(name, bytes);
            }
            MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClassWithClassData(bytes, data, true);
            CompiledCode c = (CompiledCode) lookup.lookupClass().getDeclaredConstructor().newInstance();
            c.resumable = resumable;
            return c;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            if (FunctionEmitter.CHECK_STACK) {
                // the unit tests: an emitter bug must fail them, not leave the code interpreted
                throw new IllegalStateException(code + " could not be compiled", e);
            }
            LOG.warn("{} could not be compiled; it stays interpreted", code, e);
            return CompiledCode.INTERPRETED;
        }
    }

    private static void dump(String name, byte[] bytes) {
        Path file = Path.of(DUMP, name.substring(name.lastIndexOf('/') + 1) + ".class");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            LOG.warn("could not write {}", file, e);
        }
    }
}
