package org.hotpy.core.types.function;

import java.util.function.Consumer;

import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;

/**
 * How this package's builtin types fill their dicts and make instances of Python subclasses: one
 * enum constant per type and a switch, not a lambda per type. These types are created at every
 * start-up, and each lambda was linked then (~0.25 ms apiece on JDK 17, with class-data sharing),
 * whether or not the program used the type.
 */
enum FunctionTypeDefs implements Consumer<TypeDef>, PyType.Instantiator {
    STATICMETHOD, CLASSMETHOD, PROPERTY, BUILTIN_FUNCTION, SUPER,
    // made when a program first uses them
    FUNCTION, GENERATOR, CELL, GENERIC_ALIAS, BOUND_METHOD, MAPPING_PROXY, COROUTINE;

    @Override
    public void accept(TypeDef t) {
        switch (this) {
            case STATICMETHOD -> PyStaticMethod.define(t);
            case CLASSMETHOD -> PyClassMethod.define(t);
            case PROPERTY -> PyProperty.define(t);
            case BUILTIN_FUNCTION -> PyBuiltinFunction.define(t);
            case SUPER -> PySuper.define(t);
            case FUNCTION -> PyFunction.define(t);
            case GENERATOR -> PyGenerator.define(t);
            case CELL -> PyCell.define(t);
            case GENERIC_ALIAS -> GenericAliasSupport.define(t);
            case BOUND_METHOD -> PyBoundMethod.define(t);
            case MAPPING_PROXY -> PyMappingProxy.define(t);
            case COROUTINE -> PyCoroutine.define(t);
        }
    }

    @Override
    public PyObject create(PyType subtype) {
        return switch (this) {
            case STATICMETHOD -> new PyStaticMethod.Derived(subtype);
            case CLASSMETHOD -> new PyClassMethod.Derived(subtype);
            case PROPERTY -> new PyProperty.Derived(subtype);
            default -> throw new IllegalStateException(this + " types cannot be subclassed");
        };
    }
}
