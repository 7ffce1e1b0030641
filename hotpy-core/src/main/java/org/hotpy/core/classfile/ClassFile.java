package org.hotpy.core.classfile;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal class-file writer for the classes HotPy generates: a constant pool with
 * deduplication, fields, and methods whose code comes from {@link Bytecode}. It writes class-file
 * version 49, whose verifier infers types itself, so no stack map frames are needed. Only what
 * HotPy's generators use is here.
 */
public final class ClassFile {
    public static final int ACC_PUBLIC = 0x0001;
    public static final int ACC_PRIVATE = 0x0002;
    public static final int ACC_STATIC = 0x0008;
    public static final int ACC_FINAL = 0x0010;
    public static final int ACC_SUPER = 0x0020;

    private final ByteArrayOutputStream pool = new ByteArrayOutputStream();
    private final DataOutputStream poolOut = new DataOutputStream(pool);
    private final Map<String, Integer> entries = new HashMap<>();
    private final Map<MemberKey, Integer> members = new HashMap<>();
    private int poolCount = 1;
    private final int thisClass;
    private final int superClass;
    private final String superName;
    private final List<Integer> interfaces = new ArrayList<>();
    private final List<byte[]> fields = new ArrayList<>();
    private final List<byte[]> methods = new ArrayList<>();

    public ClassFile(String name, String superName) {
        this.thisClass = cls(name);
        this.superClass = cls(superName);
        this.superName = superName;
    }

    /** A public no-argument constructor that calls the superclass's. */
    public void defaultConstructor() {
        Bytecode init = new Bytecode(this, 1);
        init.local(Bytecode.ALOAD, 0, 1);
        init.invoke(Bytecode.INVOKESPECIAL, superName, "<init>", "()V");
        init.op(Bytecode.RETURN, 0);
        method(ACC_PUBLIC, "<init>", "()V", init);
    }

    public void implement(String internalName) {
        interfaces.add(cls(internalName));
    }

    // ------------------------------------------------------------------ constant pool

    private int entry(String key, int tag, Writer body, int slots) {
        Integer i = entries.get(key);
        if (i != null) {
            return i;
        }
        try {
            poolOut.writeByte(tag);
            body.write(poolOut);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int index = poolCount;
        poolCount += slots;
        if (poolCount > 0xffff) {
            throw new IllegalStateException("constant pool too large");
        }
        entries.put(key, index);
        return index;
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    public int utf8(String s) {
        return entry("U" + s, 1, o -> o.writeUTF(s), 1);
    }

    public int cls(String internalName) {
        int u = utf8(internalName);
        return entry("C" + internalName, 7, o -> o.writeShort(u), 1);
    }

    public int string(String s) {
        int u = utf8(s);
        return entry("S" + s, 8, o -> o.writeShort(u), 1);
    }

    public int integer(int v) {
        return entry("I" + v, 3, o -> o.writeInt(v), 1);
    }

    public int longConst(long v) {
        return entry("J" + v, 5, o -> o.writeLong(v), 2);
    }

    public int doubleConst(double v) {
        long bits = Double.doubleToRawLongBits(v);
        return entry("D" + bits, 6, o -> o.writeLong(bits), 2);
    }

    private int nameAndType(String name, String desc) {
        int n = utf8(name);
        int d = utf8(desc);
        return entry("N" + name + ":" + desc, 12, o -> {
            o.writeShort(n);
            o.writeShort(d);
        }, 1);
    }

    public int fieldRef(String owner, String name, String desc) {
        return memberRef(9, owner, name, desc);
    }

    public int methodRef(String owner, String name, String desc, boolean isInterface) {
        return memberRef(isInterface ? 11 : 10, owner, name, desc);
    }

    /**
     * A field, method or interface method reference ({@code tag} 9, 10 or 11). Generated methods
     * refer to the same few steps again and again, so a repeated reference is found by a key of
     * its parts (no string building: the generator runs while the JVM is still cold).
     */
    private int memberRef(int tag, String owner, String name, String desc) {
        MemberKey key = new MemberKey(tag, owner, name, desc);
        Integer known = members.get(key);
        if (known != null) {
            return known;
        }
        int c = cls(owner);
        int nt = nameAndType(name, desc);
        int index = entry(tag + owner + "." + name + ":" + desc, tag, o -> {
            o.writeShort(c);
            o.writeShort(nt);
        }, 1);
        members.put(key, index);
        return index;
    }

    /** The parts of a member reference; equals and hashCode by hand, as a record's link at first use. */
    private static final class MemberKey {
        final int tag;
        final String owner;
        final String name;
        final String desc;

        MemberKey(int tag, String owner, String name, String desc) {
            this.tag = tag;
            this.owner = owner;
            this.name = name;
            this.desc = desc;
        }

        @Override
        public int hashCode() {
            return ((tag * 31 + owner.hashCode()) * 31 + name.hashCode()) * 31 + desc.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MemberKey k && k.tag == tag && k.owner.equals(owner) && k.name.equals(name)
                    && k.desc.equals(desc);
        }
    }

    // ------------------------------------------------------------------ members

    public void field(int access, String name, String desc) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (DataOutputStream o = new DataOutputStream(b)) {
            o.writeShort(access);
            o.writeShort(utf8(name));
            o.writeShort(utf8(desc));
            o.writeShort(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fields.add(b.toByteArray());
    }

    public void method(int access, String name, String desc, Bytecode code) {
        int nameIndex = utf8(name);
        int descIndex = utf8(desc);
        int codeName = utf8("Code");
        byte[] bytes = code.bytes();
        if (bytes.length >= 65535) {
            throw new IllegalStateException("method too large");
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (DataOutputStream o = new DataOutputStream(b)) {
            o.writeShort(access);
            o.writeShort(nameIndex);
            o.writeShort(descIndex);
            o.writeShort(1);
            o.writeShort(codeName);
            int[] handlers = code.handlers();
            o.writeInt(2 + 2 + 4 + bytes.length + 2 + handlers.length * 2 + 2);
            o.writeShort(code.maxStack());
            o.writeShort(code.maxLocals());
            o.writeInt(bytes.length);
            o.write(bytes);
            o.writeShort(handlers.length / 4);
            for (int h : handlers) {
                o.writeShort(h);
            }
            o.writeShort(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        methods.add(b.toByteArray());
    }

    public byte[] toBytes() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (DataOutputStream o = new DataOutputStream(b)) {
            o.writeInt(0xCAFEBABE);
            o.writeShort(0);
            o.writeShort(49);
            o.writeShort(poolCount);
            poolOut.flush();
            o.write(pool.toByteArray());
            o.writeShort(ACC_PUBLIC | ACC_FINAL | ACC_SUPER);
            o.writeShort(thisClass);
            o.writeShort(superClass);
            o.writeShort(interfaces.size());
            for (int i : interfaces) {
                o.writeShort(i);
            }
            o.writeShort(fields.size());
            for (byte[] f : fields) {
                o.write(f);
            }
            o.writeShort(methods.size());
            for (byte[] m : methods) {
                o.write(m);
            }
            o.writeShort(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }
}
