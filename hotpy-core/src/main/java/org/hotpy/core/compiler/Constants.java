package org.hotpy.core.compiler;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.hotpy.core.ast.Expr;
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

/** AST literal values as Python constants, and the keys under which equal constants are shared. */
final class Constants {
    private Constants() {}

    static PyObject of(Object v) {
        if (v instanceof Long l) {
            return PyInt.of(l);
        }
        if (v instanceof BigInteger b) {
            return PyInt.of(b);
        }
        if (v instanceof Double d) {
            return new PyFloat(d);
        }
        if (v instanceof String s) {
            return PyStr.of(s);
        }
        if (v instanceof Boolean b) {
            return PyBool.of(b);
        }
        if (v instanceof byte[] b) {
            return new PyBytes(b);
        }
        if (v instanceof Expr.Imaginary im) {
            return new PyComplex(0.0, im.imag());
        }
        if (v == Expr.Singleton.ELLIPSIS) {
            return PyEllipsis.INSTANCE;
        }
        return PyNone.NONE;
    }

    /**
     * A key that is equal only for constants that may share a slot: the Java class is part of it,
     * so that {@code 1}, {@code 1.0} and {@code True} stay distinct, and -0.0 differs from 0.0.
     */
    static Object key(PyObject c) {
        if (c instanceof PyBool b) {
            return b.isTrue() ? "bool:True" : "bool:False";
        }
        if (c instanceof PyInt i) {
            return i.value;
        }
        if (c instanceof PyBigInt b) {
            return b.value;
        }
        if (c instanceof PyFloat f) {
            return List.of("float", Double.doubleToRawLongBits(f.value));
        }
        if (c instanceof PyComplex z) {
            return List.of("complex", Double.doubleToRawLongBits(z.real), Double.doubleToRawLongBits(z.imag));
        }
        if (c instanceof PyStr s) {
            return List.of("str", s.value());
        }
        if (c instanceof PyBytes b) {
            return List.of("bytes", new String(b.data(), StandardCharsets.ISO_8859_1));
        }
        if (c instanceof PyTuple t) {
            List<Object> k = new ArrayList<>();
            k.add("tuple");
            for (PyObject x : t.itemsUnsafe()) {
                k.add(key(x));
            }
            return k;
        }
        if (c instanceof PyFrozenSet) {
            return new Object(); // never shared
        }
        return c; // singletons: identity
    }
}
