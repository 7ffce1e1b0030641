package org.hotpy.core.bytecode;

import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;

/**
 * Compiled code of one scope ({@code code}): instructions, constants, names, the variable
 * layout of a frame, the line table and the exception table.
 *
 * <p>The instruction array is shared by every function made from this code and is rewritten
 * in place by the specialiser (quickening), as CPython does; inline caches live in
 * {@link #caches}, one slot per instruction.
 *
 * <p>Frame layout ("localsplus"): positions {@code [0, nlocals)} hold the fast locals
 * ({@link #varnames}, parameters first), then one {@code PyCell} per cell variable, then one per
 * free variable; the value stack follows.
 */
public final class CodeObject extends PyObject {
    /**
     * What {@link #compiled} starts as: {@code org.hotpy.core.interp.CompiledCode.NOT_COMPILED}, the
     * stand-in for code not compiled yet. Looked up by name, as this package does not depend on the
     * interpreter's; that class's initialisation needs nothing of this one's.
     */
    private static final Object NOT_COMPILED = notCompiledStandIn();

    public static final PyType TYPE = PyType.builtin("code", PyType.OBJECT, CodeObject.class, CodeMethods.DEFINER)
            .notSubclassable();

    public static final int CO_OPTIMIZED = 0x1;
    public static final int CO_NEWLOCALS = 0x2;
    public static final int CO_VARARGS = 0x4;
    public static final int CO_VARKEYWORDS = 0x8;
    public static final int CO_NESTED = 0x10;
    public static final int CO_GENERATOR = 0x20;
    public static final int CO_NOFREE = 0x40;
    public static final int CO_COROUTINE = 0x80;
    public static final int CO_ASYNC_GENERATOR = 0x200;

    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstLineNo;
    public final int argCount;
    public final int posOnlyArgCount;
    public final int kwOnlyArgCount;
    public final int flags;
    public final String[] varnames;
    public final String[] cellvars;
    public final String[] freevars;
    public final String[] names;
    public final PyObject[] consts;
    public final int[] code;
    /** Source line of each instruction (0 when it has none). */
    public final int[] lines;
    /** Per instruction: start column, end line, end column (code points), for traceback carets. */
    public final int[] positions;
    /** Flattened entries of (start, end, handler, depth, pushLasti), innermost handler per range. */
    public final int[] exceptionTable;
    public final int stackSize;
    /** Locals, cells and free variables: the part of a frame's array below the value stack. */
    private final int nlocalsplus;
    private final boolean hasCells;
    /** For each cell variable that is also a parameter, the parameter's index, else -1. */
    public final int[] cellToArg;
    /** Inline caches, one slot per instruction, owned by the specialiser. */
    public final Object[] caches;
    /**
     * Warm-up and back-off counters of adaptive instructions, one per instruction. The slot of a
     * JUMP_BACKWARD (never specialised) counts the loop's back-edges for the trace recorder.
     */
    public final short[] counters;
    /** How often each instruction has deoptimised: the specialiser backs off exponentially. */
    public final byte[] deopts;
    /**
     * The number of positional arguments a call must pass to bind them straight into a frame
     * (CALL_PY_EXACT_ARGS), or -1 when this code has keyword-only, {@code *args} or
     * {@code **kwargs} parameters or is a generator or coroutine.
     */
    public final int exactArgCount;
    /**
     * The same for a generator function (CALL_PY_GENERATOR: the frame is filled from the caller's
     * stack and wrapped in the generator), or -1 for any other code.
     */
    public final int generatorArgCount;
    /**
     * What {@link #entryCounter} starts as. The first call's decrement wraps it to Integer.MAX_VALUE,
     * still not negative, so that the call takes the same path through {@code Interpreter.execute}
     * as any other; {@link #compiled}'s stand-in then sees the wrapped value and gives tier 2 its
     * entry hook, as if the counter had started at 0 and run out.
     */
    public static final int NEVER_ENTERED = Integer.MIN_VALUE;
    /** Calls left before the trace recorder looks at this code's entry (see {@code org.hotpy.core.trace}). */
    public int entryCounter = NEVER_ENTERED;
    /** The trace recorder's per-code state ({@code org.hotpy.core.trace.CodeTraces}), or null. */
    public Object traces;
    /**
     * This code compiled to a JVM method by tier 1's per-function compiler
     * ({@code org.hotpy.core.interp.CompiledCode}), or one of that class's stand-ins: for code not
     * compiled yet ({@link #NOT_COMPILED}, never null) or code that stays interpreted.
     */
    public Object compiled = NOT_COMPILED;
    /** Calls (and loops' counter run-outs) counted towards compiling this code; see {@link #compiled}. */
    public int warmth;
    /** How often this code has been compiled (recompiled when its specialisations changed). */
    public int compilations;
    /**
     * Instructions other than the usual entries (the start, loop heads, handlers, resumption after
     * a yield) at which frames of this code were resumed: where tier 2's traces left them. The
     * compiled form built after they were noted can start at them, so the rest of the call runs
     * compiled instead of in the interpreter. Null until the first.
     */
    public java.util.BitSet resumePoints;

    public CodeObject(String name, String qualname, String filename, int firstLineNo, int argCount,
                      int posOnlyArgCount, int kwOnlyArgCount, int flags, String[] varnames, String[] cellvars,
                      String[] freevars, String[] names, PyObject[] consts, int[] code, int[] lines, int[] positions,
                      int[] exceptionTable, int stackSize, int[] cellToArg) {
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLineNo = firstLineNo;
        this.argCount = argCount;
        this.posOnlyArgCount = posOnlyArgCount;
        this.kwOnlyArgCount = kwOnlyArgCount;
        this.flags = flags;
        this.varnames = varnames;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.names = names;
        this.consts = consts;
        this.code = code;
        this.lines = lines;
        this.positions = positions;
        this.exceptionTable = exceptionTable;
        this.stackSize = stackSize;
        this.nlocalsplus = varnames.length + cellvars.length + freevars.length;
        this.hasCells = cellvars.length > 0 || freevars.length > 0;
        this.cellToArg = cellToArg;
        this.caches = new Object[code.length];
        this.counters = new short[code.length];
        this.deopts = new byte[code.length];
        boolean simple = kwOnlyArgCount == 0
                && (flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) == 0;
        this.exactArgCount = simple ? argCount : -1;
        boolean simpleGenerator = kwOnlyArgCount == 0
                && (flags & (CO_VARARGS | CO_VARKEYWORDS | CO_COROUTINE | CO_ASYNC_GENERATOR)) == 0
                && (flags & CO_GENERATOR) != 0;
        this.generatorArgCount = simpleGenerator ? argCount : -1;
    }

    private static Object notCompiledStandIn() {
        try {
            return Class.forName("org.hotpy.core.interp.CompiledCode").getField("NOT_COMPILED").get(null);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int nlocals() {
        return varnames.length;
    }

    /** Number of frame slots before the value stack: locals, cells and free variables. */
    /** Whether a frame of this code needs cells made at entry (cell or free variables). */
    public boolean hasCells() {
        return hasCells;
    }

    public int nlocalsplus() {
        return nlocalsplus;
    }

    public boolean isGenerator() {
        return (flags & CO_GENERATOR) != 0;
    }

    public boolean hasVarargs() {
        return (flags & CO_VARARGS) != 0;
    }

    public boolean hasVarkeywords() {
        return (flags & CO_VARKEYWORDS) != 0;
    }

    /** Total parameters including keyword-only, *args and **kwargs. */
    public int totalArgs() {
        return argCount + kwOnlyArgCount + (hasVarargs() ? 1 : 0) + (hasVarkeywords() ? 1 : 0);
    }

    /** The source line of instruction {@code pc}, or the first line if it has none. */
    public int lineAt(int pc) {
        if (pc >= 0 && pc < lines.length && lines[pc] > 0) {
            return lines[pc];
        }
        for (int i = Math.min(pc, lines.length - 1); i >= 0; i--) {
            if (lines[i] > 0) {
                return lines[i];
            }
        }
        return firstLineNo;
    }

    /**
     * The exception handler covering instruction {@code pc}: the index of its entry in
     * {@link #exceptionTable} (a multiple of 5), or -1.
     */
    public int handlerFor(int pc) {
        int[] t = exceptionTable;
        for (int i = 0; i < t.length; i += 5) {
            if (pc >= t[i] && pc < t[i + 1]) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstLineNo + ">";
    }
}
