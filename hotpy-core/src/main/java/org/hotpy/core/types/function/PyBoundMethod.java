package org.hotpy.core.types.function;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.JavaMethod;
import org.hotpy.core.model.PyNotImplemented;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Attr;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/** A function bound to an object ({@code method}): calling it passes {@code __self__} first. */
public final class PyBoundMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("method", PyType.OBJECT, PyBoundMethod.class,
            FunctionTypeDefs.BOUND_METHOD).notSubclassable();

    public final PyObject function;
    public final PyObject self;

    public PyBoundMethod(PyObject function, PyObject self) {
        this.function = function;
        this.self = self;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        PyObject[] full = new PyObject[args.length + 1];
        full[0] = self;
        System.arraycopy(args, 0, full, 1, args.length);
        return function.call(full, kwnames);
    }

    static void define(TypeDef t) {
        t.newMethod("function, instance, /", Fn.NEW);
        t.callable();
        t.constant("__getattribute__", org.hotpy.core.model.ObjectMethods.METHOD_GETATTRIBUTE);
        t.getter("__func__", Fn.FUNC);
        // CPython's method_getset: the function's docstring, not the method type's
        t.getter("__doc__", Fn.DOC);
        t.getter("__self__", Fn.SELF);
        t.method0("__repr__", Fn.REPR);
        t.binary("__eq__", Fn.EQ);
        t.method0("__hash__", Fn.HASH);
    }

    private static PyObject newBoundMethod(PyType cls, PyObject[] a) {
        if (org.hotpy.core.ops.Call.callableOrNull(a[0]) == null) {
            throw Errors.typeError("first argument must be callable");
        }
        return new PyBoundMethod(a[0], a[1]);
    }

    private static PyObject reprMethod(PyBoundMethod m) {
        PyObject name = Attr.getOrNull(m.function, "__qualname__");
        if (name == null) {
            name = Attr.getOrNull(m.function, "__name__");
        }
        String n = name instanceof PyStr s ? s.value() : "?";
        return PyStr.of("<bound method " + n + " of " + Protocols.repr(m.self).value() + ">");
    }

    /**
     * One constant per method and a switch per arity, not a lambda each: each lambda was linked
     * when a program first used the type (~0.25 ms apiece on JDK 17, with class-data sharing).
     */
    private enum Fn implements
            JavaMethod.M0<PyBoundMethod>, JavaMethod.M1<PyBoundMethod>, JavaMethod.MN<PyObject> {
        FUNC, DOC, SELF, REPR, HASH, EQ, NEW;

        @Override
        public PyObject call(PyBoundMethod self) {
            return switch (this) {
                case FUNC -> self.function;
                case DOC -> { PyObject doc = org.hotpy.core.ops.Attr.getOrNull(self.function, "__doc__"); yield doc == null ? org.hotpy.core.model.PyNone.NONE : doc; }
                case SELF -> self.self;
                case REPR -> reprMethod(self);
                case HASH -> PyInt.of(System.identityHashCode(self.self) ^ Protocols.hash(self.function));
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyBoundMethod self, PyObject a) {
            return switch (this) {
                case EQ -> a instanceof PyBoundMethod b ? PyBool.of(self.self == b.self && org.hotpy.core.ops.Compare.eq(self.function, b.function)) : PyNotImplemented.INSTANCE;
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyObject self, PyObject[] args) {
            return switch (this) {
                case NEW -> newBoundMethod(((PyType) self), args);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }
    }
}
