package org.hotpy.core.interp;

import static org.hotpy.core.classfile.Bytecode.*;

import java.util.BitSet;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Opcode;
import org.hotpy.core.classfile.Bytecode;
import org.hotpy.core.classfile.Bytecode.Label;
import org.hotpy.core.ops.Operators.BinOp;

/**
 * Int and float arithmetic of compiled code whose intermediate results stay unboxed. In {@code
 * dx * dx + dy * dy} or {@code s * (s + 1) // 2 + i} the interpreter boxes every intermediate
 * result in a new object and stores it in the frame's value stack, so HotSpot cannot remove the
 * allocation; here an arithmetic instruction whose result type is known when the code is compiled
 * leaves its result in JVM locals, the next one reads it there, and the value is boxed
 * (materialised into its stack slot) only when an instruction reads it as an object, or when
 * control can reach the slot from elsewhere.
 *
 * <p>The instructions, each with a fast path for exact ints (in a long) and floats and the
 * interpreter's usual step as its slow path:
 * <ul>
 * <li>the settled float forms ({@code BINARY_OP_ADD_FLOAT} and its siblings) and int forms
 *     ({@code BINARY_OP_ADD_INT}, ...): a double, or a long (an overflow takes the slow path);
 * <li>{@code COMPARE_OP_FLOAT} and {@code COMPARE_OP_INT}, which store their bool;
 * <li>a settled generic {@code BINARY_OP}: {@code //}, {@code %}, {@code &}, {@code |}, {@code ^}
 *     and {@code >>} of ints give a long; {@code /} of ints and floats a double; and {@code +},
 *     {@code -}, {@code *} with an unboxed float operand (as in {@code x * y * 2}) a double.
 * </ul>
 *
 * <p>A stack slot holding a <em>virtual</em> value has two locals: a {@code double} or {@code long}
 * (its kind, fixed where the code is written) and an object, which is null while the value is the
 * primitive alone. The object is set when the instruction took its slow path (an operand of another
 * type, a zero divisor, an overflow, an instruction rewritten since it was compiled), whose result
 * may be anything; a later instruction reading the slot takes its fast path only when the object is
 * null.
 *
 * <p>Values stay virtual only within straight-line code: every slot is materialised before an
 * instruction that control can enter other than from the one before (a jump target, a handler, a
 * resumption point, the start of a chunk), before any instruction not known to leave the slots
 * below its operands alone, and below the depth an exception handler covering the instruction
 * keeps (its unwinding would read them). What Python can see of a frame (its locals, line, last
 * instruction) does not include its value stack.
 */
final class UnboxedArithmetic {
    /** Whether arithmetic is unboxed; {@code -Dhotpy.compile.unbox=false} turns it off, to measure. */
    static final boolean ENABLED = !"false".equals(System.getProperty("hotpy.compile.unbox"));

    private static final String OPS = "org/hotpy/core/interp/CompiledOps";
    private static final String VALUES = "org/hotpy/core/interp/UnboxedValues";
    private static final String OBJ = "Lorg/hotpy/core/model/PyObject;";

    /** What a slot holds at a point of the emitted code. */
    private enum Kind { BOXED, DOUBLE, LONG }

    /** What an instruction accepts as an operand on its fast path. */
    private enum Accept {
        /** An exact float, as a double. */
        FLOAT,
        /** An exact int, as a long. */
        INT,
        /** An exact float or int, as a double. */
        NUMBER,
        /** An exact float, or an exact int that converts exactly, as a double. */
        EXACT_NUMBER
    }

    /** How instruction {@code i} is emitted unboxed: operands accepted, the result's kind (BOXED: a bool stored). */
    private record Plan(Accept accept, Kind result, Opcode op, BinOp binOp) {}

    private final FunctionEmitter e;
    private final CodeObject code;
    private final int[] sps;
    /** The first stack slot (slots below are the locals and cells). */
    private final int base;
    /** Two double or long locals holding the operands of the instruction being written. */
    private final int operandA;
    private final int operandB;
    /** The first JVM local of the virtual values: slot p has its primitive at {@code local(p)}, its object after it. */
    private final int firstLocal;
    /** By stack slot: what the slot holds at the current point of the emitted code. */
    private final Kind[] kinds;
    private int virtualCount;
    /** Instructions control reaches other than from the one before ({@link Chunks#entered}): nothing is virtual there. */
    private final BitSet entered;

    UnboxedArithmetic(FunctionEmitter e, CodeObject code, int[] sps, BitSet entered, int firstLocal) {
        this.e = e;
        this.code = code;
        this.sps = sps;
        this.base = code.nlocalsplus();
        this.operandA = firstLocal;
        this.operandB = firstLocal + 2;
        this.firstLocal = firstLocal + 4;
        int top = base + code.stackSize;
        for (int sp : sps) {
            top = Math.max(top, sp);
        }
        this.kinds = new Kind[top + 1];
        java.util.Arrays.fill(kinds, Kind.BOXED);
        this.entered = entered;
    }

    /** Whether control can reach instruction {@code i} other than by falling through from {@code i - 1}. */
    boolean isEntered(int i) {
        return entered.get(i);
    }

    /** How instruction {@code i} would be emitted unboxed, or null when it is not. */
    private Plan plan(int i, Opcode op, int arg) {
        if (!e.staticSp(i) || op.family() != Opcode.BINARY_OP && op.family() != Opcode.COMPARE_OP) {
            return null;
        }
        Kind a = kinds[sps[i] - 2];
        Kind b = kinds[sps[i] - 1];
        return switch (op) {
            case BINARY_OP_ADD_FLOAT, BINARY_OP_SUBTRACT_FLOAT, BINARY_OP_MULTIPLY_FLOAT, BINARY_OP_TRUEDIV_FLOAT ->
                    a != Kind.LONG && b != Kind.LONG ? new Plan(Accept.FLOAT, Kind.DOUBLE, op, null) : null;
            case COMPARE_OP_FLOAT -> a != Kind.LONG && b != Kind.LONG ? new Plan(Accept.FLOAT, Kind.BOXED, op, null) : null;
            case BINARY_OP_ADD_INT, BINARY_OP_SUBTRACT_INT, BINARY_OP_MULTIPLY_INT ->
                    a != Kind.DOUBLE && b != Kind.DOUBLE ? new Plan(Accept.INT, Kind.LONG, op, null) : null;
            case COMPARE_OP_INT -> a != Kind.DOUBLE && b != Kind.DOUBLE ? new Plan(Accept.INT, Kind.BOXED, op, null) : null;
            case BINARY_OP -> Specializer.firstWarmUp(code, i) ? null : generic(BinOp.of(arg & 0x1f), a, b);
            default -> null;
        };
    }

    /** The plan for a settled generic BINARY_OP of {@code op} whose operands are of kinds {@code a} and {@code b}. */
    private static Plan generic(BinOp op, Kind a, Kind b) {
        return switch (op) {
            case FLOORDIV, MOD, AND, OR, XOR, RSHIFT ->
                    a != Kind.DOUBLE && b != Kind.DOUBLE ? new Plan(Accept.INT, Kind.LONG, Opcode.BINARY_OP, op) : null;
            case TRUEDIV -> new Plan(Accept.EXACT_NUMBER, Kind.DOUBLE, Opcode.BINARY_OP, op);
            // int + int is an int: the result is a double only when an operand surely is one
            case ADD, SUB, MUL -> a == Kind.DOUBLE || b == Kind.DOUBLE
                    ? new Plan(Accept.NUMBER, Kind.DOUBLE, Opcode.BINARY_OP, op) : null;
            default -> null;
        };
    }

    /**
     * Emits instruction {@code i} unboxed, reading virtual operands where they are, and returns
     * true; false (and nothing emitted) when it is not one this class emits.
     */
    boolean arithmetic(int i, Opcode op, int word) {
        Plan plan = plan(i, op, word >>> 8);
        if (plan == null) {
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
        operand(bc, a, operandA, plan.accept(), slow);
        operand(bc, b, operandB, plan.accept(), slow);
        boolean longs = plan.accept() == Accept.INT;
        if (plan.result() == Kind.BOXED) {
            bc.local(ALOAD, FunctionEmitter.L_S, 1);
            bc.pushInt(a);
            pushOperands(bc, longs);
            bc.pushInt(word >>> 8);
            bc.invoke(INVOKESTATIC, VALUES, longs ? "compareInts" : "compare", longs ? "(JJI)" + OBJ : "(DDI)" + OBJ);
            bc.op(AASTORE, -3);
        } else {
            if (longs) {
                longOperation(bc, plan, slow);
                bc.local(LSTORE, local(a), -2);
            } else {
                doubleOperation(bc, plan, slow);
                bc.local(DSTORE, local(a), -2);
            }
            bc.op(ACONST_NULL, 1);
            bc.local(ASTORE, local(a) + 2, -1);
        }
        bc.branch(GOTO, join, 0);

        bc.setDepth(0);
        bc.bind(slow);
        materialise(bc, a);
        materialise(bc, b);
        e.adaptiveOrPlain(op, OPS, i, word);
        e.storeSp(i, word);
        if (plan.result() != Kind.BOXED) {
            // the step's result, whatever it is, as the slot's object
            bc.local(ALOAD, FunctionEmitter.L_S, 1);
            bc.pushInt(a);
            bc.op(AALOAD, -1);
            bc.local(ASTORE, local(a) + 2, -1);
            if (longs) {
                bc.pushLong(0);
                bc.local(LSTORE, local(a), -2);
            } else {
                bc.op(DCONST_0, 2);
                bc.local(DSTORE, local(a), -2);
            }
        }
        bc.bind(join);
        setKind(a, plan.result());
        setKind(b, Kind.BOXED);
        return true;
    }

    private void pushOperands(Bytecode bc, boolean longs) {
        bc.local(longs ? LLOAD : DLOAD, operandA, 2);
        bc.local(longs ? LLOAD : DLOAD, operandB, 2);
    }

    /** Pushes the long result of {@code plan} on the operands, or goes to {@code slow} where a long cannot hold it. */
    private void longOperation(Bytecode bc, Plan plan, Label slow) {
        String fits = plan.binOp() == null ? switch (plan.op()) {
            case BINARY_OP_ADD_INT -> "addFits";
            case BINARY_OP_SUBTRACT_INT -> "subtractFits";
            default -> "multiplyFits";
        } : plan.binOp() == BinOp.FLOORDIV || plan.binOp() == BinOp.MOD ? "divideFits" : null;
        if (fits != null) {
            pushOperands(bc, true);
            bc.invoke(INVOKESTATIC, VALUES, fits, "(JJ)Z");
            bc.branch(IFEQ, slow, -1);
        } else if (plan.binOp() == BinOp.RSHIFT) { // a negative count raises: the step's path
            bc.local(LLOAD, operandB, 2);
            bc.pushLong(0);
            bc.op(LCMP, -3);
            bc.branch(IFLT, slow, -1);
        }
        pushOperands(bc, true);
        if (plan.binOp() == null) {
            bc.op(switch (plan.op()) {
                case BINARY_OP_ADD_INT -> LADD;
                case BINARY_OP_SUBTRACT_INT -> LSUB;
                default -> LMUL;
            }, -2);
            return;
        }
        switch (plan.binOp()) {
            case FLOORDIV -> bc.invoke(INVOKESTATIC, "java/lang/Math", "floorDiv", "(JJ)J");
            case MOD -> bc.invoke(INVOKESTATIC, "java/lang/Math", "floorMod", "(JJ)J");
            case AND -> bc.op(LAND, -2);
            case OR -> bc.op(LOR, -2);
            case XOR -> bc.op(LXOR, -2);
            default -> bc.invoke(INVOKESTATIC, VALUES, "shiftRight", "(JJ)J");
        }
    }

    /** Pushes the double result of {@code plan} on the operands, or goes to {@code slow} for a zero divisor. */
    private void doubleOperation(Bytecode bc, Plan plan, Label slow) {
        BinOp op = plan.binOp() != null ? plan.binOp() : switch (plan.op()) {
            case BINARY_OP_ADD_FLOAT -> BinOp.ADD;
            case BINARY_OP_SUBTRACT_FLOAT -> BinOp.SUB;
            case BINARY_OP_MULTIPLY_FLOAT -> BinOp.MUL;
            default -> BinOp.TRUEDIV;
        };
        if (op == BinOp.TRUEDIV) { // x / 0.0 raises: the step's path
            bc.local(DLOAD, operandB, 2);
            bc.op(DCONST_0, 2);
            bc.op(DCMPL, -3);
            bc.branch(IFEQ, slow, -1);
        }
        pushOperands(bc, false);
        bc.op(switch (op) {
            case ADD -> DADD;
            case SUB -> DSUB;
            case MUL -> DMUL;
            default -> DDIV;
        }, -2);
    }

    /**
     * Puts the value of operand slot {@code p} into the double or long local {@code into} as
     * {@code accept} says, or goes to {@code slow} when it is not such a value.
     */
    private void operand(Bytecode bc, int p, int into, Accept accept, Label slow) {
        Kind kind = kinds[p];
        if (kind != Kind.BOXED) {
            bc.local(ALOAD, local(p) + 2, 1);
            bc.branch(IFNONNULL, slow, -1);
            if (kind == Kind.DOUBLE) {
                bc.local(DLOAD, local(p), 2);
                bc.local(DSTORE, into, -2);
            } else if (accept == Accept.INT) {
                bc.local(LLOAD, local(p), 2);
                bc.local(LSTORE, into, -2);
            } else {
                if (accept == Accept.EXACT_NUMBER) {
                    bc.local(LLOAD, local(p), 2);
                    bc.invoke(INVOKESTATIC, VALUES, "exactInDouble", "(J)Z");
                    bc.branch(IFEQ, slow, -1);
                }
                bc.local(LLOAD, local(p), 2);
                bc.op(L2D, 0);
                bc.local(DSTORE, into, -2);
            }
            return;
        }
        String test = switch (accept) {
            case FLOAT -> "isFloat";
            case INT -> "isInt";
            case NUMBER -> "isNumber";
            case EXACT_NUMBER -> "isExactNumber";
        };
        loadSlot(bc, p);
        bc.invoke(INVOKESTATIC, VALUES, test, "(" + OBJ + ")Z");
        bc.branch(IFEQ, slow, -1);
        loadSlot(bc, p);
        switch (accept) {
            case FLOAT -> bc.invoke(INVOKESTATIC, VALUES, "value", "(" + OBJ + ")D");
            case INT -> bc.invoke(INVOKESTATIC, VALUES, "intValue", "(" + OBJ + ")J");
            default -> bc.invoke(INVOKESTATIC, VALUES, "asDouble", "(" + OBJ + ")D");
        }
        bc.local(accept == Accept.INT ? LSTORE : DSTORE, into, -2);
    }

    private static void loadSlot(Bytecode bc, int p) {
        bc.local(ALOAD, FunctionEmitter.L_S, 1);
        bc.pushInt(p);
        bc.op(AALOAD, -1);
    }

    /**
     * Before instruction {@code i} (not one emitted here), materialises the virtual values it
     * reads, or all of them when it is not one known to leave the slots below its operands alone
     * (or its stack pointer varies), and those below the depth of a handler covering it.
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
        for (int p = base; p < kinds.length; p++) {
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
        for (int p = base; p < kinds.length; p++) {
            materialise(bc, p);
        }
    }

    /** Stores slot {@code p}'s value, boxed unless its object is set, into the stack, if it is virtual. */
    private void materialise(Bytecode bc, int p) {
        Kind kind = kinds[p];
        if (kind == Kind.BOXED) {
            return;
        }
        bc.local(ALOAD, FunctionEmitter.L_S, 1);
        bc.pushInt(p);
        bc.local(ALOAD, local(p) + 2, 1);
        if (kind == Kind.DOUBLE) {
            bc.local(DLOAD, local(p), 2);
            bc.invoke(INVOKESTATIC, VALUES, "box", "(" + OBJ + "D)" + OBJ);
        } else {
            bc.local(LLOAD, local(p), 2);
            bc.invoke(INVOKESTATIC, VALUES, "boxInt", "(" + OBJ + "J)" + OBJ);
        }
        bc.op(AASTORE, -3);
        setKind(p, Kind.BOXED);
    }

    private void setKind(int p, Kind k) {
        if ((kinds[p] == Kind.BOXED) != (k == Kind.BOXED)) {
            virtualCount += k == Kind.BOXED ? -1 : 1;
        }
        kinds[p] = k;
    }

    /** The primitive local of stack slot {@code p} (its object local is two after it). */
    private int local(int p) {
        return firstLocal + 3 * (p - base);
    }
}
