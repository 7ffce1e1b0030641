package org.hotpy.core.model;

import org.hotpy.core.errors.Errors;

/**
 * A {@code __slots__} entry ({@code member_descriptor}): reads and writes a fixed position of
 * the instance's values array.
 */
public final class PyMemberDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin("member_descriptor", PyType.OBJECT,
            PyMemberDescr.class, ModelTypeDefs.MEMBER_DESCR);

    final PyType owner;
    final String name;
    final int index;

    PyMemberDescr(PyType owner, String name, int index) {
        this.owner = owner;
        this.name = name;
        this.index = index;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public String name() {
        return name;
    }

    public int index() {
        return index;
    }

    private Instance check(PyObject obj) {
        if (!(obj instanceof Instance inst) || !obj.type().isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    name, owner.name(), obj.type().tpName());
        }
        return inst;
    }

    public PyObject get(PyObject obj) {
        PyObject v = check(obj).values()[index];
        if (v == null) {
            throw Errors.attributeError(obj, name, "'%s' object has no attribute '%s'", obj.type().tpName(), name);
        }
        return v;
    }

    public void set(PyObject obj, PyObject value) {
        Instance inst = check(obj);
        if (value == null && inst.values()[index] == null) {
            throw Errors.attributeError(obj, name, "'%s' object has no attribute '%s'", obj.type().tpName(), name);
        }
        inst.values()[index] = value;
    }

    @Override
    public String toString() {
        return "<member '" + name + "' of '" + owner.name() + "' objects>";
    }
}
