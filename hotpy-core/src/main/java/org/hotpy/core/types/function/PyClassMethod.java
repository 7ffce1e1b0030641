package org.hotpy.core.types.function;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Descriptors;
import org.hotpy.core.types.collection.PyDict;

/** {@code classmethod(f)}: binds {@code f} to the class through which it is reached. */
public final class PyClassMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("classmethod", PyType.OBJECT, PyClassMethod.class,
            PyClassMethod::define).withInstanceDict().withInstantiator(PyClassMethod::ofType);

    public PyObject callable;
    PyDict dict;

    public PyClassMethod(PyObject callable) {
        this.callable = callable;
    }

    /** The Python class: this builtin, or a Python subclass (instances keep their attributes in the dict). */
    private PyType type = TYPE;

    @Override
    public PyType type() {
        return type;
    }

    static PyClassMethod ofType(PyType cls) {
        PyClassMethod s = new PyClassMethod(null);
        s.type = cls;
        return s;
    }

    /** {@code __get__}: a method bound to {@code owner} (or the type of {@code instance}). */
    public PyObject bind(PyObject instance, PyObject owner) {
        PyObject cls = owner == null || owner == PyNone.NONE ? instance.type() : owner;
        if (callable.type().lookup(org.hotpy.core.model.Slot.GET) != null && !(callable instanceof PyFunction)) {
            return Descriptors.get(callable, cls, cls.type());
        }
        return new PyBoundMethod(callable, cls);
    }

    private static void define(TypeDef t) {
        t.newMethod("*args, **kwargs", (cls, a) -> ofType(cls));
        t.methodN("__init__", "function, /", (PyClassMethod s, PyObject[] a) -> {
            s.callable = a[0];
            Wrapping.copyAttributes(s.dict(), a[0]);
            return PyNone.NONE;
        });
        t.method2("__get__", "instance, owner=None, /", PyClassMethod::bind);
        t.getter("__func__", (PyClassMethod s) -> s.callable);
        t.getter("__wrapped__", (PyClassMethod s) -> s.callable);
        t.getter("__isabstractmethod__", (PyClassMethod s) -> Wrapping.isAbstract(s.callable));
        t.getset("__dict__", (PyClassMethod s) -> s.dict(), (PyClassMethod s, PyObject v) -> {
            if (!(v instanceof PyDict d)) {
                throw Errors.typeError("__dict__ must be set to a dictionary, not a '%s'", v.type().name());
            }
            s.dict = d;
        });
        t.method0("__repr__", (PyClassMethod s) -> org.hotpy.core.types.text.PyStr.of("<classmethod("
                + org.hotpy.core.ops.Protocols.repr(s.callable).value() + ")>"));
    }

    public PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }
}
