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

    private static PyObject textSignature(PyObject self) {
        String sig = self instanceof PyMethodDescr d ? d.impl.spec().textSignature("$self")
                : ((PyClassMethodDescr) self).impl.spec().textSignature("$type");
        return sig == null ? PyNone.NONE : PyStr.of(sig);
    }

    static void defineMethodDescr(TypeDef t) {
        common(t);
        t.getter("__text_signature__", Fn.TEXT_SIGNATURE);
        t.callable();
        t.method2("__get__", "instance, owner=None, /", Fn.METHOD_GET);
    }

    static void defineClassMethodDescr(TypeDef t) {
        common(t);
        t.getter("__text_signature__", Fn.TEXT_SIGNATURE);
        t.callable();
        t.method2("__get__", "instance, owner=None, /", Fn.CLASSMETHOD_GET);
    }

    static void defineGetSetDescr(TypeDef t) {
        common(t);
        t.method2("__get__", "instance, owner=None, /", Fn.GETSET_GET);
        t.method2("__set__", "instance, value, /", Fn.GETSET_SET);
        t.method1("__delete__", "instance, /", Fn.GETSET_DELETE);
    }

    static void defineMemberDescr(TypeDef t) {
        common(t);
        t.method2("__get__", "instance, owner=None, /", Fn.MEMBER_GET);
        t.method2("__set__", "instance, value, /", Fn.MEMBER_SET);
        t.method1("__delete__", "instance, /", Fn.MEMBER_DELETE);
    }

    /**
     * One constant per method and a switch per arity, not a lambda each: each lambda was linked
     * when a program first used the type (~0.25 ms apiece on JDK 17, with class-data sharing).
     */
    private enum Fn implements JavaMethod.M0<PyObject>, JavaMethod.M1<PyObject>, JavaMethod.M2<PyObject> {
        OBJCLASS, QUALNAME, NAME, REPR, TEXT_SIGNATURE, GETSET_DELETE, MEMBER_DELETE, METHOD_GET, CLASSMETHOD_GET, GETSET_GET, GETSET_SET, MEMBER_GET, MEMBER_SET;

        @Override
        public PyObject call(PyObject self) {
            return switch (this) {
                case OBJCLASS -> ownerOf(self);
                case QUALNAME -> PyStr.of(ownerOf(self).name() + "." + nameOf(self));
                case NAME -> PyStr.of(nameOf(self));
                case REPR -> PyStr.of(self.toString());
                case TEXT_SIGNATURE -> textSignature(self);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyObject self, PyObject a) {
            return switch (this) {
                case GETSET_DELETE -> { ((PyGetSetDescr) self).set(a, null); yield PyNone.NONE; }
                case MEMBER_DELETE -> { ((PyMemberDescr) self).set(a, null); yield PyNone.NONE; }
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyObject self, PyObject a, PyObject b) {
            return switch (this) {
                case METHOD_GET -> a == PyNone.NONE ? ((PyMethodDescr) self) : ((PyMethodDescr) self).bind(a);
                case CLASSMETHOD_GET -> ((PyClassMethodDescr) self).bind(a, b instanceof PyType ty ? ty : null);
                case GETSET_GET -> a == PyNone.NONE ? ((PyGetSetDescr) self) : ((PyGetSetDescr) self).get(a);
                case GETSET_SET -> { ((PyGetSetDescr) self).set(a, b); yield PyNone.NONE; }
                case MEMBER_GET -> a == PyNone.NONE ? ((PyMemberDescr) self) : ((PyMemberDescr) self).get(a);
                case MEMBER_SET -> { ((PyMemberDescr) self).set(a, b); yield PyNone.NONE; }
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }
    }
}
