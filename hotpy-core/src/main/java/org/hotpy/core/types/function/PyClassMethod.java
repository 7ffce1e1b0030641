package org.hotpy.core.types.function;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.model.Shape;
import org.hotpy.core.model.Instance;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Descriptors;
import org.hotpy.core.types.collection.PyDict;

/** {@code classmethod(f)}: binds {@code f} to the class through which it is reached. */
public class PyClassMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("classmethod", PyType.OBJECT, PyClassMethod.class,
            FunctionTypeDefs.CLASSMETHOD).withInstanceDict().withInstantiator(FunctionTypeDefs.CLASSMETHOD);

    public PyObject callable;
    PyDict dict;

    public PyClassMethod(PyObject callable) {
        this.callable = callable;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The wrapped callable; like CPython, a wrapper made by {@code __new__} alone cannot be used. */
    PyObject initialized() {
        if (callable == null) {
            throw Errors.runtimeError("uninitialized classmethod object");
        }
        return callable;
    }

    /** {@code __get__}: a method bound to {@code owner} (or the type of {@code instance}). */
    public PyObject bind(PyObject instance, PyObject owner) {
        PyObject cls = owner == null || owner == PyNone.NONE ? instance.type() : owner;
        PyObject callable = initialized();
        if (callable.type().lookup(org.hotpy.core.model.Slot.GET) != null && !(callable instanceof PyFunction)) {
            return Descriptors.get(callable, cls, cls.type());
        }
        return new PyBoundMethod(callable, cls);
    }

    static void define(TypeDef t) {
        t.newMethod("*args, **kwargs", (cls, a) -> cls == TYPE ? new PyClassMethod(null) : new Derived(cls));
        t.methodN("__init__", "function, /", (PyClassMethod s, PyObject[] a) -> {
            s.callable = a[0];
            Wrapping.copyAttributes(s.wrapperDict(), a[0]);
            return PyNone.NONE;
        });
        t.method2("__get__", "instance, owner=None, /", PyClassMethod::bind);
        t.getter("__func__", (PyClassMethod s) -> s.callable == null ? PyNone.NONE : s.callable);
        t.getter("__wrapped__", (PyClassMethod s) -> s.callable == null ? PyNone.NONE : s.callable);
        t.getter("__isabstractmethod__", (PyClassMethod s) -> s.callable == null ? PyBool.FALSE
                : Wrapping.isAbstract(s.callable));
        t.getset("__dict__", (PyClassMethod s) -> s.wrapperDict(), (PyClassMethod s, PyObject v) -> {
            if (!(v instanceof PyDict d)) {
                throw Errors.typeError("__dict__ must be set to a dictionary, not a '%s'", v.type().tpName());
            }
            s.dict = d;
        });
        t.method0("__repr__", (PyClassMethod s) -> org.hotpy.core.types.text.PyStr.of("<classmethod("
                + (s.callable == null ? "<NULL>" : org.hotpy.core.ops.Protocols.repr(s.callable).value()) + ")>"));
    }

    /** The wrapper's own {@code __dict__} (the wrapped function's copied attributes), made on first use. */
    public PyDict wrapperDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /** An instance of a Python subclass of classmethod (such as {@code abc.abstractclassmethod}). */
    public static final class Derived extends PyClassMethod implements Instance {
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
