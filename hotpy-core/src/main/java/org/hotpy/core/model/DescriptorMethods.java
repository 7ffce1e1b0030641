package org.hotpy.core.model;

import org.hotpy.core.types.text.PyStr;

/** The Python-visible attributes of the builtin descriptor types. */
final class DescriptorMethods {
    private DescriptorMethods() {}

    private static PyType ownerOf(PyObject self) {
        if (self instanceof PyMethodDescr d) {
            return d.owner;
        }
        if (self instanceof PyClassMethodDescr d) {
            return d.owner;
        }
        if (self instanceof PyGetSetDescr d) {
            return d.owner;
        }
        return ((PyMemberDescr) self).owner;
    }

    private static void common(TypeDef t) {
        t.getter("__objclass__", (PyObject self) -> ownerOf(self));
        t.getter("__qualname__", (PyObject self) -> PyStr.of(ownerOf(self).name() + "." + nameOf(self)));
        t.getter("__name__", (PyObject self) -> PyStr.of(nameOf(self)));
        t.method0("__repr__", (PyObject self) -> PyStr.of(self.toString()));
    }

    private static String nameOf(PyObject self) {
        if (self instanceof PyMethodDescr d) {
            return d.name();
        }
        if (self instanceof PyClassMethodDescr d) {
            return d.name();
        }
        if (self instanceof PyGetSetDescr d) {
            return d.name();
        }
        return ((PyMemberDescr) self).name();
    }

    static void defineMethodDescr(TypeDef t) {
        common(t);
        t.callable();
        t.method2("__get__", "instance, owner=None, /", (PyMethodDescr d, PyObject obj, PyObject owner) ->
                obj == PyNone.NONE ? d : d.bind(obj));
    }

    static void defineClassMethodDescr(TypeDef t) {
        common(t);
        t.callable();
        t.method2("__get__", "instance, owner=None, /", (PyClassMethodDescr d, PyObject obj, PyObject owner) ->
                d.bind(obj, owner instanceof PyType ty ? ty : null));
    }

    static void defineGetSetDescr(TypeDef t) {
        common(t);
        t.method2("__get__", "instance, owner=None, /", (PyGetSetDescr d, PyObject obj, PyObject owner) ->
                obj == PyNone.NONE ? d : d.get(obj));
        t.method2("__set__", "instance, value, /", (PyGetSetDescr d, PyObject obj, PyObject value) -> {
            d.set(obj, value);
            return PyNone.NONE;
        });
        t.method1("__delete__", "instance, /", (PyGetSetDescr d, PyObject obj) -> {
            d.set(obj, null);
            return PyNone.NONE;
        });
    }

    static void defineMemberDescr(TypeDef t) {
        common(t);
        t.method2("__get__", "instance, owner=None, /", (PyMemberDescr d, PyObject obj, PyObject owner) ->
                obj == PyNone.NONE ? d : d.get(obj));
        t.method2("__set__", "instance, value, /", (PyMemberDescr d, PyObject obj, PyObject value) -> {
            d.set(obj, value);
            return PyNone.NONE;
        });
        t.method1("__delete__", "instance, /", (PyMemberDescr d, PyObject obj) -> {
            d.set(obj, null);
            return PyNone.NONE;
        });
    }
}
