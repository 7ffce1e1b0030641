package org.hotpy.core.embed;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The public members of a Java class that can actually be called from outside it: methods found
 * through {@code getMethods()} but declared in a class that is not public or not exported (the
 * classes behind {@code List.of} or a lambda) are replaced by the same method of a public
 * supertype. Overloads are grouped by name and sorted by signature, so resolution is
 * deterministic. Cached per class ({@link ClassValue}: no class is kept from unloading); the
 * policy's filter is applied at each use, since it differs between interpreters.
 */
final class JavaMembers {
    private static final ClassValue<JavaMembers> CACHE = new ClassValue<>() {
        @Override
        protected JavaMembers computeValue(Class<?> type) {
            return new JavaMembers(type);
        }
    };

    final Map<String, List<Method>> instanceMethods = new LinkedHashMap<>();
    final Map<String, List<Method>> staticMethods = new LinkedHashMap<>();
    final Map<String, Field> instanceFields = new LinkedHashMap<>();
    final Map<String, Field> staticFields = new LinkedHashMap<>();
    final List<Constructor<?>> constructors = new ArrayList<>();

    private JavaMembers(Class<?> c) {
        Set<String> seen = new HashSet<>();
        Method[] methods = c.getMethods();
        Arrays.sort(methods, Comparator.comparing(JavaMembers::signature));
        for (Method m : methods) {
            if (m.isBridge() || m.isSynthetic()) {
                continue;
            }
            Method acc = accessible(m);
            if (acc == null || !seen.add((Modifier.isStatic(acc.getModifiers()) ? "s " : "i ") + signature(acc))) {
                continue;
            }
            Map<String, List<Method>> into = Modifier.isStatic(acc.getModifiers()) ? staticMethods : instanceMethods;
            into.computeIfAbsent(acc.getName(), k -> new ArrayList<>()).add(acc);
        }
        for (Field f : c.getFields()) {
            if (isAccessibleClass(f.getDeclaringClass())) {
                (Modifier.isStatic(f.getModifiers()) ? staticFields : instanceFields).putIfAbsent(f.getName(), f);
            }
        }
        if (isAccessibleClass(c) && !Modifier.isAbstract(c.getModifiers()) && !c.isInterface()) {
            Constructor<?>[] ctors = c.getConstructors();
            Arrays.sort(ctors, Comparator.comparing(JavaMembers::signature));
            constructors.addAll(Arrays.asList(ctors));
        }
    }

    static JavaMembers of(Class<?> c) {
        return CACHE.get(c);
    }

    /** Names of instance members, sorted (for {@code dir()}). */
    Set<String> instanceNames() {
        Set<String> names = new TreeSet<>(instanceMethods.keySet());
        names.addAll(instanceFields.keySet());
        return names;
    }

    /** Names of static members, sorted. */
    Set<String> staticNames() {
        Set<String> names = new TreeSet<>(staticMethods.keySet());
        names.addAll(staticFields.keySet());
        return names;
    }

    /** {@code m}, or the same method in a public, exported supertype; null when none is callable. */
    private static Method accessible(Method m) {
        Class<?> decl = m.getDeclaringClass();
        if (isAccessibleClass(decl)) {
            return m;
        }
        if (Modifier.isStatic(m.getModifiers())) {
            return null;
        }
        for (Class<?> s : supertypes(decl)) {
            if (isAccessibleClass(s)) {
                try {
                    return s.getMethod(m.getName(), m.getParameterTypes());
                } catch (NoSuchMethodException e) {
                    // not declared in this supertype; try the next
                }
            }
        }
        return null;
    }

    private static List<Class<?>> supertypes(Class<?> c) {
        List<Class<?>> out = new ArrayList<>();
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            if (k != c) {
                out.add(k);
            }
            addInterfaces(k, out);
        }
        return out;
    }

    private static void addInterfaces(Class<?> c, List<Class<?>> out) {
        for (Class<?> i : c.getInterfaces()) {
            if (!out.contains(i)) {
                out.add(i);
                addInterfaces(i, out);
            }
        }
    }

    /** Public all the way out, and in a package its module exports to everyone. */
    static boolean isAccessibleClass(Class<?> k) {
        for (Class<?> c = k; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return k.getModule().isExported(k.getPackageName());
    }

    static String signature(Executable e) {
        StringBuilder sb = new StringBuilder(e instanceof Constructor ? "<init>" : e.getName()).append('(');
        Class<?>[] ps = e.getParameterTypes();
        for (int i = 0; i < ps.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(ps[i].getTypeName());
        }
        return sb.append(')').toString();
    }
}
