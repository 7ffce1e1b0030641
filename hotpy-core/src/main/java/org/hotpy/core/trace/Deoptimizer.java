package org.hotpy.core.trace;

import java.util.Arrays;

import org.hotpy.api.trace.Op;
import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.interp.Frame;
import org.hotpy.core.interp.Interpreter;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.model.PyInstance;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Slot;
import org.hotpy.core.model.TypeMethods;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.function.PyBoundMethod;
import org.hotpy.core.types.function.PyFunction;

/**
 * Leaves a trace through an exit: materialises the snapshot's virtual objects, writes the
 * outermost frame's slots into the real tier-1 frame, rebuilds every inlined frame and runs them
 * in tier 1 from the innermost outwards (each result pushed onto its caller, an exception raised
 * in it), and says where tier 1 resumes in the real frame.
 */
final class Deoptimizer {
    private Deoptimizer() {
    }

    /**
     * Deoptimises through {@code e}. With {@code raised}, the op the exit belongs to threw it, and
     * tier 1 raises it at the snapshot's instruction. Returns the pc tier 1 resumes at in {@code f};
     * an exception to raise there is left in {@code f.pendingThrow} (and the pc is then one past the
     * instruction that raises, as tier 1's handler expects).
     */
    static int deopt(ExitInfo e, PyException raised, PyObject[] o, long[] l, double[] d, InterpreterState ts,
            Frame f) {
        PyObject[] virt = materialise(e, o, l, d);
        ExitInfo.FrameInfo outer = e.frames[0];
        write(f, outer, virt, o, l, d);
        if (!e.inlined()) {
            return resume(f, outer, e, raised);
        }
        int n = e.frames.length;
        Frame[] frames = new Frame[n];
        boolean[] inits = new boolean[n];
        frames[0] = f;
        for (int i = 1; i < n; i++) {
            ExitInfo.FrameInfo fi = e.frames[i];
            PyObject callee = value(fi.function, virt, o, l, d);
            inits[i] = callee instanceof PyType;
            PyFunction fn = inits[i] ? initOf((PyType) callee, fi.code) : (PyFunction) callee;
            Frame fr = new Frame(fi.code, fn, fn.globals, fn.builtins, null);
            write(fr, fi, virt, o, l, d);
            frames[i] = fr;
        }
        Frame inner = frames[n - 1];
        inner.pc = resume(inner, e.frames[n - 1], e, raised);
        PyObject result = null;
        PyException pending = null;
        for (int i = n - 1; i >= 1; i--) {
            Frame fr = frames[i];
            if (i < n - 1) {
                if (pending != null) {
                    fr.pendingThrow = pending;
                    pending = null;
                } else if (result != null) {
                    fr.stack[fr.sp++] = result;
                }
            }
            for (int k = 1; k < i; k++) {
                ts.pushFrame(frames[k]);
            }
            try {
                result = finished(inits[i], Interpreter.execute(ts, fr));
            } catch (PyException ex) {
                pending = ex;
            } finally {
                for (int k = i - 1; k >= 1; k--) {
                    ts.popFrame(frames[k]);
                }
            }
        }
        if (pending != null) {
            f.pendingThrow = pending;
        } else if (result != null) {
            f.stack[f.sp++] = result;
        }
        return outer.pc;
    }

    /**
     * The {@code __init__} an inlined instantiation of {@code type} was running: the trace guarded
     * the class's version, so its {@code __init__} is still the function whose code the frame runs.
     */
    static PyFunction initOf(PyType type, CodeObject code) {
        if (type.lookup(Slot.INIT) instanceof PyFunction fn && fn.code == code) {
            return fn;
        }
        throw new IllegalStateException("the __init__ of " + type.name() + " changed inside an inlined instantiation");
    }

    /**
     * What a finished inlined frame gives its caller: its result, or for the {@code __init__} of an
     * instantiation nothing (null), as the instance is already on the caller's stack; as for
     * {@code C(args)} in tier 1, {@code __init__} must return None.
     */
    private static PyObject finished(boolean init, PyObject r) {
        if (!init) {
            return r;
        }
        TypeMethods.checkInitReturnedNone(r);
        return null;
    }

    /** The pc tier 1 resumes at in the innermost frame: the snapshot's, past the instruction that raised, or past a finished loop. */
    private static int resume(Frame f, ExitInfo.FrameInfo fi, ExitInfo e, PyException raised) {
        if (raised != null) {
            f.pendingThrow = raised;
            f.resumeAt(fi.pc + 1); // the CALL that raised took its keyword names
            return fi.pc + 1;
        }
        if (e.forIter) {
            // FOR_ITER found the iterator exhausted: leave the loop as tier 1 does, without calling next() again
            f.stack[--f.sp] = null;
            return fi.code.code[fi.pc] >>> 8;
        }
        return fi.pc;
    }

    /** Writes the snapshot's locals and stack into {@code f} and sets its stack pointer and pc. */
    static void write(Frame f, ExitInfo.FrameInfo fi, PyObject[] virt, PyObject[] o, long[] l, double[] d) {
        writeLocals(f, fi, virt, o, l, d);
        PyObject[] s = f.stack;
        int i = fi.locals.length;
        for (int ref : fi.stack) {
            s[i++] = value(ref, virt, o, l, d);
        }
        if (i < f.sp) {
            Arrays.fill(s, i, f.sp, null);
        }
        f.sp = i;
        f.resumeAt(fi.pc);
    }

    /**
     * Writes only the snapshot's locals into {@code f}, for code run from inside the trace that reads
     * the frame; its stack and stack pointer stay as the trace entered them, as a deopt rewrites both.
     * In the real frame, locals still holding what the trace read at its start are skipped
     * ({@link ExitInfo.FrameInfo#written}).
     */
    static void writeLocals(Frame f, ExitInfo.FrameInfo fi, PyObject[] virt, PyObject[] o, long[] l, double[] d) {
        PyObject[] s = f.stack;
        int[] locals = fi.locals;
        int[] written = fi.written;
        if (written != null) {
            for (int i : written) {
                s[i] = value(locals[i], virt, o, l, d);
            }
            return;
        }
        for (int i = 0; i < locals.length; i++) {
            s[i] = value(locals[i], virt, o, l, d);
        }
    }

    static PyObject value(int ref, PyObject[] virt, PyObject[] o, long[] l, double[] d) {
        return Slots.isVirtual(ref) ? virt[Slots.virtualIndex(ref)] : Slots.box(ref, o, l, d);
    }

    /** Builds every virtual object: allocate first, bound methods next (their parts must exist), fill last. */
    static PyObject[] materialise(ExitInfo e, PyObject[] o, long[] l, double[] d) {
        ExitInfo.VirtualInfo[] vs = e.virtuals;
        if (vs.length == 0) {
            return null;
        }
        PyObject[] virt = new PyObject[vs.length];
        for (int i = 0; i < vs.length; i++) {
            ExitInfo.VirtualInfo v = vs[i];
            if (v.op == Op.NEW_INSTANCE) {
                PyInstance inst = (PyInstance) v.type.allocate();
                inst.shape = v.shape;
                if (inst.values.length < v.shape.capacity()) {
                    inst.values = Arrays.copyOf(inst.values, v.shape.capacity());
                }
                virt[i] = inst;
            } else if (v.op == Op.BUILD_TUPLE) {
                virt[i] = PyTuple.of(new PyObject[v.args.length]);
            } else if (v.op == Op.BUILD_LIST) {
                virt[i] = PyList.wrap(new PyObject[v.args.length]);
            }
        }
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int i = 0; i < vs.length; i++) {
                if (virt[i] == null && vs[i].op == Op.NEW_BOUND_METHOD && ready(vs[i].args, virt)) {
                    virt[i] = new PyBoundMethod(value(vs[i].args[0], virt, o, l, d), value(vs[i].args[1], virt, o, l, d));
                    progress = true;
                }
            }
        }
        for (int i = 0; i < vs.length; i++) {
            ExitInfo.VirtualInfo v = vs[i];
            PyObject[] into = switch (v.op) {
                case NEW_INSTANCE -> ((PyInstance) virt[i]).values;
                case BUILD_TUPLE -> ((PyTuple) virt[i]).itemsUnsafe();
                case BUILD_LIST -> ((PyList) virt[i]).itemsUnsafe();
                default -> null;
            };
            if (into != null) {
                for (int k = 0; k < v.args.length; k++) {
                    into[k] = value(v.args[k], virt, o, l, d);
                }
            }
        }
        return virt;
    }

    private static boolean ready(int[] args, PyObject[] virt) {
        for (int a : args) {
            if (Slots.isVirtual(a) && virt[Slots.virtualIndex(a)] == null) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code code}'s instruction at {@code pc} is a RETURN_VALUE (a trace that exits there can return at once). */
    static boolean isReturn(CodeObject code, int pc) {
        return (code.code[pc] & 0xff) == org.hotpy.core.bytecode.Opcode.RETURN_VALUE.ordinal();
    }
}
