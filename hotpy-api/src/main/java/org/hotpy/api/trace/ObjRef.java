package org.hotpy.api.trace;

/**
 * An opaque reference to a runtime object (a type, a function, a code object, a shape, a module
 * dict, a Python value ...). The IR never sees the core's classes: the core either implements this
 * interface on its own objects or wraps them. Two refs denote the same object exactly when they are
 * {@code equals}; the core's implementations use identity.
 *
 * <p>Passes learn what a ref is only through {@link org.hotpy.api.pass.RuntimeView}.
 */
public interface ObjRef {
    /**
     * A short, stable, human-readable name used in the text form ({@code @int}, {@code @Point},
     * {@code @f}). It need not be unique: the printer disambiguates clashes within one trace.
     */
    String refName();

    /**
     * CPython's NULL: no object. It fills an unbound local or the NULL that CPython 3.11 pushes
     * before a callable in a snapshot, and is printed as {@code null}. It is never an operand of
     * an executable op.
     */
    ObjRef NULL = NullRef.INSTANCE;

    /** The single {@link #NULL} reference. */
    enum NullRef implements ObjRef {
        INSTANCE;

        @Override
        public String refName() {
            return "null";
        }
    }
}
