package org.hotpy.core.types.function;

import org.hotpy.core.errors.Errors;
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
        t.newMethod("function, instance, /", (cls, a) -> {
            if (org.hotpy.core.ops.Call.callableOrNull(a[0]) == null) {
                throw Errors.typeError("first argument must be callable");
            }
            return new PyBoundMethod(a[0], a[1]);
        });
        t.callable();
        t.constant("__getattribute__", org.hotpy.core.model.ObjectMethods.METHOD_GETATTRIBUTE);
        t.getter("__func__", (PyBoundMethod m) -> m.function);
        // CPython's method_getset: the function's docstring, not the method type's
        t.getter("__doc__", (PyBoundMethod m) -> {
            PyObject doc = org.hotpy.core.ops.Attr.getOrNull(m.function, "__doc__");
            return doc == null ? org.hotpy.core.model.PyNone.NONE : doc;
        });
        t.getter("__self__", (PyBoundMethod m) -> m.self);
        t.method0("__repr__", (PyBoundMethod m) -> {
            PyObject name = Attr.getOrNull(m.function, "__qualname__");
            if (name == null) {
                name = Attr.getOrNull(m.function, "__name__");
            }
            String n = name instanceof PyStr s ? s.value() : "?";
            return PyStr.of("<bound method " + n + " of " + Protocols.repr(m.self).value() + ">");
        });
        t.binary("__eq__", (PyBoundMethod m, PyObject o) -> o instanceof PyBoundMethod b
                ? PyBool.of(m.self == b.self && org.hotpy.core.ops.Compare.eq(m.function, b.function))
                : PyNotImplemented.INSTANCE);
        t.method0("__hash__", (PyBoundMethod m) -> PyInt.of(System.identityHashCode(m.self) ^ Protocols.hash(m.function)));
    }
}
