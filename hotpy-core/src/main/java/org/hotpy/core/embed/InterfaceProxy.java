package org.hotpy.core.embed;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.ops.Attr;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyDict;

/**
 * A Java interface implemented by a Python object (each method calls the attribute of the same
 * name) or by a namespace (each method calls the global function of that name). Arguments are
 * converted to Python, results to the method's declared return type ({@code int}, {@code String},
 * {@code List<Long>} …). A missing attribute lets a default method run its Java body. A Python
 * callable given where a functional interface is expected is called directly.
 */
final class InterfaceProxy implements InvocationHandler, PythonView {
    private final Interop in;
    private final PyObject target;
    private final PyDict namespace;
    private final Method direct;

    private InterfaceProxy(Interop in, PyObject target, PyDict namespace, Method direct) {
        this.in = in;
        this.target = target;
        this.namespace = namespace;
        this.direct = direct;
    }

    /** A proxy without checking for missing methods; {@code callDirect}: a callable for a functional interface. */
    static Object create(Interop in, PyObject target, Class<?> iface, boolean callDirect) {
        Method sam = callDirect ? Functional.method(iface) : null;
        if (sam != null && Attr.getOrNull(target, sam.getName()) != null) {
            sam = null; // an object with the method's name implements it as an object
        }
        return make(iface, new InterfaceProxy(in, target, null, sam));
    }

    /** A proxy over {@code target}'s attributes; IllegalArgumentException names the methods it lacks. */
    static <T> T checked(Interop in, PyObject target, Class<T> iface) {
        Method sam = Functional.method(iface);
        boolean direct = sam != null && org.hotpy.core.ops.Call.callableOrNull(target) != null
                && Attr.getOrNull(target, sam.getName()) == null;
        InterfaceProxy h = new InterfaceProxy(in, target, null, direct ? sam : null);
        h.requireAll(iface);
        return iface.cast(make(iface, h));
    }

    /** A proxy over the functions of a namespace; IllegalArgumentException names the missing ones. */
    static <T> T overNamespace(Interop in, PyDict namespace, Class<T> iface) {
        InterfaceProxy h = new InterfaceProxy(in, null, namespace, null);
        h.requireAll(iface);
        return iface.cast(make(iface, h));
    }

    /** The abstract methods of {@code iface} that {@code target} (or the namespace) does not provide. */
    List<String> missing(Class<?> iface) {
        List<String> out = new ArrayList<>();
        for (Method m : iface.getMethods()) {
            if (Modifier.isAbstract(m.getModifiers()) && !isObjectMethod(m) && !m.equals(direct) && find(m.getName()) == null
                    && !out.contains(m.getName())) {
                out.add(m.getName());
            }
        }
        return out;
    }

    private void requireAll(Class<?> iface) {
        if (!iface.isInterface()) {
            throw new IllegalArgumentException(iface.getName() + " is not an interface");
        }
        List<String> missing = missing(iface);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("cannot implement " + iface.getName() + ": "
                    + (namespace != null ? "no global function" : "the Python object has no attribute")
                    + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing));
        }
    }

    /** Like {@link #checked} but null when a method is missing (JSR-223's getInterface contract). */
    static <T> T orNull(Interop in, PyObject target, PyDict namespace, Class<T> iface) {
        InterfaceProxy h = new InterfaceProxy(in, target, namespace, null);
        return h.missing(iface).isEmpty() ? iface.cast(make(iface, h)) : null;
    }

    private static Object make(Class<?> iface, InterfaceProxy h) {
        return Proxy.newProxyInstance(iface.getClassLoader(), new Class<?>[] {iface}, h);
    }

    private PyObject find(String name) {
        if (namespace != null) {
            return namespace.getStr(name);
        }
        return Attr.getOrNull(target, name);
    }

    @Override
    public Interop interop() {
        return in;
    }

    @Override
    public PyObject pythonObject() {
        return namespace != null ? namespace : target;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (isObjectMethod(method)) {
            return objectMethod(proxy, method, args);
        }
        Object[] a = args == null ? new Object[0] : args;
        Object[] result = new Object[1];
        boolean ran = in.call(() -> {
            PyObject fn = method.equals(direct) ? target : find(method.getName());
            if (fn == null) {
                if (method.isDefault()) {
                    return false;
                }
                throw Errors.attributeError(pythonObject(), method.getName(), "'%s' object has no attribute '%s'",
                        pythonObject().type().name(), method.getName());
            }
            PyObject[] py = new PyObject[a.length];
            for (int i = 0; i < a.length; i++) {
                py[i] = Conversions.toPython(in, a[i]);
            }
            result[0] = TypedConversions.convert(in, fn.call(py, null), method.getGenericReturnType());
            return true;
        });
        return ran ? result[0] : InvocationHandler.invokeDefault(proxy, method, args);
    }

    private Object objectMethod(Object proxy, Method method, Object[] args) {
        switch (method.getName()) {
            case "equals":
                return args[0] != null && Proxy.isProxyClass(args[0].getClass())
                        && Proxy.getInvocationHandler(args[0]) instanceof InterfaceProxy other
                        && other.pythonObject() == pythonObject();
            case "hashCode":
                return System.identityHashCode(pythonObject());
            default:
                return in.call(() -> Protocols.repr(pythonObject()).value());
        }
    }

    private static boolean isObjectMethod(Method m) {
        return (m.getName().equals("equals") && m.getParameterCount() == 1)
                || (m.getName().equals("hashCode") || m.getName().equals("toString")) && m.getParameterCount() == 0;
    }
}
