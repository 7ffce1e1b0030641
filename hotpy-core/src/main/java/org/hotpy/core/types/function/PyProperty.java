package org.hotpy.core.types.function;

import org.hotpy.core.errors.Errors;
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
        t.newMethod("*args, **kwargs", (cls, a) -> cls == TYPE ? new PyProperty() : new Derived(cls));
        t.methodN("__init__", "fget=None, fset=None, fdel=None, doc=None", (PyProperty p, PyObject[] a) -> {
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
        });
        t.method2("__get__", "instance, owner=None, /", (PyProperty p, PyObject obj, PyObject owner) ->
                obj == PyNone.NONE ? p : p.get(obj));
        t.method2("__set__", "instance, value, /", (PyProperty p, PyObject obj, PyObject v) -> {
            p.set(obj, v);
            return PyNone.NONE;
        });
        t.method1("__delete__", "instance, /", (PyProperty p, PyObject obj) -> {
            p.set(obj, null);
            return PyNone.NONE;
        });
        t.method2("__set_name__", "owner, name, /", (PyProperty p, PyObject owner, PyObject n) -> {
            if (n instanceof PyStr s) {
                p.name = s.value();
            }
            return PyNone.NONE;
        });
        t.method1("getter", "fget, /", (PyProperty p, PyObject f) -> p.copyWith(f, p.fset, p.fdel));
        t.method1("setter", "fset, /", (PyProperty p, PyObject f) -> p.copyWith(p.fget, f, p.fdel));
        t.method1("deleter", "fdel, /", (PyProperty p, PyObject f) -> p.copyWith(p.fget, p.fset, f));
        t.getter("fget", (PyProperty p) -> p.fget);
        t.getter("fset", (PyProperty p) -> p.fset);
        t.getter("fdel", (PyProperty p) -> p.fdel);
        t.getset("__doc__", (PyProperty p) -> p.doc, (PyProperty p, PyObject v) -> p.doc = v == null ? PyNone.NONE : v);
        t.getter("__isabstractmethod__", (PyProperty p) -> {
            for (PyObject f : new PyObject[] {p.fget, p.fset, p.fdel}) {
                PyObject v = f == PyNone.NONE ? null : Attr.getOrNull(f, "__isabstractmethod__");
                if (v != null && Protocols.isTrue(v)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
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
}
