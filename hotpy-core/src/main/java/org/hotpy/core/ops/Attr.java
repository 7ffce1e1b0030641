package org.hotpy.core.ops;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.model.HasDict;
import org.hotpy.core.model.Instance;
import org.hotpy.core.model.InstanceAttrs;
import org.hotpy.core.model.ObjectMethods;
import org.hotpy.core.model.PyMethodDescr;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Slot;
import org.hotpy.core.model.TypeMethods;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.exception.ExceptionTypes;
import org.hotpy.core.types.function.PyBoundMethod;
import org.hotpy.core.types.function.PyFunction;
import org.hotpy.core.types.text.PyStr;

/**
 * Attribute access: {@code getattr}, {@code setattr}, {@code delattr} with Python's lookup
 * order (data descriptors on the type, then the instance, then other class attributes, then
 * {@code __getattr__}). The default {@code object.__getattribute__} and
 * {@code type.__getattribute__} run inline instead of through a call.
 */
public final class Attr {
    private Attr() {}

    /** {@code getattr(obj, name)}: raises AttributeError when absent. */
    public static PyObject get(PyObject obj, String name) {
        PyObject r = find(obj, name);
        if (r != null) {
            return r;
        }
        throw missing(obj, name);
    }

    /** {@code getattr(obj, name, None)}-like: null when absent (AttributeError is absorbed). */
    public static PyObject getOrNull(PyObject obj, String name) {
        try {
            return find(obj, name);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    /** Lookup without raising for a plain miss; errors raised by descriptors propagate. */
    private static PyObject find(PyObject obj, String name) {
        PyType t = obj.type();
        PyObject ga = t.lookup(Slot.GETATTRIBUTE);
        PyObject r;
        if (ga == ObjectMethods.GETATTRIBUTE) {
            r = genericGet(obj, name);
        } else if (ga == TypeMethods.GETATTRIBUTE) {
            r = typeGet((PyType) obj, name);
        } else if (obj instanceof org.hotpy.core.types.function.PySuper sup && t == org.hotpy.core.types.function.PySuper.TYPE) {
            r = sup.lookup(name);
        } else if (obj instanceof PyBoundMethod m && ga == ObjectMethods.METHOD_GETATTRIBUTE) {
            r = genericGet(obj, name);
            if (r == null) {
                r = find(m.function, name);
            }
        } else {
            try {
                return Call.callSpecial(ga, obj, PyStr.of(name));
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.ATTRIBUTE_ERROR) || t.lookup(Slot.GETATTR) == null) {
                    throw e;
                }
                r = null;
            }
        }
        if (r != null) {
            return r;
        }
        PyObject getattr = t.lookup(Slot.GETATTR);
        if (getattr != null) {
            return Call.callSpecial(getattr, obj, PyStr.of(name));
        }
        if (obj instanceof PyModule m) {
            PyObject modGetattr = m.dict().getStr("__getattr__");
            if (modGetattr != null) {
                return Call.call(modGetattr, PyStr.of(name));
            }
        }
        return null;
    }

    /** The AttributeError for a missing attribute, with CPython's wording per kind of object. */
    public static PyException missing(PyObject obj, String name) {
        if (obj instanceof PyType t) {
            return Errors.attributeError(obj, name, "type object '%s' has no attribute '%s'", t.name(), name);
        }
        if (obj instanceof PyModule m) {
            return Errors.attributeError(obj, name, "module '%s' has no attribute '%s'", m.name(), name);
        }
        return Errors.noAttribute(obj, name);
    }

    /** {@code object.__getattribute__}: null when the attribute does not exist. */
    public static PyObject genericGet(PyObject obj, String name) {
        PyType t = obj.type();
        PyObject descr = t.lookup(name);
        if (descr != null && Descriptors.isData(descr)) {
            return Descriptors.get(descr, obj, t);
        }
        if (obj instanceof Instance inst) {
            PyObject v = InstanceAttrs.get(inst, name);
            if (v != null) {
                return v;
            }
        } else if (obj instanceof HasDict hd) {
            PyObject v = hd.getDict().getStr(name);
            if (v != null) {
                return v;
            }
        }
        if (descr != null) {
            return Descriptors.hasGet(descr) ? Descriptors.get(descr, obj, t) : descr;
        }
        return null;
    }

    /** {@code type.__getattribute__}: metatype data descriptors, then the MRO, then the metatype. */
    public static PyObject typeGet(PyType type, String name) {
        PyType meta = type.type();
        PyObject metaAttr = meta.lookup(name);
        if (metaAttr != null && Descriptors.isData(metaAttr)) {
            return Descriptors.get(metaAttr, type, meta);
        }
        PyObject attr = type.lookup(name);
        if (attr != null) {
            return Descriptors.hasGet(attr) ? Descriptors.getFromType(attr, type) : attr;
        }
        if (metaAttr != null) {
            return Descriptors.hasGet(metaAttr) ? Descriptors.get(metaAttr, type, meta) : metaAttr;
        }
        return null;
    }

    /** {@code setattr(obj, name, value)}. */
    public static void set(PyObject obj, String name, PyObject value) {
        PyType t = obj.type();
        PyObject sa = t.lookup(Slot.SETATTR);
        if (sa == ObjectMethods.SETATTR) {
            genericSet(obj, name, value);
        } else if (sa == TypeMethods.SETATTR) {
            typeSet((PyType) obj, name, value);
        } else {
            Call.callSpecial(sa, obj, new PyObject[] {PyStr.of(name), value});
        }
    }

    /** {@code delattr(obj, name)}. */
    public static void delete(PyObject obj, String name) {
        PyType t = obj.type();
        PyObject da = t.lookup(Slot.DELATTR);
        if (da == ObjectMethods.DELATTR) {
            genericSet(obj, name, null);
        } else if (da == TypeMethods.DELATTR) {
            typeSet((PyType) obj, name, null);
        } else {
            Call.callSpecial(da, obj, PyStr.of(name));
        }
    }

    /** {@code object.__setattr__} / {@code __delattr__} (value null). */
    public static void genericSet(PyObject obj, String name, PyObject value) {
        PyType t = obj.type();
        PyObject descr = t.lookup(name);
        if (descr != null && Descriptors.isData(descr)) {
            Descriptors.set(descr, obj, value);
            return;
        }
        if (obj instanceof Instance inst && (t.hasInstanceDict() || inst.dict() != null)) {
            if (value != null) {
                InstanceAttrs.set(inst, name, value);
            } else if (!InstanceAttrs.delete(inst, name)) {
                throw Errors.noAttribute(obj, name);
            }
            return;
        }
        if (obj instanceof HasDict hd) {
            PyDict d = hd.getDict();
            if (value != null) {
                d.put(PyStr.of(name), value);
            } else if (d.remove(PyStr.of(name)) == null) {
                throw missing(obj, name);
            }
            return;
        }
        if (descr != null && !(obj instanceof Instance)) {
            throw Errors.attributeError(obj, name, "'%s' object attribute '%s' is read-only", t.name(), name);
        }
        throw Errors.noAttribute(obj, name);
    }

    /** {@code type.__setattr__}: builtin types are immutable; others bump their version tag. */
    public static void typeSet(PyType type, String name, PyObject value) {
        PyType meta = type.type();
        PyObject metaAttr = meta.lookup(name);
        if (metaAttr != null && Descriptors.isData(metaAttr)) {
            Descriptors.set(metaAttr, type, value);
            return;
        }
        if (type.isBuiltin()) {
            throw Errors.typeError("cannot set '%s' attribute of immutable type '%s'", name, type.name());
        }
        if (value == null && !type.dict().containsKey(name)) {
            throw missing(type, name);
        }
        type.setAttribute(name, value);
    }

    /**
     * The method-call fast path (LOAD_METHOD): {callable, self} when {@code name} is a plain
     * function or method descriptor on the type not shadowed by the instance, so the caller can
     * pass {@code self} without creating a bound method; otherwise {attribute, null}.
     */
    public static PyObject[] getMethod(PyObject obj, String name) {
        PyType t = obj.type();
        if (t.lookup(Slot.GETATTRIBUTE) == ObjectMethods.GETATTRIBUTE) {
            PyObject descr = t.lookup(name);
            if (descr instanceof PyFunction || descr instanceof PyMethodDescr) {
                boolean shadowed = false;
                if (obj instanceof Instance inst) {
                    shadowed = InstanceAttrs.get(inst, name) != null;
                } else if (obj instanceof HasDict hd) {
                    shadowed = hd.getDict().getStr(name) != null;
                }
                if (!shadowed) {
                    return new PyObject[] {descr, obj};
                }
            }
        }
        return new PyObject[] {get(obj, name), null};
    }

    /**
     * A special method looked up on the type and bound to {@code obj} (CPython's
     * _PyObject_LookupSpecial), or null when the type does not define it.
     */
    public static PyObject lookupSpecial(PyObject obj, String name) {
        PyType t = obj.type();
        PyObject descr = t.lookup(name);
        if (descr == null) {
            return null;
        }
        return Descriptors.hasGet(descr) ? Descriptors.get(descr, obj, t) : descr;
    }

    /** A class attribute of {@code type} as seen through the class (for {@code __class_getitem__}). */
    public static PyObject lookupSpecialOnType(PyType type, String name) {
        PyObject attr = type.lookup(name);
        if (attr == null) {
            return null;
        }
        return Descriptors.hasGet(attr) ? Descriptors.getFromType(attr, type) : attr;
    }
}
