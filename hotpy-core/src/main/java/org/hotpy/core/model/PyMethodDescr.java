package org.hotpy.core.model;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.types.function.PyBuiltinFunction;

/**
 * A method of a builtin type implemented in Java ({@code method_descriptor}, e.g.
 * {@code str.upper}). Calling it checks that {@code self} is an instance of the owning type,
 * then runs the Java implementation without allocating a bound method when reached through
 * {@code obj.method(...)}.
 */
public final class PyMethodDescr extends PyObject implements FunctionStr {
    public static final PyType TYPE = PyType.builtin("method_descriptor", PyType.OBJECT,
            PyMethodDescr.class, ModelTypeDefs.METHOD_DESCR);

    final PyType owner;
    final JavaMethod.Impl impl;
    private final String displayName;

    PyMethodDescr(PyType owner, JavaMethod.Impl impl) {
        this.owner = owner;
        // a slot wrapper or __init__ words its argument errors as CPython's do
        this.impl = impl.withStyle(SlotWrappers.styleOf(owner, impl.name(), impl.spec().style()));
        this.displayName = owner.tpName() + "." + impl.name(); // "list.append() takes exactly one argument"
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public String name() {
        return impl.name();
    }

    @Override
    public String qualifiedName() {
        return displayName;
    }

    public PyType owner() {
        return owner;
    }

    public JavaMethod.Impl impl() {
        return impl;
    }

    private void checkSelf(PyObject self) {
        PyType t = self.type();
        if (t != owner && !t.isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    impl.name(), owner.name(), t.name());
        }
    }

    /** Calls the method on {@code self} (already separated from the arguments). */
    public PyObject callMethod(PyObject self, PyObject[] args, String[] kwnames) {
        checkSelf(self);
        return impl.call(self, args, kwnames, this);
    }

    public PyObject callMethod0(PyObject self) {
        checkSelf(self);
        return impl.call0(self, this);
    }

    public PyObject callMethod1(PyObject self, PyObject arg) {
        checkSelf(self);
        return impl.call1(self, arg, this);
    }

    public PyObject callMethod2(PyObject self, PyObject a, PyObject b) {
        checkSelf(self);
        return impl.call2(self, a, b, this);
    }

    public PyObject callMethod3(PyObject self, PyObject a, PyObject b, PyObject c) {
        checkSelf(self);
        return impl.call3(self, a, b, c, this);
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos < 1) {
            if (impl.spec().style() == ArgSpec.Style.SLOT_WRAPPER) {
                throw Errors.typeError("descriptor '%s' of '%s' object needs an argument", impl.name(), owner.name());
            }
            throw Errors.typeError("unbound method %s.%s() needs an argument", owner.name(), impl.name());
        }
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return callMethod(args[0], rest, kwnames);
    }

    /** {@code descr.__get__(obj, type)}: a bound builtin method, or the descriptor itself. */
    public PyObject bind(PyObject obj) {
        checkSelf(obj);
        return new PyBuiltinFunction(impl, obj);
    }

    @Override
    public String toString() {
        return "<method '" + impl.name() + "' of '" + owner.name() + "' objects>";
    }
}
