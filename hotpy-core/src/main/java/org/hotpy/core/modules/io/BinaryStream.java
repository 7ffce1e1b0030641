package org.hotpy.core.modules.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyBytes;
import org.hotpy.core.types.text.PyStr;

/** A binary file ({@code io.BufferedReader}/{@code io.BufferedWriter}). */
public final class BinaryStream extends PyObject {
    public static final PyType TYPE = PyType.builtin("BufferedIOBase", PyType.OBJECT, BinaryStream.class,
            BinaryStream::define).inModule("_io");

    private final InputStream in;
    private final OutputStream out;
    private final String name;
    private final String mode;
    private boolean closed;

    BinaryStream(InputStream in, OutputStream out, String name, String mode) {
        this.in = in;
        this.out = out;
        this.name = name;
        this.mode = mode;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private void check() {
        if (closed) {
            throw Errors.valueError("I/O operation on closed file.");
        }
    }

    private static void define(TypeDef t) {
        t.method1("read", "size=-1, /", (BinaryStream s, PyObject n) -> {
            s.check();
            try {
                int size = n == PyNone.NONE ? -1 : (int) Protocols.asIndexClamped(n);
                return new PyBytes(size < 0 ? s.in.readAllBytes() : s.in.readNBytes(size));
            } catch (IOException e) {
                throw Errors.osError("%s", e.toString());
            }
        });
        t.method1("write", "data, /", (BinaryStream s, PyObject d) -> {
            s.check();
            byte[] b = PyBytes.bytesLike(d, "write");
            try {
                s.out.write(b);
            } catch (IOException e) {
                throw Errors.osError("%s", e.toString());
            }
            return PyInt.of(b.length);
        });
        t.method0("close", (BinaryStream s) -> {
            if (!s.closed) {
                s.closed = true;
                try {
                    if (s.in != null) {
                        s.in.close();
                    }
                    if (s.out != null) {
                        s.out.close();
                    }
                } catch (IOException e) {
                    throw Errors.osError("%s", e.toString());
                }
            }
            return PyNone.NONE;
        });
        t.method0("flush", (BinaryStream s) -> PyNone.NONE);
        t.getter("closed", (BinaryStream s) -> PyBool.of(s.closed));
        t.getter("name", (BinaryStream s) -> PyStr.of(s.name));
        t.getter("mode", (BinaryStream s) -> PyStr.of(s.mode));
        t.method0("__enter__", (BinaryStream s) -> s);
        t.method3("__exit__", "t, v, tb, /", (BinaryStream s, PyObject a, PyObject b, PyObject c) -> {
            org.hotpy.core.ops.Call.callMethod(s, "close");
            return PyNone.NONE;
        });
    }
}
