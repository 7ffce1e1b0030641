package org.hotpy.core.builtins;

import java.util.function.Consumer;

import org.hotpy.core.model.TypeDef;

/**
 * How this package's builtin types fill their dicts: one enum constant per type and a switch, not
 * a lambda per type. These types are created at every start-up, and each lambda was linked then
 * (~0.25 ms apiece on JDK 17, with class-data sharing), whether or not the program used the type.
 */
enum BuiltinTypeDefs implements Consumer<TypeDef> {
    ENUMERATE, ZIP, MAP, FILTER, REVERSED, QUITTER, PRINTER,
    // made when a program first uses it
    CALLABLE_ITERATOR;

    @Override
    public void accept(TypeDef t) {
        switch (this) {
            case ENUMERATE -> BuiltinIterators.Enumerate.define(t);
            case ZIP -> BuiltinIterators.Zip.define(t);
            case MAP -> BuiltinIterators.MapIter.define(t);
            case FILTER -> BuiltinIterators.FilterIter.define(t);
            case REVERSED -> BuiltinIterators.Reversed.define(t);
            case QUITTER -> SiteBuiltins.Quitter.define(t);
            case PRINTER -> SiteBuiltins.Printer.define(t);
            case CALLABLE_ITERATOR -> org.hotpy.core.types.collection.PyIterator.defineIteratorMethods(t);
        }
    }
}
