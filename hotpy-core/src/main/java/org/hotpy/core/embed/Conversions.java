package org.hotpy.core.embed;

import java.lang.reflect.Proxy;
import java.math.BigInteger;

import org.hotpy.api.PyHandle;
import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyFrozenSet;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.collection.PySet;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.number.PyBigInt;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyBytes;
import org.hotpy.core.types.text.PyStr;

/**
 * The default conversions between Java and Python values (the table in
 * {@link org.hotpy.api.Interpreter}'s comment). Conversions to a declared Java type (method
 * parameters, interface results) are in {@link TypedConversions}. Runs with the interpreter entered.
 */
final class Conversions {
    private Conversions() {}

    /** The Python form of a Java value; unknown objects become {@link JavaObject}s, subject to the policy. */
    static PyObject toPython(Interop in, Object v) {
        if (v == null) {
            return PyNone.NONE;
        }
        if (v instanceof PyObject p) {
            return p;
        }
        if (v instanceof String s) {
            return PyStr.of(s);
        }
        if (v instanceof Boolean b) {
            return PyBool.of(b);
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return PyInt.of(((Number) v).longValue());
        }
        if (v instanceof Double || v instanceof Float) {
            return new PyFloat(((Number) v).doubleValue());
        }
        if (v instanceof BigInteger b) {
            return PyInt.of(b);
        }
        if (v instanceof Character c) {
            return PyStr.of(String.valueOf(c.charValue()));
        }
        if (v instanceof byte[] b) {
            return new PyBytes(b.clone());
        }
        PyObject own = ownPythonObject(in, v);
        return own != null ? own : JavaObject.wrap(in, v);
    }

    /**
     * The Python object behind a handle, view or proxy of this interpreter, else null. Those of
     * another interpreter are refused: interpreters share no Python objects.
     */
    private static PyObject ownPythonObject(Interop in, Object v) {
        Object holder = v;
        if (Proxy.isProxyClass(v.getClass()) && Proxy.getInvocationHandler(v) instanceof InterfaceProxy ip) {
            holder = ip;
        }
        if (holder instanceof PythonView pv) {
            if (pv.interop() == in) {
                return pv.pythonObject();
            }
            if (holder instanceof PyHandle || holder instanceof InterfaceProxy) {
                throw new IllegalArgumentException("a Python object of another HotPy interpreter cannot be passed in: "
                        + "interpreters share no objects (convert it to Java values first)");
            }
        }
        return null;
    }

    /** The Java form of a Python value, by the default table. */
    static Object toJava(Interop in, PyObject o) {
        if (o == PyNone.NONE) {
            return null;
        }
        if (o instanceof PyBool b) {
            return b.isTrue();
        }
        if (o instanceof PyInt i) {
            return i.value;
        }
        if (o instanceof PyBigInt b) {
            return b.value;
        }
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyStr s) {
            return s.value();
        }
        if (o instanceof PyBytes b) {
            return b.data().clone();
        }
        Object container = containerView(in, o, Object.class, Object.class);
        if (container != null) {
            return container;
        }
        if (o instanceof JavaObject j) {
            return j.target();
        }
        if (o instanceof JavaClassObject k) {
            return k.javaClass();
        }
        return new Handle(in, o);
    }

    /** A live view of a list, tuple, dict or set with typed elements (keys and values for a dict), else null. */
    static Object containerView(Interop in, PyObject o, java.lang.reflect.Type elem, java.lang.reflect.Type value) {
        if (o instanceof PyList l) {
            return new ListView(in, l, elem);
        }
        if (o instanceof PyTuple t) {
            return new TupleView(in, t, elem);
        }
        if (o instanceof PyDict d) {
            return new MapView<Object>(in, d, elem, value);
        }
        if (o instanceof PyFrozenSet s) {
            return new SetView(in, s, elem, false);
        }
        if (o instanceof PySet s) {
            return new SetView(in, s, elem, true);
        }
        return null;
    }

    /** A Java value as a Python str, for keys that must be names. */
    static String name(Object key) {
        if (key instanceof String s) {
            return s;
        }
        throw Errors.typeError("global names must be str, not %s", key == null ? "null" : key.getClass().getName());
    }
}
