package org.hotpy.core.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hotpy.api.HostPolicy;
import org.hotpy.api.Interpreter;
import org.hotpy.api.Python;
import org.hotpy.api.PythonException;
import org.hotpy.fixtures.Account;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Escape attempts through Java: objects the embedder passes in, and classes an allow-list
 * grants. Reflection, class loaders, threads, processes and HotPy's own runtime stay out of reach.
 */
class HostObjectEscapeTest {

    private static void refused(Interpreter py, String script, String pythonType) {
        assertThatThrownBy(() -> py.exec(script))
                .isInstanceOf(PythonException.class)
                .satisfies(e -> assertThat(((PythonException) e).pythonType())
                        .as(((PythonException) e).formattedTraceback()).isEqualTo(pythonType));
        assertThat(py.eval("6 * 7")).isEqualTo(42L);
    }

    @Nested
    class PassedObjects {
        @Test
        void publicMethodsAndFieldsWork() {
            try (Interpreter py = Python.create()) {
                py.set("acct", new Account());
                assertThat(py.eval("acct.balance() + acct.id")).isEqualTo(107L);
                py.exec("acct.owner = 'bob'");
                assertThat(py.eval("acct.owner")).isEqualTo("bob");
                assertThat(py.eval("acct.self().balance()")).isEqualTo(100L);
            }
        }

        @Test
        void getClassIsRefused() {
            try (Interpreter py = Python.create()) {
                py.set("acct", new Account());
                refused(py, "acct.getClass()", "PermissionError");
                refused(py, "acct.getClass().getClassLoader()", "PermissionError");
                refused(py, "acct.hashCode.__self__", "AttributeError");
            }
        }

        @Test
        void membersReturningClassesAreRefused() {
            try (Interpreter py = Python.create()) {
                py.set("acct", new Account());
                refused(py, "acct.kind()", "PermissionError");
            }
        }

        @Test
        void valuesOfSensitiveTypesAreRefused() {
            try (Interpreter py = Python.create()) {
                py.set("acct", new Account());
                refused(py, "acct.loader()", "PermissionError");
                refused(py, "acct.thread()", "PermissionError");
            }
        }

        @Test
        void sensitiveObjectsCannotBePassedIn() {
            try (Interpreter py = Python.create()) {
                assertThatThrownBy(() -> py.set("t", Thread.currentThread()))
                        .isInstanceOf(PythonException.class).hasMessageContaining("PermissionError");
                assertThatThrownBy(() -> py.set("rt", Runtime.getRuntime()))
                        .isInstanceOf(PythonException.class).hasMessageContaining("PermissionError");
                assertThatThrownBy(() -> py.set("c", String.class))
                        .isInstanceOf(PythonException.class).hasMessageContaining("PermissionError");
            }
        }

        @Test
        void sensitiveValuesInsideCollectionsAreRefused() {
            try (Interpreter py = Python.create()) {
                List<Object> list = new ArrayList<>(List.of("ok"));
                list.add(Account.class.getClassLoader());
                py.set("items", new java.util.LinkedList<>(list));
                assertThat(py.eval("items[0]")).isEqualTo("ok");
                refused(py, "items[1]", "PermissionError");
                refused(py, "items.getClass()", "PermissionError");
            }
        }

        @Test
        void getClassOfAPassedMap() {
            try (Interpreter py = Python.create()) {
                py.set("m", new HashMap<>(Map.of("k", 1)));
                refused(py, "m.getClass().forName('java.lang.Runtime')", "PermissionError");
            }
        }

        @Test
        void opaqueWhenMembersAreDenied() {
            try (Interpreter py = Python.builder().hostPolicy(HostPolicy.builder().hostObjectMembers(false).build())
                    .build()) {
                py.set("acct", new Account());
                refused(py, "acct.balance()", "PermissionError");
                assertThat(py.eval("repr(acct)")).asString().startsWith("<").contains("Account object>");
            }
        }
    }

    @Nested
    class AllowLists {
        private Interpreter withPackages(String... packages) {
            return Python.builder().hostPolicy(HostPolicy.builder().allowJavaPackages(packages).build()).build();
        }

        @Test
        void allowedClassesWork() {
            try (Interpreter py = withPackages("java.util")) {
                py.exec("from java.util import ArrayList\nl = ArrayList()\nl.add(3)\nl.add(4)\n");
                assertThat(py.eval("len(l) + l.get(1)")).isEqualTo(6L);
            }
        }

        @Test
        void reflectionIsRefusedEvenInAnAllowedPackage() {
            try (Interpreter py = withPackages("java.util", "java.lang")) {
                refused(py, "from java.util import ArrayList\nArrayList().getClass()", "PermissionError");
                refused(py, "from java.lang import Runtime", "PermissionError");
                refused(py, "from java.lang import System", "PermissionError");
                refused(py, "from java.lang import Thread", "PermissionError");
                refused(py, "from java.lang import Class", "PermissionError");
                refused(py, "from java.lang import ClassLoader", "PermissionError");
                refused(py, "from java.lang import ProcessBuilder", "PermissionError");
                refused(py, "from java.util import ServiceLoader", "PermissionError");
                refused(py, "from java.lang.reflect import Method", "ImportError");
                refused(py, "from java.lang.invoke import MethodHandles", "ImportError");
            }
        }

        @Test
        void classesOutsideTheListAreRefused() {
            try (Interpreter py = Python.builder().hostPolicy(HostPolicy.builder()
                    .allowJavaClasses("java.util.ArrayList").build()).build()) {
                py.exec("from java.util import ArrayList");
                refused(py, "from java.util import HashMap", "PermissionError");
                refused(py, "from java.io import File", "ImportError");
                refused(py, "from org.hotpy.core.interp import InterpreterState", "ModuleNotFoundError");
            }
        }

        @Test
        void hotpyInternalsStayOutEvenWhenTheirPackageIsListed() {
            try (Interpreter py = withPackages("org.hotpy.core.interp")) {
                refused(py, "from org.hotpy.core.interp import InterpreterState", "PermissionError");
            }
        }
    }
}
