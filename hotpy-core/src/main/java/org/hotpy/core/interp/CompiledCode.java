package org.hotpy.core.interp;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.model.PyObject;

/**
 * One code object's instructions compiled to a JVM method by {@link FunctionCompiler}. It runs a
 * frame exactly as {@link Interpreter} would, on the same heap frame, inline caches and handlers,
 * and can start at pc 0, at a generator's resumption point, at an exception handler or at a loop
 * head; anywhere else it hands the frame back to the interpreter.
 */
public abstract class CompiledCode {
    /** Executions of an adaptive instruction whose specialisation changed since compilation. */
    int misses;
    /**
     * Times the interpreter handed a frame back to this code at a loop head, after the code left
     * it for the interpreter (mostly: a trace left its loop elsewhere). For tests and diagnosis.
     */
    long handBacks;
    /** Frames that came to this code at a pc it cannot start at (see {@link CodeObject#resumePoints}). */
    int resumeMisses;
    /** The {@link CodeObject#resumePoints} this code can start at (it was compiled with them). */
    java.util.BitSet resumable = new java.util.BitSet();

    /** Runs {@code f} from {@code f.pc} until it returns or yields, as {@code Interpreter.run}. */
    public abstract PyObject run(InterpreterState ts, Frame f);

    /** The stand-in for code that tier 1 does not compile: it runs in the interpreter. */
    static final CompiledCode INTERPRETED = new CompiledCode() {
        @Override
        public PyObject run(InterpreterState ts, Frame f) {
            return Interpreter.run(ts, f);
        }
    };

    /**
     * The stand-in for code not compiled yet (every {@link CodeObject#compiled} starts as this, and
     * is this again while the code waits to be compiled again): it counts the call towards compiling
     * and runs the frame in its compiled form once it is warm, else in the interpreter; at the code's
     * first entry it first gives tier 2 its entry hook ({@link Interpreter#runNotCompiled}). Public for
     * {@link CodeObject}, which looks it up by name (the bytecode package does not depend on this one).
     *
     * <p>Why a stand-in and not null: {@link Interpreter#execute}, inlined into every call path,
     * then has no test of its own for "not compiled yet" or "first entry". Such a test is false in
     * a program's steady state, so HotSpot's C2 compiled it as an uncommon trap, and the first call
     * of any new function threw away the compiled call path (and the Python functions it was inlined
     * into) to compile it again. A virtual call's target varies with the code anyway.
     */
    public static final CompiledCode NOT_COMPILED = new CompiledCode() {
        @Override
        public PyObject run(InterpreterState ts, Frame f) {
            return Interpreter.runNotCompiled(ts, f);
        }
    };

    /** Whether {@code code} waits to be compiled: not compiled yet, or dropped to be compiled again. */
    public static boolean notCompiled(CodeObject code) {
        return code.compiled == NOT_COMPILED;
    }
}
