package org.hotpy.core.types.collection;

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
enum CollectionTypeDefs implements Consumer<TypeDef>, PyType.Instantiator {
    LIST, TUPLE, DICT, SET, FROZENSET, SIMPLE_NAMESPACE, SLICE, RANGE,
    // made when a program first uses them
    ITERATOR, SIZED_ITERATOR, KEYS_VIEW, VALUES_VIEW, ITEMS_VIEW;

    @Override
    public void accept(TypeDef t) {
        switch (this) {
            case LIST -> ListMethods.define(t);
            case TUPLE -> PyTuple.define(t);
            case DICT -> DictMethods.define(t);
            case SET -> SetMethods.defineSet(t);
            case FROZENSET -> SetMethods.defineFrozenSet(t);
            case SIMPLE_NAMESPACE -> PySimpleNamespace.define(t);
            case SLICE -> PySlice.define(t);
            case RANGE -> PyRange.define(t);
            case ITERATOR -> PyIterator.defineIteratorMethods(t);
            case SIZED_ITERATOR -> PyIterator.defineSizedIteratorMethods(t);
            case KEYS_VIEW -> DictViews.defineView(t, DictViews.Kind.KEYS);
            case VALUES_VIEW -> DictViews.defineView(t, DictViews.Kind.VALUES);
            case ITEMS_VIEW -> DictViews.defineView(t, DictViews.Kind.ITEMS);
        }
    }

    @Override
    public PyObject create(PyType subtype) {
        return switch (this) {
            case LIST -> new PyList.Derived(subtype);
            case TUPLE -> new PyTuple.Derived(subtype, new PyObject[0]);
            case DICT -> new PyDict.Derived(subtype);
            case SET -> new PySet.Derived(subtype);
            case FROZENSET -> new PyFrozenSet.Derived(subtype);
            case SIMPLE_NAMESPACE -> new PySimpleNamespace(subtype);
            default -> throw new IllegalStateException(this + " types cannot be subclassed");
        };
    }
}
