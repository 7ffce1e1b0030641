package org.hotpy.core.codecache;

import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.model.PyEllipsis;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.types.collection.PyFrozenSet;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.number.PyBigInt;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyComplex;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyBytes;
import org.hotpy.core.types.text.PyStr;

/**
 * A code object as bytes and back: the part CPython's {@code marshal} plays in a {@code .pyc}
 * file. Only what the compiler produces is written (the fields a {@link CodeObject} is constructed
 * from, and constants of the types the compiler makes); anything else is {@link Unsupported}, and
 * that code is simply not cached. Every nested code object has the file name of the outermost.
 *
 * <p>The reader checks every length against what is left, so a damaged file fails with an
 * exception the cache treats as a miss, never with a huge allocation.
 */
final class CodeFormat {
    private CodeFormat() {}

    /** Raised when a code object holds a constant this format has no encoding for. */
    static final class Unsupported extends IOException {
        Unsupported(PyObject c) {
            super("no encoding for a constant of " + c.getClass().getName());
        }
    }

    private static final byte NONE = 0;
    private static final byte TRUE = 1;
    private static final byte FALSE = 2;
    private static final byte INT = 3;
    private static final byte BIG_INT = 4;
    private static final byte FLOAT = 5;
    private static final byte COMPLEX = 6;
    private static final byte STR = 7;
    private static final byte BYTES = 8;
    private static final byte ELLIPSIS = 9;
    private static final byte TUPLE = 10;
    private static final byte CODE = 11;
    private static final byte FROZENSET = 12;

    /** Strings whose chars are all below 256 are written one byte per char (nearly all of them). */
    private static final byte LATIN1 = 0;
    private static final byte UTF16 = 1;

    static void write(CodeObject c, DataOutputStream out) throws IOException {
        writeString(c.name, out);
        writeString(c.qualname, out);
        out.writeInt(c.firstLineNo);
        out.writeInt(c.argCount);
        out.writeInt(c.posOnlyArgCount);
        out.writeInt(c.kwOnlyArgCount);
        out.writeInt(c.flags);
        out.writeInt(c.stackSize);
        writeStrings(c.varnames, out);
        writeStrings(c.cellvars, out);
        writeStrings(c.freevars, out);
        writeStrings(c.names, out);
        out.writeInt(c.consts.length);
        for (PyObject k : c.consts) {
            writeConstant(k, out);
        }
        writeInts(c.code, out);
        writeInts(c.lines, out);
        writeInts(c.positions, out);
        writeInts(c.exceptionTable, out);
        writeInts(c.cellToArg, out);
    }

    static CodeObject read(ByteBuffer in, String filename) {
        String name = readString(in);
        String qualname = readString(in);
        int firstLineNo = in.getInt();
        int argCount = in.getInt();
        int posOnlyArgCount = in.getInt();
        int kwOnlyArgCount = in.getInt();
        int flags = in.getInt();
        int stackSize = in.getInt();
        String[] varnames = readStrings(in);
        String[] cellvars = readStrings(in);
        String[] freevars = readStrings(in);
        String[] names = readStrings(in);
        PyObject[] consts = new PyObject[length(in, 1)];
        for (int i = 0; i < consts.length; i++) {
            consts[i] = readConstant(in, filename);
        }
        int[] code = readInts(in);
        int[] lines = readInts(in);
        int[] positions = readInts(in);
        int[] exceptionTable = readInts(in);
        int[] cellToArg = readInts(in);
        if (lines.length != code.length || positions.length != 3 * code.length) {
            throw new IllegalArgumentException("line or position table does not match the code");
        }
        return new CodeObject(name, qualname, filename, firstLineNo, argCount, posOnlyArgCount, kwOnlyArgCount,
                flags, varnames, cellvars, freevars, names, consts, code, lines, positions, exceptionTable,
                stackSize, cellToArg);
    }

    private static void writeConstant(PyObject c, DataOutputStream out) throws IOException {
        Class<?> k = c.getClass();
        if (c == PyNone.NONE) {
            out.writeByte(NONE);
        } else if (c == PyBool.TRUE) {
            out.writeByte(TRUE);
        } else if (c == PyBool.FALSE) {
            out.writeByte(FALSE);
        } else if (c == PyEllipsis.INSTANCE) {
            out.writeByte(ELLIPSIS);
        } else if (k == PyInt.class) {
            out.writeByte(INT);
            out.writeLong(((PyInt) c).value);
        } else if (k == PyBigInt.class) {
            out.writeByte(BIG_INT);
            writeBytes(((PyBigInt) c).value.toByteArray(), out);
        } else if (k == PyFloat.class) {
            out.writeByte(FLOAT);
            out.writeLong(Double.doubleToRawLongBits(((PyFloat) c).value));
        } else if (k == PyComplex.class) {
            out.writeByte(COMPLEX);
            out.writeLong(Double.doubleToRawLongBits(((PyComplex) c).real));
            out.writeLong(Double.doubleToRawLongBits(((PyComplex) c).imag));
        } else if (k == PyStr.class) {
            out.writeByte(STR);
            writeString(((PyStr) c).value(), out);
        } else if (k == PyBytes.class) {
            out.writeByte(BYTES);
            writeBytes(((PyBytes) c).data(), out);
        } else if (k == PyTuple.class) {
            PyObject[] items = ((PyTuple) c).itemsUnsafe();
            out.writeByte(TUPLE);
            out.writeInt(items.length);
            for (PyObject x : items) {
                writeConstant(x, out);
            }
        } else if (k == PyFrozenSet.class) {
            // a set display or for-loop iterable of constants: written with its layout, which
            // gives the order of the sets built from it (CPython's .pyc re-adds the elements)
            PyFrozenSet f = (PyFrozenSet) c;
            PyObject[] items = f.toArray();
            int[] slots = f.slots();
            long[] hashes = f.storedHashes();
            out.writeByte(FROZENSET);
            out.writeInt(f.tableSize());
            out.writeInt(items.length);
            for (int i = 0; i < items.length; i++) {
                out.writeInt(slots[i]);
                out.writeLong(hashes[i]);
                writeConstant(items[i], out);
            }
        } else if (k == CodeObject.class) {
            out.writeByte(CODE);
            write((CodeObject) c, out);
        } else {
            throw new Unsupported(c);
        }
    }

    private static PyObject readConstant(ByteBuffer in, String filename) {
        byte tag = in.get();
        switch (tag) {
            case NONE: return PyNone.NONE;
            case TRUE: return PyBool.TRUE;
            case FALSE: return PyBool.FALSE;
            case ELLIPSIS: return PyEllipsis.INSTANCE;
            case INT: return PyInt.of(in.getLong());
            case BIG_INT: return PyInt.of(new BigInteger(readBytes(in)));
            case FLOAT: return new PyFloat(Double.longBitsToDouble(in.getLong()));
            case COMPLEX: return new PyComplex(Double.longBitsToDouble(in.getLong()), Double.longBitsToDouble(in.getLong()));
            case STR: return PyStr.of(readString(in));
            case BYTES: return new PyBytes(readBytes(in));
            case TUPLE: {
                PyObject[] items = new PyObject[length(in, 1)];
                for (int i = 0; i < items.length; i++) {
                    items[i] = readConstant(in, filename);
                }
                return PyTuple.of(items);
            }
            case FROZENSET: {
                int tableSize = in.getInt();
                int n = length(in, 13);
                int[] slots = new int[n];
                long[] hashes = new long[n];
                PyObject[] items = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    slots[i] = in.getInt();
                    hashes[i] = in.getLong();
                    items[i] = readConstant(in, filename);
                }
                return PyFrozenSet.restore(tableSize, slots, hashes, items);
            }
            case CODE: return read(in, filename);
            default: throw new IllegalArgumentException("unknown constant tag " + tag);
        }
    }

    private static void writeString(String s, DataOutputStream out) throws IOException {
        boolean latin1 = true;
        for (int i = 0; i < s.length() && latin1; i++) {
            latin1 = s.charAt(i) < 256;
        }
        out.writeInt(s.length());
        if (latin1) {
            out.writeByte(LATIN1);
            out.write(s.getBytes(StandardCharsets.ISO_8859_1));
        } else {
            out.writeByte(UTF16);
            out.writeChars(s);
        }
    }

    private static String readString(ByteBuffer in) {
        int n = in.getInt();
        byte form = in.get();
        if (form == LATIN1) {
            checkLength(in, n, 1);
            String s = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.ISO_8859_1);
            in.position(in.position() + n);
            return s;
        }
        if (form != UTF16) {
            throw new IllegalArgumentException("unknown string form " + form);
        }
        checkLength(in, n, 2);
        char[] chars = new char[n];
        in.asCharBuffer().get(chars);
        in.position(in.position() + 2 * n);
        return new String(chars);
    }

    private static void writeStrings(String[] strings, DataOutputStream out) throws IOException {
        out.writeInt(strings.length);
        for (String s : strings) {
            writeString(s, out);
        }
    }

    private static String[] readStrings(ByteBuffer in) {
        String[] strings = new String[length(in, 5)];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = readString(in);
        }
        return strings;
    }

    private static void writeInts(int[] values, DataOutputStream out) throws IOException {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    private static int[] readInts(ByteBuffer in) {
        int[] values = new int[length(in, 4)];
        // one int at a time rather than through asIntBuffer(), whose view class is in no start-up
        // archive (the training run writes cache entries but never reads one): loading it took
        // more than reading a program's few thousand code words this way
        for (int i = 0; i < values.length; i++) {
            values[i] = in.getInt();
        }
        return values;
    }

    private static void writeBytes(byte[] data, DataOutputStream out) throws IOException {
        out.writeInt(data.length);
        out.write(data);
    }

    private static byte[] readBytes(ByteBuffer in) {
        byte[] data = new byte[length(in, 1)];
        in.get(data);
        return data;
    }

    /** A count read from the input, checked against what is left ({@code unit} bytes at least each). */
    private static int length(ByteBuffer in, int unit) {
        int n = in.getInt();
        checkLength(in, n, unit);
        return n;
    }

    private static void checkLength(ByteBuffer in, int n, int unit) {
        if (n < 0 || (long) n * unit > in.remaining()) {
            throw new IllegalArgumentException("length " + n + " runs past the end of the data");
        }
    }
}
