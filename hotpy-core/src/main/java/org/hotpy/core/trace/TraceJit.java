package org.hotpy.core.trace;

import static org.hotpy.core.classfile.Bytecode.*;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.hotpy.core.classfile.Bytecode;
import org.hotpy.core.classfile.ClassFile;
import org.hotpy.core.log.LazyLogger;
import org.slf4j.Logger;

/**
 * Compiles a {@link CompiledTrace} to JVM bytecode: one hidden class per trace whose {@code run}
 * keeps every register in a JVM local (so HotSpot allocates them to machine registers and removes
 * the boxing the trace no longer needs), branches to an exit stub when a guard fails, and on any
 * exit writes the registers into arrays and hands them to the same deoptimiser the {@link Executor}
 * uses. Object constants live in static final fields, which HotSpot treats as constants. A trace
 * too big for HotSpot to compile (8000 bytes of bytecode) stays with the {@link Executor}.
 */
final class TraceJit {
    private static final Logger LOG = LazyLogger.of(TraceJit.class);

    static final String OBJ = "org/hotpy/core/model/PyObject";
    static final String D_OBJ = "L" + OBJ + ";";
    static final String SUPPORT = "org/hotpy/core/trace/JitSupport";
    static final String EXEC = "org/hotpy/core/trace/ExecOps";
    static final String TIER2 = "org/hotpy/core/trace/Tier2";
    static final String CT = "org/hotpy/core/trace/CompiledTrace";
    static final String STATE = "org/hotpy/core/interp/InterpreterState";
    static final String FRAME = "org/hotpy/core/interp/Frame";
    static final String LEAVE_DESC = "(L" + CT + ";IL" + "org/hotpy/core/errors/PyException" + ";[" + D_OBJ
            + "[J[DL" + STATE + ";L" + FRAME + ";I)I";

    // fixed locals of run(this, t2, t, ts, f)
    static final int T2 = 1;
    static final int TRACE = 2;
    static final int TS = 3;
    static final int FR = 4;
    static final int ITER = 5;
    static final int DEPTH = 6;
    static final int EXIT = 7;
    static final int CUR = 8;
    static final int EXC = 9;
    static final int ARR_O = 10;
    static final int ARR_L = 11;
    static final int ARR_D = 12;
    private static final int FIRST_REG = 13;

    private static long counter;

    final CompiledTrace t;
    final ClassFile cf;
    final Bytecode bc;
    final int nObj;
    final int nLong;
    final int nDbl;
    private final int longBase;
    private final int dblBase;
    private int nextTemp;
    private final List<Object> data = new ArrayList<>();
    private final List<String> dataDesc = new ArrayList<>();
    private final Map<Object, Integer> dataIndex = new IdentityHashMap<>();
    private final Map<Integer, Bytecode.Label> stubs = new HashMap<>();
    private final String className;
    private final int maxBytes;
    Bytecode.Label loop;
    private Bytecode.Label bodyStart;

    private TraceJit(CompiledTrace t, String className, int maxBytes) {
        this.t = t;
        this.maxBytes = maxBytes;
        this.className = className;
        this.cf = new ClassFile(className, "java/lang/Object");
        this.bc = new Bytecode(cf, 5);
        this.nObj = t.objInit.length;
        this.nLong = t.longInit.length;
        this.nDbl = t.dblInit.length;
        this.longBase = FIRST_REG + nObj;
        this.dblBase = longBase + 2 * nLong;
        this.nextTemp = dblBase + 2 * nDbl;
    }

    /** Compiles {@code t}, or returns null (logged) when it cannot or should not be. */
    static JitCode compile(CompiledTrace t, int maxBytes) {
        String name;
        synchronized (TraceJit.class) {
            name = "org/hotpy/core/trace/JitTrace" + (++counter);
        }
        try {
            TraceJit j = new TraceJit(t, name, maxBytes);
            byte[] bytes = j.build();
            if (bytes == null) {
                return null;
            }
            t.jitBytes = bytes.length;
            MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClassWithClassData(bytes,
                    j.data.toArray(), true);
            return (JitCode) lookup.lookupClass().getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.warn("trace {} could not be compiled to bytecode; the executor runs it", t, e);
            return null;
        }
    }

    private byte[] build() {
        cf.implement("org/hotpy/core/trace/JitCode");
        cf.defaultConstructor();
        prologue();
        bodyStart = bc.label();
        bc.bind(bodyStart);
        if (t.trace.label() == null) {
            loop = bodyStart;
        }
        int start = bc.offset();
        JitOps ops = new JitOps(this);
        int[] c = t.insns;
        for (int ip = 0; ip < c.length; ip += XOp.STRIDE) {
            if (!ops.emit(ip)) {
                return null;
            }
        }
        int end = bc.offset();
        emitStubs();
        Bytecode.Label raise = bc.label();
        Bytecode.Label spill = bc.label();
        bc.bind(raise);
        bc.setDepth(1);
        bc.local(ASTORE, EXC, -1);
        bc.local(ILOAD, CUR, 1);
        bc.local(ISTORE, EXIT, -1);
        bc.branch(GOTO, spill, 0);
        bc.handler(start, end, raise, "java/lang/RuntimeException");
        bc.handler(start, end, raise, "java/lang/StackOverflowError");
        bc.bind(spill);
        emitSpill();
        cf.method(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL, "run",
                "(L" + TIER2 + ";L" + CT + ";L" + STATE + ";L" + FRAME + ";)I", bc);
        t.methodBytes = bc.offset();
        if (bc.offset() > maxBytes) {
            return null;
        }
        clinit();
        return cf.toBytes();
    }

    /** Reads the class data into the static final constant fields. */
    private void clinit() {
        Bytecode ci = new Bytecode(cf, 0);
        ci.pushClassDataArray();
        ci.local(ASTORE, 0, -1);
        for (int i = 0; i < data.size(); i++) {
            String desc = dataDesc.get(i);
            ci.local(ALOAD, 0, 1);
            ci.pushInt(i);
            ci.op(AALOAD, -1);
            ci.type(CHECKCAST, desc.startsWith("[") ? desc : desc.substring(1, desc.length() - 1), 0);
            ci.field(PUTSTATIC, className, "K" + i, desc);
        }
        ci.op(RETURN, 0);
        cf.method(ClassFile.ACC_STATIC, "<clinit>", "()V", ci);
    }

    /** Pushes the constant object {@code o} (a static final field of type {@code desc}). */
    void constant(Object o, String desc) {
        Integer i = dataIndex.get(o);
        if (i == null || !dataDesc.get(i).equals(desc)) {
            i = data.size();
            data.add(o);
            dataDesc.add(desc);
            dataIndex.put(o, i);
            cf.field(ClassFile.ACC_STATIC | ClassFile.ACC_FINAL | ClassFile.ACC_PRIVATE, "K" + i, desc);
        }
        bc.field(GETSTATIC, className, "K" + i, desc);
    }

    // ------------------------------------------------------------------ registers

    int objSlot(int r) {
        return FIRST_REG + r;
    }

    int longSlot(int r) {
        return longBase + 2 * r;
    }

    int dblSlot(int r) {
        return dblBase + 2 * r;
    }

    void loadObj(int r) {
        bc.local(ALOAD, objSlot(r), 1);
    }

    void storeObj(int r) {
        bc.local(ASTORE, objSlot(r), -1);
    }

    void loadLong(int r) {
        bc.local(LLOAD, longSlot(r), 2);
    }

    void storeLong(int r) {
        bc.local(LSTORE, longSlot(r), -2);
    }

    void loadDbl(int r) {
        bc.local(DLOAD, dblSlot(r), 2);
    }

    void storeDbl(int r) {
        bc.local(DSTORE, dblSlot(r), -2);
    }

    /** A fresh local of one or two slots (parallel-move temporaries). */
    int temp(int slots) {
        int s = nextTemp;
        nextTemp += slots;
        bc.useLocals(nextTemp);
        return s;
    }

    /** Every local gets a value first, so the verifier sees one type per local everywhere. */
    private void prologue() {
        bc.pushInt(0);
        bc.local(ISTORE, ITER, -1);
        bc.pushInt(0);
        bc.local(ISTORE, DEPTH, -1);
        bc.pushInt(0);
        bc.local(ISTORE, EXIT, -1);
        bc.pushInt(-1);
        bc.local(ISTORE, CUR, -1);
        bc.op(ACONST_NULL, 1);
        bc.local(ASTORE, EXC, -1);
        boolean[] param = new boolean[nObj];
        for (int i = 0; i < t.params.length; i++) {
            param[t.params[i]] = true;
            bc.local(ALOAD, FR, 1);
            bc.field(GETFIELD, FRAME, "stack", "[" + D_OBJ);
            bc.pushInt(i);
            bc.op(AALOAD, -1);
            storeObj(t.params[i]);
        }
        for (int r = 0; r < nObj; r++) {
            if (param[r]) {
                continue;
            }
            if (t.objInit[r] != null) {
                constant(t.objInit[r], D_OBJ);
            } else {
                bc.op(ACONST_NULL, 1);
            }
            storeObj(r);
        }
        for (int r = 0; r < nLong; r++) {
            bc.pushLong(t.longInit[r]);
            storeLong(r);
        }
        for (int r = 0; r < nDbl; r++) {
            if (r >= t.firstConst[Slots.DOUBLE]) {
                bc.pushDouble(t.dblInit[r]);
            } else {
                // Not yet computed: 0.0, read from a field rather than pushed as a constant. A
                // local is live on every exception edge into the spill until it is computed, and
                // C1 rematerialises a constant on each edge; on x86 with AVX-512 even 0.0 takes a
                // constant-section entry, so a trace with a few dozen doubles and a hundred calls
                // overflowed C1's constant section and ran interpreted until C2 got to it
                // (raytrace's Sphere.intersect, issue 6).
                bc.field(GETSTATIC, SUPPORT, "unsetDouble", "D");
            }
            storeDbl(r);
        }
    }

    // ------------------------------------------------------------------ exits

    /** Branches to the stub of exit {@code k} when the condition {@code opcode} holds ({@code delta}: operands popped). */
    void exitIf(int opcode, int k, int delta) {
        bc.branch(opcode, stub(k), delta);
    }

    void exitAlways(int k) {
        bc.branch(GOTO, stub(k), 0);
    }

    private Bytecode.Label stub(int k) {
        Bytecode.Label l = stubs.get(k);
        if (l == null) { // not computeIfAbsent with a lambda: no call site to bootstrap on the first trace
            l = bc.label();
            stubs.put(k, l);
        }
        return l;
    }

    private void emitStubs() {
        Bytecode.Label spill = null;
        for (Map.Entry<Integer, Bytecode.Label> e : stubs.entrySet()) {
            bc.bind(e.getValue());
            bc.setDepth(0);
            bc.pushInt(e.getKey());
            bc.local(ISTORE, EXIT, -1);
            if (spill == null) {
                spill = bc.label();
                sharedSpill = spill;
            }
            bc.branch(GOTO, spill, 0);
        }
    }

    private Bytecode.Label sharedSpill;

    /** Writes every register into fresh arrays and leaves through the deoptimiser (raising {@code exc} if set). */
    private void emitSpill() {
        if (sharedSpill != null) {
            bc.bind(sharedSpill);
        }
        bc.setDepth(0);
        // The trace's own spill arrays, not fresh ones: an exit taken a million times would
        // otherwise allocate three arrays each time (most of tier 2's garbage on fannkuch).
        // Tier2.leave is done with them before any Python code can run and exit this trace again.
        bc.local(ALOAD, TRACE, 1);
        bc.field(GETFIELD, CT, "spillObj", "[" + D_OBJ);
        bc.local(ASTORE, ARR_O, -1);
        bc.local(ALOAD, TRACE, 1);
        bc.field(GETFIELD, CT, "spillLong", "[J");
        bc.local(ASTORE, ARR_L, -1);
        bc.local(ALOAD, TRACE, 1);
        bc.field(GETFIELD, CT, "spillDbl", "[D");
        bc.local(ASTORE, ARR_D, -1);
        // Only registers some exit reads are written, and constant registers from the constants
        // themselves: every local read here is live on every exception edge into this block (one
        // per call or other throwing instruction), where C1 moves it into place or rematerialises
        // it, so fewer locals read here means less code and fewer constants (see prologue).
        boolean[][] read = registersRead();
        t.spilledObj = marked(read[Slots.OBJ]);
        for (int r = 0; r < nObj; r++) {
            if (!read[Slots.OBJ][r]) {
                continue;
            }
            bc.local(ALOAD, ARR_O, 1);
            bc.pushInt(r);
            if (r >= t.firstConst[Slots.OBJ] && t.objInit[r] != null) {
                constant(t.objInit[r], D_OBJ);
            } else if (r >= t.firstConst[Slots.OBJ]) {
                bc.op(ACONST_NULL, 1);
            } else {
                loadObj(r);
            }
            bc.op(AASTORE, -3);
        }
        for (int r = 0; r < nLong; r++) {
            if (!read[Slots.LONG][r]) {
                continue;
            }
            bc.local(ALOAD, ARR_L, 1);
            bc.pushInt(r);
            if (r >= t.firstConst[Slots.LONG]) {
                bc.pushLong(t.longInit[r]);
            } else {
                loadLong(r);
            }
            bc.op(LASTORE, -4);
        }
        for (int r = 0; r < nDbl; r++) {
            if (!read[Slots.DOUBLE][r]) {
                continue;
            }
            bc.local(ALOAD, ARR_D, 1);
            bc.pushInt(r);
            if (r >= t.firstConst[Slots.DOUBLE]) {
                bc.pushDouble(t.dblInit[r]);
            } else {
                loadDbl(r);
            }
            bc.op(DASTORE, -4);
        }
        Bytecode.Label raised = bc.label();
        bc.local(ALOAD, EXC, 1);
        bc.branch(IFNONNULL, raised, -1);
        bc.local(ALOAD, T2, 1);
        bc.local(ALOAD, TRACE, 1);
        bc.local(ILOAD, EXIT, 1);
        bc.op(ACONST_NULL, 1);
        leaveArgs();
        bc.invoke(INVOKEVIRTUAL, TIER2, "leave", LEAVE_DESC);
        bc.op(IRETURN, -1);
        bc.bind(raised);
        bc.setDepth(0);
        bc.local(ALOAD, T2, 1);
        bc.local(ALOAD, TRACE, 1);
        bc.local(ILOAD, EXIT, 1);
        bc.local(ALOAD, EXC, 1);
        bc.invoke(INVOKESTATIC, SUPPORT, "toPyException", "(Ljava/lang/Throwable;)Lorg/hotpy/core/errors/PyException;");
        leaveArgs();
        bc.invoke(INVOKEVIRTUAL, TIER2, "raisedAt", LEAVE_DESC);
        bc.op(IRETURN, -1);
    }

    /** Per register file, whether the deoptimiser reads the register at some exit ({@link ExitInfo#markRegistersRead}). */
    private boolean[][] registersRead() {
        boolean[][] read = {new boolean[nObj], new boolean[nLong], new boolean[nDbl]};
        for (ExitInfo e : t.exits) {
            if (e != null) {
                e.markRegistersRead(read);
            }
        }
        return read;
    }

    /** The registers marked in {@code read} (the object registers the exit block writes). */
    private static int[] marked(boolean[] read) {
        int[] regs = new int[read.length];
        int n = 0;
        for (int r = 0; r < regs.length; r++) {
            if (read[r]) {
                regs[n++] = r;
            }
        }
        return Arrays.copyOf(regs, n);
    }

    private void leaveArgs() {
        bc.local(ALOAD, ARR_O, 1);
        bc.local(ALOAD, ARR_L, 1);
        bc.local(ALOAD, ARR_D, 1);
        bc.local(ALOAD, TS, 1);
        bc.local(ALOAD, FR, 1);
        bc.local(ILOAD, ITER, 1);
    }

    /** A parallel move list (see {@code TraceCompiler.moves}) between register locals. */
    void moves(int[] m) {
        int n = (m.length - 1) / 3;
        if (m[0] == 1) {
            for (int i = 0; i < n; i++) {
                move(m[1 + 3 * i], m[2 + 3 * i], m[3 + 3 * i]);
            }
            return;
        }
        int[] temps = new int[n];
        for (int i = 0; i < n; i++) {
            int kind = m[1 + 3 * i];
            int src = m[3 + 3 * i];
            temps[i] = temp(kind == Slots.OBJ ? 1 : 2);
            switch (kind) {
                case Slots.OBJ -> {
                    loadObj(src);
                    bc.local(ASTORE, temps[i], -1);
                }
                case Slots.DOUBLE -> {
                    loadDbl(src);
                    bc.local(DSTORE, temps[i], -2);
                }
                default -> {
                    loadLong(src);
                    bc.local(LSTORE, temps[i], -2);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            int kind = m[1 + 3 * i];
            int dst = m[2 + 3 * i];
            switch (kind) {
                case Slots.OBJ -> {
                    bc.local(ALOAD, temps[i], 1);
                    storeObj(dst);
                }
                case Slots.DOUBLE -> {
                    bc.local(DLOAD, temps[i], 2);
                    storeDbl(dst);
                }
                default -> {
                    bc.local(LLOAD, temps[i], 2);
                    storeLong(dst);
                }
            }
        }
    }

    private void move(int kind, int dst, int src) {
        switch (kind) {
            case Slots.OBJ -> {
                loadObj(src);
                storeObj(dst);
            }
            case Slots.DOUBLE -> {
                loadDbl(src);
                storeDbl(dst);
            }
            default -> {
                loadLong(src);
                storeLong(dst);
            }
        }
    }

    /** Sets the exit the exception handler will use for the next instruction. */
    void current(int k) {
        bc.pushInt(k);
        bc.local(ISTORE, CUR, -1);
    }

    Bytecode.Label bodyStart() {
        return bodyStart;
    }
}
