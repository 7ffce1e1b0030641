package org.hotpy.core.trace;

import java.lang.invoke.MethodHandle;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.InternalErrors;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.interp.Frame;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Shape;
import org.hotpy.core.ops.Compare;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.collection.PyRange;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.function.PyBoundMethod;
import org.hotpy.core.types.function.PyFunction;
import org.hotpy.core.types.number.PyBigInt;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;

/**
 * Small static methods the classes {@link TraceJit} generates call (HotSpot inlines them): the
 * same operations as the {@link Executor}'s cases, with register arrays replaced by arguments.
 */
final class JitSupport {
    /**
     * Always 0.0, but a field HotSpot cannot fold: what {@link TraceJit} preloads into double
     * registers not yet computed, so that C1 sees no constant there (see its prologue). Never written.
     */
    static double unsetDouble;

    private JitSupport() {
    }

    static boolean isIntType(PyObject v) {
        Class<?> c = v.getClass();
        return c == PyInt.class || c == PyBigInt.class;
    }

    static long lt(long a, long b) {
        return a < b ? 1 : 0;
    }

    static long le(long a, long b) {
        return a <= b ? 1 : 0;
    }

    static long eq(long a, long b) {
        return a == b ? 1 : 0;
    }

    static long ne(long a, long b) {
        return a != b ? 1 : 0;
    }

    static long gt(long a, long b) {
        return a > b ? 1 : 0;
    }

    static long ge(long a, long b) {
        return a >= b ? 1 : 0;
    }

    static long isTrue(long a) {
        return a != 0 ? 1 : 0;
    }

    static long flt(double a, double b) {
        return a < b ? 1 : 0;
    }

    static long fle(double a, double b) {
        return a <= b ? 1 : 0;
    }

    static long feq(double a, double b) {
        return a == b ? 1 : 0;
    }

    static long fne(double a, double b) {
        return a != b ? 1 : 0;
    }

    static long fgt(double a, double b) {
        return a > b ? 1 : 0;
    }

    static long fge(double a, double b) {
        return a >= b ? 1 : 0;
    }

    static long fIsTrue(double a) {
        return a != 0.0 ? 1 : 0;
    }

    static PyObject boxFloat(double v) {
        return new PyFloat(v);
    }

    static PyObject boxBool(long v) {
        return v != 0 ? PyBool.TRUE : PyBool.FALSE;
    }

    static long unboxBool(PyObject v) {
        return v == PyBool.TRUE ? 1 : 0;
    }

    static long is(PyObject a, PyObject b) {
        return a == b ? 1 : 0;
    }

    static long truth(PyObject v) {
        return ExecOps.truth(v) ? 1 : 0;
    }

    static PyObject boundMethod(PyObject f, PyObject self) {
        return new PyBoundMethod(f, self);
    }

    /** Item {@code i} of a tuple, negative from the end; null when out of range (the guard exits). */
    static PyObject tupleItem(PyObject t, long i) {
        PyTuple tu = (PyTuple) t;
        int n = tu.size();
        if (i < 0) {
            i += n;
        }
        return i < 0 || i >= n ? null : tu.itemsUnsafe()[(int) i];
    }

    static PyObject listItem(PyObject l, long i) {
        PyList li = (PyList) l;
        int n = li.size();
        if (i < 0) {
            i += n;
        }
        return i < 0 || i >= n ? null : li.itemsUnsafe()[(int) i];
    }

    static boolean listSet(PyObject l, long i, PyObject v) {
        PyList li = (PyList) l;
        int n = li.size();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            return false;
        }
        li.itemsUnsafe()[(int) i] = v;
        return true;
    }

    static boolean rangeHasNext(PyObject it) {
        return ((PyRange.RangeIterator) it).remaining > 0;
    }

    static long rangeNext(PyObject it) {
        PyRange.RangeIterator r = (PyRange.RangeIterator) it;
        r.remaining--;
        long v = r.next;
        r.next = v + r.step;
        return v;
    }

    static PyObject loadGlobal(PyObject globals, PyObject builtins, String name) {
        PyObject v = ((PyDict) globals).getStr(name);
        return v != null ? v : ((PyDict) builtins).getStr(name);
    }

    static PyObject loadName(PyObject locals, PyObject globals, PyDict builtins, String name) {
        return ExecOps.loadName((PyDict) locals, (PyDict) globals, builtins, name);
    }

    static void storeDict(PyObject dict, String name, PyObject v) {
        ((PyDict) dict).putStr(name, v);
    }

    static PyObject compare(PyObject a, PyObject b, int op) {
        return Compare.richCompare(a, b, Compare.Op.of(op));
    }

    static PyObject contains(PyObject item, PyObject container) {
        return PyBool.of(Protocols.contains(container, item));
    }

    static PyObject not(PyObject v) {
        return PyBool.of(!Protocols.isTrue(v));
    }

    static PyObject newInstance(Object typeAndShape, PyObject[] fields) {
        int[] regs = new int[fields.length];
        for (int i = 0; i < regs.length; i++) {
            regs[i] = i;
        }
        return ExecOps.newInstance(typeAndShape, fields, regs);
    }

    static PyObject buildMap(PyObject[] kv) {
        PyDict d = new PyDict(kv.length / 2);
        for (int i = 0; i + 1 < kv.length; i += 2) {
            d.put(kv[i], kv[i + 1]);
        }
        return d;
    }

    static PyObject callPy(InterpreterState ts, PyObject f, PyObject[] args) {
        int[] regs = new int[args.length];
        for (int i = 0; i < regs.length; i++) {
            regs[i] = i;
        }
        return ExecOps.callPy(ts, (PyFunction) f, args, regs);
    }

    static Object invokeIntrinsic(Object handle, Object[] args) {
        try {
            return ((MethodHandle) handle).invokeExact(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw InternalErrors.toPython(new IllegalStateException("intrinsic failed", t));
        }
    }

    /** What the executor's catch clauses make of a Java exception from an op. */
    static PyException toPyException(Throwable t) {
        if (t instanceof PyException p) {
            return p;
        }
        if (t instanceof StackOverflowError) {
            return Errors.recursionError("maximum recursion depth exceeded");
        }
        return InternalErrors.toPython(t);
    }

    static boolean versionIs(PyType t, long v) {
        return t.version() == v;
    }

    static boolean dictVersionIs(PyDict d, long v) {
        return d.version() == v;
    }

    static boolean recursionAllows(InterpreterState ts, int depth) {
        return ts.depth() + depth + 1 < ts.recursionLimit();
    }

    static Shape shapeOf(PyObject v) {
        return ExecOps.shapeOf(v);
    }

    /** The frame's parameter slot {@code i}. */
    static PyObject param(Frame f, int i) {
        return f.stack[i];
    }
}
