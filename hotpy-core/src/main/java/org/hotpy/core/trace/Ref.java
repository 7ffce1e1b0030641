package org.hotpy.core.trace;

import org.hotpy.api.trace.ObjRef;
import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Shape;
import org.hotpy.core.types.collection.DictWatches;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.function.PyBuiltinFunction;
import org.hotpy.core.types.function.PyFunction;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/**
 * The core's {@link ObjRef}: a runtime object (a Python value, a type, a code object, a shape) seen
 * by the trace IR. Two refs are equal exactly when they wrap the same object, as the IR requires.
 */
final class Ref implements ObjRef {
    final Object obj;

    private Ref(Object obj) {
        this.obj = obj;
    }

    /** The ref of {@code obj}; Java {@code null} (an unbound slot) is {@link ObjRef#NULL}. */
    static ObjRef of(Object obj) {
        return obj == null ? ObjRef.NULL : new Ref(obj);
    }

    /** The object behind a core ref ({@code null} for {@link ObjRef#NULL}). */
    static Object unwrap(ObjRef r) {
        if (r == ObjRef.NULL) {
            return null;
        }
        if (r instanceof Ref ref) {
            return ref.obj;
        }
        throw new IllegalArgumentException("not a reference to a runtime object: @" + r.refName());
    }

    /** The object behind {@code r} if it is a core ref to an instance of {@code c}, else null. */
    static <T> T as(ObjRef r, Class<T> c) {
        return r instanceof Ref ref && c.isInstance(ref.obj) ? c.cast(ref.obj) : null;
    }

    @Override
    public String refName() {
        Object o = obj;
        if (o instanceof PyType t) {
            return t.name();
        } else if (o instanceof PyFunction f) {
            return f.qualname;
        } else if (o instanceof CodeObject c) {
            return c.qualname;
        } else if (o instanceof Shape s) {
            return "shape_" + s.type().name() + "_" + s.size();
        } else if (o instanceof PyBool b) {
            return b == PyBool.TRUE ? "True" : "False";
        } else if (o instanceof PyInt i && o.getClass() == PyInt.class) {
            return "int_" + i.value;
        } else if (o instanceof PyFloat f && o.getClass() == PyFloat.class) {
            return "float_" + f.value;
        } else if (o instanceof PyStr s && s.value().length() <= 20) {
            return "str_" + s.value();
        } else if (o instanceof PyBuiltinFunction b) {
            return b.name();
        } else if (o instanceof DictWatches.Binding w) {
            return w.toString();
        } else if (o instanceof PyDict) {
            return "dict";
        } else if (o instanceof PyObject p) {
            return p.type().name();
        }
        return o.getClass().getSimpleName();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ref r && r.obj == obj;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(obj);
    }

    @Override
    public String toString() {
        return "@" + refName();
    }
}
