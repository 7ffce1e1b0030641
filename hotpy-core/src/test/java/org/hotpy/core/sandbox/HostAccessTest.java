package org.hotpy.core.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.hotpy.api.HostPolicy;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The policy decisions themselves, without an interpreter. */
class HostAccessTest {
    private final HostAccess sandbox = HostAccess.of(HostPolicy.sandbox(), List.of());

    @Nested
    class Modules {
        @ParameterizedTest
        @ValueSource(strings = {"json", "math", "collections.abc", "urllib.parse", "http", "email.message"})
        void ordinaryModulesPass(String name) {
            sandbox.checkImport(name);
        }

        @ParameterizedTest
        @ValueSource(strings = {"os", "os.path", "subprocess", "socket", "urllib.request", "http.client",
            "threading", "ctypes", "java", "java.util", "../etc/passwd", "a\\b"})
        void deniedModulesRaise(String name) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> sandbox.checkImport(name))
                    .isInstanceOf(org.hotpy.core.errors.PyException.class)
                    .hasMessageContaining("ImportError");
        }

        @Test
        void allowAndDenyAdjustTheDefaults() {
            HostAccess a = HostAccess.of(HostPolicy.builder().allowModules("threading").denyModules("json").build(),
                    List.of());
            a.checkImport("threading");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> a.checkImport("json.decoder"))
                    .hasMessageContaining("import of 'json' is not allowed by the host");
        }
    }

    @Nested
    class JavaClasses {
        @Test
        void packagesOnTheWayToAllowedClasses() {
            HostAccess a = HostAccess.of(HostPolicy.builder().allowJavaClasses("java.util.ArrayList")
                    .allowJavaPackages("java.time").build(), List.of());
            assertThat(a.isJavaPackage("java")).isTrue();
            assertThat(a.isJavaPackage("java.util")).isTrue();
            assertThat(a.isJavaPackage("java.time")).isTrue();
            assertThat(a.isJavaPackage("java.time.format")).as("sub-packages are not granted").isFalse();
            assertThat(a.isJavaPackage("java.io")).isFalse();
            assertThat(a.mayImportClass("java.util.ArrayList")).isTrue();
            assertThat(a.mayImportClass("java.util.HashMap")).isFalse();
            assertThat(a.mayImportClass("java.time.LocalDate")).isTrue();
            assertThat(a.mayImportClass("java.time.format.DateTimeFormatter")).isFalse();
        }

        @Test
        void sensitiveClassesNeedToBeNamed() {
            HostAccess pkg = HostAccess.of(HostPolicy.builder().allowJavaPackages("java.lang").build(), List.of());
            assertThat(pkg.mayImportClass(Math.class)).isTrue();
            assertThat(pkg.mayImportClass(Runtime.class)).isFalse();
            assertThat(pkg.mayImportClass(Thread.class)).isFalse();
            HostAccess named = HostAccess.of(HostPolicy.builder().allowJavaClasses("java.lang.Thread").build(),
                    List.of());
            assertThat(named.mayImportClass(Thread.class)).isTrue();
        }
    }

    @Nested
    class Values {
        @ParameterizedTest
        @ValueSource(classes = {String.class, Integer.class, ArrayList.class, StringBuilder.class,
            java.time.LocalDate.class, java.math.BigDecimal.class, Runnable.class})
        void ordinaryValuesPass(Class<?> c) {
            sandbox.checkValue(c);
        }

        @ParameterizedTest
        @ValueSource(classes = {Class.class, ClassLoader.class, java.net.URLClassLoader.class, Thread.class,
            Runtime.class, ProcessBuilder.class, java.lang.reflect.Method.class, java.io.File.class,
            java.nio.file.Path.class, java.net.Socket.class, javax.script.ScriptEngineManager.class,
            org.hotpy.core.interp.InterpreterState.class, Thread[].class})
        void sensitiveValuesRaise(Class<?> c) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> sandbox.checkValue(c))
                    .hasMessageContaining("PermissionError");
        }

        @Test
        void subclassesOfSensitiveClassesAreSensitive() {
            class MyThread extends Thread {
            }
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> sandbox.checkValue(MyThread.class))
                    .hasMessageContaining("PermissionError");
        }

        @Test
        void proxiesAreJudgedByTheirInterfaces() {
            Object runnable = Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Runnable.class},
                    (p, m, a) -> null);
            sandbox.checkValue(runnable.getClass());
        }

        @Test
        void membersReturningSensitiveTypesAreRefused() throws NoSuchMethodException {
            assertThat(sandbox.mayUseMember(Object.class.getMethod("getClass"))).isFalse();
            assertThat(sandbox.mayUseMember(Object.class.getMethod("toString"))).isTrue();
            assertThat(sandbox.mayUseMember(Thread.class.getMethod("getContextClassLoader"))).isFalse();
            assertThat(sandbox.mayUseMember(ArrayList.class.getMethod("size"))).isTrue();
            assertThat(HostAccess.of(HostPolicy.trusted(), List.of()).mayUseMember(Object.class.getMethod("getClass")))
                    .isTrue();
        }
    }
}
