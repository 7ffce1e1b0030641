package org.hotpy.core.embed;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.ObjectMethods;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyNotImplemented;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Attr;
import org.hotpy.core.sandbox.HostAccess;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/**
 * A Java object seen from Python. Lists, maps, collections, arrays and iterators behave as Python
 * sequences, mappings and iterators over the live object ({@link JavaProtocols}); public methods
 * and fields are attributes, as far as the {@link HostAccess} allows (never {@code getClass},
 * never a member that returns a class loader, a thread, reflection …). A Java functional object
 * ({@code Runnable}, {@code Function} …) is callable.
 */
final class JavaObject extends PyObject {
    static final PyType TYPE = PyType.builtin("JavaObject", PyType.OBJECT, JavaObject.class, JavaObject::define)
            .inModule("java").notSubclassable();

    final Interop in;
    private final Object target;

    private JavaObject(Interop in, Object target) {
        this.in = in;
        this.target = target;
    }

    /** Wraps {@code v} when the policy lets a value of its class reach Python (PermissionError otherwise). */
    static JavaObject wrap(Interop in, Object v) {
        if (!(v instanceof PythonView)) {
            in.access().checkValue(v.getClass()); // views of another interpreter are plain collections
        }
        return new JavaObject(in, v);
    }

    Object target() {
        return target;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        Method sam = functionalMethod();
        if (sam == null) {
            throw Errors.typeError("'%s' Java object is not callable", className());
        }
        return JavaCalls.invoke(in, List.of(sam), target, args, kwnames, sam.getName());
    }

    /** The single abstract method of a functional interface the object implements, or null. */
    private Method functionalMethod() {
        for (Class<?> k = target.getClass(); k != null; k = k.getSuperclass()) {
            for (Class<?> i : k.getInterfaces()) {
                Method m = Functional.method(i);
                if (m != null && JavaMembers.isAccessibleClass(i) && in.access().mayUseMember(m)) {
                    return m;
                }
            }
        }
        return null;
    }

    String className() {
        return target.getClass().getName();
    }

    private static void define(TypeDef t) {
        t.newMethod("*args, **kwargs", (cls, a) -> {
            throw Errors.typeError("cannot create 'java.JavaObject' instances from Python");
        });
        t.method1("__getattr__", "name, /", (JavaObject self, PyObject name) -> self.getattr(ObjectMethods.attrName(name)));
        t.method2("__setattr__", "name, value, /", (JavaObject self, PyObject name, PyObject value) -> {
            self.setattr(ObjectMethods.attrName(name), value);
            return PyNone.NONE;
        });
        t.method0("__dir__", (JavaObject self) -> {
            List<PyObject> names = new ArrayList<>();
            HostAccess access = self.in.access();
            if (access.hostObjectMembers()) {
                JavaMembers ms = JavaMembers.of(self.target.getClass());
                for (String n : ms.instanceNames()) {
                    List<Method> m = ms.instanceMethods.get(n);
                    Field f = ms.instanceFields.get(n);
                    if (m != null && !allowed(access, m).isEmpty() || f != null && access.mayUseMember(f)) {
                        names.add(PyStr.of(n));
                    }
                }
            }
            return PyList.wrap(names.toArray(new PyObject[0]));
        });
        t.method0("__repr__", (JavaObject self) -> PyStr.of(self.describe()));
        t.method0("__str__", (JavaObject self) -> PyStr.of(self.describe()));
        t.binary("__eq__", (JavaObject self, PyObject o) -> o instanceof JavaObject j
                ? PyBool.of(self.target.equals(j.target)) : PyNotImplemented.INSTANCE);
        t.binary("__ne__", (JavaObject self, PyObject o) -> o instanceof JavaObject j
                ? PyBool.of(!self.target.equals(j.target)) : PyNotImplemented.INSTANCE);
        t.method0("__hash__", (JavaObject self) -> PyInt.of(self.target.hashCode()));
        t.callable();
        JavaProtocols.define(t);
    }

    /** {@code toString()} when members are allowed, else only the class name. */
    private String describe() {
        if (in.access().hostObjectMembers()) {
            try {
                return String.valueOf(target);
            } catch (RuntimeException e) {
                throw Exceptions.fromJava(in, e);
            }
        }
        return "<" + className() + " object>";
    }

    private void checkMembersAllowed(String name) {
        if (!in.access().hostObjectMembers()) {
            throw Errors.permissionError("the host does not allow access to members of Java objects ('%s')", name);
        }
    }

    private PyObject getattr(String name) {
        checkMembersAllowed(name);
        HostAccess access = in.access();
        JavaMembers ms = JavaMembers.of(target.getClass());
        List<Method> methods = ms.instanceMethods.get(name);
        if (methods != null) {
            List<Method> allowed = allowed(access, methods);
            if (allowed.isEmpty()) {
                throw Errors.permissionError("access to Java method %s.%s is not allowed by the host", className(), name);
            }
            return new JavaMethod(in, target, allowed, name);
        }
        Field f = ms.instanceFields.get(name);
        if (f != null) {
            if (!access.mayUseMember(f)) {
                throw Errors.permissionError("access to Java field %s.%s is not allowed by the host", className(), name);
            }
            try {
                return Conversions.toPython(in, f.get(target));
            } catch (IllegalAccessException e) {
                throw Errors.typeError("cannot read Java field %s: %s", name, e.getMessage());
            }
        }
        throw Attr.missing(this, name);
    }

    static List<Method> allowed(HostAccess access, List<Method> methods) {
        List<Method> out = new ArrayList<>(methods.size());
        for (Method m : methods) {
            if (access.mayUseMember(m)) {
                out.add(m);
            }
        }
        return out;
    }

    private void setattr(String name, PyObject value) {
        checkMembersAllowed(name);
        Field f = JavaMembers.of(target.getClass()).instanceFields.get(name);
        if (f == null || java.lang.reflect.Modifier.isFinal(f.getModifiers())) {
            throw Errors.attributeError(this, name, "'%s' Java object has no writable field '%s'", className(), name);
        }
        if (!in.access().mayUseMember(f)) {
            throw Errors.permissionError("access to Java field %s.%s is not allowed by the host", className(), name);
        }
        try {
            f.set(target, TypedConversions.convert(in, value, f.getGenericType()));
        } catch (IllegalAccessException e) {
            throw Errors.typeError("cannot write Java field %s: %s", name, e.getMessage());
        }
    }

    /** Python's view of the object as a container, for {@link JavaProtocols}. */
    boolean isList() {
        return target instanceof List;
    }

    boolean isMap() {
        return target instanceof Map;
    }

    boolean isCollection() {
        return target instanceof Collection;
    }

    boolean isArray() {
        return target.getClass().isArray();
    }

    boolean isIterator() {
        return target instanceof Iterator;
    }
}
