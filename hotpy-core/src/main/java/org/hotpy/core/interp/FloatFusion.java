package org.hotpy.core.interp;

import static org.hotpy.core.classfile.Bytecode.*;

import java.util.BitSet;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Opcode;
import org.hotpy.core.classfile.Bytecode;
import org.hotpy.core.classfile.Bytecode.Label;

/**
 * Float arithmetic of compiled code whose intermediate results stay unboxed. In {@code
 * dx * dx + dy * dy} the interpreter boxes every product in a new float and stores it in the
 * frame's value stack, so HotSpot cannot remove the allocation; here the settled float forms of
 * {@code BINARY_OP} ({@code BINARY_OP_ADD_FLOAT} and its siblings) leave their result in JVM
 * locals, and the value is boxed (materialised into the stack) only when an instruction reads it
 * as an object, or when control can reach the slot from elsewhere.
 *
 * <p>A stack slot holding such a <em>virtual</em> value has two locals: a {@code double} and an
 * object, which is null while the value is the double alone. The object is set when the operation
 * took its slow path (an operand that was not an exact float, a zero divisor, an instruction
 * rewritten since it was compiled): the slow path runs the instruction's usual step, whose result
 * may be anything. A later operation reading the slot takes its fast path only when the object is
 * null.
 *
 * <p>Values stay virtual only within straight-line code: every slot is materialised before an
 * instruction that control can enter other than from the one before (a jump target, a handler, a
 * resumption point, the start of a chunk), before any instruction not known to leave the slots
 * below its operands alone, and below the depth an exception handler covering the instruction
 * keeps (its unwinding would read them). What Python can see of a frame (its locals, line, last
 * instruction) does not include its value stack.
 */
final class FloatFusion {
    /** Whether the float forms are fused; {@code -Dhotpy.compile.fuseFloats=false} turns it off, to measure. */
    static final boolean ENABLED = !"false".equals(System.getProperty("hotpy.compile.fuseFloats"));

    private static final String OPS = "org/hotpy/core/interp/CompiledOps";
    private static final String VALUES = "org/hotpy/core/interp/FloatValues";
    private static final String OBJ = "Lorg/hotpy/core/model/PyObject;";

    private final FunctionEmitter e;
    private final CodeObject code;
    private final int[] sps;
    /** The first stack slot (slots below are the locals and cells). */
    private final int base;
    /** The first JVM local of the virtual values: slot p has its double at {@code local(p)}, its object after it. */
    private final int firstLocal;
    /** By stack slot: whether the value there is virtual at the current point of the emitted code. */
    private final boolean[] virtual;
    private int virtualCount;
    /** Instructions control reaches other than from the one before: nothing is virtual there. */
    private final BitSet entered;

    FloatFusion(FunctionEmitter e, CodeObject code, int[] insns, int[] sps, BitSet resumePoints, int firstLocal) {
        this.e = e;
        this.code = code;
        this.sps = sps;
        this.base = code.nlocalsplus();
        this.firstLocal = firstLocal;
        this.virtual = new boolean[base + code.stackSize + 1];
        this.entered = entered(code, insns, resumePoints);
    }

    /** Whether control can reach instruction {@code i} other than by falling through from {@code i - 1}. */
    boolean isEntered(int i) {
        return entered.get(i);
    }

    private static BitSet entered(CodeObject code, int[] insns, BitSet resumePoints) {
        BitSet b = new BitSet(insns.length + 1);
        b.set(0);
        for (int i = 0; i < insns.length; i++) {
            Opcode op = Opcode.of(insns[i] & 0xff);
            int arg = insns[i] >>> 8;
            if (op == Opcode.YIELD_VALUE) {
                b.set(i + 1);
            } else if (op == Opcode.JUMP || op == Opcode.JUMP_BACKWARD || FunctionEmitter.jumps(op)) {
                b.set(arg);
            }
        }
        int[] t = code.exceptionTable;
        for (int h = 0; h < t.length; h += 5) {
            b.set(t[h + 2]);
        }
        if (resumePoints != null) {
            b.or(resumePoints);
        }
        return b;
    }

    /** Whether {@code op} is a float form this class emits. */
    private static boolean isFloatForm(Opcode op) {
        return switch (op) {
            case BINARY_OP_ADD_FLOAT, BINARY_OP_SUBTRACT_FLOAT, BINARY_OP_MULTIPLY_FLOAT, BINARY_OP_TRUEDIV_FLOAT,
                 COMPARE_OP_FLOAT -> true;
            default -> false;
        };
    }

    /**
     * Emits instruction {@code i}, a float form with a constant stack pointer, reading virtual
     * operands where they are, and returns true; false (and nothing emitted) for any other. An
     * arithmetic form leaves its result virtual; a comparison stores its bool.
     */
    boolean floatOp(int i, Opcode op, int word) {
        if (!isFloatForm(op) || !e.staticSp(i)) {
            return false;
        }
        Bytecode bc = e.bc();
        int a = sps[i] - 2;
        int b = sps[i] - 1;
        Label slow = bc.label();
        Label join = bc.label();
        bc.local(ALOAD, FunctionEmitter.L_INSNS, 1);
        bc.pushInt(i);
        bc.op(IALOAD, -1);
        bc.pushInt(word);
        bc.branch(IF_ICMPNE, slow, -2);
        operand(bc, a, slow);
        operand(bc, b, slow);
        if (op == Opcode.BINARY_OP_TRUEDIV_FLOAT) { // x / 0.0 raises: the step's path
            bc.local(DLOAD, local(b), 2);
            bc.op(DCONST_0, 2);
            bc.op(DCMPL, -3);
            bc.branch(IFEQ, slow, -1);
        }
        boolean compare = op == Opcode.COMPARE_OP_FLOAT;
        if (compare) {
            bc.local(ALOAD, FunctionEmitter.L_S, 1);
            bc.pushInt(a);
        }
        bc.local(DLOAD, local(a), 2);
        bc.local(DLOAD, local(b), 2);
        if (compare) {
            bc.pushInt(word >>> 8);
            bc.invoke(INVOKESTATIC, VALUES, "compare", "(DDI)" + OBJ);
            bc.op(AASTORE, -3);
        } else {
            arithmetic(bc, op, a);
        }
        bc.branch(GOTO, join, 0);

        bc.setDepth(0);
        bc.bind(slow);
        materialise(bc, a);
        materialise(bc, b);
        e.adaptiveOrPlain(op, OPS, i, word);
        e.storeSp(i, word);
        if (!compare) {
            // the step's result, whatever it is, as the slot's object
            bc.local(ALOAD, FunctionEmitter.L_S, 1);
            bc.pushInt(a);
            bc.op(AALOAD, -1);
            bc.local(ASTORE, local(a) + 2, -1);
            bc.op(DCONST_0, 2);
            bc.local(DSTORE, local(a), -2);
        }
        bc.bind(join);
        setVirtual(a, !compare);
        setVirtual(b, false);
        return true;
    }

    /** The arithmetic of {@code op} on the two doubles pushed, its result stored as slot {@code a}'s virtual value. */
    private void arithmetic(Bytecode bc, Opcode op, int a) {
        bc.op(switch (op) {
            case BINARY_OP_ADD_FLOAT -> DADD;
            case BINARY_OP_SUBTRACT_FLOAT -> DSUB;
            case BINARY_OP_MULTIPLY_FLOAT -> DMUL;
            default -> DDIV;
        }, -2);
        bc.local(DSTORE, local(a), -2);
        bc.op(ACONST_NULL, 1);
        bc.local(ASTORE, local(a) + 2, -1);
    }

    /** Puts operand slot {@code p}'s value in its double local, or goes to {@code slow} if it is not a float's. */
    private void operand(Bytecode bc, int p, Label slow) {
        if (virtual[p]) {
            bc.local(ALOAD, local(p) + 2, 1);
            bc.branch(IFNONNULL, slow, -1);
            return;
        }
        bc.local(ALOAD, FunctionEmitter.L_S, 1);
        bc.pushInt(p);
        bc.op(AALOAD, -1);
        bc.invoke(INVOKESTATIC, VALUES, "isFloat", "(" + OBJ + ")Z");
        bc.branch(IFEQ, slow, -1);
        bc.local(ALOAD, FunctionEmitter.L_S, 1);
        bc.pushInt(p);
        bc.op(AALOAD, -1);
        bc.invoke(INVOKESTATIC, VALUES, "value", "(" + OBJ + ")D");
        bc.local(DSTORE, local(p), -2);
    }

    /**
     * Before instruction {@code i} (not a float form), materialises the virtual values it reads,
     * or all of them when it is not one known to leave the slots below its operands alone (or
     * its stack pointer varies), and those below the depth of a handler covering it.
     */
    void before(int i, Opcode op, int arg) {
        if (virtualCount == 0) {
            return;
        }
        int in = e.staticSp(i) ? inputs(op, arg) : -1;
        if (in < 0) {
            materialiseAll();
            return;
        }
        Bytecode bc = e.bc();
        int reads = sps[i] - in;
        int h = code.handlerFor(i);
        int kept = h >= 0 ? base + code.exceptionTable[h + 3] : base; // a handler keeps the slots below this
        for (int p = base; p < virtual.length; p++) {
            if (p >= reads || p < kept) {
                materialise(bc, p);
            }
        }
    }

    /**
     * How many stack values instruction {@code op} reads, for the instructions that touch no slot
     * below them; -1 for any other (jumps, returns, instructions the interpreter runs, stack
     * shuffles).
     */
    private static int inputs(Opcode op, int arg) {
        return switch (op.family()) {
            case LOAD_FAST, LOAD_CONST, PUSH_NULL, LOAD_GLOBAL, LOAD_DEREF -> 0;
            case STORE_FAST, LOAD_ATTR, LOAD_METHOD, UNARY_NEGATIVE, UNARY_NOT -> 1;
            case BINARY_OP, COMPARE_OP, BINARY_SUBSCR -> 2;
            case CALL -> arg + 2; // the callable and self (or null) below the arguments
            default -> -1;
        };
    }

    /** Materialises every virtual value (before a point control may reach from elsewhere). */
    void materialiseAll() {
        if (virtualCount == 0) {
            return;
        }
        Bytecode bc = e.bc();
        for (int p = base; p < virtual.length; p++) {
            materialise(bc, p);
        }
    }

    /** Stores slot {@code p}'s value, boxed unless its object is set, into the stack, if it is virtual. */
    private void materialise(Bytecode bc, int p) {
        if (!virtual[p]) {
            return;
        }
        bc.local(ALOAD, FunctionEmitter.L_S, 1);
        bc.pushInt(p);
        bc.local(ALOAD, local(p) + 2, 1);
        bc.local(DLOAD, local(p), 2);
        bc.invoke(INVOKESTATIC, VALUES, "box", "(" + OBJ + "D)" + OBJ);
        bc.op(AASTORE, -3);
        setVirtual(p, false);
    }

    private void setVirtual(int p, boolean v) {
        if (virtual[p] != v) {
            virtual[p] = v;
            virtualCount += v ? 1 : -1;
        }
    }

    /** The double local of stack slot {@code p} (its object local is two after it). */
    private int local(int p) {
        return firstLocal + 3 * (p - base);
    }
}
