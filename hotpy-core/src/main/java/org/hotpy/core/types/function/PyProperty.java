package org.hotpy.core.types.function;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.JavaMethod;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Attr;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.text.PyStr;

/** {@code property(fget, fset, fdel, doc)}: a data descriptor calling Python accessors. */
public class PyProperty extends PyObject {
    public static final PyType TYPE = PyType.builtin("property", PyType.OBJECT, PyProperty.class,
            FunctionTypeDefs.PROPERTY)
            .withInstantiator(FunctionTypeDefs.PROPERTY);

    PyObject fget = PyNone.NONE;
    PyObject fset = PyNone.NONE;
    PyObject fdel = PyNone.NONE;
    PyObject doc = PyNone.NONE;
    String name;

    @Override
    public PyType type() {
        return TYPE;
    }

    private String describe(PyObject obj) {
        String n = name != null ? "'" + name + "' " : "";
        return "property " + n + "of '" + obj.type().tpName() + "' object";
    }

    public PyObject get(PyObject obj) {
        if (fget == PyNone.NONE) {
            throw Errors.attributeError(describe(obj) + " has no getter");
        }
        return Call.call(fget, obj);
    }

    public void set(PyObject obj, PyObject value) {
        if (value == null) {
            if (fdel == PyNone.NONE) {
                throw Errors.attributeError(describe(obj) + " has no deleter");
            }
            Call.call(fdel, obj);
            return;
        }
        if (fset == PyNone.NONE) {
            throw Errors.attributeError(describe(obj) + " has no setter");
        }
        Call.call(fset, obj, value);
    }

    private PyProperty copyWith(PyObject get, PyObject set, PyObject del) {
        PyType t = type();
        PyObject doc2 = doc;
        PyObject r = Call.call(t, get, set, del);
        if (r instanceof PyProperty p) {
            if (doc2 != PyNone.NONE && fget != PyNone.NONE && get != fget) {
                p.doc = doc2;
            }
            p.name = name;
            return p;
        }
        throw Errors.typeError("property subclass returned a non-property");
    }

    static void define(TypeDef t) {
        t.newMethod("*args, **kwargs", Fn.NEW);
        t.methodN("__init__", "fget=None, fset=None, fdel=None, doc=None", Fn.INIT);
        t.textSignature("fget=None, fset=None, fdel=None, doc=None");
        t.method2("__get__", "instance, owner=None, /", Fn.GET);
        t.method2("__set__", "instance, value, /", Fn.SET);
        t.method1("__delete__", "instance, /", Fn.DELETE);
        t.method2("__set_name__", "owner, name, /", Fn.SET_NAME);
        t.method1("getter", "fget, /", Fn.GETTER);
        t.method1("setter", "fset, /", Fn.SETTER);
        t.method1("deleter", "fdel, /", Fn.DELETER);
        t.getter("fget", Fn.FGET);
        t.getter("fset", Fn.FSET);
        t.getter("fdel", Fn.FDEL);
        t.getset("__doc__", Fn.DOC, Fn.DOC);
        t.getter("__isabstractmethod__", Fn.ISABSTRACTMETHOD);
    }

    /** An instance of a Python subclass of property. */
    public static final class Derived extends PyProperty implements org.hotpy.core.model.Instance {
        private PyType type;
        private org.hotpy.core.model.Shape shape;
        private PyObject[] values;
        private org.hotpy.core.types.collection.PyDict dict;

        public Derived(PyType type) {
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
        public org.hotpy.core.model.Shape shape() {
            return shape;
        }

        @Override
        public void setShape(org.hotpy.core.model.Shape shape) {
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
        public org.hotpy.core.types.collection.PyDict dict() {
            return dict;
        }

        @Override
        public void setDict(org.hotpy.core.types.collection.PyDict dict) {
            this.dict = dict;
        }
    }

    private static PyObject init(PyProperty p, PyObject[] a) {
        p.fget = a[0];
        p.fset = a[1];
        p.fdel = a[2];
        p.doc = a[3];
        if (p.doc == PyNone.NONE && p.fget != PyNone.NONE) {
            PyObject d = Attr.getOrNull(p.fget, "__doc__");
            if (d != null) {
                p.doc = d;
            }
        }
        return PyNone.NONE;
    }

    private static PyObject setName(PyProperty p, PyObject owner, PyObject n) {
        if (n instanceof PyStr s) {
            p.name = s.value();
        }
        return PyNone.NONE;
    }

    private static PyObject isabstractmethod(PyProperty p) {
        for (PyObject f : new PyObject[] {p.fget, p.fset, p.fdel}) {
            PyObject v = f == PyNone.NONE ? null : Attr.getOrNull(f, "__isabstractmethod__");
            if (v != null && Protocols.isTrue(v)) {
                return PyBool.TRUE;
            }
        }
        return PyBool.FALSE;
    }

    /**
     * One constant per method and a switch per arity, not a lambda each: each lambda was linked
     * when a program first used the type (~0.25 ms apiece on JDK 17, with class-data sharing).
     */
    private enum Fn implements
            JavaMethod.M0<PyProperty>, JavaMethod.M1<PyProperty>, JavaMethod.M2<PyProperty>,
            JavaMethod.MN<PyObject>, JavaMethod.Setter<PyProperty> {
        FGET, FSET, FDEL, DOC, ISABSTRACTMETHOD, DELETE, GETTER, SETTER, DELETER, GET, SET, SET_NAME, NEW,
        INIT;

        @Override
        public PyObject call(PyProperty self) {
            return switch (this) {
                case FGET -> self.fget;
                case FSET -> self.fset;
                case FDEL -> self.fdel;
                case DOC -> self.doc;
                case ISABSTRACTMETHOD -> isabstractmethod(self);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyProperty self, PyObject a) {
            return switch (this) {
                case DELETE -> { self.set(a, null); yield PyNone.NONE; }
                case GETTER -> self.copyWith(a, self.fset, self.fdel);
                case SETTER -> self.copyWith(self.fget, a, self.fdel);
                case DELETER -> self.copyWith(self.fget, self.fset, a);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyProperty self, PyObject a, PyObject b) {
            return switch (this) {
                case GET -> a == PyNone.NONE ? self : self.get(a);
                case SET -> { self.set(a, b); yield PyNone.NONE; }
                case SET_NAME -> setName(self, a, b);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyObject self, PyObject[] args) {
            return switch (this) {
                case NEW -> ((PyType) self) == TYPE ? new PyProperty() : new Derived(((PyType) self));
                case INIT -> init(((PyProperty) self), args);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public void set(PyProperty self, PyObject value) {
            switch (this) {
                case DOC -> self.doc = value == null ? PyNone.NONE : value;
                default -> throw new IllegalStateException(name() + " has no setter");
            }
        }
    }
}
