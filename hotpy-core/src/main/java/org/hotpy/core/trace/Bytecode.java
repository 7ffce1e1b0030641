package org.hotpy.core.trace;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A method body being emitted for {@link ClassFile}: opcodes, labels with 16-bit branch fix-ups,
 * an exception table, and the operand-stack depth tracked as instructions are added (each emit
 * states its effect) so {@code max_stack} comes out right. Only the opcodes {@link TraceJit} needs.
 */
final class Bytecode {
    // opcodes
    static final int ACONST_NULL = 0x01;
    static final int ICONST_0 = 0x03;
    static final int ICONST_1 = 0x04;
    static final int LCONST_0 = 0x09;
    static final int DCONST_0 = 0x0e;
    static final int BIPUSH = 0x10;
    static final int SIPUSH = 0x11;
    static final int LDC_W = 0x13;
    static final int LDC2_W = 0x14;
    static final int ILOAD = 0x15;
    static final int LLOAD = 0x16;
    static final int DLOAD = 0x18;
    static final int ALOAD = 0x19;
    static final int IALOAD = 0x2e;
    static final int LALOAD = 0x2f;
    static final int DALOAD = 0x31;
    static final int AALOAD = 0x32;
    static final int ISTORE = 0x36;
    static final int LSTORE = 0x37;
    static final int DSTORE = 0x39;
    static final int ASTORE = 0x3a;
    static final int LASTORE = 0x50;
    static final int DASTORE = 0x52;
    static final int AASTORE = 0x53;
    static final int POP = 0x57;
    static final int DUP = 0x59;
    static final int LADD = 0x61;
    static final int DADD = 0x63;
    static final int LSUB = 0x65;
    static final int DSUB = 0x67;
    static final int LMUL = 0x69;
    static final int DMUL = 0x6b;
    static final int DDIV = 0x6f;
    static final int LNEG = 0x75;
    static final int DNEG = 0x77;
    static final int LAND = 0x7f;
    static final int LOR = 0x81;
    static final int LXOR = 0x83;
    static final int IINC = 0x84;
    static final int L2I = 0x88;
    static final int L2D = 0x8a;
    static final int I2L = 0x85;
    static final int LCMP = 0x94;
    static final int DCMPL = 0x97;
    static final int DCMPG = 0x98;
    static final int IFEQ = 0x99;
    static final int IFNE = 0x9a;
    static final int IFLT = 0x9b;
    static final int IFGE = 0x9c;
    static final int IFGT = 0x9d;
    static final int IFLE = 0x9e;
    static final int IF_ICMPEQ = 0x9f;
    static final int IF_ICMPNE = 0xa0;
    static final int IF_ICMPGE = 0xa2;
    static final int IF_ACMPEQ = 0xa5;
    static final int IF_ACMPNE = 0xa6;
    static final int GOTO = 0xa7;
    static final int IRETURN = 0xac;
    static final int RETURN = 0xb1;
    static final int GETSTATIC = 0xb2;
    static final int PUTSTATIC = 0xb3;
    static final int GETFIELD = 0xb4;
    static final int PUTFIELD = 0xb5;
    static final int INVOKEVIRTUAL = 0xb6;
    static final int INVOKESPECIAL = 0xb7;
    static final int INVOKESTATIC = 0xb8;
    static final int NEWARRAY = 0xbc;
    static final int ANEWARRAY = 0xbd;
    static final int INVOKEINTERFACE = 0xb9;
    static final int NEW = 0xbb;
    static final int ATHROW = 0xbf;
    static final int CHECKCAST = 0xc0;
    static final int INSTANCEOF = 0xc1;
    static final int IFNULL = 0xc6;
    static final int IFNONNULL = 0xc7;

    /** A branch target; bound once with {@link Bytecode#bind}. */
    static final class Label {
        int offset = -1;
        final List<int[]> fixups = new ArrayList<>(2);
    }

    private final ClassFile cf;
    private final ByteArrayOutputStream code = new ByteArrayOutputStream();
    private final List<Integer> handlers = new ArrayList<>();
    private int depth;
    private int maxDepth;
    private int maxLocals;
    private final List<Label> labels = new ArrayList<>();

    Bytecode(ClassFile cf, int argSlots) {
        this.cf = cf;
        this.maxLocals = argSlots;
    }

    int offset() {
        return code.size();
    }

    private void u1(int b) {
        code.write(b);
    }

    private void u2(int v) {
        code.write(v >>> 8);
        code.write(v);
    }

    private void stack(int delta) {
        depth += delta;
        if (depth < 0) {
            throw new IllegalStateException("operand stack underflow at " + offset());
        }
        maxDepth = Math.max(maxDepth, depth);
    }

    /** The operand stack depth is {@code d} here (after a goto, at a handler). */
    void setDepth(int d) {
        depth = d;
        maxDepth = Math.max(maxDepth, d);
    }

    void useLocals(int n) {
        maxLocals = Math.max(maxLocals, n);
    }

    /** An opcode without operands, with its effect on the stack depth. */
    void op(int opcode, int delta) {
        u1(opcode);
        stack(delta);
    }

    void local(int opcode, int slot, int delta) {
        if (slot > 255) {
            u1(0xc4); // wide
            u1(opcode);
            u2(slot);
        } else {
            u1(opcode);
            u1(slot);
        }
        boolean wide = opcode == LLOAD || opcode == DLOAD || opcode == LSTORE || opcode == DSTORE;
        useLocals(slot + (wide ? 2 : 1));
        stack(delta);
    }

    void iinc(int slot, int by) {
        if (slot > 255) {
            u1(0xc4);
            u1(IINC);
            u2(slot);
            u2(by);
        } else {
            u1(IINC);
            u1(slot);
            u1(by);
        }
    }

    void pushInt(int v) {
        if (v >= -1 && v <= 5) {
            op(ICONST_0 + v, 1);
        } else if (v >= -128 && v <= 127) {
            u1(BIPUSH);
            u1(v);
            stack(1);
        } else if (v >= -32768 && v <= 32767) {
            u1(SIPUSH);
            u2(v);
            stack(1);
        } else {
            u1(LDC_W);
            u2(cf.integer(v));
            stack(1);
        }
    }

    void pushLong(long v) {
        if (v == 0) {
            op(LCONST_0, 2);
        } else if (v == 1) {
            op(LCONST_0 + 1, 2);
        } else {
            u1(LDC2_W);
            u2(cf.longConst(v));
            stack(2);
        }
    }

    void pushDouble(double v) {
        if (Double.doubleToRawLongBits(v) == 0L) {
            op(DCONST_0, 2);
        } else {
            u1(LDC2_W);
            u2(cf.doubleConst(v));
            stack(2);
        }
    }

    void pushString(String s) {
        u1(LDC_W);
        u2(cf.string(s));
        stack(1);
    }

    void pushClass(String internalName) {
        u1(LDC_W);
        u2(cf.cls(internalName));
        stack(1);
    }

    /** {@code newarray} of a primitive type code (7 double, 11 long): count on the stack, array left. */
    void newPrimitiveArray(int typeCode) {
        u1(NEWARRAY);
        u1(typeCode);
    }

    void type(int opcode, String internalName, int delta) {
        u1(opcode);
        u2(cf.cls(internalName));
        stack(delta);
    }

    void field(int opcode, String owner, String name, String desc) {
        u1(opcode);
        u2(cf.fieldRef(owner, name, desc));
        int size = desc.equals("J") || desc.equals("D") ? 2 : 1;
        stack(switch (opcode) {
            case GETSTATIC -> size;
            case PUTSTATIC -> -size;
            case GETFIELD -> size - 1;
            default -> -size - 1;
        });
    }

    void invoke(int opcode, String owner, String name, String desc) {
        boolean itf = opcode == INVOKEINTERFACE;
        u1(opcode);
        u2(cf.methodRef(owner, name, desc, itf));
        int args = argSlots(desc);
        if (itf) {
            u1(args + 1);
            u1(0);
        }
        int ret = returnSlots(desc);
        stack(ret - args - (opcode == INVOKESTATIC ? 0 : 1));
    }

    static int argSlots(String desc) {
        int n = 0;
        int i = 1;
        while (desc.charAt(i) != ')') {
            char c = desc.charAt(i);
            if (c == 'J' || c == 'D') {
                n += 2;
                i++;
            } else if (c == 'L') {
                n++;
                i = desc.indexOf(';', i) + 1;
            } else if (c == '[') {
                while (desc.charAt(i) == '[') {
                    i++;
                }
                if (desc.charAt(i) == 'L') {
                    i = desc.indexOf(';', i);
                }
                i++;
                n++;
            } else {
                n++;
                i++;
            }
        }
        return n;
    }

    private static int returnSlots(String desc) {
        char r = desc.charAt(desc.indexOf(')') + 1);
        return r == 'V' ? 0 : r == 'J' || r == 'D' ? 2 : 1;
    }

    Label label() {
        Label l = new Label();
        labels.add(l);
        return l;
    }

    void bind(Label l) {
        l.offset = offset();
    }

    /** A branch; conditional ones pop their operands ({@code delta}). */
    void branch(int opcode, Label target, int delta) {
        int at = offset();
        u1(opcode);
        target.fixups.add(new int[] {at, offset()});
        u2(0);
        stack(delta);
    }

    void handler(int start, int end, Label handler, String type) {
        handlers.add(start);
        handlers.add(end);
        handlers.add(-1 - labels.indexOf(handler));
        handlers.add(type == null ? 0 : cf.cls(type));
    }

    byte[] bytes() {
        byte[] b = code.toByteArray();
        for (Label l : labels) {
            for (int[] f : l.fixups) {
                if (l.offset < 0) {
                    throw new IllegalStateException("unbound label");
                }
                int rel = l.offset - f[0];
                if (rel < Short.MIN_VALUE || rel > Short.MAX_VALUE) {
                    throw new IllegalStateException("branch too far");
                }
                b[f[1]] = (byte) (rel >>> 8);
                b[f[1] + 1] = (byte) rel;
            }
        }
        return b;
    }

    int[] handlers() {
        int[] h = new int[handlers.size()];
        for (int i = 0; i < h.length; i++) {
            int v = handlers.get(i);
            h[i] = (i % 4 == 2) ? labels.get(-1 - v).offset : v;
        }
        return h;
    }

    int maxStack() {
        return maxDepth;
    }

    int maxLocals() {
        return maxLocals;
    }
}
