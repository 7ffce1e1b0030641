package org.hotpy.core.trace;

import org.hotpy.api.trace.PrimitiveOps;
import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.InternalErrors;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.interp.Frame;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.ops.Attr;
import org.hotpy.core.ops.Compare;
import org.hotpy.core.ops.Operators;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.DictWatches;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.collection.PyRange;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.collection.SequenceIterator;
import org.hotpy.core.types.function.PyBoundMethod;
import org.hotpy.core.types.function.PyCell;
import org.hotpy.core.types.function.PyFunction;
import org.hotpy.core.types.number.PyBigInt;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;

/**
 * Tier 2: runs a {@link CompiledTrace} on typed registers ({@code PyObject[]}, {@code long[]} for
 * INT64 and BOOL, {@code double[]}), one {@code switch} over the instruction codes. A failing guard,
 * an {@code exit}, or a Python exception from an op leaves through the instruction's snapshot: the
 * {@link Deoptimizer} rebuilds the tier-1 frames and says where tier 1 resumes.
 */
final class Executor {
    /** {@link #run}'s result when an entry trace returned; the value is in {@link Tier2#returned}. */
    static final int RETURNED = -1;

    private Executor() {
    }

    /** Runs {@code t} on frame {@code f} (whose slots hold its parameters); returns where tier 1 resumes in {@code f}, or {@link #RETURNED}. */
    static int run(Tier2 t2, CompiledTrace t, InterpreterState ts, Frame f) {
        t.runs++;
        if (t.jit != null) {
            return t.jit.run(t2, t, ts, f);
        }
        PyObject[] o = t.objInit.clone();
        long[] l = t.longInit.length == 0 ? t.longInit : t.longInit.clone();
        double[] d = t.dblInit.length == 0 ? t.dblInit : t.dblInit.clone();
        int[] p = t.params;
        PyObject[] s = f.stack;
        for (int i = 0; i < p.length; i++) {
            o[p[i]] = s[i];
        }
        return loop(t2, t, ts, f, o, l, d);
    }

    @SuppressWarnings("checkstyle:MethodLength")
    private static int loop(Tier2 t2, CompiledTrace t, InterpreterState ts, Frame f, PyObject[] o, long[] l,
            double[] d) {
        final int[] c = t.insns;
        final Object[] aux = t.aux;
        final int[][] lists = t.lists;
        int ip = 0;
        int depth = 0;
        int iterations = 0;
        int exit;
        try {
            dispatch:
            while (true) {
                final int r = c[ip + 1];
                final int a = c[ip + 2];
                final int b = c[ip + 3];
                switch (c[ip]) {
                    case XOp.LABEL:
                    case XOp.JUMP:
                        move(lists[c[ip + 5]], o, l, d);
                        if (c[ip] == XOp.JUMP) {
                            ip = t.loopStart;
                            iterations++;
                            continue;
                        }
                        break;
                    case XOp.SAFEPOINT:
                        ts.checkInterrupt();
                        break;
                    case XOp.EXIT:
                        exit = c[ip + 4];
                        break dispatch;
                    case XOp.RETURN:
                        t2.returned = Slots.box(a, o, l, d);
                        return RETURNED;
                    case XOp.GUARD_TRUE:
                        if (l[a] == 0) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        break;
                    case XOp.GUARD_FALSE:
                        if (l[a] != 0) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        break;
                    case XOp.GUARD_CLASS:
                        if (o[a].getClass() != aux[c[ip + 5]]) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        break;
                    case XOp.GUARD_INT_TYPE: {
                        Class<?> k = o[a].getClass();
                        if (k != PyInt.class && k != PyBigInt.class) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        break;
                    }
                    case XOp.GUARD_TYPE:
                        if (o[a].type() != aux[c[ip + 5]]) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        break;
                    case XOp.GUARD_IS:
                        if (o[a] != o[b]) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        break;
                    case XOp.GUARD_IS_NOT:
                        if (o[a] == o[b]) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        break;
                    case XOp.GUARD_INT_VALUE:
                        if (l[a] != l[b]) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        break;
                    case XOp.GUARD_SHAPE:
                        if (ExecOps.shapeOf(o[a]) != aux[c[ip + 5]]) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        break;
                    case XOp.GUARD_TYPE_VERSION:
                        if (((PyType) aux[c[ip + 5]]).version() != l[b]) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        break;
                    case XOp.GUARD_GLOBALS_VERSION:
                        if (((PyDict) aux[c[ip + 5]]).version() != l[b]) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        break;
                    case XOp.GUARD_GLOBAL_BINDING:
                        if (!((DictWatches.Binding) aux[c[ip + 5]]).valid()) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        break;
                    case XOp.GUARD_FUNCTION_VERSION: {
                        Object e = aux[c[ip + 5]];
                        if (e == null || !((FunctionVersions.Entry) e).matches((PyFunction) o[a])) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        break;
                    }
                    case XOp.INT_ADD_OVF:
                        if (PrimitiveOps.addOverflows(l[a], l[b])) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        l[r] = l[a] + l[b];
                        break;
                    case XOp.INT_SUB_OVF:
                        if (PrimitiveOps.subOverflows(l[a], l[b])) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        l[r] = l[a] - l[b];
                        break;
                    case XOp.INT_MUL_OVF:
                        if (PrimitiveOps.mulOverflows(l[a], l[b])) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        l[r] = l[a] * l[b];
                        break;
                    case XOp.INT_NEG_OVF:
                        if (l[a] == Long.MIN_VALUE) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        l[r] = -l[a];
                        break;
                    case XOp.INT_ADD:
                        l[r] = l[a] + l[b];
                        break;
                    case XOp.INT_SUB:
                        l[r] = l[a] - l[b];
                        break;
                    case XOp.INT_MUL:
                        l[r] = l[a] * l[b];
                        break;
                    case XOp.INT_FLOORDIV:
                        if (PrimitiveOps.floorDivFails(l[a], l[b])) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        l[r] = Math.floorDiv(l[a], l[b]);
                        break;
                    case XOp.INT_MOD:
                        if (l[b] == 0) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        l[r] = Math.floorMod(l[a], l[b]);
                        break;
                    case XOp.INT_TRUEDIV:
                        if (PrimitiveOps.intTrueDivFails(l[a], l[b])) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        d[r] = PrimitiveOps.intTrueDiv(l[a], l[b]);
                        break;
                    case XOp.INT_AND:
                        l[r] = l[a] & l[b];
                        break;
                    case XOp.INT_OR:
                        l[r] = l[a] | l[b];
                        break;
                    case XOp.INT_XOR:
                        l[r] = l[a] ^ l[b];
                        break;
                    case XOp.INT_INVERT:
                        l[r] = ~l[a];
                        break;
                    case XOp.INT_LSHIFT_OVF:
                        if (PrimitiveOps.lshiftFails(l[a], l[b])) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        l[r] = PrimitiveOps.lshift(l[a], l[b]);
                        break;
                    case XOp.INT_RSHIFT:
                        if (l[b] < 0) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        l[r] = PrimitiveOps.rshift(l[a], l[b]);
                        break;
                    case XOp.INT_LT:
                        l[r] = l[a] < l[b] ? 1 : 0;
                        break;
                    case XOp.INT_LE:
                        l[r] = l[a] <= l[b] ? 1 : 0;
                        break;
                    case XOp.INT_EQ:
                        l[r] = l[a] == l[b] ? 1 : 0;
                        break;
                    case XOp.INT_NE:
                        l[r] = l[a] != l[b] ? 1 : 0;
                        break;
                    case XOp.INT_GT:
                        l[r] = l[a] > l[b] ? 1 : 0;
                        break;
                    case XOp.INT_GE:
                        l[r] = l[a] >= l[b] ? 1 : 0;
                        break;
                    case XOp.INT_IS_TRUE:
                        l[r] = l[a] != 0 ? 1 : 0;
                        break;
                    case XOp.INT_TO_FLOAT:
                        d[r] = (double) l[a];
                        break;
                    case XOp.FLOAT_ADD:
                        d[r] = d[a] + d[b];
                        break;
                    case XOp.FLOAT_SUB:
                        d[r] = d[a] - d[b];
                        break;
                    case XOp.FLOAT_MUL:
                        d[r] = d[a] * d[b];
                        break;
                    case XOp.FLOAT_TRUEDIV:
                        if (d[b] == 0.0) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        d[r] = d[a] / d[b];
                        break;
                    case XOp.FLOAT_FLOORDIV:
                        if (d[b] == 0.0) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        d[r] = PrimitiveOps.floatFloorDiv(d[a], d[b]);
                        break;
                    case XOp.FLOAT_MOD:
                        if (d[b] == 0.0) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        d[r] = PrimitiveOps.floatMod(d[a], d[b]);
                        break;
                    case XOp.FLOAT_NEG:
                        d[r] = -d[a];
                        break;
                    case XOp.FLOAT_LT:
                        l[r] = d[a] < d[b] ? 1 : 0;
                        break;
                    case XOp.FLOAT_LE:
                        l[r] = d[a] <= d[b] ? 1 : 0;
                        break;
                    case XOp.FLOAT_EQ:
                        l[r] = d[a] == d[b] ? 1 : 0;
                        break;
                    case XOp.FLOAT_NE:
                        l[r] = d[a] != d[b] ? 1 : 0;
                        break;
                    case XOp.FLOAT_GT:
                        l[r] = d[a] > d[b] ? 1 : 0;
                        break;
                    case XOp.FLOAT_GE:
                        l[r] = d[a] >= d[b] ? 1 : 0;
                        break;
                    case XOp.FLOAT_IS_TRUE:
                        l[r] = d[a] != 0.0 ? 1 : 0;
                        break;
                    case XOp.BOOL_NOT:
                        l[r] = l[a] ^ 1;
                        break;
                    case XOp.BOOL_TO_INT:
                        l[r] = l[a];
                        break;
                    case XOp.BOX_INT:
                        o[r] = PyInt.of(l[a]);
                        break;
                    case XOp.BOX_FLOAT:
                        o[r] = new PyFloat(d[a]);
                        break;
                    case XOp.BOX_BOOL:
                        o[r] = l[a] != 0 ? PyBool.TRUE : PyBool.FALSE;
                        break;
                    case XOp.UNBOX_INT:
                        if (!(o[a] instanceof PyInt pi)) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        l[r] = pi.value;
                        break;
                    case XOp.UNBOX_FLOAT:
                        d[r] = ((PyFloat) o[a]).value;
                        break;
                    case XOp.UNBOX_BOOL:
                        l[r] = o[a] == PyBool.TRUE ? 1 : 0;
                        break;
                    case XOp.OBJ_IS:
                        l[r] = o[a] == o[b] ? 1 : 0;
                        break;
                    case XOp.NEW_INSTANCE:
                        o[r] = ExecOps.newInstance(aux[a], o, lists[c[ip + 5]]);
                        break;
                    case XOp.NEW_BOUND_METHOD:
                        o[r] = new PyBoundMethod(o[a], o[b]);
                        break;
                    case XOp.GET_SLOT:
                        o[r] = ExecOps.valuesOf(o[a])[c[ip + 5]];
                        break;
                    case XOp.SET_SLOT:
                        ExecOps.valuesOf(o[a])[c[ip + 5]] = o[b];
                        break;
                    case XOp.SET_SHAPE:
                        ExecOps.setShape(o[a], (org.hotpy.core.model.Shape) aux[c[ip + 5]]);
                        break;
                    case XOp.BUILD_TUPLE:
                        o[r] = ExecOps.tuple(o, lists[c[ip + 5]]);
                        break;
                    case XOp.BUILD_LIST:
                        o[r] = ExecOps.list(o, lists[c[ip + 5]]);
                        break;
                    case XOp.LEN:
                        l[r] = ExecOps.len(o[a]);
                        break;
                    case XOp.TUPLE_GET_ITEM: {
                        PyTuple tu = (PyTuple) o[a];
                        long i = l[b];
                        int n = tu.size();
                        if (i < 0) {
                            i += n;
                        }
                        if (i < 0 || i >= n) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        o[r] = tu.itemsUnsafe()[(int) i];
                        break;
                    }
                    case XOp.LIST_GET_ITEM: {
                        PyList li = (PyList) o[a];
                        long i = l[b];
                        int n = li.size();
                        if (i < 0) {
                            i += n;
                        }
                        if (i < 0 || i >= n) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        o[r] = li.itemsUnsafe()[(int) i];
                        break;
                    }
                    case XOp.LIST_SET_ITEM: {
                        PyList li = (PyList) o[a];
                        long i = l[b];
                        int n = li.size();
                        if (i < 0) {
                            i += n;
                        }
                        if (i < 0 || i >= n) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        li.itemsUnsafe()[(int) i] = o[c[ip + 5]];
                        break;
                    }
                    case XOp.LIST_APPEND:
                        ((PyList) o[a]).append(o[b]);
                        break;
                    case XOp.LOAD_DEREF: {
                        PyObject v = ((PyCell) o[a]).value;
                        if (v == null) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        o[r] = v;
                        break;
                    }
                    case XOp.STORE_DEREF:
                        ((PyCell) o[a]).value = o[b];
                        break;
                    case XOp.RANGE_ITER_NEXT: {
                        PyRange.RangeIterator it = (PyRange.RangeIterator) o[a];
                        if (it.remaining <= 0) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        it.remaining--;
                        long v = it.next;
                        it.next = v + it.step;
                        l[r] = v;
                        break;
                    }
                    case XOp.LIST_ITER_NEXT: {
                        PyObject v = ((SequenceIterator.OfList) o[a]).next();
                        if (v == null) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        o[r] = v;
                        break;
                    }
                    case XOp.ENTER_FRAME:
                        if (ts.depth() + depth + 1 >= ts.recursionLimit()) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        depth++;
                        break;
                    case XOp.LEAVE_FRAME:
                        depth--;
                        break;
                    case XOp.LOAD_GLOBAL: {
                        String name = (String) aux[c[ip + 5]];
                        PyObject v = ((PyDict) o[a]).getStr(name);
                        if (v == null) {
                            v = ((PyDict) o[b]).getStr(name);
                            if (v == null) {
                                exit = c[ip + 4];
                                break dispatch;
                            }
                        }
                        o[r] = v;
                        break;
                    }
                    case XOp.LOAD_NAME: {
                        Object[] nb = (Object[]) aux[c[ip + 5]];
                        PyObject v = ExecOps.loadName((PyDict) o[a], (PyDict) o[b], (PyDict) nb[1], (String) nb[0]);
                        if (v == null) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        o[r] = v;
                        break;
                    }
                    case XOp.STORE_NAME:
                    case XOp.STORE_GLOBAL:
                        ((PyDict) o[a]).putStr((String) aux[c[ip + 5]], o[b]);
                        break;
                    case XOp.LOAD_ATTR:
                        o[r] = Attr.get(o[a], (String) aux[c[ip + 5]]);
                        break;
                    case XOp.STORE_ATTR:
                        Attr.set(o[a], (String) aux[c[ip + 5]], o[b]);
                        break;
                    case XOp.BINARY_OP:
                        o[r] = ExecOps.binary(o[a], o[b], c[ip + 5]);
                        break;
                    case XOp.COMPARE_OP:
                        o[r] = Compare.richCompare(o[a], o[b], Compare.Op.of(c[ip + 5]));
                        break;
                    case XOp.CONTAINS_OP:
                        o[r] = PyBool.of(Protocols.contains(o[b], o[a]));
                        break;
                    case XOp.UNARY_NEGATIVE:
                        o[r] = Operators.negative(o[a]);
                        break;
                    case XOp.UNARY_INVERT:
                        o[r] = Operators.invert(o[a]);
                        break;
                    case XOp.UNARY_NOT:
                        o[r] = PyBool.of(!Protocols.isTrue(o[a]));
                        break;
                    case XOp.TRUTH:
                        l[r] = ExecOps.truth(o[a]) ? 1 : 0;
                        break;
                    case XOp.BINARY_SUBSCR:
                        o[r] = Protocols.getItem(o[a], o[b]);
                        break;
                    case XOp.STORE_SUBSCR:
                        Protocols.setItem(o[a], o[b], o[c[ip + 5]]);
                        break;
                    case XOp.BUILD_MAP:
                        o[r] = ExecOps.buildMap(o, lists[c[ip + 5]]);
                        break;
                    case XOp.GET_ITER:
                        o[r] = Protocols.iter(o[a]);
                        break;
                    case XOp.FOR_ITER: {
                        PyObject v = Protocols.next(o[a]);
                        if (v == null) {
                            exit = c[ip + 4];
                            break dispatch;
                        }
                        o[r] = v;
                        break;
                    }
                    case XOp.CALL:
                        callerLine(t, f, c[ip + 4]);
                        o[r] = ExecOps.call(o[a], o, lists[c[ip + 5]], b < 0 ? null : (String[]) aux[b]);
                        break;
                    case XOp.CALL_PY:
                        callerLine(t, f, c[ip + 4]);
                        o[r] = ExecOps.callPy(ts, (PyFunction) o[a], o, lists[c[ip + 5]]);
                        break;
                    case XOp.CALL_BUILTIN:
                        callerLine(t, f, c[ip + 4]);
                        o[r] = o[a].call(ExecOps.args(o, lists[c[ip + 5]]), null);
                        break;
                    case XOp.INTRINSIC:
                        ExecOps.intrinsic(aux[a], r, lists[c[ip + 5]], o, l, d);
                        break;
                    case XOp.FRAMES_PUSH:
                        InlinedFrames.push(ts, f, t.exits[c[ip + 4]], o, l, d);
                        break;
                    case XOp.FRAMES_POP:
                        InlinedFrames.pop(ts, f);
                        break;
                    default:
                        throw new IllegalStateException("unknown trace instruction " + c[ip] + " in " + t);
                }
                ip += XOp.STRIDE;
            }
        } catch (PyException e) {
            return t2.raisedAt(t, c[ip + 4], e, o, l, d, ts, f, iterations);
        } catch (StackOverflowError e) {
            return t2.raisedAt(t, c[ip + 4], Errors.recursionError("maximum recursion depth exceeded"), o, l, d, ts, f,
                    iterations);
        } catch (RuntimeException e) {
            return t2.raisedAt(t, c[ip + 4], InternalErrors.toPython(e), o, l, d, ts, f, iterations);
        }
        return t2.leave(t, exit, null, o, l, d, ts, f, iterations);
    }

    /**
     * The pc tier 1 would have in the trace's frame while the call of exit {@code exit} runs (one
     * past the call in the outermost frame), or -1 without a snapshot or inside inlined frames
     * (there {@link XOp#FRAMES_PUSH} set it already, to the inlined call's return index).
     */
    static int callerPc(CompiledTrace t, int exit) {
        return exit < 0 || t.exits[exit].inlined() ? -1 : t.exits[exit].frames[0].pc + 1;
    }

    /**
     * Before a call out of the trace: the frame's pc as tier 1's, so the callee sees the caller's
     * line (sys._getframe().f_back.f_lineno, warnings' once-per-location registry).
     */
    private static void callerLine(CompiledTrace t, Frame f, int exit) {
        int pc = callerPc(t, exit);
        if (pc >= 0) {
            f.pc = pc;
        }
    }

    /** A parallel copy (see {@code TraceCompiler.moves}): in order when the flag allows, else all sources first. */
    static void move(int[] m, PyObject[] o, long[] l, double[] d) {
        int n = (m.length - 1) / 3;
        if (m[0] == 1) {
            for (int i = 1; i < m.length; i += 3) {
                moveOne(m[i], m[i + 1], m[i + 2], o, l, d);
            }
            return;
        }
        Object[] tmp = new Object[n];
        long[] tl = new long[n];
        double[] td = new double[n];
        for (int i = 0; i < n; i++) {
            int src = m[3 * i + 3];
            switch (m[3 * i + 1]) {
                case Slots.OBJ -> tmp[i] = o[src];
                case Slots.DOUBLE -> td[i] = d[src];
                default -> tl[i] = l[src];
            }
        }
        for (int i = 0; i < n; i++) {
            int dst = m[3 * i + 2];
            switch (m[3 * i + 1]) {
                case Slots.OBJ -> o[dst] = (PyObject) tmp[i];
                case Slots.DOUBLE -> d[dst] = td[i];
                default -> l[dst] = tl[i];
            }
        }
    }

    private static void moveOne(int kind, int dst, int src, PyObject[] o, long[] l, double[] d) {
        switch (kind) {
            case Slots.OBJ -> o[dst] = o[src];
            case Slots.DOUBLE -> d[dst] = d[src];
            default -> l[dst] = l[src];
        }
    }
}
