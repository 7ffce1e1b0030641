package org.hotpy.core.builtins;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Slot;
import org.hotpy.core.model.UnionTypes;
import org.hotpy.core.ops.Attr;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.ops.ReprGuard;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.number.PyBool;

/** {@code isinstance} and {@code issubclass}, with {@code __instancecheck__}/{@code __subclasscheck__} hooks. */
public final class TypeChecks {
    private TypeChecks() {}

    public static PyObject isInstance(PyObject obj, PyObject cls) {
        return PyBool.of(instance(obj, cls));
    }

    public static boolean instance(PyObject obj, PyObject cls) {
        if (obj.type() == cls) {
            return true;
        }
        if (cls instanceof PyType t && t.type() == PyType.TYPE) {
            // the common case: a plain class, no metaclass hook
            return obj.type().isSubtypeOf(t) || viaClassAttribute(obj, t);
        }
        if (cls instanceof PyTuple tup) {
            for (PyObject c : tup.itemsUnsafe()) {
                if (instance(obj, c)) {
                    return true;
                }
            }
            return false;
        }
        if (cls instanceof UnionTypes.PyUnion u) {
            return instance(obj, u.args);
        }
        PyObject hook = cls.type().lookup(Slot.INSTANCECHECK);
        if (hook != null) {
            if (!ReprGuard.enter(cls)) {
                throw Errors.recursionError("maximum recursion depth exceeded in __instancecheck__");
            }
            try {
                return Protocols.isTrue(Call.callSpecial(hook, cls, obj));
            } finally {
                ReprGuard.exit(cls);
            }
        }
        if (cls instanceof PyType t) {
            return obj.type().isSubtypeOf(t);
        }
        throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    private static boolean viaClassAttribute(PyObject obj, PyType t) {
        if (obj instanceof org.hotpy.core.model.PyInstance) {
            return false;
        }
        PyObject c = Attr.getOrNull(obj, "__class__");
        return c instanceof PyType ct && ct != obj.type() && ct.isSubtypeOf(t);
    }

    public static boolean subclass(PyObject sub, PyObject cls) {
        if (cls instanceof PyType t && t.type() == PyType.TYPE) {
            if (!(sub instanceof PyType st)) {
                throw Errors.typeError("issubclass() arg 1 must be a class");
            }
            return st.isSubtypeOf(t);
        }
        if (cls instanceof PyTuple tup) {
            for (PyObject c : tup.itemsUnsafe()) {
                if (subclass(sub, c)) {
                    return true;
                }
            }
            return false;
        }
        if (cls instanceof UnionTypes.PyUnion u) {
            return subclass(sub, u.args);
        }
        PyObject hook = cls.type().lookup(Slot.SUBCLASSCHECK);
        if (hook != null) {
            return Protocols.isTrue(Call.callSpecial(hook, cls, sub));
        }
        if (!(cls instanceof PyType)) {
            throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        if (!(sub instanceof PyType st)) {
            throw Errors.typeError("issubclass() arg 1 must be a class");
        }
        return st.isSubtypeOf((PyType) cls);
    }
}
