package org.hotpy.core.types.function;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.model.JavaMethod;
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
        t.newMethod("*args, **kwargs", Fn.NEW);
        t.methodN("__init__", "function, /", Fn.INIT);
        t.method2("__get__", "instance, owner=None, /", Fn.GET);
        t.getter("__func__", Fn.FUNC);
        t.getter("__wrapped__", Fn.WRAPPED);
        t.getter("__isabstractmethod__", Fn.ISABSTRACTMETHOD);
        t.getset("__dict__", Fn.DICT, Fn.DICT);
        t.method0("__repr__", Fn.REPR);
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

    private static void setDictValue(PyClassMethod s, PyObject v) {
        if (!(v instanceof PyDict d)) {
            throw Errors.typeError("__dict__ must be set to a dictionary, not a '%s'", v.type().tpName());
        }
        s.dict = d;
    }

    /**
     * One constant per method and a switch per arity, not a lambda each: each lambda was linked
     * when a program first used the type (~0.25 ms apiece on JDK 17, with class-data sharing).
     */
    private enum Fn implements
            JavaMethod.M0<PyClassMethod>, JavaMethod.M2<PyClassMethod>, JavaMethod.MN<PyObject>,
            JavaMethod.Setter<PyClassMethod> {
        FUNC, WRAPPED, ISABSTRACTMETHOD, DICT, REPR, GET, NEW, INIT;

        @Override
        public PyObject call(PyClassMethod self) {
            return switch (this) {
                case FUNC -> self.callable == null ? PyNone.NONE : self.callable;
                case WRAPPED -> self.callable == null ? PyNone.NONE : self.callable;
                case ISABSTRACTMETHOD -> self.callable == null ? PyBool.FALSE : Wrapping.isAbstract(self.callable);
                case DICT -> self.wrapperDict();
                case REPR -> org.hotpy.core.types.text.PyStr.of("<classmethod(" + (self.callable == null ? "<NULL>" : org.hotpy.core.ops.Protocols.repr(self.callable).value()) + ")>");
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyClassMethod self, PyObject a, PyObject b) {
            return switch (this) {
                case GET -> self.bind(a, b);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyObject self, PyObject[] args) {
            return switch (this) {
                case NEW -> ((PyType) self) == TYPE ? new PyClassMethod(null) : new Derived(((PyType) self));
                case INIT -> { ((PyClassMethod) self).callable = args[0]; Wrapping.copyAttributes(((PyClassMethod) self).wrapperDict(), args[0]); yield PyNone.NONE; }
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public void set(PyClassMethod self, PyObject value) {
            switch (this) {
                case DICT -> setDictValue(self, value);
                default -> throw new IllegalStateException(name() + " has no setter");
            }
        }
    }
}
