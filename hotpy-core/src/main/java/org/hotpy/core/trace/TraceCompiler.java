package org.hotpy.core.trace;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hotpy.api.trace.Anchor;
import org.hotpy.api.trace.FrameState;
import org.hotpy.api.trace.Instr;
import org.hotpy.api.trace.Kind;
import org.hotpy.api.trace.ObjRef;
import org.hotpy.api.trace.Op;
import org.hotpy.api.trace.Snapshot;
import org.hotpy.api.trace.Trace;
import org.hotpy.api.trace.Value;
import org.hotpy.api.trace.VirtualObject;
import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.interp.Frame;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.ops.Compare;
import org.hotpy.core.ops.Operators.BinOp;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.collection.PyRange;
import org.hotpy.core.types.collection.PySet;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.collection.SequenceIterator;
import org.hotpy.core.types.function.PyBoundMethod;
import org.hotpy.core.types.function.PyBuiltinFunction;
import org.hotpy.core.types.function.PyFunction;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/**
 * Turns an optimised trace into a {@link CompiledTrace}: registers per kind (each value one
 * register, constants preloaded), instructions as ints with immediates resolved once (names,
 * shapes, function versions, operator codes, adapted intrinsic handles), exits compiled for the
 * deoptimiser, and a safepoint (interrupt check) once per loop iteration. Refuses (returns null)
 * a trace it cannot run faithfully.
 */
final class TraceCompiler {
    /** Builtin types whose exact instances are exactly one Java class. */
    private static final Map<PyType, Class<?>> EXACT_CLASS = new IdentityHashMap<>();

    static {
        EXACT_CLASS.put(PyFloat.TYPE, PyFloat.class);
        EXACT_CLASS.put(PyBool.TYPE, PyBool.class);
        EXACT_CLASS.put(PyStr.TYPE, PyStr.class);
        EXACT_CLASS.put(PyList.TYPE, PyList.class);
        EXACT_CLASS.put(PyTuple.TYPE, PyTuple.class);
        EXACT_CLASS.put(PyDict.TYPE, PyDict.class);
        EXACT_CLASS.put(PySet.TYPE, PySet.class);
        EXACT_CLASS.put(PyNone.TYPE, PyNone.class);
        EXACT_CLASS.put(PyRange.RangeIterator.TYPE, PyRange.RangeIterator.class);
        EXACT_CLASS.put(SequenceIterator.OfList.TYPE, SequenceIterator.OfList.class);
        EXACT_CLASS.put(SequenceIterator.OfArray.TYPE, SequenceIterator.OfArray.class);
        EXACT_CLASS.put(PyFunction.TYPE, PyFunction.class);
        EXACT_CLASS.put(PyBoundMethod.TYPE, PyBoundMethod.class);
        EXACT_CLASS.put(PyBuiltinFunction.TYPE, PyBuiltinFunction.class);
    }

    private static final Map<Op, Integer> SIMPLE = new EnumMap<>(Op.class);

    static {
        String[] names = {"GUARD_TRUE", "GUARD_FALSE", "GUARD_IS", "GUARD_IS_NOT", "GUARD_INT_VALUE",
            "INT_ADD_OVF", "INT_SUB_OVF", "INT_MUL_OVF", "INT_NEG_OVF", "INT_ADD", "INT_SUB", "INT_MUL",
            "INT_FLOORDIV", "INT_MOD", "INT_TRUEDIV", "INT_AND", "INT_OR", "INT_XOR", "INT_INVERT", "INT_LSHIFT_OVF",
            "INT_RSHIFT", "INT_LT", "INT_LE", "INT_EQ", "INT_NE", "INT_GT", "INT_GE", "INT_IS_TRUE", "INT_TO_FLOAT",
            "FLOAT_ADD", "FLOAT_SUB", "FLOAT_MUL", "FLOAT_TRUEDIV", "FLOAT_FLOORDIV", "FLOAT_MOD", "FLOAT_NEG",
            "FLOAT_LT", "FLOAT_LE", "FLOAT_EQ", "FLOAT_NE", "FLOAT_GT", "FLOAT_GE", "FLOAT_IS_TRUE", "BOOL_NOT",
            "BOOL_TO_INT", "BOX_INT", "BOX_FLOAT", "BOX_BOOL", "UNBOX_INT", "UNBOX_FLOAT", "UNBOX_BOOL", "OBJ_IS",
            "NEW_BOUND_METHOD", "LEN", "TUPLE_GET_ITEM", "LIST_GET_ITEM", "LIST_APPEND", "LOAD_DEREF",
            "STORE_DEREF", "RANGE_ITER_NEXT", "LIST_ITER_NEXT", "ENTER_FRAME", "LEAVE_FRAME", "CONTAINS_OP",
            "UNARY_NEGATIVE", "UNARY_NOT", "UNARY_INVERT", "TRUTH", "BINARY_SUBSCR", "GET_ITER", "FOR_ITER",
            "EXIT"};
        for (String n : names) {
            try {
                SIMPLE.put(Op.valueOf(n), XOp.class.getDeclaredField(n).getInt(null));
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }

    private final Trace trace;
    private final FunctionVersions versions;
    private final int[] reg;
    private final Kind[] kinds;
    private int nObj;
    private int nLong;
    private int nDbl;
    /** The first constant register of each file (object, long, double): constants are allocated last. */
    private int[] firstConst;
    private final List<Integer> code = new ArrayList<>();
    private final List<Object> aux = new ArrayList<>();
    private final List<int[]> lists = new ArrayList<>();
    private final ExitInfo[] exits;
    private String refusal;

    private TraceCompiler(Trace trace, FunctionVersions versions) {
        this.trace = trace;
        this.versions = versions;
        this.reg = new int[trace.valueCount()];
        this.kinds = new Kind[trace.valueCount()];
        this.exits = new ExitInfo[trace.exitCount()];
    }

    /** The compiled trace, or null with the reason logged by the caller ({@link #lastRefusal}). */
    static CompiledTrace compile(Trace trace, CodeObject code, Frame recordedIn, FunctionVersions versions) {
        TraceCompiler c = new TraceCompiler(trace, versions);
        return c.run(code, recordedIn);
    }

    private CompiledTrace run(CodeObject codeObj, Frame recordedIn) {
        allocate();
        int safepointBefore = loopSafepoint();
        if (safepointBefore == -2) {
            return null;
        }
        int loopStart = 0;
        int pushes = 0;
        for (Instr in : trace.instructions()) {
            if (in.position() == safepointBefore) {
                emit(XOp.SAFEPOINT, 0, 0, 0, in.exitIndex(), 0);
            }
            if (in.snapshot() != null) {
                exits[in.exitIndex()] = exitInfo(in);
            }
            int before = code.size();
            if (!instr(in)) {
                return null;
            }
            if (in.showsFrames()) {
                // the real frame's locals live in registers: code run by the op may read them (issue 6);
                // escape-unboxing made real every object these frames' locals reach (Instr.showsFrames)
                code.addAll(before, List.of(XOp.FRAMES_PUSH, 0, 0, 0, in.exitIndex(), 0));
                pushes++;
                if (exits[in.exitIndex()].inlined()) {
                    emit(XOp.FRAMES_POP, 0, 0, 0, -1, 0);
                }
            }
            if (in.op() == Op.LABEL) {
                loopStart = code.size();
            }
        }
        int[] insns = toArray(code);
        PyObject[] objInit = new PyObject[nObj];
        long[] longInit = new long[nLong];
        double[] dblInit = new double[nDbl];
        for (Value c : trace.constants()) {
            int r = reg[c.index()];
            switch (c.kind()) {
                case OBJECT -> objInit[r] = Ref.unwrap(c.refValue()) instanceof PyObject p ? p : null;
                case INT64 -> longInit[r] = c.longValue();
                case FLOAT64 -> dblInit[r] = c.doubleValue();
                case BOOL -> longInit[r] = c.boolValue() ? 1 : 0;
            }
        }
        int[] params = new int[trace.params().size()];
        for (int i = 0; i < params.length; i++) {
            params[i] = reg[trace.params().get(i).index()];
        }
        UnchangedLocals.mark(trace, reg, params, exits);
        CompiledTrace t = new CompiledTrace(trace, codeObj, recordedIn, insns, aux.toArray(), lists.toArray(new int[0][]),
                objInit, longInit, dblInit, firstConst, params, requiredParams(), exits, loopStart);
        t.framesPushes = pushes;
        return t;
    }

    private void allocate() {
        for (Value p : trace.params()) {
            assign(p);
        }
        for (Instr in : trace.instructions()) {
            if (in.result() != null) {
                assign(in.result());
            }
            for (Value v : in.labelValues()) {
                assign(v);
            }
        }
        firstConst = new int[] {nObj, nLong, nDbl};
        for (Value c : trace.constants()) {
            assign(c);
        }
    }

    private void assign(Value v) {
        kinds[v.index()] = v.kind();
        reg[v.index()] = switch (v.kind()) {
            case OBJECT -> nObj++;
            case INT64, BOOL -> nLong++;
            case FLOAT64 -> nDbl++;
        };
    }

    /**
     * The position of the instruction the loop's safepoint goes before: the first with a snapshot
     * after the label (or from the start); -1 when the trace is not a loop; -2 when a loop has no
     * exit to leave through on an interrupt (such a trace is refused).
     */
    private int loopSafepoint() {
        Instr end = trace.terminator();
        if (end == null || end.op() != Op.JUMP) {
            return -1;
        }
        int from = trace.label() == null ? 0 : trace.label().position() + 1;
        for (int i = from; i < trace.size(); i++) {
            Instr in = trace.instruction(i);
            if (in.snapshot() != null) {
                return i;
            }
        }
        return -2;
    }

    /** Parameters used as an operand of some instruction (a jump or label passing them on does not count). */
    private int[] requiredParams() {
        Set<Value> used = new HashSet<>();
        for (Instr in : trace.instructions()) {
            if (in.op() != Op.JUMP && in.op() != Op.LABEL) {
                used.addAll(in.args());
            }
        }
        List<Integer> req = new ArrayList<>();
        for (int i = 0; i < trace.params().size(); i++) {
            if (used.contains(trace.params().get(i))) {
                req.add(i);
            }
        }
        return toArray(req);
    }

    /**
     * The ints of {@code list}. A loop rather than a stream: the first traces are compiled with this
     * code in the JVM's interpreter, on the interpreter's thread, where a stream pipeline loads and
     * runs several dozen classes' worth of code and bootstraps a lambda.
     */
    private static int[] toArray(List<Integer> list) {
        int[] a = new int[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return a;
    }

    // ------------------------------------------------------------------ instructions

    private void emit(int op, int r, int a, int b, int x, int y) {
        code.add(op);
        code.add(r);
        code.add(a);
        code.add(b);
        code.add(x);
        code.add(y);
    }

    private int r(Value v) {
        return reg[v.index()];
    }

    private int auxIndex(Object o) {
        aux.add(o);
        return aux.size() - 1;
    }

    private int list(int[] l) {
        lists.add(l);
        return lists.size() - 1;
    }

    private int objList(List<Value> vs) {
        int[] l = new int[vs.size()];
        for (int i = 0; i < l.length; i++) {
            l[i] = r(vs.get(i));
        }
        return list(l);
    }

    private int refList(List<Value> vs) {
        int[] l = new int[vs.size()];
        for (int i = 0; i < l.length; i++) {
            l[i] = Slots.ref(vs.get(i).kind(), r(vs.get(i)));
        }
        return list(l);
    }

    private static Object constObj(Value v) {
        return Ref.unwrap(v.refValue());
    }

    private boolean instr(Instr in) {
        Op op = in.op();
        int x = in.exitIndex();
        int res = in.result() == null ? 0 : r(in.result());
        int a = in.argCount() > 0 ? r(in.arg(0)) : 0;
        int b = in.argCount() > 1 ? r(in.arg(1)) : 0;
        Integer simple = SIMPLE.get(op);
        if (simple != null) {
            emit(simple, res, a, b, x, 0);
            return true;
        }
        switch (op) {
            case LABEL -> emit(XOp.LABEL, 0, 0, 0, -1, moves(in.args(), in.labelValues()));
            case JUMP -> emit(XOp.JUMP, 0, 0, 0, -1,
                    moves(in.args(), trace.label() != null ? trace.label().labelValues() : trace.params()));
            case RETURN -> emit(XOp.RETURN, 0, Slots.ref(in.arg(0).kind(), a), 0, -1, 0);
            case GUARD_TYPE -> guardType(in, a, x);
            case GUARD_SHAPE -> emit(XOp.GUARD_SHAPE, 0, a, 0, x, auxIndex(constObj(in.arg(1))));
            case GUARD_TYPE_VERSION -> emit(XOp.GUARD_TYPE_VERSION, 0, 0, b, x, auxIndex(constObj(in.arg(0))));
            case GUARD_GLOBALS_VERSION -> emit(XOp.GUARD_GLOBALS_VERSION, 0, 0, b, x, auxIndex(constObj(in.arg(0))));
            case GUARD_GLOBAL_BINDING -> emit(XOp.GUARD_GLOBAL_BINDING, 0, 0, 0, x, auxIndex(constObj(in.arg(0))));
            case GUARD_FUNCTION_VERSION -> {
                Object f = constObj(in.arg(0));
                Object entry = f instanceof PyFunction fn ? versions.lookup(fn, in.arg(1).longValue()) : null;
                emit(XOp.GUARD_FUNCTION_VERSION, 0, a, 0, x, auxIndex(entry));
            }
            case NEW_INSTANCE -> emit(XOp.NEW_INSTANCE, res,
                    auxIndex(new Object[] {constObj(in.arg(0)), constObj(in.arg(1))}), 0, -1,
                    objList(in.args().subList(2, in.argCount())));
            case GET_SLOT -> emit(XOp.GET_SLOT, res, a, 0, -1, in.intImm());
            case SET_SLOT -> emit(XOp.SET_SLOT, 0, a, b, -1, in.intImm());
            case SET_SHAPE -> emit(XOp.SET_SHAPE, 0, a, 0, -1, auxIndex(constObj(in.arg(1))));
            case BUILD_TUPLE -> emit(XOp.BUILD_TUPLE, res, 0, 0, -1, objList(in.args()));
            case BUILD_LIST -> emit(XOp.BUILD_LIST, res, 0, 0, -1, objList(in.args()));
            case LIST_SET_ITEM -> emit(XOp.LIST_SET_ITEM, 0, a, b, x, r(in.arg(2)));
            case LOAD_GLOBAL -> emit(XOp.LOAD_GLOBAL, res, a, b, x, auxIndex(in.name()));
            case LOAD_NAME -> emit(XOp.LOAD_NAME, res, a, b, x,
                    auxIndex(new Object[] {in.name(), constObj(in.arg(2))}));
            case STORE_NAME -> emit(XOp.STORE_NAME, 0, a, b, x, auxIndex(in.name()));
            case STORE_GLOBAL -> emit(XOp.STORE_GLOBAL, 0, a, b, x, auxIndex(in.name()));
            case LOAD_ATTR -> emit(XOp.LOAD_ATTR, res, a, 0, x, auxIndex(in.name()));
            case STORE_ATTR -> emit(XOp.STORE_ATTR, 0, a, b, x, auxIndex(in.name()));
            case BINARY_OP -> emit(XOp.BINARY_OP, res, a, b, x, binaryCode(in));
            case COMPARE_OP -> emit(XOp.COMPARE_OP, res, a, b, x,
                    Compare.Op.valueOf(in.compareOperator().name()).ordinal());
            case STORE_SUBSCR -> emit(XOp.STORE_SUBSCR, 0, a, b, x, r(in.arg(2)));
            case BUILD_MAP -> emit(XOp.BUILD_MAP, res, 0, 0, x, objList(in.args()));
            case CALL -> {
                List<String> kw = in.keywordNames();
                int kwIndex = kw.isEmpty() ? -1 : auxIndex(kw.toArray(new String[0]));
                emit(XOp.CALL, res, a, kwIndex, x, objList(in.args().subList(1, in.argCount())));
            }
            case CALL_PY -> emit(XOp.CALL_PY, res, a, 0, x, objList(in.args().subList(1, in.argCount())));
            case CALL_BUILTIN -> emit(XOp.CALL_BUILTIN, res, a, 0, x, objList(in.args().subList(1, in.argCount())));
            case INTRINSIC -> intrinsic(in, x);
            default -> {
                refusal = "no executor support for " + op.textName();
                return false;
            }
        }
        return true;
    }

    private void guardType(Instr in, int a, int x) {
        Object t = constObj(in.arg(1));
        if (t == PyInt.TYPE) {
            emit(XOp.GUARD_INT_TYPE, 0, a, 0, x, 0);
        } else if (t instanceof PyType pt && EXACT_CLASS.containsKey(pt)) {
            emit(XOp.GUARD_CLASS, 0, a, 0, x, auxIndex(EXACT_CLASS.get(pt)));
        } else {
            emit(XOp.GUARD_TYPE, 0, a, 0, x, auxIndex(t));
        }
    }

    /** The core's operator code for a BINARY_OP immediate: BinOp ordinal, plus 0x20 for the in-place form. */
    static int binaryCode(Instr in) {
        org.hotpy.api.trace.BinaryOperator op = in.binaryOperator();
        String sym = op.plain().symbol();
        for (BinOp b : BinOp.values()) {
            if (b.symbol.equals(sym)) {
                return b.ordinal() | (op.isInPlace() ? BinOp.INPLACE_FLAG : 0);
            }
        }
        throw new IllegalArgumentException("no core operator for " + op);
    }

    private void intrinsic(Instr in, int x) {
        org.hotpy.api.trace.Intrinsic intr = in.intrinsic();
        MethodHandle h = intr.handle();
        int n = h.type().parameterCount();
        MethodHandle spread = h.asSpreader(Object[].class, n).asType(MethodType.methodType(Object.class, Object[].class));
        int res = in.result() == null ? Slots.NULL : Slots.ref(in.result().kind(), r(in.result()));
        emit(XOp.INTRINSIC, res, auxIndex(spread), 0, x, refList(in.args()));
    }

    /**
     * A parallel copy from {@code from} to {@code to}, as the list the executor's move takes: a flag
     * (1: the moves may run in order, 0: a cycle, read every source first), then [kind, dst, src]*.
     * Identical moves are dropped; the rest are ordered so no move overwrites a later one's source.
     */
    private int moves(List<Value> from, List<Value> to) {
        List<int[]> pending = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            int src = r(from.get(i));
            int dst = r(to.get(i));
            int kind = Slots.kindCode(to.get(i).kind());
            if (src != dst || Slots.kindCode(from.get(i).kind()) != kind) {
                pending.add(new int[] {kind, dst, src});
            }
        }
        List<int[]> ordered = new ArrayList<>();
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (int i = 0; i < pending.size(); i++) {
                int[] m = pending.get(i);
                if (!overwritesSource(pending, m)) {
                    ordered.add(m);
                    pending.remove(i);
                    progress = true;
                    break;
                }
            }
        }
        boolean inOrder = pending.isEmpty();
        ordered.addAll(pending);
        int[] out = new int[1 + 3 * ordered.size()];
        out[0] = inOrder ? 1 : 0;
        for (int i = 0; i < ordered.size(); i++) {
            System.arraycopy(ordered.get(i), 0, out, 1 + 3 * i, 3);
        }
        return list(out);
    }

    /** Whether another pending move of {@code pending} reads the register {@code m} writes (so {@code m} must wait). */
    private static boolean overwritesSource(List<int[]> pending, int[] m) {
        for (int[] o : pending) {
            if (o != m && bank(o[0]) == bank(m[0]) && o[2] == m[1]) {
                return true;
            }
        }
        return false;
    }

    /** The register file of a kind code (BOOL shares the long file). */
    private static int bank(int kind) {
        return kind == Slots.BOOL ? Slots.LONG : kind;
    }

    // ------------------------------------------------------------------ exits

    private ExitInfo exitInfo(Instr in) {
        Snapshot s = in.snapshot();
        Map<Value, Integer> virtualIndex = new IdentityHashMap<>();
        for (int i = 0; i < s.virtuals().size(); i++) {
            virtualIndex.put(s.virtuals().get(i).value(), i);
        }
        ExitInfo.FrameInfo[] frames = new ExitInfo.FrameInfo[s.frames().size()];
        for (int i = 0; i < frames.length; i++) {
            FrameState fs = s.frames().get(i);
            frames[i] = new ExitInfo.FrameInfo((CodeObject) Ref.unwrap(fs.code()), fs.pc(),
                    fs.function() == null ? Slots.NULL : slot(fs.function(), virtualIndex),
                    slots(fs.locals(), virtualIndex), slots(fs.stack(), virtualIndex));
        }
        ExitInfo.VirtualInfo[] vs = new ExitInfo.VirtualInfo[s.virtuals().size()];
        for (int i = 0; i < vs.length; i++) {
            VirtualObject vo = s.virtuals().get(i);
            if (vo.op() == Op.NEW_INSTANCE) {
                vs[i] = new ExitInfo.VirtualInfo(vo.op(), (PyType) constObj(vo.args().get(0)),
                        (org.hotpy.core.model.Shape) constObj(vo.args().get(1)),
                        slots(vo.args().subList(2, vo.args().size()), virtualIndex));
            } else {
                vs[i] = new ExitInfo.VirtualInfo(vo.op(), null, null, slots(vo.args(), virtualIndex));
            }
        }
        return new ExitInfo(in.exitIndex(), in, frames, vs);
    }

    private int[] slots(List<Value> vs, Map<Value, Integer> virtuals) {
        int[] out = new int[vs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = slot(vs.get(i), virtuals);
        }
        return out;
    }

    private int slot(Value v, Map<Value, Integer> virtuals) {
        Integer vi = virtuals.get(v);
        if (vi != null) {
            return Slots.virtual(vi);
        }
        if (v.isNull()) {
            return Slots.NULL;
        }
        return Slots.ref(v.kind(), r(v));
    }

    /** Whether the anchor is a loop (the executor then reads the frame's slots as parameters). */
    static boolean isLoop(Trace t) {
        return t.anchor().type() == Anchor.Type.LOOP;
    }
}
