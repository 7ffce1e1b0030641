package org.hotpy.core.ops;

import org.hotpy.core.model.PyClassMethodDescr;
import org.hotpy.core.model.PyGetSetDescr;
import org.hotpy.core.model.PyMemberDescr;
import org.hotpy.core.model.PyMethodDescr;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Slot;
import org.hotpy.core.types.function.PyBoundMethod;
import org.hotpy.core.types.function.PyBuiltinFunction;
import org.hotpy.core.types.function.PyClassMethod;
import org.hotpy.core.types.function.PyFunction;
import org.hotpy.core.types.function.PyProperty;
import org.hotpy.core.types.function.PyStaticMethod;

/**
 * The descriptor protocol: {@code __get__}, {@code __set__}, {@code __delete__}, with direct
 * paths for the descriptor classes the runtime itself defines and the generic special-method
 * path for everything else.
 */
public final class Descriptors {
    private Descriptors() {}

    /** Whether {@code attr} (found on a type) defines {@code __get__}. */
    public static boolean hasGet(PyObject attr) {
        if (attr instanceof PyFunction || attr instanceof PyMethodDescr || attr instanceof PyGetSetDescr
                || attr instanceof PyMemberDescr || attr instanceof PyProperty || attr instanceof PyClassMethod
                || attr instanceof PyStaticMethod || attr instanceof PyClassMethodDescr) {
            return true;
        }
        if (attr instanceof PyBuiltinFunction || attr instanceof PyType) {
            return false;
        }
        return attr.type().lookup(Slot.GET) != null;
    }

    /** Whether {@code attr} is a data descriptor (defines {@code __set__} or {@code __delete__}). */
    public static boolean isData(PyObject attr) {
        if (attr instanceof PyGetSetDescr || attr instanceof PyMemberDescr || attr instanceof PyProperty) {
            return true;
        }
        if (attr instanceof PyFunction || attr instanceof PyMethodDescr || attr instanceof PyBuiltinFunction
                || attr instanceof PyStaticMethod || attr instanceof PyClassMethod || attr instanceof PyType
                || attr instanceof PyClassMethodDescr) {
            return false;
        }
        PyType t = attr.type();
        if (t.isBuiltin() && t.lookup(Slot.GET) == null) {
            return false;
        }
        return t.lookup(Slot.SET) != null || t.lookup(Slot.DELETE) != null;
    }

    /** {@code attr.__get__(obj, type)} for an instance {@code obj}. */
    public static PyObject get(PyObject attr, PyObject obj, PyObject type) {
        if (attr instanceof PyFunction) {
            return new PyBoundMethod(attr, obj);
        }
        if (attr instanceof PyMethodDescr md) {
            return md.bind(obj);
        }
        if (attr instanceof PyGetSetDescr gs) {
            return gs.get(obj);
        }
        if (attr instanceof PyMemberDescr m) {
            return m.get(obj);
        }
        if (attr instanceof PyProperty p) {
            return p.get(obj);
        }
        if (attr instanceof PyStaticMethod s) {
            return s.callable;
        }
        if (attr instanceof PyClassMethod c) {
            return c.bind(obj, type);
        }
        if (attr instanceof PyClassMethodDescr c) {
            return c.bind(obj, type instanceof PyType t ? t : null);
        }
        PyObject g = attr.type().lookup(Slot.GET);
        if (g == null) {
            return attr;
        }
        return Call.callSpecial(g, attr, new PyObject[] {obj, type});
    }

    /** {@code attr.__get__(None, type)}: an attribute reached through the class itself. */
    public static PyObject getFromType(PyObject attr, PyType type) {
        if (attr instanceof PyFunction || attr instanceof PyMethodDescr || attr instanceof PyGetSetDescr
                || attr instanceof PyMemberDescr || attr instanceof PyProperty) {
            return attr;
        }
        if (attr instanceof PyStaticMethod s) {
            return s.callable;
        }
        if (attr instanceof PyClassMethod c) {
            return c.bind(type, type);
        }
        if (attr instanceof PyClassMethodDescr c) {
            return c.bind(type, type);
        }
        PyObject g = attr.type().lookup(Slot.GET);
        if (g == null) {
            return attr;
        }
        return Call.callSpecial(g, attr, new PyObject[] {PyNone.NONE, type});
    }

    /** {@code attr.__set__(obj, value)}, or {@code __delete__} when {@code value} is null. */
    public static void set(PyObject attr, PyObject obj, PyObject value) {
        if (attr instanceof PyGetSetDescr gs) {
            gs.set(obj, value);
            return;
        }
        if (attr instanceof PyMemberDescr m) {
            m.set(obj, value);
            return;
        }
        if (attr instanceof PyProperty p) {
            p.set(obj, value);
            return;
        }
        if (value == null) {
            PyObject d = attr.type().lookup(Slot.DELETE);
            if (d == null) {
                throw org.hotpy.core.errors.Errors.attributeError("__delete__");
            }
            Call.callSpecial(d, attr, obj);
        } else {
            PyObject s = attr.type().lookup(Slot.SET);
            if (s == null) {
                throw org.hotpy.core.errors.Errors.attributeError("__set__");
            }
            Call.callSpecial(s, attr, new PyObject[] {obj, value});
        }
    }
}
