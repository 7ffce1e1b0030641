package org.hotpy.core.classfile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A method body being emitted for {@link ClassFile}: opcodes, labels with branch fix-ups,
 * an exception table, and the operand-stack depth tracked as instructions are added (each emit
 * states its effect) so {@code max_stack} comes out right. Only the opcodes the generators need.
 */
public final class Bytecode {
    // opcodes
    public static final int ACONST_NULL = 0x01;
    public static final int ICONST_0 = 0x03;
    public static final int ICONST_1 = 0x04;
    public static final int LCONST_0 = 0x09;
    public static final int DCONST_0 = 0x0e;
    public static final int BIPUSH = 0x10;
    public static final int SIPUSH = 0x11;
    public static final int LDC_W = 0x13;
    public static final int LDC2_W = 0x14;
    public static final int ILOAD = 0x15;
    public static final int LLOAD = 0x16;
    public static final int DLOAD = 0x18;
    public static final int ALOAD = 0x19;
    public static final int IALOAD = 0x2e;
    public static final int LALOAD = 0x2f;
    public static final int DALOAD = 0x31;
    public static final int AALOAD = 0x32;
    public static final int ISTORE = 0x36;
    public static final int LSTORE = 0x37;
    public static final int DSTORE = 0x39;
    public static final int ASTORE = 0x3a;
    public static final int LASTORE = 0x50;
    public static final int DASTORE = 0x52;
    public static final int AASTORE = 0x53;
    public static final int POP = 0x57;
    public static final int DUP = 0x59;
    public static final int LADD = 0x61;
    public static final int DADD = 0x63;
    public static final int LSUB = 0x65;
    public static final int DSUB = 0x67;
    public static final int LMUL = 0x69;
    public static final int DMUL = 0x6b;
    public static final int DDIV = 0x6f;
    public static final int LNEG = 0x75;
    public static final int DNEG = 0x77;
    public static final int LAND = 0x7f;
    public static final int LOR = 0x81;
    public static final int IXOR = 0x82;
    public static final int LXOR = 0x83;
    public static final int IINC = 0x84;
    public static final int L2I = 0x88;
    public static final int L2D = 0x8a;
    public static final int I2L = 0x85;
    public static final int LCMP = 0x94;
    public static final int DCMPL = 0x97;
    public static final int DCMPG = 0x98;
    public static final int IFEQ = 0x99;
    public static final int IFNE = 0x9a;
    public static final int IFLT = 0x9b;
    public static final int IFGE = 0x9c;
    public static final int IFGT = 0x9d;
    public static final int IFLE = 0x9e;
    public static final int IF_ICMPEQ = 0x9f;
    public static final int IF_ICMPNE = 0xa0;
    public static final int IF_ICMPGE = 0xa2;
    public static final int IF_ACMPEQ = 0xa5;
    public static final int IF_ACMPNE = 0xa6;
    public static final int GOTO = 0xa7;
    public static final int IRETURN = 0xac;
    public static final int ARETURN = 0xb0;
    public static final int LOOKUPSWITCH = 0xab;
    public static final int RETURN = 0xb1;
    public static final int GETSTATIC = 0xb2;
    public static final int PUTSTATIC = 0xb3;
    public static final int GETFIELD = 0xb4;
    public static final int PUTFIELD = 0xb5;
    public static final int INVOKEVIRTUAL = 0xb6;
    public static final int INVOKESPECIAL = 0xb7;
    public static final int INVOKESTATIC = 0xb8;
    public static final int NEWARRAY = 0xbc;
    public static final int ANEWARRAY = 0xbd;
    public static final int INVOKEINTERFACE = 0xb9;
    public static final int NEW = 0xbb;
    public static final int ATHROW = 0xbf;
    public static final int CHECKCAST = 0xc0;
    public static final int INSTANCEOF = 0xc1;
    public static final int IFNULL = 0xc6;
    public static final int IFNONNULL = 0xc7;

    /** A branch target; bound once with {@link Bytecode#bind}. */
    public static final class Label {
        int offset = -1;
        final List<int[]> fixups = new ArrayList<>(2);
    }

    private final ClassFile cf;
    /**
     * The code written so far, {@link #size} bytes of it. A plain array, not a
     * ByteArrayOutputStream: its write is synchronized, and every byte of every class generated
     * took a lock and its release (no biased locking since JDK 15) while the generators run cold.
     */
    private byte[] code = new byte[256];
    private int size;
    private final List<Integer> handlers = new ArrayList<>();
    private int depth;
    private int maxDepth;
    private int maxLocals;
    private final List<Label> labels = new ArrayList<>();

    public Bytecode(ClassFile cf, int argSlots) {
        this.cf = cf;
        this.maxLocals = argSlots;
    }

    public int offset() {
        return size;
    }

    private void u1(int b) {
        if (size == code.length) {
            code = Arrays.copyOf(code, size * 2);
        }
        code[size++] = (byte) b;
    }

    private void u2(int v) {
        u1(v >>> 8);
        u1(v);
    }

    private void stack(int delta) {
        depth += delta;
        if (depth < 0) {
            throw new IllegalStateException("operand stack underflow at " + offset());
        }
        maxDepth = Math.max(maxDepth, depth);
    }

    /** The operand stack depth is {@code d} here (after a goto, at a handler). */
    public void setDepth(int d) {
        depth = d;
        maxDepth = Math.max(maxDepth, d);
    }

    public void useLocals(int n) {
        maxLocals = Math.max(maxLocals, n);
    }

    /** An opcode without operands, with its effect on the stack depth. */
    public void op(int opcode, int delta) {
        u1(opcode);
        stack(delta);
    }

    public void local(int opcode, int slot, int delta) {
        if (slot <= 3 && opcode >= ILOAD && opcode <= ALOAD) {
            u1(0x1a + (opcode - ILOAD) * 4 + slot); // iload_0 ... aload_3
        } else if (slot <= 3 && opcode >= ISTORE && opcode <= ASTORE) {
            u1(0x3b + (opcode - ISTORE) * 4 + slot); // istore_0 ... astore_3
        } else if (slot > 255) {
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

    public void iinc(int slot, int by) {
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

    public void pushInt(int v) {
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

    public void pushLong(long v) {
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

    public void pushDouble(double v) {
        if (Double.doubleToRawLongBits(v) == 0L) {
            op(DCONST_0, 2);
        } else {
            u1(LDC2_W);
            u2(cf.doubleConst(v));
            stack(2);
        }
    }

    public void pushString(String s) {
        u1(LDC_W);
        u2(cf.string(s));
        stack(1);
    }

    /**
     * Pushes a hidden class's class data, an {@code Object[]} given to
     * {@code defineHiddenClassWithClassData}: what a {@code <clinit>} reads its constants from.
     */
    public void pushClassDataArray() {
        invoke(INVOKESTATIC, "java/lang/invoke/MethodHandles", "lookup", "()Ljava/lang/invoke/MethodHandles$Lookup;");
        pushString("_");
        pushClass("[Ljava/lang/Object;");
        invoke(INVOKESTATIC, "java/lang/invoke/MethodHandles", "classData",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;");
        type(CHECKCAST, "[Ljava/lang/Object;", 0);
    }

    public void pushClass(String internalName) {
        u1(LDC_W);
        u2(cf.cls(internalName));
        stack(1);
    }

    /** {@code newarray} of a primitive type code (7 double, 11 long): count on the stack, array left. */
    public void newPrimitiveArray(int typeCode) {
        u1(NEWARRAY);
        u1(typeCode);
    }

    public void type(int opcode, String internalName, int delta) {
        u1(opcode);
        u2(cf.cls(internalName));
        stack(delta);
    }

    public void field(int opcode, String owner, String name, String desc) {
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

    public void invoke(int opcode, String owner, String name, String desc) {
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

    public static int argSlots(String desc) {
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

    public Label label() {
        Label l = new Label();
        labels.add(l);
        return l;
    }

    public void bind(Label l) {
        l.offset = offset();
    }

    /** A branch; conditional ones pop their operands ({@code delta}). */
    public void branch(int opcode, Label target, int delta) {
        int at = offset();
        u1(opcode);
        target.fixups.add(new int[] {at, offset()});
        u2(0);
        stack(delta);
    }

    /**
     * A {@code lookupswitch} on the int on the stack: {@code keys} (ascending) go to the matching
     * {@code targets}, anything else to {@code otherwise}.
     */
    public void lookupSwitch(int[] keys, Label[] targets, Label otherwise) {
        int at = offset();
        u1(LOOKUPSWITCH);
        while (offset() % 4 != 0) {
            u1(0);
        }
        wideFixup(otherwise, at);
        u4(keys.length);
        for (int i = 0; i < keys.length; i++) {
            if (i > 0 && keys[i] <= keys[i - 1]) {
                throw new IllegalArgumentException("lookupswitch keys must ascend");
            }
            u4(keys[i]);
            wideFixup(targets[i], at);
        }
        stack(-1);
    }

    private void wideFixup(Label target, int instructionStart) {
        target.fixups.add(new int[] {instructionStart, offset(), 4});
        u4(0);
    }

    private void u4(int v) {
        u2(v >>> 16);
        u2(v & 0xffff);
    }

    public void handler(int start, int end, Label handler, String type) {
        handlers.add(start);
        handlers.add(end);
        handlers.add(-1 - labels.indexOf(handler));
        handlers.add(type == null ? 0 : cf.cls(type));
    }

    public byte[] bytes() {
        byte[] b = Arrays.copyOf(code, size);
        for (Label l : labels) {
            for (int[] f : l.fixups) {
                if (l.offset < 0) {
                    throw new IllegalStateException("unbound label");
                }
                int rel = l.offset - f[0];
                if (f.length == 3) {
                    b[f[1]] = (byte) (rel >>> 24);
                    b[f[1] + 1] = (byte) (rel >>> 16);
                    b[f[1] + 2] = (byte) (rel >>> 8);
                    b[f[1] + 3] = (byte) rel;
                    continue;
                }
                if (rel < Short.MIN_VALUE || rel > Short.MAX_VALUE) {
                    throw new IllegalStateException("branch too far");
                }
                b[f[1]] = (byte) (rel >>> 8);
                b[f[1] + 1] = (byte) rel;
            }
        }
        return b;
    }

    public int[] handlers() {
        int[] h = new int[handlers.size()];
        for (int i = 0; i < h.length; i++) {
            int v = handlers.get(i);
            h[i] = (i % 4 == 2) ? labels.get(-1 - v).offset : v;
        }
        return h;
    }

    public int maxStack() {
        return maxDepth;
    }

    public int maxLocals() {
        return maxLocals;
    }
}
