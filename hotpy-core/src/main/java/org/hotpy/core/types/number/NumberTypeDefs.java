package org.hotpy.core.types.number;

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
enum NumberTypeDefs implements Consumer<TypeDef>, PyType.Instantiator {
    INT, FLOAT, COMPLEX, BOOL;

    @Override
    public void accept(TypeDef t) {
        switch (this) {
            case INT -> IntMethods.define(t);
            case FLOAT -> FloatMethods.define(t);
            case COMPLEX -> PyComplex.define(t);
            case BOOL -> PyBool.define(t);
        }
    }

    @Override
    public PyObject create(PyType subtype) {
        // int, float and complex allocate their subclasses' instances in __new__ (bool has none)
        String base = switch (this) {
            case INT -> "int";
            case FLOAT -> "float";
            case COMPLEX -> "complex";
            case BOOL -> "bool";
        };
        throw Errors.typeError("object.__new__(%s) is not safe, use %s.__new__()", subtype.name(), base);
    }
}
