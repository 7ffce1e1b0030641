package org.hotpy.core.model;

import java.util.function.Consumer;

import org.hotpy.core.types.collection.PyDict;

/**
 * How the builtin types of this package fill their dicts and make instances of Python
 * subclasses: one enum constant per type and a switch, not a lambda per type. These types are
 * created at every start-up, and each lambda was linked then (~0.25 ms apiece on JDK 17, with
 * class-data sharing); the first lambda of a run also set up the JDK's lambda machinery.
 */
enum ModelTypeDefs implements Consumer<TypeDef>, PyType.Instantiator {
    OBJECT, TYPE, MODULE, NONE, ELLIPSIS, NOT_IMPLEMENTED,
    // made when a program first uses them
    METHOD_DESCR, CLASSMETHOD_DESCR, GETSET_DESCR, MEMBER_DESCR, UNION;

    @Override
    public void accept(TypeDef t) {
        switch (this) {
            case OBJECT -> ObjectMethods.define(t);
            case TYPE -> TypeMethods.define(t);
            case MODULE -> ModuleMethods.define(t);
            case NONE -> PyNone.define(t);
            case ELLIPSIS -> PyEllipsis.define(t);
            case NOT_IMPLEMENTED -> PyNotImplemented.define(t);
            case METHOD_DESCR -> DescriptorMethods.defineMethodDescr(t);
            case CLASSMETHOD_DESCR -> DescriptorMethods.defineClassMethodDescr(t);
            case GETSET_DESCR -> DescriptorMethods.defineGetSetDescr(t);
            case MEMBER_DESCR -> DescriptorMethods.defineMemberDescr(t);
            case UNION -> UnionTypes.define(t);
        }
    }

    @Override
    public PyObject create(PyType subtype) {
        return switch (this) {
            case OBJECT -> new PyInstance(subtype);
            case TYPE -> throw new IllegalStateException("metaclass instances are created by type.__new__");
            case MODULE -> new PyModule(subtype, "?", new PyDict());
            default -> throw new IllegalStateException(this + " types cannot be subclassed");
        };
    }
}
