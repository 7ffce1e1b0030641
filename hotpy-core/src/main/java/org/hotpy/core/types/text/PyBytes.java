package org.hotpy.core.types.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.Instance;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Shape;
import org.hotpy.core.types.collection.PyDict;

/** Python {@code bytes}: an immutable byte string. The array is never mutated after construction. */
public class PyBytes extends PyObject {
    public static final PyType TYPE = PyType.builtin("bytes", PyType.OBJECT, PyBytes.class, TextTypeDefs.BYTES)
            .withInstantiator(TextTypeDefs.BYTES);
    public static final PyBytes EMPTY = new PyBytes(new byte[0]);

    final byte[] data;
    private int hash;

    /** Wraps {@code data}, which the caller must not change afterwards. */
    public PyBytes(byte[] data) {
        this.data = data;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The bytes; callers must not modify the array. */
    public byte[] data() {
        return data;
    }

    public int size() {
        return data.length;
    }

    /** Each byte as the char with the same value, for parsing numbers from bytes. */
    public String decodeLatin1() {
        return new String(data, StandardCharsets.ISO_8859_1);
    }

    int cachedHash() {
        int h = hash;
        if (h == 0) {
            h = Arrays.hashCode(data);
            if (h == 0 || h == -1) {
                h = 2;
            }
            hash = h;
        }
        return h;
    }

    /**
     * The bytes of a bytes-like argument (bytes, bytearray), or TypeError naming {@code fname}.
     * The array is shared for bytes and must not be modified.
     */
    public static byte[] bytesLike(PyObject o, String fname) {
        if (o instanceof PyBytes b) {
            return b.data;
        }
        if (o instanceof PyByteArray b) {
            return b.toArray();
        }
        if (o instanceof PyMemoryView m) {
            return m.toBytes();
        }
        throw Errors.typeError("a bytes-like object is required, not '%s'", o.type().tpName());
    }

    @Override
    public String toString() {
        return BytesMethods.repr(data, data.length, "b");
    }

    /** An instance of a Python subclass of bytes. */
    public static final class Derived extends PyBytes implements Instance {
        private PyType type;
        private Shape shape;
        private PyObject[] values;
        private PyDict dict;

        public Derived(PyType type, byte[] data) {
            super(data);
            this.type = type;
            this.shape = type.rootShape();
            this.values = new PyObject[type.expectedCapacity()];
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public void setType(PyType type) {
            this.type = type;
        }

        @Override
        public Shape shape() {
            return shape;
        }

        @Override
        public void setShape(Shape shape) {
            this.shape = shape;
        }

        @Override
        public PyObject[] values() {
            return values;
        }

        @Override
        public void setValues(PyObject[] values) {
            this.values = values;
        }

        @Override
        public PyDict dict() {
            return dict;
        }

        @Override
        public void setDict(PyDict dict) {
            this.dict = dict;
        }
    }
}
