package org.hotpy.core.interp;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.ops.Call;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.exception.ExceptionTypes;
import org.hotpy.core.types.exception.PyBaseException;
import org.hotpy.core.types.exception.PyTraceback;

/** Resuming generator frames, with the generator's own "exception being handled" state. */
public final class Generators {
    private Generators() {}

    /** Runs a suspended generator frame to its next yield or return, on this thread's interpreter. */
    public static PyObject resume(Frame frame) {
        return resume(InterpreterState.current(), frame);
    }

    /**
     * Runs a suspended generator frame to its next yield or return on {@code ts}, the interpreter
     * running on this thread (loops pass theirs down: looking it up costs a ThreadLocal probe).
     */
    public static PyObject resume(InterpreterState ts, Frame frame) {
        PyBaseException outer = ts.handled;
        PyBaseException outerOfOuter = ts.outerHandled;
        ts.outerHandled = outer != null ? outer : outerOfOuter;
        ts.handled = frame.savedHandled;
        try {
            return Interpreter.execute(ts, frame);
        } finally {
            // suspended or finished, the frame has no caller (f_back is None, as in CPython),
            // and the last one's frame may be reused meanwhile (FrameReuse)
            frame.back = null;
            frame.savedHandled = ts.handled;
            ts.handled = outer;
            ts.outerHandled = outerOfOuter;
        }
    }

    /** Whether the frame's last exit was a yield (rather than a return or an exception). */
    public static boolean yielded(Frame frame) {
        return frame.yielded;
    }

    /** The exception {@code gen.throw(typ, val, tb)} raises, with CPython's argument rules. */
    public static PyException makeThrown(PyObject typ, PyObject val, PyObject tb) {
        PyBaseException exc;
        if (typ instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            if (val instanceof PyBaseException v && v.type().isSubtypeOf(t)) {
                exc = v;
            } else {
                PyObject made = val == null || val == PyNone.NONE ? Call.call(t)
                        : val instanceof PyTuple args ? t.call(args.toArray(), null) : Call.call(t, val);
                if (!(made instanceof PyBaseException m)) {
                    throw Errors.typeError("calling %s should have returned an instance of BaseException, not %s",
                            t.name(), made.type().tpName());
                }
                exc = m;
            }
        } else if (typ instanceof PyBaseException e) {
            if (val != null && val != PyNone.NONE) {
                throw Errors.typeError("instance exception may not have a separate value");
            }
            exc = e;
        } else {
            throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not %s",
                    typ.type().tpName());
        }
        if (tb instanceof PyTraceback) {
            exc.setTraceback(tb);
        } else if (tb != null && tb != PyNone.NONE) {
            throw Errors.typeError("throw() third argument must be a traceback object");
        }
        return new PyException(exc);
    }
}
