package org.hotpy.core.model;

/**
 * Every Python value is a Java object of a subclass of this class. {@code null} is never a
 * Python value ({@link PyNone#NONE} is None).
 *
 * <p>An abstract class rather than an interface: {@link #type()} and {@link #call} are called on
 * every instruction of the interpreter, and virtual dispatch is cheaper than interface dispatch
 * at megamorphic call sites.
 */
public abstract class PyObject {

    /** The Python type of this value ({@code type(x)}). */
    public abstract PyType type();

    /**
     * Calls this object, vectorcall style: {@code args} holds the positional arguments followed
     * by the values of the keyword arguments whose names are {@code kwnames} (null when there are
     * none). Callables override this; the default looks up {@code __call__} on the type.
     */
    public PyObject call(PyObject[] args, String[] kwnames) {
        return org.hotpy.core.ops.Call.callViaDunder(this, args, kwnames);
    }

    /** Java's toString is for debugging only; Python's str/repr live in {@code ops.Protocols}. */
    @Override
    public String toString() {
        return "<" + type().name() + " object>";
    }
}
