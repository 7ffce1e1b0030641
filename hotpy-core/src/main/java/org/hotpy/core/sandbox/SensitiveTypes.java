package org.hotpy.core.sandbox;

import java.util.List;
import java.util.Set;

/**
 * Java types that hand out more than an object should: reflection, class loading, processes,
 * threads, the file system, the network, JNDI, other script engines, and HotPy's own runtime
 * (whose state holds the policy). A sandbox never lets a value of such a type, or a member
 * returning one, reach Python, however the value was obtained; an embedder may still import one
 * by naming it in {@code HostPolicy.Builder.allowJavaClasses}.
 */
final class SensitiveTypes {
    private SensitiveTypes() {}

    /** Exact class names; subclasses and implementations are caught by walking supertypes. */
    private static final Set<String> CLASSES = Set.of(
            "java.lang.Class", "java.lang.ClassLoader", "java.lang.Thread", "java.lang.ThreadGroup",
            "java.lang.Runtime", "java.lang.System", "java.lang.ProcessBuilder", "java.lang.Process",
            "java.lang.ProcessHandle", "java.lang.SecurityManager", "java.lang.Module", "java.lang.ModuleLayer",
            "java.lang.StackWalker", "java.lang.StackTraceElement", "java.lang.ClassValue", "java.lang.Package",
            "java.lang.Thread$Builder", "java.io.File", "java.io.FileDescriptor", "java.io.FileInputStream",
            "java.io.FileOutputStream", "java.io.RandomAccessFile", "java.io.FileReader", "java.io.FileWriter",
            "java.io.ObjectInputStream", "java.io.ObjectOutputStream", "java.util.ServiceLoader",
            "java.util.concurrent.ThreadFactory", "java.util.concurrent.ForkJoinPool");

    /** Package prefixes (a class in the package or any sub-package). */
    private static final List<String> PACKAGES = List.of(
            "java.lang.reflect.", "java.lang.invoke.", "java.lang.instrument.", "java.lang.management.",
            "java.lang.ref.", "java.nio.file.", "java.nio.channels.",
            "java.net.", "java.rmi.", "java.security.", "java.beans.", "javax.script.", "javax.management.",
            "javax.naming.", "javax.tools.", "javax.lang.", "java.sql.", "javax.sql.", "sun.", "jdk.", "com.sun.",
            "org.hotpy.core.");

    /**
     * Packages whose <em>interfaces</em> are harmless to implement (a bean implementing a listener,
     * a user type implementing {@code Principal}); their classes stay sensitive.
     */
    private static final List<String> HARMLESS_INTERFACE_PACKAGES = List.of("java.beans.", "java.security.");

    /** Whether {@code name} (a class name) is sensitive by itself. */
    static boolean isSensitiveName(String name) {
        if (CLASSES.contains(name)) {
            return true;
        }
        for (String p : PACKAGES) {
            if (name.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean harmlessInterface(String name) {
        for (String p : HARMLESS_INTERFACE_PACKAGES) {
            if (name.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code c}, or any class or interface it extends, is sensitive. */
    static boolean isSensitive(Class<?> c) {
        if (c.isArray()) {
            return isSensitive(c.getComponentType());
        }
        if (java.lang.reflect.Proxy.isProxyClass(c)) {
            return anySensitiveInterface(c); // a dynamic proxy is what it implements, whatever its package
        }
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            if (isSensitiveName(k.getName()) || anySensitiveInterface(k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anySensitiveInterface(Class<?> c) {
        for (Class<?> i : c.getInterfaces()) {
            if (isSensitiveName(i.getName()) && !harmlessInterface(i.getName()) || anySensitiveInterface(i)) {
                return true;
            }
        }
        return false;
    }
}
