package org.hotpy.core.types.text;

import java.util.function.Consumer;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;

/**
 * How this package's builtin types fill their dicts and make instances of Python subclasses: one
 * enum constant per type and a switch, not a lambda per type. These types are created at every
 * start-up, and each lambda was linked then (~0.25 ms apiece on JDK 17, with class-data sharing),
 * whether or not the program used the type.
 */
enum TextTypeDefs implements Consumer<TypeDef>, PyType.Instantiator {
    STR, BYTES, BYTEARRAY, MEMORYVIEW,
    // made when a program first uses them
    STR_ITERATOR, BYTES_ITERATOR;

    @Override
    public void accept(TypeDef t) {
        switch (this) {
            case STR -> StrMethods.define(t);
            case BYTES -> BytesMethods.defineBytes(t);
            case BYTEARRAY -> BytesMethods.defineByteArray(t);
            case MEMORYVIEW -> PyMemoryView.define(t);
            case STR_ITERATOR -> StrIterator.define(t);
            case BYTES_ITERATOR -> org.hotpy.core.types.collection.PyIterator.defineSizedIteratorMethods(t);
        }
    }

    @Override
    public PyObject create(PyType subtype) {
        return switch (this) {
            case STR -> throw Errors.typeError("object.__new__(%s) is not safe, use str.__new__()",
                    subtype.name());
            case BYTES -> throw Errors.typeError("object.__new__(%s) is not safe, use bytes.__new__()",
                    subtype.name());
            case BYTEARRAY -> new PyByteArray.Derived(subtype, new byte[0]);
            default -> throw new IllegalStateException(this + " types cannot be subclassed");
        };
    }
}
