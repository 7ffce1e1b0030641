package org.hotpy.core.embed;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.model.ObjectMethods;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.sandbox.HostAccess;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.function.PyBuiltinFunction;
import org.hotpy.core.types.text.PyStr;

/**
 * Imports as the host policy sees them: the import system asks {@link #find} about every module
 * not yet in {@code sys.modules}. A denied module raises ImportError; a Java package on the way
 * to an allowed class becomes a package module whose attributes are its allowed classes (found
 * by name when first asked for: Java has no listing of a package's classes) and sub-packages;
 * anything else goes on to the ordinary import. Classes are only loaded when the policy allows
 * their names, and loaded without running their static initialisers.
 */
public final class JavaImports {
    private JavaImports() {}

    /** The module for {@code name} when it is a Java package, null to import normally; ImportError when denied. */
    public static PyModule find(InterpreterState st, String name) {
        HostAccess access = st.hostAccess();
        if (access.isJavaPackage(name)) {
            Interop in = Interop.of(st);
            if (load(in, name) == null) {
                return packageModule(in, name);
            }
        }
        access.checkImport(name);
        return null;
    }

    private static PyModule packageModule(Interop in, String name) {
        PyModule m = new PyModule(name);
        m.put("__path__", new PyList());
        m.put("__package__", PyStr.of(name));
        m.put("__getattr__", PyBuiltinFunction.of("__getattr__", "name, /", a -> member(in, m, a[0])).inModule(m));
        return m;
    }

    /** {@code package.name}: an allowed class, a sub-package, PermissionError or AttributeError. */
    private static PyObject member(Interop in, PyModule pkg, PyObject nameObj) {
        String name = ObjectMethods.attrName(nameObj);
        String full = pkg.name() + "." + name;
        HostAccess access = in.access();
        if (access.mayImportClass(full)) {
            Class<?> c = load(in, full);
            if (c != null) {
                PyObject k = classObject(in, c);
                pkg.put(name, k);
                return k;
            }
        }
        if (access.isJavaPackage(full)) {
            return in.state().imports().importAbsolute(full);
        }
        if (!name.startsWith("__") && !access.isTrusted()) {
            throw Errors.permissionError("access to Java class %s is not allowed by the host", full);
        }
        throw Errors.attributeError(pkg, name, "module '%s' has no attribute '%s'", pkg.name(), name);
    }

    /** A nested public class of {@code outer} ({@code Map.Entry}) if the policy allows it, else null. */
    static PyObject nestedClass(Interop in, Class<?> outer, String name) {
        String full = outer.getName() + "$" + name;
        String dotted = outer.getName() + "." + name;
        HostAccess access = in.access();
        if (!access.mayImportClass(dotted) && !access.mayImportClass(outer.getName())) {
            return null;
        }
        Class<?> c = load(in, full);
        return c == null || !JavaMembers.isAccessibleClass(c) ? null : classObject(in, c);
    }

    private static PyObject classObject(Interop in, Class<?> c) {
        if (!in.access().mayImportClass(c)) {
            throw Errors.permissionError("access to Java class %s is not allowed by the host", c.getName());
        }
        return new JavaClassObject(in, c);
    }

    /** The class named {@code name}, without initialising it, or null. */
    private static Class<?> load(Interop in, String name) {
        try {
            return Class.forName(name, false, in.classLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
