package org.hotpy.core.trace;

import java.lang.invoke.MethodHandle;
import java.util.Arrays;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.errors.InternalErrors;
import org.hotpy.core.interp.Frame;
import org.hotpy.core.interp.Interpreter;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.model.Instance;
import org.hotpy.core.model.PyInstance;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Shape;
import org.hotpy.core.ops.Operators;
import org.hotpy.core.ops.Operators.BinOp;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.function.PyFunction;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;

/**
 * The executor's slower operations, kept out of its dispatch loop so that loop stays small enough
 * for HotSpot to compile. Each does what tier 1's generic instruction (or the runtime operation it
 * calls) does, so a trace gives the same result.
 */
final class ExecOps {
    private ExecOps() {
    }

    static PyObject[] args(PyObject[] o, int[] regs) {
        PyObject[] a = new PyObject[regs.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = o[regs[i]];
        }
        return a;
    }

    /** BINARY_OP with the core's operator code (BinOp ordinal, 0x20 for in-place). */
    static PyObject binary(PyObject a, PyObject b, int code) {
        BinOp op = BinOp.of(code & 0x1f);
        return (code & BinOp.INPLACE_FLAG) != 0 ? Operators.inplace(a, b, op) : Operators.binary(a, b, op);
    }

    /** POP_JUMP_IF's truth test, with tier 1's shortcut for the bool singletons. */
    static boolean truth(PyObject v) {
        return v == PyBool.TRUE || (v != PyBool.FALSE && Protocols.isTrue(v));
    }

    /** LOAD_NAME from a dict locals mapping, then the globals, then the builtins; null if none has it. */
    static PyObject loadName(PyDict locals, PyDict globals, PyDict builtins, String name) {
        PyObject v = locals.getStr(name);
        if (v == null) {
            v = globals.getStr(name);
        }
        return v == null ? builtins.getStr(name) : v;
    }

    static PyObject buildMap(PyObject[] o, int[] regs) {
        PyDict d = new PyDict(regs.length / 2);
        for (int i = 0; i + 1 < regs.length; i += 2) {
            d.put(o[regs[i]], o[regs[i + 1]]);
        }
        return d;
    }

    static PyObject call(PyObject callable, PyObject[] o, int[] regs, String[] kwnames) {
        return callable.call(args(o, regs), kwnames);
    }

    /** {@code call_py}: a simple function with exactly its positional parameters, as CALL_PY_EXACT_ARGS calls it. */
    static PyObject callPy(InterpreterState ts, PyFunction f, PyObject[] o, int[] regs) {
        CodeObject code = f.code;
        Frame fr = new Frame(code, f, f.globals, f.builtins, null);
        PyObject[] s = fr.stack;
        for (int i = 0; i < regs.length; i++) {
            s[i] = o[regs[i]];
        }
        ts.checkInterrupt();
        return Interpreter.execute(ts, fr);
    }

    static long len(PyObject v) {
        Class<?> c = v.getClass();
        if (c == PyList.class) {
            return ((PyList) v).size();
        }
        if (c == PyTuple.class) {
            return ((PyTuple) v).size();
        }
        return Protocols.len(v);
    }

    static PyObject tuple(PyObject[] o, int[] regs) {
        return PyTuple.of(args(o, regs));
    }

    static PyObject list(PyObject[] o, int[] regs) {
        return PyList.wrap(args(o, regs));
    }

    /** {@code new_instance(@C, @S, fields)}: allocated as {@code object.__new__} does, then given the shape. */
    static PyObject newInstance(Object typeAndShape, PyObject[] o, int[] regs) {
        Object[] ts = (Object[]) typeAndShape;
        PyInstance inst = (PyInstance) ((PyType) ts[0]).allocate();
        Shape s = (Shape) ts[1];
        inst.shape = s;
        if (inst.values.length < s.capacity()) {
            inst.values = Arrays.copyOf(inst.values, s.capacity());
        }
        for (int i = 0; i < regs.length; i++) {
            inst.values[i] = o[regs[i]];
        }
        return inst;
    }

    static PyObject[] valuesOf(PyObject v) {
        return v.getClass() == PyInstance.class ? ((PyInstance) v).values : ((Instance) v).values();
    }

    /** {@code set_shape}: the new shape extends the old one; make room as InstanceAttrs does. */
    static void setShape(PyObject v, Shape s) {
        Instance inst = (Instance) v;
        int cap = s.capacity();
        PyObject[] vals = inst.values();
        if (vals.length < cap) {
            inst.setValues(Arrays.copyOf(vals, Math.max(cap, vals.length + 4)));
        }
        inst.setShape(s);
        s.type().noteCapacity(cap);
    }

    static Shape shapeOf(PyObject v) {
        if (v.getClass() == PyInstance.class) {
            return ((PyInstance) v).shape;
        }
        return v instanceof Instance i ? i.shape() : null;
    }

    /** Calls an intrinsic's adapted handle ({@code (Object[])Object}) with boxed operands and stores its result. */
    static void intrinsic(Object handle, int result, int[] refs, PyObject[] o, long[] l, double[] d) {
        Object[] args = new Object[refs.length];
        for (int i = 0; i < refs.length; i++) {
            int ref = refs[i];
            int r = Slots.reg(ref);
            args[i] = switch (Slots.kind(ref)) {
                case Slots.OBJ -> o[r];
                case Slots.LONG -> l[r];
                case Slots.DOUBLE -> d[r];
                default -> l[r] != 0;
            };
        }
        Object out;
        try {
            out = ((MethodHandle) handle).invokeExact(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw InternalErrors.toPython(new IllegalStateException("intrinsic failed", t));
        }
        if (result == Slots.NULL) {
            return;
        }
        int r = Slots.reg(result);
        switch (Slots.kind(result)) {
            case Slots.OBJ -> o[r] = (PyObject) out;
            case Slots.LONG -> l[r] = (Long) out;
            case Slots.DOUBLE -> d[r] = (Double) out;
            default -> l[r] = ((Boolean) out) ? 1 : 0;
        }
    }

    static PyObject boxFloat(double v) {
        return new PyFloat(v);
    }

    static PyObject boxInt(long v) {
        return PyInt.of(v);
    }
}
