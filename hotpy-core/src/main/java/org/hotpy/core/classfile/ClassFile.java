package org.hotpy.core.classfile;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    /**
     * The modified UTF-8 form (length first, as {@link DataOutputStream#writeUTF} writes it) of
     * the strings pools held, shared by all classes: a generated function's class names the same
     * steps, owners and descriptors as the one before (about 60 strings of 40 characters each), and
     * encoding them again for every class ran writeUTF's two loops per character so often that
     * HotSpot compiled it with C2 three times (an OSR compilation too) early in every program,
     * 40-80 ms of the one C2 thread while the program's first hot functions waited for it. At most
     * {@link #ENCODED_MAX} strings are kept, and not the classes' own names.
     */
    private static final Map<String, byte[]> ENCODED = new ConcurrentHashMap<>();
    private static final int ENCODED_MAX = 2048;

    private final ByteArrayOutputStream pool = new ByteArrayOutputStream();
    private final DataOutputStream poolOut = new DataOutputStream(pool);
    private final Map<PoolKey, Integer> entries = new HashMap<>();
    private int poolCount = 1;
    /** The class's name, the one string of its pool that no other class has (not kept in {@link #ENCODED}). */
    private final String name;
    private final int thisClass;
    private final int superClass;
    private final String superName;
    private final List<Integer> interfaces = new ArrayList<>();
    private final List<byte[]> fields = new ArrayList<>();
    private final List<byte[]> methods = new ArrayList<>();

    public ClassFile(String name, String superName) {
        this.name = name;
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

    /**
     * The entry for {@code key}, added with {@code body} when it is new. Keys are compared by
     * their parts (no string building): the generators run while the JVM is still cold, and
     * their classes refer to the same few steps again and again.
     */
    private int entry(PoolKey key, Body body, long x, long y) {
        Integer i = entries.get(key);
        return i != null ? i : add(key, body, x, y);
    }

    /** Appends a new entry (the caller has found {@code key} absent): its tag, then its body made of x and y. */
    private int add(PoolKey key, Body body, long x, long y) {
        try {
            poolOut.writeByte(key.tag);
            switch (body) {
                case UTF8 -> poolOut.write(encoded(key.a, key.a != name));
                case U2 -> poolOut.writeShort((int) x);
                case U4 -> poolOut.writeInt((int) x);
                case U8 -> poolOut.writeLong(x);
                case U2_U2 -> {
                    poolOut.writeShort((int) x);
                    poolOut.writeShort((int) y);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int index = poolCount;
        poolCount += body == Body.U8 ? 2 : 1; // a long or double takes two slots
        if (poolCount > 0xffff) {
            throw new IllegalStateException("constant pool too large");
        }
        entries.put(key, index);
        return index;
    }

    /**
     * {@code s} as {@link DataOutputStream#writeUTF} writes it, from {@link #ENCODED} if it is there,
     * else added to it if {@code keep}.
     */
    private static byte[] encoded(String s, boolean keep) throws IOException {
        byte[] b = keep ? ENCODED.get(s) : null;
        if (b == null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 2);
            new DataOutputStream(out).writeUTF(s);
            b = out.toByteArray();
            if (keep && ENCODED.size() < ENCODED_MAX) {
                ENCODED.put(s, b);
            }
        }
        return b;
    }

    /**
     * What follows an entry's tag: the UTF-8 text of the key, or one or two numbers. An enum and a
     * switch, not a lambda per kind of entry: each was linked when a program's first function was
     * compiled (~0.25 ms apiece on JDK 17).
     */
    private enum Body {
        UTF8, U2, U4, U8, U2_U2
    }

    /** An entry's tag and the parts that identify it (equals and hashCode by hand: a record's link at first use). */
    private static final class PoolKey {
        final int tag;
        final String a;
        final String b;
        final String c;

        PoolKey(int tag, String a, String b, String c) {
            this.tag = tag;
            this.a = a;
            this.b = b;
            this.c = c;
        }

        PoolKey(int tag, String a) {
            this(tag, a, "", "");
        }

        @Override
        public int hashCode() {
            return ((tag * 31 + a.hashCode()) * 31 + b.hashCode()) * 31 + c.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PoolKey k && k.tag == tag && k.a.equals(a) && k.b.equals(b) && k.c.equals(c);
        }
    }

    public int utf8(String s) {
        return entry(new PoolKey(1, s), Body.UTF8, 0, 0);
    }

    public int cls(String internalName) {
        PoolKey key = new PoolKey(7, internalName);
        Integer i = entries.get(key); // a repeated reference skips its parts
        if (i != null) {
            return i;
        }
        int u = utf8(internalName);
        return add(key, Body.U2, u, 0);
    }

    public int string(String s) {
        int u = utf8(s);
        return entry(new PoolKey(8, s), Body.U2, u, 0);
    }

    public int integer(int v) {
        return entry(new PoolKey(3, Integer.toString(v)), Body.U4, v, 0);
    }

    public int longConst(long v) {
        return entry(new PoolKey(5, Long.toString(v)), Body.U8, v, 0);
    }

    public int doubleConst(double v) {
        long bits = Double.doubleToRawLongBits(v);
        return entry(new PoolKey(6, Long.toString(bits)), Body.U8, bits, 0);
    }

    private int nameAndType(String name, String desc) {
        PoolKey key = new PoolKey(12, name, desc, "");
        Integer i = entries.get(key); // a repeated reference skips its parts
        if (i != null) {
            return i;
        }
        int n = utf8(name);
        int d = utf8(desc);
        return add(key, Body.U2_U2, n, d);
    }

    public int fieldRef(String owner, String name, String desc) {
        return memberRef(9, owner, name, desc);
    }

    public int methodRef(String owner, String name, String desc, boolean isInterface) {
        return memberRef(isInterface ? 11 : 10, owner, name, desc);
    }

    /** A field, method or interface method reference ({@code tag} 9, 10 or 11). */
    private int memberRef(int tag, String owner, String name, String desc) {
        PoolKey key = new PoolKey(tag, owner, name, desc);
        Integer i = entries.get(key); // a repeated reference skips its parts
        if (i != null) {
            return i;
        }
        int c = cls(owner);
        int nt = nameAndType(name, desc);
        return add(key, Body.U2_U2, c, nt);
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
