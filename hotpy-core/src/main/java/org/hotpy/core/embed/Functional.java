package org.hotpy.core.embed;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/** The single abstract method of a functional interface ({@code Runnable.run}, {@code Function.apply}). */
final class Functional {
    private Functional() {}

    private static final ClassValue<Method> SAM = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            return find(type);
        }
    };

    /** The interface's one abstract method, or null when {@code c} is not a functional interface. */
    static Method method(Class<?> c) {
        return c.isInterface() ? SAM.get(c) : null;
    }

    private static Method find(Class<?> c) {
        Method found = null;
        for (Method m : c.getMethods()) {
            if (!Modifier.isAbstract(m.getModifiers()) || isObjectMethod(m)) {
                continue;
            }
            if (found != null && !sameSignature(found, m)) {
                return null;
            }
            found = m;
        }
        return found;
    }

    /** {@code equals}, {@code hashCode} and {@code toString} redeclared in an interface (Comparator does). */
    private static boolean isObjectMethod(Method m) {
        try {
            Object.class.getMethod(m.getName(), m.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static boolean sameSignature(Method a, Method b) {
        return a.getName().equals(b.getName()) && java.util.Arrays.equals(a.getParameterTypes(), b.getParameterTypes());
    }
}
