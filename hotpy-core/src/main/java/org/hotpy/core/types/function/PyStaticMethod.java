package org.hotpy.core.types.function;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.types.collection.PyDict;

/** {@code staticmethod(f)}: returns {@code f} unchanged from {@code __get__}. */
public final class PyStaticMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("staticmethod", PyType.OBJECT, PyStaticMethod.class,
            PyStaticMethod::define).withInstanceDict().withInstantiator(PyStaticMethod::ofType);

    public PyObject callable;
    PyDict dict;

    public PyStaticMethod(PyObject callable) {
        this.callable = callable;
    }

    /** The Python class: this builtin, or a Python subclass (instances keep their attributes in the dict). */
    private PyType type = TYPE;

    @Override
    public PyType type() {
        return type;
    }

    static PyStaticMethod ofType(PyType cls) {
        PyStaticMethod s = new PyStaticMethod(null);
        s.type = cls;
        return s;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return callable.call(args, kwnames);
    }

    private static void define(TypeDef t) {
        t.newMethod("*args, **kwargs", (cls, a) -> ofType(cls));
        t.methodN("__init__", "function, /", (PyStaticMethod s, PyObject[] a) -> {
            s.callable = a[0];
            Wrapping.copyAttributes(s.dict(), a[0]);
            return org.hotpy.core.model.PyNone.NONE;
        });
        t.method2("__get__", "instance, owner=None, /", (PyStaticMethod s, PyObject i, PyObject o) -> s.callable);
        t.callable();
        t.getter("__func__", (PyStaticMethod s) -> s.callable);
        t.getter("__wrapped__", (PyStaticMethod s) -> s.callable);
        t.getter("__isabstractmethod__", (PyStaticMethod s) -> Wrapping.isAbstract(s.callable));
        t.getset("__dict__", (PyStaticMethod s) -> s.dict(), (PyStaticMethod s, PyObject v) -> {
            if (!(v instanceof PyDict d)) {
                throw Errors.typeError("__dict__ must be set to a dictionary, not a '%s'", v.type().name());
            }
            s.dict = d;
        });
        t.method0("__repr__", (PyStaticMethod s) -> org.hotpy.core.types.text.PyStr.of("<staticmethod("
                + org.hotpy.core.ops.Protocols.repr(s.callable).value() + ")>"));
    }

    public PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }
}
