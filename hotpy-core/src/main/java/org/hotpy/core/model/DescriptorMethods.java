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
        t.getter("__objclass__", Fn.OBJCLASS);
        t.getter("__qualname__", Fn.QUALNAME);
        t.getter("__name__", Fn.NAME);
        t.method0("__repr__", Fn.REPR);
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
        t.method2("__get__", "instance, owner=None, /", Fn.GET);
    }

    static void defineClassMethodDescr(TypeDef t) {
        common(t);
        t.callable();
        t.method2("__get__", "instance, owner=None, /", Fn.GET_2);
    }

    static void defineGetSetDescr(TypeDef t) {
        common(t);
        t.method2("__get__", "instance, owner=None, /", Fn.GET_3);
        t.method2("__set__", "instance, value, /", Fn.SET);
        t.method1("__delete__", "instance, /", Fn.DELETE);
    }

    static void defineMemberDescr(TypeDef t) {
        common(t);
        t.method2("__get__", "instance, owner=None, /", Fn.GET_4);
        t.method2("__set__", "instance, value, /", Fn.SET_2);
        t.method1("__delete__", "instance, /", Fn.DELETE_2);
    }

    /**
     * One constant per method and a switch per arity, not a lambda each: each lambda was linked
     * when a program first used the type (~0.25 ms apiece on JDK 17, with class-data sharing).
     */
    private enum Fn implements JavaMethod.M0<PyObject>, JavaMethod.M1<PyObject>, JavaMethod.M2<PyObject> {
        OBJCLASS, QUALNAME, NAME, REPR, DELETE, DELETE_2, GET, GET_2, GET_3, SET, GET_4, SET_2;

        @Override
        public PyObject call(PyObject self) {
            return switch (this) {
                case OBJCLASS -> ownerOf(self);
                case QUALNAME -> PyStr.of(ownerOf(self).name() + "." + nameOf(self));
                case NAME -> PyStr.of(nameOf(self));
                case REPR -> PyStr.of(self.toString());
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyObject self, PyObject a) {
            return switch (this) {
                case DELETE -> { ((PyGetSetDescr) self).set(a, null); yield PyNone.NONE; }
                case DELETE_2 -> { ((PyMemberDescr) self).set(a, null); yield PyNone.NONE; }
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyObject self, PyObject a, PyObject b) {
            return switch (this) {
                case GET -> a == PyNone.NONE ? ((PyMethodDescr) self) : ((PyMethodDescr) self).bind(a);
                case GET_2 -> ((PyClassMethodDescr) self).bind(a, b instanceof PyType ty ? ty : null);
                case GET_3 -> a == PyNone.NONE ? ((PyGetSetDescr) self) : ((PyGetSetDescr) self).get(a);
                case SET -> { ((PyGetSetDescr) self).set(a, b); yield PyNone.NONE; }
                case GET_4 -> a == PyNone.NONE ? ((PyMemberDescr) self) : ((PyMemberDescr) self).get(a);
                case SET_2 -> { ((PyMemberDescr) self).set(a, b); yield PyNone.NONE; }
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }
    }
}
