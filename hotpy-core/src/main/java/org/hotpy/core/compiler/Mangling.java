package org.hotpy.core.compiler;

/** Private name mangling: {@code __spam} in class {@code Ham} becomes {@code _Ham__spam}. */
final class Mangling {
    private Mangling() {}

    static String mangle(String className, String name) {
        if (className == null || !name.startsWith("__") || name.endsWith("__") || name.contains(".")) {
            return name;
        }
        int i = 0;
        while (i < className.length() && className.charAt(i) == '_') {
            i++;
        }
        if (i == className.length()) {
            return name;
        }
        return "_" + className.substring(i) + name;
    }
}
