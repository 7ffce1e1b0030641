package org.hotpy.core.interp;

import static org.hotpy.core.classfile.Bytecode.*;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Opcode;
import org.hotpy.core.classfile.Bytecode;
import org.hotpy.core.classfile.Bytecode.Label;
import org.hotpy.core.classfile.ClassFile;
import org.hotpy.core.log.LazyLogger;
import org.hotpy.core.ops.Operators.BinOp;
import org.slf4j.Logger;

/**
 * The class file {@link FunctionCompiler} defines for one code object: a {@code run} method that
 * calls, instruction by instruction, the steps in {@link CompiledSteps}, {@link CompiledOps} and
 * {@link CompiledControl} (or, for plain stack instructions, does their array access itself), and,
 * when it is built {@code chunked}, the long straight runs of instructions as methods of their own
 * (see {@link Chunks}). {@link #build} gives null when the code does not fit HotSpot's limits.
 */
final class FunctionEmitter {
    private static final Logger LOG = LazyLogger.of(FunctionEmitter.class);

    /** HotSpot does not compile methods of more than 8000 bytes of bytecode (HugeMethodLimit). */
    static final int MAX_BYTES = 7900;
    /** The bytecode and estimated inlined steps of one chunk (some of the budget is left for slack). */
    static final int CHUNK_BUDGET = 5000;
    static final int MIN_CHUNK = 6;
    /**
     * With {@code -Dhotpy.compile.checkStack=true} (the unit tests set it) every step's stack pointer
     * is checked against the one {@link StackDepths} predicted, and a difference is a SystemError.
     */
    static final boolean CHECK_STACK = Boolean.getBoolean("hotpy.compile.checkStack");

    private static final String TS = "org/hotpy/core/interp/InterpreterState";
    private static final String FRAME = "org/hotpy/core/interp/Frame";
    private static final String CODE = "org/hotpy/core/bytecode/CodeObject";
    private static final String OBJ = "org/hotpy/core/model/PyObject";
    private static final String INTERP = "org/hotpy/core/interp/Interpreter";
    private static final String STEPS = "org/hotpy/core/interp/CompiledSteps";
    private static final String OPS = "org/hotpy/core/interp/CompiledOps";
    private static final String KNOWN = "org/hotpy/core/interp/KnownCacheSteps";
    private static final String CONTROL = CompiledControl.SELF;
    private static final String RUN_DESC = "(L" + TS + ";L" + FRAME + ";)L" + OBJ + ";";
    private static final String CHUNK_DESC = "([L" + OBJ + ";L" + TS + ";L" + FRAME + ";L" + CODE + ";)V";

    // locals of run(this, ts, f): the four used by every instruction get the one-byte load forms,
    // which keeps more Python instructions within HotSpot's size limit; slot 0 holds the value
    // stack, as `this` is never used
    static final int L_S = 0;
    private static final int L_TS = 1;
    private static final int L_F = 2;
    private static final int L_CODE = 3;
    private static final int L_SP = 4;
    static final int L_INSNS = 5;
    private static final int L_PC = 6;
    private static final int L_T = 7;
    private static final int L_EXC = 8;
    private static final int L_SELF = 9;
    /** The first local of the values {@link UnboxedArithmetic} keeps unboxed. */
    private static final int L_UNBOXED = 10;

    private final CodeObject code;
    private final int[] insns;
    private final ClassFile cf;
    /** The method being written: {@code run}, or a chunk while one is written. */
    private Bytecode bc;
    private final Label[] at;
    /** The stack pointer before each instruction, or null when it is kept in a variable. */
    private final int[] sps;
    /** Per instruction: a {@code LOAD_FAST} of a local every path has bound ({@link BoundLocals}). */
    private final boolean[] surelyBound;
    /**
     * Where a chunk may run to: the end (exclusive) of the straight run starting at each
     * instruction, or null when straight runs stay in {@code run}.
     */
    private final int[] runEnds;
    private int chunks;
    /**
     * The code's constants that {@code LOAD_CONST} pushes, in the order of the class's static final
     * fields {@code K0, K1, ...} ({@link #classData}); by index in {@code code.consts}, the field's number.
     */
    private final List<Object> constants = new ArrayList<>();
    /** The class of each constant field (internal name): PyObject, or an inline cache's ({@link #knownStep}). */
    private final List<String> constantTypes = new ArrayList<>();
    private final Map<Integer, Integer> constantFields = new HashMap<>();
    /** {@link CodeObject#resumePoints} when the class was written (the code's field may grow meanwhile). */
    private final BitSet resumePoints;
    /** The estimated bytecode of the steps that HotSpot would inline into the method being written. */
    private int inlined;
    private final String className;
    /** In {@code run}: continues at the frame's pc and stack pointer (a trace left the loop there). */
    private Label reenter;
    /** Keeps int and float results unboxed between instructions; null when the stack pointer is not static. */
    private final UnboxedArithmetic unboxed;

    FunctionEmitter(CodeObject code, String className, boolean chunked) {
        this(code, className, chunked, code.resumePoints);
    }

    /** An emitter whose class can also start at {@code resumeAt} (null: none), where its stack depth is known. */
    FunctionEmitter(CodeObject code, String className, boolean chunked, BitSet resumeAt) {
        this.code = code;
        this.insns = code.code.clone(); // a snapshot: the interpreter rewrites instructions meanwhile
        this.sps = stackPointers(code, insns);
        this.resumePoints = resumable(resumeAt, insns.length, sps);
        this.surelyBound = BoundLocals.loadsWithoutCheck(code, insns);
        this.className = className;
        this.cf = new ClassFile(className, "org/hotpy/core/interp/CompiledCode");
        this.bc = new Bytecode(cf, 3);
        this.at = new Label[insns.length + 1];
        for (int i = 0; i < at.length; i++) {
            at[i] = bc.label();
        }
        BitSet entered = Chunks.entered(code, insns, resumePoints);
        this.runEnds = chunked && sps != null ? Chunks.runEnds(insns, sps, entered) : null;
        this.unboxed = UnboxedArithmetic.ENABLED && sps != null
                ? new UnboxedArithmetic(this, code, sps, entered, L_UNBOXED) : null;
    }

    /** The method being written. */
    Bytecode bc() {
        return bc;
    }

    /** {@link StackDepths} as stack pointers (the stack starts after the locals), or null. */
    private static int[] stackPointers(CodeObject code, int[] insns) {
        int[] depths = StackDepths.of(code, insns);
        if (depths == null) {
            LOG.debug("{}: no consistent stack depths; its stack pointer stays a variable", code);
            return null;
        }
        int base = code.nlocalsplus();
        int[] sps = new int[depths.length];
        for (int i = 0; i < depths.length; i++) {
            sps[i] = depths[i] == StackDepths.UNREACHED ? StackDepths.UNREACHED : base + depths[i];
        }
        return sps;
    }

    /**
     * The resumption points the class can start at: those inside the code whose stack depth is
     * known (or every one when the stack pointer stays a variable).
     */
    private static BitSet resumable(BitSet noted, int n, int[] sps) {
        BitSet r = new BitSet(n);
        if (noted != null) {
            for (int i = noted.nextSetBit(0); i >= 0 && i < n; i = noted.nextSetBit(i + 1)) {
                if (sps == null || sps[i] != StackDepths.UNREACHED) {
                    r.set(i);
                }
            }
        }
        return r;
    }

    /** The resumption points the class can start at (besides the usual entries). */
    BitSet resumePoints() {
        return resumePoints;
    }

    /** Whether the stack pointer before instruction {@code i} is a constant. */
    boolean staticSp(int i) {
        return sps != null && sps[i] != StackDepths.UNREACHED;
    }

    /** Pushes the stack pointer before instruction {@code i}. */
    private void loadSp(int i) {
        if (staticSp(i)) {
            bc.pushInt(sps[i]);
        } else {
            bc.local(ILOAD, L_SP, 1);
        }
    }

    /**
     * A straight-line step at {@code i} left the new stack pointer: a constant needs only dropping
     * (or checking), a variable is stored.
     */
    void storeSp(int i, int word) {
        if (!staticSp(i)) {
            bc.local(ISTORE, L_SP, -1);
        } else if (CHECK_STACK) {
            checkSp(i, StackDepths.after(word, sps[i]));
        } else {
            bc.op(POP, -1);
        }
    }

    /** Checks (and drops) the stack pointer on the JVM stack against {@code expected}. */
    private void checkSp(int i, int expected) {
        bc.pushInt(expected);
        bc.pushInt(i);
        bc.invoke(INVOKESTATIC, CONTROL, "checkStack", "(III)V");
    }

    /** After {@link #build}: {@code run}'s bytecode and the estimated bytecode of the steps inlined into it. */
    int size() {
        return bc.offset() + inlined;
    }

    /** The class file, or null when the method would be too large. */
    byte[] build() {
        cf.defaultConstructor();
        Label dispatch = bc.label();
        Label bail = bc.label();
        Label bailAtPc = bc.label();
        Label handler = bc.label();
        Label reenter = bc.label();
        Label missed = bc.label();
        this.reenter = reenter;
        bc.local(ALOAD, 0, 1);
        bc.local(ASTORE, L_SELF, -1);
        prologue(dispatch);
        int start = bc.offset();
        bc.local(ALOAD, L_F, 1);
        bc.invoke(INVOKESTATIC, CONTROL, "throwPending", "(L" + FRAME + ";)V");
        bc.bind(dispatch);
        dispatch(missed, bailAtPc);
        for (int i = 0; i < insns.length; ) {
            boolean chunkStart = runEnds != null && runEnds[i] - i >= MIN_CHUNK;
            if (unboxed != null && (chunkStart || unboxed.isEntered(i))) {
                unboxed.materialiseAll();
            }
            bc.bind(at[i]);
            if (chunkStart) {
                i = chunk(i, runEnds[i]);
            } else {
                instruction(i, bail);
                i++;
            }
            if (bc.offset() > MAX_BYTES) {
                return null;
            }
        }
        if (unboxed != null) {
            unboxed.materialiseAll();
        }
        bc.bind(at[insns.length]);
        bc.pushInt(insns.length);
        bc.local(ISTORE, L_PC, -1);
        bc.branch(GOTO, bailAtPc, 0);
        int end = bc.offset();
        epilogue(bail, bailAtPc, handler, dispatch, reenter, missed);
        bc.handler(start, end, handler, null);
        if (bc.offset() > MAX_BYTES) {
            return null;
        }
        cf.method(ClassFile.ACC_PUBLIC, "run", RUN_DESC, bc);
        staticInitialiser();
        return cf.toBytes();
    }

    /**
     * Writes instructions {@code from} up to at most {@code runEnd} (a straight run, entered only at
     * its start, with constant stack pointers) as a static method of their own, {@code
     * chunkN(s, ts, f, code)}, and calls it from {@code run}; returns the first instruction not
     * written. The chunk has {@code run}'s local layout, so every instruction is emitted as it would
     * be there; an exception leaving it stores the pc of its instruction in {@code f.pc} and {@code
     * run}'s handler, which finds {@code -1} in its own pc, takes it from there.
     */
    private int chunk(int from, int runEnd) {
        Bytecode outer = bc;
        bc = new Bytecode(cf, 4);
        String name = "chunk" + (++chunks);
        bc.local(ALOAD, L_CODE, 1);
        bc.field(GETFIELD, CODE, "code", "[I");
        bc.local(ASTORE, L_INSNS, -1);
        bc.pushInt(from + 1);
        bc.local(ISTORE, L_PC, -1);
        int start = bc.offset();
        int i = from;
        int inlinedBefore = inlined;
        while (i < runEnd && (i == from || bc.offset() + inlined - inlinedBefore < CHUNK_BUDGET)) {
            instruction(i, null);
            i++;
        }
        if (unboxed != null) {
            unboxed.materialiseAll();
        }
        int end = bc.offset();
        bc.op(RETURN, 0);
        Label handler = bc.label();
        bc.setDepth(1);
        bc.bind(handler);
        bc.local(ASTORE, L_EXC, -1);
        localToFrame(L_PC, "pc");
        bc.local(ALOAD, L_EXC, 1);
        bc.op(ATHROW, -1);
        bc.handler(start, end, handler, null);
        cf.method(ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC, name, CHUNK_DESC, bc);
        inlined = inlinedBefore;
        bc = outer;
        bc.pushInt(-1);
        bc.local(ISTORE, L_PC, -1);
        bc.local(ALOAD, L_S, 1);
        bc.local(ALOAD, L_TS, 1);
        bc.local(ALOAD, L_F, 1);
        bc.local(ALOAD, L_CODE, 1);
        bc.invoke(INVOKESTATIC, className, name, CHUNK_DESC);
        return i;
    }

    /** Loads the frame's state into locals; a pending {@code throw()} is raised, else dispatch. */
    private void prologue(Label dispatch) {
        bc.local(ALOAD, L_F, 1);
        bc.field(GETFIELD, FRAME, "code", "L" + CODE + ";");
        bc.local(ASTORE, L_CODE, -1);
        bc.local(ALOAD, L_CODE, 1);
        bc.field(GETFIELD, CODE, "code", "[I");
        bc.local(ASTORE, L_INSNS, -1);
        bc.local(ALOAD, L_F, 1);
        bc.field(GETFIELD, FRAME, "stack", "[L" + OBJ + ";");
        bc.local(ASTORE, L_S, -1);
        frameToLocal("sp", L_SP);
        frameToLocal("pc", L_PC);
        bc.local(ALOAD, L_F, 1);
        bc.field(GETFIELD, FRAME, "pendingThrow", "Lorg/hotpy/core/errors/PyException;");
        bc.branch(IFNULL, dispatch, -1);
    }

    /** Copies the frame's int field {@code field} ({@code pc} or {@code sp}) into local {@code slot}. */
    private void frameToLocal(String field, int slot) {
        bc.local(ALOAD, L_F, 1);
        bc.field(GETFIELD, FRAME, field, "I");
        bc.local(ISTORE, slot, -1);
    }

    /** Copies int local {@code slot} into the frame's field {@code field}. */
    private void localToFrame(int slot, String field) {
        bc.local(ALOAD, L_F, 1);
        bc.local(ILOAD, slot, 1);
        bc.field(PUTFIELD, FRAME, field, "I");
    }

    /**
     * Jumps to the instruction at pc: the start, a resumption point, a handler, a loop head or one
     * of the code's {@link CodeObject#resumePoints}; any other pc goes to {@code missed}.
     */
    private void dispatch(Label missed, Label bailAtPc) {
        TreeSet<Integer> entries = new TreeSet<>();
        entries.add(0);
        for (int i = 0; i < insns.length; i++) {
            int op = insns[i] & 0xff;
            if (op == Opcode.YIELD_VALUE.ordinal()) {
                entries.add(i + 1);
            } else if (op == Opcode.JUMP_BACKWARD.ordinal()) {
                entries.add(insns[i] >>> 8);
            }
        }
        int[] t = code.exceptionTable;
        for (int h = 0; h < t.length; h += 5) {
            entries.add(t[h + 2]);
        }
        // a resumption point is entered with whatever stack the trace's exit left: where the
        // code's instructions take a constant stack pointer, the frame's must be that one
        TreeSet<Integer> checked = new TreeSet<>();
        for (int i = resumePoints.nextSetBit(0); i >= 0; i = resumePoints.nextSetBit(i + 1)) {
            if (entries.add(i) && staticSp(i)) {
                checked.add(i);
            }
        }
        int[] keys = new int[entries.size()];
        int n = 0;
        for (int e : entries) {
            keys[n++] = e;
        }
        Label[] targets = new Label[keys.length];
        for (int i = 0; i < keys.length; i++) {
            targets[i] = checked.contains(keys[i]) ? bc.label() : at[keys[i]];
        }
        bc.local(ILOAD, L_PC, 1);
        bc.branch(IFEQ, at[0], -1);
        bc.local(ILOAD, L_PC, 1);
        bc.lookupSwitch(keys, targets, missed);
        for (int i = 0; i < keys.length; i++) {
            if (targets[i] != at[keys[i]]) {
                bc.setDepth(0);
                bc.bind(targets[i]);
                bc.local(ILOAD, L_SP, 1);
                bc.pushInt(sps[keys[i]]);
                bc.branch(IF_ICMPNE, bailAtPc, -2);
                bc.branch(GOTO, at[keys[i]], 0);
            }
        }
        bc.setDepth(0);
    }

    private void instruction(int i, Label bail) {
        int word = insns[i];
        Opcode op = Opcode.of(word & 0xff);
        int arg = word >>> 8;
        if (mayRaise(op) && !surelyBound[i]) {
            bc.pushInt(i + 1);
            bc.local(ISTORE, L_PC, -1);
        }
        if (unboxed != null) {
            if (unboxed.arithmetic(i, op, word)) {
                return;
            }
            unboxed.before(i, op, arg);
        }
        if (staticSp(i) && stackOp(i, op, arg, sps[i])) {
            return;
        }
        switch (op) {
            case JUMP -> bc.branch(GOTO, at[arg], 0);
            case JUMP_BACKWARD -> {
                // the step leaves ~sp to loop, 0 to go on in the interpreter, 1 to go on at the
                // frame's pc (a trace left the loop there)
                Label loop = bc.label();
                step(CONTROL, "jumpBackward", i, arg);
                bc.local(ISTORE, L_T, -1);
                bc.local(ILOAD, L_T, 1);
                bc.branch(IFLT, loop, -1);
                bc.local(ILOAD, L_T, 1);
                bc.branch(IFEQ, bail, -1);
                bc.branch(GOTO, reenter, 0);
                bc.bind(loop);
                takeJump(i, arg);
            }
            case RETURN_VALUE, YIELD_VALUE -> {
                bc.local(ALOAD, L_F, 1);
                bc.local(ALOAD, L_S, 1);
                loadSp(i);
                bc.pushInt(i);
                bc.invoke(INVOKESTATIC, CONTROL, op == Opcode.RETURN_VALUE ? "returnValue" : "yieldValue",
                        "(L" + FRAME + ";[L" + OBJ + ";II)L" + OBJ + ";");
                bc.op(ARETURN, -1);
            }
            default -> {
                String owner = owner(op);
                if (owner == null) {
                    cold(i, word);
                } else {
                    adaptiveOrPlain(op, owner, i, word);
                    if (owner.equals(CONTROL)) {
                        conditionalJump(i, arg);
                    } else {
                        storeSp(i, word);
                    }
                }
            }
        }
    }

    /**
     * The instructions that only move values between the locals, the constants and the stack,
     * written out as array loads and stores with constant indexes instead of a step call: about
     * a third of the bytecode of the call and its inlined step, so that more of a function fits
     * HotSpot's inlining budget. Returns false for any other instruction.
     */
    private boolean stackOp(int i, Opcode op, int arg, int sp) {
        switch (op) {
            case LOAD_FAST -> {
                if (surelyBound[i]) {
                    bc.local(ALOAD, L_S, 1);
                    bc.pushInt(sp);
                    loadSlot(arg);
                    bc.op(AASTORE, -3);
                    return true;
                }
                Label bound = bc.label();
                bc.local(ALOAD, L_S, 1);
                bc.pushInt(sp);
                loadSlot(arg);
                bc.op(DUP, 1);
                bc.branch(IFNONNULL, bound, -1);
                bc.local(ALOAD, L_CODE, 1);
                bc.pushInt(arg);
                bc.invoke(INVOKESTATIC, "org/hotpy/core/interp/NameHandlers", "unboundLocal",
                        "(L" + CODE + ";I)Lorg/hotpy/core/errors/PyException;");
                bc.op(ATHROW, -1);
                bc.setDepth(3);
                bc.bind(bound);
                bc.op(AASTORE, -3);
            }
            case STORE_FAST -> {
                bc.local(ALOAD, L_S, 1);
                bc.pushInt(arg);
                moveSlot(sp - 1);
            }
            case LOAD_CONST -> {
                bc.local(ALOAD, L_S, 1);
                bc.pushInt(sp);
                bc.field(GETSTATIC, className, constantField(arg), "L" + OBJ + ";");
                bc.op(AASTORE, -3);
            }
            case POP_TOP -> storeNull(sp - 1);
            case PUSH_NULL -> storeNull(sp);
            case COPY -> {
                bc.local(ALOAD, L_S, 1);
                bc.pushInt(sp);
                loadSlot(sp - arg);
                bc.op(AASTORE, -3);
            }
            case SWAP -> {
                // here, not in the shared CompiledSteps.swap: HotSpot gives a value stored by an
                // aastore the type its profile saw, and the shared step's aastores had seen other
                // functions' values (float's `sums[0] += p.x` swapped the list and index through
                // it, and the STORE_SUBSCR after trapped at every call: speculate_class_check).
                // Both loads come before both stores.
                bc.local(ALOAD, L_S, 1);
                bc.pushInt(sp - 1);
                loadSlot(sp - arg);
                bc.local(ALOAD, L_S, 1);
                bc.pushInt(sp - arg);
                loadSlot(sp - 1);
                bc.op(AASTORE, -3);
                bc.op(AASTORE, -3);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * The static final field holding {@code code.consts[index]}: HotSpot folds such a field of a
     * hidden class to the object itself, so a {@code LOAD_CONST} is a store of a constant, with no
     * load of the code's constants array, no bounds check and fewer bytes than reading it.
     */
    private String constantField(int index) {
        Integer field = constantFields.get(index);
        if (field == null) {
            field = constants.size();
            constantFields.put(index, field);
            return constantField(code.consts[index], OBJ);
        }
        return "K" + field;
    }

    /** A new static final field of class {@code type} (an internal name) holding {@code value}. */
    private String constantField(Object value, String type) {
        int field = constants.size();
        constants.add(value);
        constantTypes.add(type);
        cf.field(ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC | ClassFile.ACC_FINAL, "K" + field, "L" + type + ";");
        return "K" + field;
    }

    /** The objects the class's constant fields hold: its class data, for {@code defineHiddenClassWithClassData}. */
    Object[] classData() {
        return constants.toArray();
    }

    /** Fills the constant fields from the class data when the class is initialised. */
    private void staticInitialiser() {
        if (constants.isEmpty()) {
            return;
        }
        Bytecode ci = new Bytecode(cf, 0);
        ci.pushClassDataArray();
        ci.local(ASTORE, 0, -1);
        for (int i = 0; i < constants.size(); i++) {
            ci.local(ALOAD, 0, 1);
            ci.pushInt(i);
            ci.op(AALOAD, -1);
            ci.type(CHECKCAST, constantTypes.get(i), 0);
            ci.field(PUTSTATIC, className, "K" + i, "L" + constantTypes.get(i) + ";");
        }
        ci.op(RETURN, 0);
        cf.method(ClassFile.ACC_STATIC, "<clinit>", "()V", ci);
    }

    /** Stores {@code s[from]} at the array and index on the JVM stack, and clears {@code s[from]}. */
    private void moveSlot(int from) {
        loadSlot(from);
        bc.op(AASTORE, -3);
        storeNull(from);
    }

    /** Pushes {@code s[slot]}. */
    private void loadSlot(int slot) {
        bc.local(ALOAD, L_S, 1);
        bc.pushInt(slot);
        bc.op(AALOAD, -1);
    }

    private void storeNull(int slot) {
        bc.local(ALOAD, L_S, 1);
        bc.pushInt(slot);
        bc.op(ACONST_NULL, 1);
        bc.op(AASTORE, -3);
    }

    /**
     * The step call, behind a check that the instruction is still what it was when compiled. An
     * instruction in its first warm-up ({@link Specializer#firstWarmUp}: it has not run, or not often
     * enough to specialise: a branch not taken yet, the code before a loop that was compiled on its
     * first call) is compiled as the steps of the forms it most likely specialises to ({@link
     * #likelyForms}), each behind its own check, and otherwise a call of {@link
     * CompiledControl#unsettled}: when it specialises to one of them, the compiled code runs it
     * without counting misses towards compiling the code again (richards compiled 8 of its 16 hot
     * functions twice), and its generic path, taken only during the warm-up, is not inlined by
     * HotSpot (the shared profile of the generic handlers brought all their callees in: 0.3 s of
     * C2 for one small function of richards). HotSpot compiles only the checks' outcomes its profile
     * has seen, so the forms never taken cost only bytecode.
     */
    void adaptiveOrPlain(Opcode op, String owner, int i, int word) {
        int arg = word >>> 8;
        if (!isAdaptive(op)) {
            step(owner, stepName(op), i, arg);
            return;
        }
        boolean unsettled = op == op.family() && Specializer.firstWarmUp(code, i);
        Opcode[] forms = unsettled ? likelyForms(op, arg) : new Opcode[] {op};
        Label miss = bc.label();
        Label join = bc.label();
        bc.local(ALOAD, L_INSNS, 1);
        bc.pushInt(i);
        bc.op(IALOAD, -1);
        if (forms.length > 1) {
            bc.local(ISTORE, L_T, -1);
            bc.local(ILOAD, L_T, 1);
        }
        int inlinedBefore = inlined;
        int most = 0;
        for (int k = 0; k < forms.length; k++) {
            Label next = k == forms.length - 1 ? miss : bc.label();
            bc.pushInt(forms[k].ordinal() | arg << 8);
            bc.branch(IF_ICMPNE, next, -2);
            int before = inlined;
            if (unsettled || !knownStep(forms[k], i, arg)) {
                step(owner, stepName(forms[k]), i, arg);
            }
            most = Math.max(most, inlined - before);
            bc.branch(GOTO, join, 0);
            bc.setDepth(0);
            if (k < forms.length - 1) {
                bc.bind(next);
                bc.local(ILOAD, L_T, 1);
            }
        }
        inlined = inlinedBefore + most; // HotSpot inlines the one form the instruction takes
        bc.bind(miss);
        step(CONTROL, unsettled ? "unsettled" : "adaptive", i, arg);
        bc.bind(join);
    }

    private static final Opcode[] NO_FORMS = {};

    /**
     * The specialised forms that an adaptive instruction still in its generic form {@code op} is
     * most likely to take, or the generic form itself for an operator that has none (see {@link
     * #adaptiveOrPlain}); it runs any other through {@link CompiledControl#unsettled}.
     */
    static Opcode[] likelyForms(Opcode op, int arg) {
        return switch (op) {
            case LOAD_GLOBAL -> new Opcode[] {Opcode.LOAD_GLOBAL_MODULE, Opcode.LOAD_GLOBAL_BUILTIN};
            case LOAD_ATTR -> new Opcode[] {Opcode.LOAD_ATTR_INSTANCE_VALUE, Opcode.LOAD_ATTR_MODULE};
            case STORE_ATTR -> new Opcode[] {Opcode.STORE_ATTR_INSTANCE_VALUE};
            case LOAD_METHOD -> new Opcode[] {Opcode.LOAD_METHOD_WITH_VALUES, Opcode.LOAD_METHOD_NO_DICT};
            case CALL -> new Opcode[] {Opcode.CALL_PY_EXACT_ARGS, Opcode.CALL_METHOD_DESCRIPTOR, Opcode.CALL_BUILTIN,
                Opcode.CALL_TYPE, Opcode.CALL_PY_GENERATOR, Opcode.CALL_LEN};
            case COMPARE_OP -> new Opcode[] {Opcode.COMPARE_OP_INT, Opcode.COMPARE_OP_FLOAT};
            // the generic form last: a subscript of a str (or of anything else without a specialised
            // form) settles in it. Run out of line, wordfreq's `PUNCTUATION[rng.below(2)]`, compiled
            // before it had run, missed at each of its 22,628 executions
            case BINARY_SUBSCR -> new Opcode[] {Opcode.BINARY_SUBSCR_LIST_INT, Opcode.BINARY_SUBSCR_DICT,
                Opcode.BINARY_SUBSCR};
            case STORE_SUBSCR -> new Opcode[] {Opcode.STORE_SUBSCR_LIST_INT, Opcode.STORE_SUBSCR_DICT};
            case FOR_ITER -> new Opcode[] {Opcode.FOR_ITER_RANGE, Opcode.FOR_ITER_LIST, Opcode.FOR_ITER_GEN};
            case UNPACK_SEQUENCE -> new Opcode[] {Opcode.UNPACK_SEQUENCE_TUPLE, Opcode.UNPACK_SEQUENCE_LIST};
            case BINARY_OP -> switch (BinOp.of(arg & 0x1f)) {
                // the sequence forms too: nqueens' generator `place`, compiled before its
                // `placed + (c,)` had specialised to BINARY_OP_ADD_TUPLE, missed at every
                // execution and was compiled again
                case ADD -> new Opcode[] {Opcode.BINARY_OP_ADD_INT, Opcode.BINARY_OP_ADD_FLOAT, Opcode.BINARY_OP_ADD_UNICODE,
                    Opcode.BINARY_OP_ADD_TUPLE, Opcode.BINARY_OP_ADD_LIST, Opcode.BINARY_OP_PY_METHOD};
                case SUB -> new Opcode[] {Opcode.BINARY_OP_SUBTRACT_INT, Opcode.BINARY_OP_SUBTRACT_FLOAT,
                    Opcode.BINARY_OP_PY_METHOD};
                case MUL -> new Opcode[] {Opcode.BINARY_OP_MULTIPLY_INT, Opcode.BINARY_OP_MULTIPLY_FLOAT,
                    Opcode.BINARY_OP_PY_METHOD};
                case TRUEDIV -> new Opcode[] {Opcode.BINARY_OP_TRUEDIV_FLOAT, Opcode.BINARY_OP_PY_METHOD};
                // no specialised form for this operator on builtin types: the generic one is what
                // it settles in. Compiled out of line, it missed at every execution once warm and
                // got the code compiled again (richards' IdleTask.run: `(self.v1 >> 1) ^ 0xD008`)
                default -> new Opcode[] {Opcode.BINARY_OP, Opcode.BINARY_OP_PY_METHOD};
            };
            default -> NO_FORMS;
        };
    }

    /** A jumping step at {@code i} left {@code sp} or {@code ~sp} (jump taken) on the stack. */
    private void conditionalJump(int i, int target) {
        Label fallThrough = bc.label();
        bc.local(ISTORE, L_T, -1);
        bc.local(ILOAD, L_T, 1);
        if (!staticSp(i)) {
            bc.local(ILOAD, L_T, 1);
            bc.local(ISTORE, L_SP, -1);
        }
        bc.branch(IFGE, fallThrough, -1);
        takeJump(i, target);
        bc.bind(fallThrough);
        if (staticSp(i) && CHECK_STACK) {
            bc.local(ILOAD, L_T, 1);
            checkSp(i, StackDepths.after(insns[i], sps[i]));
        }
    }

    /** The jump taken at {@code i}, whose step left {@code ~sp} in {@code t}. */
    private void takeJump(int i, int target) {
        if (!staticSp(i) || CHECK_STACK) {
            bc.local(ILOAD, L_T, 1);
            bc.pushInt(-1);
            bc.op(IXOR, -1);
            if (staticSp(i)) {
                checkSp(i, StackDepths.afterJump(insns[i], sps[i]));
            } else {
                bc.local(ISTORE, L_SP, -1);
            }
        }
        bc.branch(GOTO, at[target], 0);
    }

    private void step(String owner, String name, int i, int arg) {
        inlined += inlinedSize(owner, name);
        stepArguments(i, arg);
        bc.invoke(INVOKESTATIC, owner, name, CompiledSteps.DESC);
    }

    /** Pushes the arguments every step takes: {@code ts, f, code, s, sp, at, arg}. */
    private void stepArguments(int i, int arg) {
        bc.local(ALOAD, L_TS, 1);
        bc.local(ALOAD, L_F, 1);
        bc.local(ALOAD, L_CODE, 1);
        bc.local(ALOAD, L_S, 1);
        loadSp(i);
        bc.pushInt(i);
        bc.pushInt(arg);
    }

    /**
     * For a settled instruction whose inline cache has one entry now (an attribute of an instance,
     * class or module, a method, a global, an attribute store, a class instantiated, an operator's
     * Python method): a step of {@link KnownCacheSteps} given that entry as a constant of the
     * class, and true. Its guard compares with the entry's shape, type version or dict version,
     * which HotSpot folds to constants (a record's fields are trusted to stay as they were),
     * instead of loading the code's caches, the entry and its fields at every execution; when the
     * guard fails, the instruction runs as it would without (the cache may have changed since).
     * False for any other instruction.
     */
    private boolean knownStep(Opcode form, int i, int arg) {
        Object c = code.caches[i];
        Class<?> cache = knownCacheClass(form);
        if (cache == null || !cache.isInstance(c) || chained(c)) {
            return false;
        }
        String[] type = KNOWN_TYPES.get(cache);
        String name = knownStepName(form);
        inlined += inlinedSize(KNOWN, name);
        bc.field(GETSTATIC, className, constantField(c, type[0]), type[1]);
        stepArguments(i, arg);
        bc.invoke(INVOKESTATIC, KNOWN, name, type[2]);
        return true;
    }

    /**
     * For the class of an inline-cache entry: its internal name (a nested class: Outer$Entry), its
     * field descriptor and the descriptor of the {@link KnownCacheSteps} step taking it; made once
     * per class rather than for every instruction compiled (see {@link #STEP_NAMES}).
     */
    private static final ClassValue<String[]> KNOWN_TYPES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> cache) {
            String type = cache.getName().replace('.', '/');
            return new String[] {type, "L" + type + ";", KnownCacheSteps.desc(type)};
        }
    };

    /** The class of the inline-cache entry {@link KnownCacheSteps} takes for {@code form}, or null. */
    private static Class<?> knownCacheClass(Opcode form) {
        return switch (form) {
            case LOAD_ATTR_INSTANCE_VALUE -> AttrHandlers.InstanceCache.class;
            case LOAD_METHOD_WITH_VALUES -> AttrHandlers.MethodCache.class;
            case STORE_ATTR_INSTANCE_VALUE -> AttrHandlers.StoreCache.class;
            case LOAD_GLOBAL_MODULE, LOAD_GLOBAL_BUILTIN -> NameHandlers.GlobalCache.class;
            case LOAD_ATTR_MODULE, LOAD_METHOD_MODULE -> AttrHandlers.ModuleCache.class;
            case LOAD_ATTR_CLASS, LOAD_METHOD_NO_DICT -> AttrHandlers.ClassCache.class;
            case BINARY_OP_PY_METHOD -> BinaryHandlers.PyMethodCache.class;
            case CALL_TYPE -> Calls.TypeCallCache.class;
            default -> null;
        };
    }

    /** Whether the entry {@code c} heads a chain of several (a polymorphic site stays dynamic). */
    private static boolean chained(Object c) {
        return c instanceof AttrHandlers.InstanceCache ic && ic.next() != null
                || c instanceof AttrHandlers.MethodCache mc && mc.next() != null
                || c instanceof AttrHandlers.StoreCache sc && sc.next() != null;
    }

    /** An instruction loops seldom run: the interpreter's {@code cold} runs it. */
    private void cold(int i, int word) {
        bc.local(ALOAD, L_TS, 1);
        bc.local(ALOAD, L_F, 1);
        bc.local(ALOAD, L_CODE, 1);
        bc.pushInt(word);
        bc.local(ALOAD, L_S, 1);
        loadSp(i);
        bc.pushInt(i + 1);
        bc.invoke(INVOKESTATIC, INTERP, "cold", "(L" + TS + ";L" + FRAME + ";L" + CODE + ";I[L" + OBJ + ";II)I");
        storeSp(i, word);
    }

    /**
     * After the instructions: the ways out. {@code bail} continues in the interpreter from
     * {@code f.pc} (set by the step that bailed), {@code bailAtPc} from the local pc; the
     * interpreter hands the frame back at the first loop head it reaches, and it is dispatched
     * from there. The exception handler finds the Python handler and dispatches to it.
     */
    private void epilogue(Label bail, Label bailAtPc, Label handler, Label dispatch, Label reenter, Label missed) {
        Label resume = bc.label();
        bc.setDepth(0);
        bc.bind(missed);
        bc.local(ALOAD, L_CODE, 1);
        bc.local(ALOAD, L_SELF, 1);
        bc.local(ILOAD, L_PC, 1);
        bc.invoke(INVOKESTATIC, CONTROL, "resumeMissed", "(L" + CODE + ";Lorg/hotpy/core/interp/CompiledCode;I)V");
        bc.bind(bailAtPc);
        localToFrame(L_PC, "pc");
        localToFrame(L_SP, "sp");
        bc.bind(bail);
        bc.local(ALOAD, L_TS, 1);
        bc.local(ALOAD, L_F, 1);
        bc.local(ALOAD, L_SELF, 1);
        bc.invoke(INVOKESTATIC, CONTROL, "interpret",
                "(L" + TS + ";L" + FRAME + ";Lorg/hotpy/core/interp/CompiledCode;)L" + OBJ + ";");
        bc.op(DUP, 1);
        bc.branch(IFNULL, resume, -1);
        bc.op(ARETURN, -1);
        bc.setDepth(1);
        bc.bind(resume);
        bc.op(POP, -1);
        bc.bind(reenter);
        frameToLocal("pc", L_PC);
        frameToLocal("sp", L_SP);
        bc.branch(GOTO, dispatch, 0);
        bc.setDepth(1);
        bc.bind(handler);
        bc.local(ASTORE, L_EXC, -1);
        if (runEnds != null) {
            // a chunk that raised left its instruction's pc in the frame (see chunk)
            Label known = bc.label();
            bc.local(ILOAD, L_PC, 1);
            bc.branch(IFGE, known, -1);
            frameToLocal("pc", L_PC);
            bc.bind(known);
        }
        bc.local(ALOAD, L_TS, 1);
        bc.local(ALOAD, L_F, 1);
        bc.local(ALOAD, L_EXC, 1);
        bc.local(ILOAD, L_PC, 1);
        bc.invoke(INVOKESTATIC, CONTROL, "handle", "(L" + TS + ";L" + FRAME + ";Ljava/lang/Throwable;I)I");
        bc.local(ISTORE, L_PC, -1);
        frameToLocal("sp", L_SP);
        bc.branch(GOTO, dispatch, 0);
    }

    /**
     * Roughly the bytecode HotSpot inlines for a call of step {@code name} (the step and the
     * handlers it calls, as {@code -XX:+PrintInlining} shows them): a call runs the callee's frame
     * set-up, a specialised operator or access its guard and work, anything else a little.
     */
    static int inlinedSize(String owner, String name) {
        if (name.equals("adaptive") || name.equals("unsettled")) {
            return 0; // the miss path: too large to be inlined
        }
        if (name.startsWith("call")) {
            return 300;
        }
        return owner.equals(OPS) || name.startsWith("binaryOp") || name.startsWith("loadAttr")
                || name.startsWith("storeAttr") || name.startsWith("loadMethod") || name.startsWith("unpack") ? 120 : 40;
    }

    /** The class whose static method runs {@code op}, or null for the interpreter's cold instructions. */
    private static String owner(Opcode op) {
        return switch (op.family()) {
            case NOP, POP_TOP, PUSH_NULL, COPY, SWAP, LOAD_CONST, LOAD_FAST, STORE_FAST, LOAD_DEREF, STORE_DEREF,
                 LOAD_CLOSURE, LOAD_NAME, STORE_NAME, LOAD_GLOBAL, STORE_GLOBAL, LOAD_ATTR, STORE_ATTR, LOAD_METHOD,
                 UNARY_NOT, UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_INVERT, IS_OP, CONTAINS_OP, GET_ITER, BUILD_TUPLE,
                 BUILD_LIST, BUILD_MAP, LIST_APPEND, UNPACK_SEQUENCE, KW_NAMES, MAKE_FUNCTION, DELETE_SUBSCR -> STEPS;
            case BINARY_SUBSCR, STORE_SUBSCR, BINARY_OP, COMPARE_OP, CALL -> OPS;
            case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, JUMP_IF_FALSE_OR_POP,
                 JUMP_IF_TRUE_OR_POP, FOR_ITER, SEND -> CONTROL;
            default -> null;
        };
    }

    /** Whether {@code op} is a conditional jump (its step is in {@link CompiledControl}; its argument is the target). */
    static boolean jumps(Opcode op) {
        return CONTROL.equals(owner(op));
    }

    /** Whether the interpreter may rewrite this instruction (it belongs to a family with specialised forms). */
    static boolean isAdaptive(Opcode op) {
        return switch (op.family()) {
            case LOAD_GLOBAL, LOAD_ATTR, STORE_ATTR, LOAD_METHOD, BINARY_SUBSCR, STORE_SUBSCR, BINARY_OP, COMPARE_OP,
                 CALL, FOR_ITER, UNPACK_SEQUENCE -> true;
            default -> false;
        };
    }

    /** Whether {@code op} can raise, so that the handler needs to know where it was. */
    private static boolean mayRaise(Opcode op) {
        return switch (op) {
            case NOP, POP_TOP, PUSH_NULL, COPY, SWAP, LOAD_CONST, STORE_FAST, LOAD_CLOSURE, JUMP, KW_NAMES,
                 RETURN_VALUE, YIELD_VALUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE -> false;
            default -> true;
        };
    }

    /**
     * The step names made so far, by opcode. Made once each: a name built again for every
     * instruction compiled was a fresh string, whose hash the class file's constant pool computed
     * again, character by character, to find the entry it already had.
     */
    private static final String[] STEP_NAMES = new String[Opcode.values().length];
    /** {@link #STEP_NAMES} with "Known" appended (see {@link #knownStep}). */
    private static final String[] KNOWN_NAMES = new String[Opcode.values().length];

    /** {@code LOAD_ATTR_INSTANCE_VALUE} to {@code loadAttrInstanceValue}; the unpacking forms share one step. */
    private static String stepName(Opcode op) {
        String name = STEP_NAMES[op.ordinal()];
        if (name == null) { // a race makes the same name twice, which is harmless
            name = STEP_NAMES[op.ordinal()] = makeStepName(op);
        }
        return name;
    }

    /** {@link #stepName} with "Known" appended: the step of {@link KnownCacheSteps} for {@code op}. */
    private static String knownStepName(Opcode op) {
        String name = KNOWN_NAMES[op.ordinal()];
        if (name == null) {
            name = KNOWN_NAMES[op.ordinal()] = stepName(op) + "Known";
        }
        return name;
    }

    private static String makeStepName(Opcode op) {
        if (op.family() == Opcode.UNPACK_SEQUENCE) {
            return "unpackSequence";
        }
        StringBuilder b = new StringBuilder();
        boolean upper = false;
        for (char ch : op.name().toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                b.append(upper ? ch : Character.toLowerCase(ch));
                upper = false;
            }
        }
        return b.toString();
    }
}
