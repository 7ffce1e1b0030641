package org.hotpy.core.embed;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.ObjectMethods;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Attr;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.text.PyStr;

/**
 * A Java class Python imported ({@code from java.util import ArrayList}): calling it calls a
 * public constructor, its attributes are its public static methods, static fields and nested
 * classes, and {@code isinstance(x, ArrayList)} tests a wrapped Java object. It is not a
 * {@code java.lang.Class}: no reflection is reachable through it.
 */
final class JavaClassObject extends PyObject {
    static final PyType TYPE = PyType.builtin("JavaClass", PyType.OBJECT, JavaClassObject.class,
            JavaClassObject::define).inModule("java").notSubclassable();

    private final Interop in;
    private final Class<?> cls;

    JavaClassObject(Interop in, Class<?> cls) {
        this.in = in;
        this.cls = cls;
    }

    Class<?> javaClass() {
        return cls;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        List<java.lang.reflect.Constructor<?>> ctors = new ArrayList<>();
        for (java.lang.reflect.Constructor<?> c : JavaMembers.of(cls).constructors) {
            if (in.access().mayUseMember(c)) {
                ctors.add(c);
            }
        }
        if (ctors.isEmpty()) {
            throw Errors.typeError("cannot create instances of Java %s from Python", cls.getName());
        }
        return JavaCalls.invoke(in, ctors, null, args, kwnames, cls.getSimpleName());
    }

    private static void define(TypeDef t) {
        t.newMethod("*args, **kwargs", (c, a) -> {
            throw Errors.typeError("cannot create 'java.JavaClass' instances from Python");
        });
        t.callable();
        t.method1("__getattr__", "name, /", (JavaClassObject self, PyObject name) ->
                self.getattr(ObjectMethods.attrName(name)));
        t.method0("__repr__", (JavaClassObject self) -> PyStr.of("<java class '" + self.cls.getName() + "'>"));
        t.getter("__name__", (JavaClassObject self) -> PyStr.of(self.cls.getSimpleName()));
        t.getter("__qualname__", (JavaClassObject self) -> PyStr.of(self.cls.getName()));
        t.method1("__instancecheck__", "instance, /", (JavaClassObject self, PyObject o) ->
                PyBool.of(o instanceof JavaObject j && self.cls.isInstance(j.target())));
        t.method0("__dir__", (JavaClassObject self) -> {
            List<PyObject> names = new ArrayList<>();
            for (String n : JavaMembers.of(self.cls).staticNames()) {
                names.add(PyStr.of(n));
            }
            return PyList.wrap(names.toArray(new PyObject[0]));
        });
    }

    private PyObject getattr(String name) {
        JavaMembers ms = JavaMembers.of(cls);
        List<Method> methods = ms.staticMethods.get(name);
        if (methods != null) {
            List<Method> allowed = JavaObject.allowed(in.access(), methods);
            if (allowed.isEmpty()) {
                throw Errors.permissionError("access to Java method %s.%s is not allowed by the host", cls.getName(), name);
            }
            return new JavaMethod(in, null, allowed, name);
        }
        Field f = ms.staticFields.get(name);
        if (f != null) {
            if (!in.access().mayUseMember(f)) {
                throw Errors.permissionError("access to Java field %s.%s is not allowed by the host", cls.getName(), name);
            }
            try {
                return Conversions.toPython(in, f.get(null));
            } catch (IllegalAccessException e) {
                throw Errors.typeError("cannot read Java field %s: %s", name, e.getMessage());
            }
        }
        PyObject nested = JavaImports.nestedClass(in, cls, name);
        if (nested != null) {
            return nested;
        }
        throw Attr.missing(this, name);
    }
}
