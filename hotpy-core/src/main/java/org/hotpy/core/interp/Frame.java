package org.hotpy.core.interp;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.function.PyFunction;

/**
 * An activation of a code object, on the heap: the locals, cells and value stack in one array
 * (CPython's "localsplus"), the instruction index, and the link to the calling frame. Because
 * the whole state is here, a generator suspends by returning from the interpreter loop and
 * resumes by entering it again, and a traceback refers to frames directly.
 */
public final class Frame extends PyObject {
    public static final PyType TYPE = PyType.builtin("frame", PyType.OBJECT, Frame.class, FrameMethods.DEFINER)
            .notSubclassable();

    public final CodeObject code;
    public final PyFunction function;
    public final PyDict globals;
    public final PyDict builtins;
    /** The locals mapping of module and class bodies and exec(); null for function frames. */
    public PyObject locals;
    public final PyObject[] stack;
    public int sp;
    public int pc;
    /** The calling frame while this one runs (and in tracebacks). */
    public Frame back;
    /** Keyword names set by KW_NAMES for the next CALL. */
    String[] kwnames;
    /** For generators: whether the last exit was a yield rather than a return. */
    boolean yielded;
    /** For generators: the exception being handled when the generator was suspended. */
    org.hotpy.core.types.exception.PyBaseException savedHandled;
    /** An exception to raise at the resume point when a generator is resumed by throw(). */
    public org.hotpy.core.errors.PyException pendingThrow;
    /** Whether Python code may hold this frame object (see {@link #escape}). */
    private boolean escaped;

    public Frame(CodeObject code, PyFunction function, PyDict globals, PyDict builtins, PyObject locals) {
        this.code = code;
        this.function = function;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.stack = new PyObject[code.nlocalsplus() + code.stackSize + 1];
        this.sp = code.nlocalsplus();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * Notes that Python code may now hold this frame and reach its callers through {@code f_back}
     * (a traceback, {@code sys._getframe}): none of them is reused for a later call once it returns
     * ({@link FrameReuse}). The walk stops at a frame already noted, whose callers were noted with it.
     */
    public void escape() {
        for (Frame f = this; f != null && !f.escaped; f = f.back) {
            f.escaped = true;
        }
    }

    /** Whether {@link #escape} was called on this frame or a frame it called. */
    public boolean escaped() {
        return escaped;
    }

    /** Keyword names set by KW_NAMES for the next CALL, or null. */
    public String[] kwnames() {
        return kwnames;
    }

    /**
     * Makes tier 1 resume at {@code pc} (tier 2 leaving a trace). Resuming at a CALL skips the
     * KW_NAMES just before it, so its keyword names are set again here; anywhere else none are
     * pending, as after every CALL in tier 1.
     */
    public void resumeAt(int pc) {
        this.pc = pc;
        int prev = pc > 0 ? code.code[pc - 1] : 0;
        kwnames = pc > 0 && (prev & 0xff) == org.hotpy.core.bytecode.Opcode.KW_NAMES.ordinal()
                ? Calls.kwnames(code.consts[prev >>> 8]) : null;
    }

    /** The line of the instruction being executed (or about to be resumed). */
    public int lineNo() {
        return code.lineAt(Math.max(0, pc - 1));
    }

    @Override
    public String toString() {
        return "<frame of " + code.qualname + " line " + lineNo() + ">";
    }
}
