package org.hotpy.core.model;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.types.function.PyBuiltinFunction;

/**
 * A class method of a builtin type implemented in Java ({@code classmethod_descriptor}, e.g.
 * {@code dict.fromkeys}): binds to the type through which it is reached.
 */
public final class PyClassMethodDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin("classmethod_descriptor", PyType.OBJECT,
            PyClassMethodDescr.class, ModelTypeDefs.CLASSMETHOD_DESCR);

    final PyType owner;
    final JavaMethod.Impl impl;

    PyClassMethodDescr(PyType owner, JavaMethod.Impl impl) {
        this.owner = owner;
        this.impl = impl;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public String name() {
        return impl.name();
    }

    /** Binds to {@code type} (or the type of {@code obj}). */
    public PyObject bind(PyObject obj, PyType type) {
        PyType t = type != null ? type : obj.type();
        if (!t.isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '%s' for type '%s' needs a subtype of '%s', not '%s'",
                    impl.name(), owner.name(), owner.name(), t.name());
        }
        return new PyBuiltinFunction(impl, t);
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (args.length == 0 || !(args[0] instanceof PyType t)) {
            throw Errors.typeError("descriptor '%s' of '%s' object needs a type", impl.name(), owner.name());
        }
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return bind(t, t).call(rest, kwnames);
    }

    @Override
    public String toString() {
        return "<method '" + impl.name() + "' of '" + owner.name() + "' objects>";
    }
}
