package org.hotpy.core.model;

import org.hotpy.core.errors.Errors;

/**
 * A computed attribute of a builtin type ({@code getset_descriptor}, e.g. {@code int.real},
 * {@code function.__name__}). A data descriptor: it wins over the instance dict.
 */
public final class PyGetSetDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin("getset_descriptor", PyType.OBJECT,
            PyGetSetDescr.class, ModelTypeDefs.GETSET_DESCR);

    final PyType owner;
    final String name;
    @SuppressWarnings("rawtypes") final JavaMethod.M0 getter;
    @SuppressWarnings("rawtypes") final JavaMethod.Setter setter;

    @SuppressWarnings("rawtypes")
    PyGetSetDescr(PyType owner, String name, JavaMethod.M0 getter, JavaMethod.Setter setter) {
        this.owner = owner;
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public String name() {
        return name;
    }

    private void check(PyObject obj) {
        if (!obj.type().isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    name, owner.name(), obj.type().tpName());
        }
    }

    @SuppressWarnings("unchecked")
    public PyObject get(PyObject obj) {
        check(obj);
        return getter.call(obj);
    }

    @SuppressWarnings("unchecked")
    public void set(PyObject obj, PyObject value) {
        check(obj);
        if (setter == null) {
            if (value == null) {
                throw Errors.attributeError("attribute '%s' of '%s' objects is not writable", name, owner.name());
            }
            throw Errors.attributeError("attribute '%s' of '%s' objects is not writable", name, owner.name());
        }
        setter.set(obj, value);
    }

    @Override
    public String toString() {
        return "<attribute '" + name + "' of '" + owner.name() + "' objects>";
    }
}
