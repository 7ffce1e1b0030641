package org.hotpy.core.embed;

import java.lang.reflect.Array;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hotpy.api.PyHandle;
import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Iteration;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.collection.PySet;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.number.PyBigInt;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyByteArray;
import org.hotpy.core.types.text.PyBytes;
import org.hotpy.core.types.text.PyStr;

/**
 * Python values converted to a declared Java type: the parameters of Java methods called from
 * Python, and the results of interface methods implemented in Python. {@link #cost} ranks how
 * naturally a value fits a parameter type (for overload resolution); {@link #convert} does it or
 * raises TypeError / OverflowError.
 */
final class TypedConversions {
    private TypedConversions() {}

    /** The value does not fit the type. */
    static final int NO = -1;

    /** 0 for an exact fit, larger for looser fits, {@link #NO} when impossible. */
    static int cost(PyObject o, Class<?> p) {
        if (o == PyNone.NONE) {
            return p.isPrimitive() ? NO : 5;
        }
        if (p == PyHandle.class) {
            return 6;
        }
        if (o instanceof PyBool) {
            return p == boolean.class || p == Boolean.class ? 0 : p == Object.class ? 5 : NO;
        }
        if (o instanceof PyInt i) {
            return intCost(i.value, p);
        }
        if (o instanceof PyBigInt) {
            return p == BigInteger.class ? 0 : p == Number.class || p == Object.class ? 6 : NO;
        }
        if (o instanceof PyFloat) {
            return p == double.class || p == Double.class ? 0 : p == float.class || p == Float.class ? 1
                    : p == BigDecimal.class ? 3 : p == Number.class || p == Object.class ? 6 : NO;
        }
        if (o instanceof PyStr s) {
            return p == String.class ? 0 : p == CharSequence.class ? 1
                    : (p == char.class || p == Character.class) && s.value().length() == 1 ? 2
                    : p == Object.class ? 6 : NO;
        }
        if (o instanceof JavaObject j) {
            return p.isInstance(j.target()) ? (j.target().getClass() == p ? 0 : 1) : NO;
        }
        if (o instanceof JavaClassObject) {
            return p == Class.class ? 0 : p == Object.class ? 6 : NO;
        }
        return containerCost(o, p);
    }

    private static int intCost(long v, Class<?> p) {
        if (p == long.class || p == Long.class) {
            return 0;
        }
        if (p == int.class || p == Integer.class) {
            return v == (int) v ? 1 : NO;
        }
        if (p == short.class || p == Short.class) {
            return v == (short) v ? 2 : NO;
        }
        if (p == byte.class || p == Byte.class) {
            return v == (byte) v ? 2 : NO;
        }
        if (p == BigInteger.class) {
            return 3;
        }
        if (p == double.class || p == Double.class) {
            return 4;
        }
        if (p == float.class || p == Float.class || p == BigDecimal.class) {
            return 5;
        }
        return p == Number.class || p == Object.class ? 6 : NO;
    }

    private static int containerCost(PyObject o, Class<?> p) {
        boolean seq = o instanceof PyList || o instanceof PyTuple;
        if (seq && p == List.class || o instanceof PyDict && p == Map.class || o instanceof PySet && p == Set.class) {
            return 1;
        }
        if ((seq || o instanceof PySet) && (p == Collection.class || p == Iterable.class)) {
            return 2;
        }
        if (seq && p.isArray()) {
            return 3;
        }
        if ((o instanceof PyBytes || o instanceof PyByteArray) && p == byte[].class) {
            return 0;
        }
        if (p.isInterface() && !isJavaLangOrUtil(p)) {
            return Functional.method(p) != null && Call.callableOrNull(o) != null ? 3 : 8;
        }
        return p == Object.class ? 7 : NO;
    }

    private static boolean isJavaLangOrUtil(Class<?> p) {
        return p == CharSequence.class || p == Comparable.class || p == Collection.class || p == Iterable.class;
    }

    /** Converts {@code o} to {@code target} (a Class or a parameterized type). */
    static Object convert(Interop in, PyObject o, Type target) {
        Class<?> raw = raw(target);
        if (raw == Object.class) {
            return Conversions.toJava(in, o);
        }
        if (raw == void.class || raw == Void.class) {
            return null;
        }
        if (o == PyNone.NONE) {
            if (raw.isPrimitive()) {
                throw Errors.typeError("None cannot be converted to Java %s", raw.getName());
            }
            return null;
        }
        if (raw == PyHandle.class) {
            return new Handle(in, o);
        }
        Object scalar = scalar(o, raw);
        if (scalar != null) {
            return scalar;
        }
        Object c = container(in, o, raw, target);
        if (c != null) {
            return c;
        }
        if (raw.isInterface() && !(o instanceof JavaObject)) {
            return InterfaceProxy.create(in, o, raw, Call.callableOrNull(o) != null);
        }
        Object plain = Conversions.toJava(in, o);
        if (raw.isInstance(plain)) {
            return plain;
        }
        throw Errors.typeError("cannot convert Python '%s' to Java %s", o.type().name(), raw.getName());
    }

    /** Numbers, booleans, text and bytes; null when {@code raw} is none of those. */
    private static Object scalar(PyObject o, Class<?> raw) {
        if (raw == boolean.class || raw == Boolean.class) {
            return org.hotpy.core.ops.Protocols.isTrue(o);
        }
        if (raw == long.class || raw == Long.class) {
            return integer(o, raw, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (raw == int.class || raw == Integer.class) {
            return (int) integer(o, raw, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (raw == short.class || raw == Short.class) {
            return (short) integer(o, raw, Short.MIN_VALUE, Short.MAX_VALUE);
        }
        if (raw == byte.class || raw == Byte.class) {
            return (byte) integer(o, raw, Byte.MIN_VALUE, Byte.MAX_VALUE);
        }
        if (raw == double.class || raw == Double.class) {
            return real(o, raw);
        }
        if (raw == float.class || raw == Float.class) {
            return (float) real(o, raw);
        }
        if (raw == BigInteger.class) {
            return org.hotpy.core.ops.Protocols.bigValue(org.hotpy.core.ops.Protocols.index(o));
        }
        if (raw == BigDecimal.class) {
            return o instanceof PyFloat f ? BigDecimal.valueOf(f.value)
                    : new BigDecimal(org.hotpy.core.ops.Protocols.bigValue(org.hotpy.core.ops.Protocols.index(o)));
        }
        if (raw == String.class || raw == CharSequence.class) {
            if (o instanceof PyStr s) {
                return s.value();
            }
            throw Errors.typeError("expected str for Java %s, got '%s'", raw.getName(), o.type().name());
        }
        if (raw == char.class || raw == Character.class) {
            if (o instanceof PyStr s && s.value().length() == 1) {
                return s.value().charAt(0);
            }
            throw Errors.typeError("expected a str of one character for Java char, got '%s'", o.type().name());
        }
        if (raw == byte[].class) {
            if (o instanceof PyBytes b) {
                return b.data().clone();
            }
            if (o instanceof PyByteArray b) {
                return b.toArray();
            }
        }
        return null;
    }

    private static long integer(PyObject o, Class<?> raw, long min, long max) {
        if (o instanceof PyFloat) {
            throw Errors.typeError("expected int for Java %s, got 'float'", raw.getName());
        }
        PyObject i = org.hotpy.core.ops.Protocols.index(o);
        if (i instanceof PyInt small && small.value >= min && small.value <= max) {
            return small.value;
        }
        throw Errors.of(org.hotpy.core.types.exception.ExceptionTypes.OVERFLOW_ERROR,
                "Python int too large to convert to Java %s", raw.getName());
    }

    private static double real(PyObject o, Class<?> raw) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyInt i) {
            return i.value;
        }
        if (o instanceof PyBigInt b) {
            return b.value.doubleValue();
        }
        throw Errors.typeError("expected float for Java %s, got '%s'", raw.getName(), o.type().name());
    }

    /** Lists, maps, sets, collections and arrays; null when {@code raw} is none of those. */
    private static Object container(Interop in, PyObject o, Class<?> raw, Type target) {
        if (o instanceof JavaObject j && raw.isInstance(j.target())) {
            return j.target();
        }
        if (raw == List.class || raw == Collection.class || raw == Iterable.class || raw == Map.class
                || raw == Set.class) {
            Object view = Conversions.containerView(in, o, typeArg(target, 0), typeArg(target, 1));
            if (view != null && raw.isInstance(view)) {
                return view;
            }
            throw Errors.typeError("cannot convert Python '%s' to Java %s", o.type().name(), raw.getName());
        }
        if (raw.isArray() && raw != byte[].class) {
            PyObject[] items = Iteration.toArray(o);
            Object arr = Array.newInstance(raw.getComponentType(), items.length);
            for (int i = 0; i < items.length; i++) {
                Array.set(arr, i, convert(in, items[i], raw.getComponentType()));
            }
            return arr;
        }
        return null;
    }

    /** {@code type.cast(v)}, where a primitive type ({@code int.class}) means its box. */
    @SuppressWarnings("unchecked")
    static <T> T cast(Class<T> type, Object v) {
        if (!type.isPrimitive()) {
            return type.cast(v);
        }
        return (T) java.lang.invoke.MethodType.methodType(type).wrap().returnType().cast(v);
    }

    static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (t instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    /** The {@code i}-th type argument of a parameterized type, or Object. */
    static Type typeArg(Type t, int i) {
        if (t instanceof ParameterizedType p && p.getActualTypeArguments().length > i) {
            return p.getActualTypeArguments()[i];
        }
        return Object.class;
    }
}
