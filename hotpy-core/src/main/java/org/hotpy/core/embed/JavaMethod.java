package org.hotpy.core.embed;

import java.lang.reflect.Executable;
import java.util.List;

import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.types.text.PyStr;

/**
 * The overloads of one Java method name, bound to a receiver (null for static methods) or, for a
 * constructor, to its class. Calling it picks the overload ({@link JavaCalls}).
 */
final class JavaMethod extends PyObject {
    static final PyType TYPE = PyType.builtin("JavaMethod", PyType.OBJECT, JavaMethod.class, JavaMethod::define)
            .inModule("java").notSubclassable();

    private final Interop in;
    private final Object self;
    private final List<? extends Executable> overloads;
    private final String name;

    JavaMethod(Interop in, Object self, List<? extends Executable> overloads, String name) {
        this.in = in;
        this.self = self;
        this.overloads = List.copyOf(overloads);
        this.name = name;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return JavaCalls.invoke(in, overloads, self, args, kwnames, name);
    }

    private static void define(TypeDef t) {
        t.callable();
        t.method0("__repr__", (JavaMethod m) -> PyStr.of("<java method " + m.name + ">"));
        t.getter("__name__", (JavaMethod m) -> PyStr.of(m.name));
    }
}
