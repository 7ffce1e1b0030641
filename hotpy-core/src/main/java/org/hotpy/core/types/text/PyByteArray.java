package org.hotpy.core.types.text;

import java.util.Arrays;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.Instance;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Shape;
import org.hotpy.core.types.collection.PyDict;

/** Python {@code bytearray}: a mutable, growable byte string. */
public class PyByteArray extends PyObject {
    public static final PyType TYPE = PyType.builtin("bytearray", PyType.OBJECT, PyByteArray.class,
            TextTypeDefs.BYTEARRAY).withInstantiator(TextTypeDefs.BYTEARRAY);

    byte[] buf;
    int size;

    public PyByteArray(byte[] initial) {
        this.buf = initial;
        this.size = initial.length;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return size;
    }

    /** A copy of the current contents. */
    public byte[] toArray() {
        return Arrays.copyOf(buf, size);
    }

    void setContents(byte[] data) {
        buf = data;
        size = data.length;
    }

    void append(int b) {
        if (b < 0 || b > 255) {
            throw Errors.valueError("byte must be in range(0, 256)");
        }
        if (size == buf.length) {
            buf = Arrays.copyOf(buf, Math.max(8, size * 2));
        }
        buf[size++] = (byte) b;
    }

    @Override
    public String toString() {
        return "bytearray(" + BytesMethods.repr(buf, size, "b") + ")";
    }

    /** An instance of a Python subclass of bytearray. */
    public static final class Derived extends PyByteArray implements Instance {
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
