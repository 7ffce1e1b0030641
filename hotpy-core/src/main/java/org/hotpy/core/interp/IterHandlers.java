package org.hotpy.core.interp;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Opcode;
import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyRange;
import org.hotpy.core.types.collection.SequenceIterator;
import org.hotpy.core.types.exception.ExceptionTypes;
import org.hotpy.core.types.function.PyGenerator;

/**
 * FOR_ITER with its range, list and generator specialisations, and {@code yield from}:
 * GET_YIELD_FROM_ITER and SEND.
 */
final class IterHandlers {
    private IterHandlers() {}

    /** FOR_ITER: the next item, or null when the iterator is exhausted. */
    static PyObject forIter(CodeObject code, int pc, PyObject it) {
        if (Specializer.warm(code, pc)) {
            if (it.getClass() == PyRange.RangeIterator.class) {
                Specializer.rewrite(code, pc, Opcode.FOR_ITER_RANGE);
            } else if (it.getClass() == SequenceIterator.OfList.class) {
                Specializer.rewrite(code, pc, Opcode.FOR_ITER_LIST);
            } else if (it.getClass() == PyGenerator.class) {
                Specializer.rewrite(code, pc, Opcode.FOR_ITER_GEN);
            }
        }
        return Protocols.next(it);
    }

    static PyObject forIterRange(CodeObject code, int pc, PyObject it) {
        if (it.getClass() == PyRange.RangeIterator.class) {
            return ((PyRange.RangeIterator) it).next();
        }
        Specializer.deoptimize(code, pc);
        return forIter(code, pc, it);
    }

    static PyObject forIterList(CodeObject code, int pc, PyObject it) {
        if (it.getClass() == SequenceIterator.OfList.class) {
            return ((SequenceIterator.OfList) it).next();
        }
        Specializer.deoptimize(code, pc);
        return forIter(code, pc, it);
    }

    /**
     * FOR_ITER_GEN: resumes the generator's frame directly, on the interpreter {@code ts} the loop
     * runs on; its return ends the loop without a StopIteration (the value is dropped, as
     * CPython's FOR_ITER does).
     */
    static PyObject forIterGen(InterpreterState ts, CodeObject code, int pc, PyObject it) {
        if (it.getClass() == PyGenerator.class) {
            PyGenerator g = (PyGenerator) it;
            PyObject v = g.advance(ts, PyNone.NONE);
            return g.finished() ? null : v;
        }
        Specializer.deoptimize(code, pc);
        return forIter(code, pc, it);
    }

    static PyObject yieldFromIter(CodeObject code, PyObject o) {
        if (o instanceof PyGenerator) {
            return o;
        }
        return Protocols.iter(o);
    }

    /**
     * Stack: receiver, value. Sends the value into the receiver; when it yields, the pair becomes
     * (receiver, yielded) and the result is {@code sp}; when it returns, the pair becomes its return
     * value and the result is {@code -(sp - 1)}.
     */
    static int send(InterpreterState ts, PyObject[] s, int sp) {
        PyObject recv = s[sp - 2];
        PyObject value = s[sp - 1];
        if (recv instanceof PyGenerator g) {
            PyObject r = g.advance(ts, value);
            if (!g.finished()) {
                s[sp - 1] = r;
                return sp;
            }
            return returned(s, sp, r);
        }
        try {
            PyObject r;
            if (value == PyNone.NONE) {
                PyObject next = recv.type().lookup(org.hotpy.core.model.Slot.NEXT);
                if (next == null) {
                    throw Errors.typeError("'%s' object is not an iterator", recv.type().tpName());
                }
                r = Call.callSpecial(next, recv);
            } else {
                r = Call.callMethod(recv, "send", value);
            }
            s[sp - 1] = r;
            return sp;
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.STOP_ITERATION)) {
                PyObject v = PyGenerator.stopIterationValue(e.exception());
                return returned(s, sp, v);
            }
            throw e;
        }
    }

    private static int returned(PyObject[] s, int sp, PyObject v) {
        s[sp - 2] = v;
        s[sp - 1] = null;
        return -(sp - 1);
    }
}
