package org.hotpy.core.types.function;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.model.Shape;
import org.hotpy.core.model.Instance;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.types.collection.PyDict;

/** {@code staticmethod(f)}: returns {@code f} unchanged from {@code __get__}. */
public class PyStaticMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("staticmethod", PyType.OBJECT, PyStaticMethod.class,
            FunctionTypeDefs.STATICMETHOD).withInstanceDict().withInstantiator(FunctionTypeDefs.STATICMETHOD);

    public PyObject callable;
    PyDict dict;

    public PyStaticMethod(PyObject callable) {
        this.callable = callable;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The wrapped callable; like CPython, a wrapper made by {@code __new__} alone cannot be used. */
    PyObject initialized() {
        if (callable == null) {
            throw Errors.runtimeError("uninitialized staticmethod object");
        }
        return callable;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return initialized().call(args, kwnames);
    }

    static void define(TypeDef t) {
        t.newMethod("*args, **kwargs", (cls, a) -> cls == TYPE ? new PyStaticMethod(null) : new Derived(cls));
        t.methodN("__init__", "function, /", (PyStaticMethod s, PyObject[] a) -> {
            s.callable = a[0];
            Wrapping.copyAttributes(s.wrapperDict(), a[0]);
            return org.hotpy.core.model.PyNone.NONE;
        });
        t.method2("__get__", "instance, owner=None, /", (PyStaticMethod s, PyObject i, PyObject o) ->
                s.initialized());
        t.callable();
        t.getter("__func__", (PyStaticMethod s) -> s.callable == null ? PyNone.NONE : s.callable);
        t.getter("__wrapped__", (PyStaticMethod s) -> s.callable == null ? PyNone.NONE : s.callable);
        t.getter("__isabstractmethod__", (PyStaticMethod s) -> s.callable == null ? PyBool.FALSE
                : Wrapping.isAbstract(s.callable));
        t.getset("__dict__", (PyStaticMethod s) -> s.wrapperDict(), (PyStaticMethod s, PyObject v) -> {
            if (!(v instanceof PyDict d)) {
                throw Errors.typeError("__dict__ must be set to a dictionary, not a '%s'", v.type().tpName());
            }
            s.dict = d;
        });
        t.method0("__repr__", (PyStaticMethod s) -> org.hotpy.core.types.text.PyStr.of("<staticmethod("
                + (s.callable == null ? "<NULL>" : org.hotpy.core.ops.Protocols.repr(s.callable).value()) + ")>"));
    }

    /** The wrapper's own {@code __dict__} (the wrapped function's copied attributes), made on first use. */
    public PyDict wrapperDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /** An instance of a Python subclass of staticmethod (such as {@code abc.abstractstaticmethod}). */
    public static final class Derived extends PyStaticMethod implements Instance {
        private PyType type;
        private Shape shape;
        private PyObject[] values;
        private PyDict instanceDict;

        public Derived(PyType type) {
            super(null);
            this.type = type;
            this.shape = type.rootShape();
            this.values = new PyObject[type.expectedCapacity()];
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public void setType(PyType type) {
            this.type = type;
        }

        @Override
        public Shape shape() {
            return shape;
        }

        @Override
        public void setShape(Shape shape) {
            this.shape = shape;
        }

        @Override
        public PyObject[] values() {
            return values;
        }

        @Override
        public void setValues(PyObject[] values) {
            this.values = values;
        }

        @Override
        public PyDict dict() {
            return instanceDict;
        }

        @Override
        public void setDict(PyDict dict) {
            this.instanceDict = dict;
        }
    }
}
