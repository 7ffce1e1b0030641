package org.hotpy.core.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.hotpy.api.HostPolicy;
import org.hotpy.api.Interpreter;
import org.hotpy.api.Python;
import org.hotpy.api.PythonException;
import org.hotpy.fixtures.Account;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Java classes Python imports through an allow-list, as Jython users expect. */
class JavaAccessTest {
    private Interpreter py;

    @BeforeEach
    void create() {
        py = Python.builder().hostPolicy(HostPolicy.builder()
                .allowJavaPackages("java.util", "java.time")
                .allowJavaClasses("java.lang.Math", "java.lang.StringBuilder", "java.lang.Integer",
                        "java.lang.String", "org.hotpy.fixtures.Account")
                .build()).build();
    }

    @AfterEach
    void close() {
        py.close();
    }

    @Nested
    class Classes {
        @Test
        void importStyles() {
            py.exec("import java.util\nfrom java.util import ArrayList, HashMap as HM\nfrom java import util");
            assertThat(py.eval("java.util.ArrayList is ArrayList and util.HashMap is HM")).isEqualTo(true);
            assertThat(py.eval("repr(ArrayList)")).isEqualTo("<java class 'java.util.ArrayList'>");
            assertThat(py.eval("ArrayList.__name__")).isEqualTo("ArrayList");
        }

        @Test
        void constructorsAndOverloads() {
            py.exec("from java.lang import StringBuilder\nsb = StringBuilder('ab')\nsb.append(1)\nsb.append(2.5)"
                    + "\nsb.append(True)\nsb.append('c')\ns = sb.toString()");
            assertThat(py.get("s")).isEqualTo("ab12.5truec");
        }

        @Test
        void staticMethodsAndFields() {
            py.exec("from java.lang import Math, Integer");
            assertThat(py.eval("Math.max(3, 9)")).isEqualTo(9L);
            assertThat(py.eval("Math.abs(-2.5)")).isEqualTo(2.5);
            assertThat(py.eval("Integer.MAX_VALUE")).isEqualTo(2147483647L);
            assertThat(py.eval("Integer.parseInt('42')")).isEqualTo(42L);
        }

        @Test
        void varargs() {
            py.exec("from java.util import Arrays\nfrom java.lang import String");
            assertThat(py.eval("Arrays.asList(1, 2, 3).size()")).isEqualTo(3L);
            assertThat(py.eval("String.format('%s-%s', 'a', 'b')")).isEqualTo("a-b");
        }

        @Test
        void nestedClassesAndInterfaces() {
            py.exec("from java.util import Map, List\nentry = Map.entry('k', 1)\nl = List.of(1, 2)");
            assertThat(py.eval("entry.getKey()")).isEqualTo("k");
            assertThat(py.eval("len(l)")).isEqualTo(2L);
            assertThat(py.eval("Map.Entry.__name__")).isEqualTo("Entry");
        }

        @Test
        void isinstanceOfJavaClasses() {
            py.exec("from java.util import ArrayList, HashMap, List\na = ArrayList()");
            assertThat(py.eval("isinstance(a, ArrayList) and isinstance(a, List) and not isinstance(a, HashMap)"))
                    .isEqualTo(true);
        }

        @Test
        void javaObjectsWorkAsPythonContainers() {
            py.exec("from java.util import ArrayList, HashMap\na = ArrayList()\nfor i in range(3):\n    a.add(i)\n"
                    + "m = HashMap()\nm['x'] = 1\nm.put('y', 2)");
            assertThat(py.eval("list(a) == [0, 1, 2] and sorted(m) == ['x', 'y'] and m['y'] == 2")).isEqualTo(true);
            assertThat(py.eval("a")).isInstanceOf(java.util.ArrayList.class);
        }

        @Test
        void dirListsMembers() {
            py.exec("from java.util import ArrayList");
            assertThat(py.eval("dir(ArrayList())")).asList().contains("add", "size").doesNotContain("getClass");
        }

        @Test
        void userClassesByName() {
            py.exec("from org.hotpy.fixtures import Account\na = Account()");
            assertThat(py.eval("a.deposit(5)")).isEqualTo(105L);
        }
    }

    @Nested
    class Failures {
        @Test
        void noMatchingOverload() {
            assertThatThrownBy(() -> py.exec("from java.lang import Math\nMath.max('a', 'b')"))
                    .isInstanceOf(PythonException.class)
                    .hasMessageContaining("TypeError: no Java overload of max matches the arguments (str, str)");
        }

        @Test
        void keywordArgumentsAreRefused() {
            assertThatThrownBy(() -> py.exec("from java.lang import Math\nMath.max(a=1, b=2)"))
                    .isInstanceOf(PythonException.class).hasMessageContaining("takes no keyword arguments");
        }

        @Test
        void javaExceptionsBecomePythonExceptions() {
            py.exec("""
                    from java.util import ArrayList
                    from java.lang import Integer
                    caught = []
                    try:
                        ArrayList().get(3)
                    except IndexError as e:
                        caught.append('index')
                    try:
                        Integer.parseInt('x')
                    except ValueError as e:
                        caught.append('value')
                    try:
                        ArrayList().iterator().next()
                    except LookupError:
                        caught.append('lookup')
                    """);
            assertThat(py.eval("caught")).isEqualTo(List.of("index", "value", "lookup"));
        }

        @Test
        void uncaughtJavaExceptionIsTheCause() {
            assertThatThrownBy(() -> py.exec("from java.lang import Integer\nInteger.parseInt('zz')"))
                    .isInstanceOf(PythonException.class)
                    .hasMessageContaining("ValueError")
                    .hasCauseInstanceOf(NumberFormatException.class);
        }

        @Test
        void overflowIntoAJavaInt() {
            assertThatThrownBy(() -> py.exec("from java.lang import Integer\nInteger.toHexString(2 ** 40)"))
                    .isInstanceOf(PythonException.class).hasMessageContaining("TypeError");
        }
    }

    @Nested
    class Trusted {
        @Test
        void trustedReachesAnyJavaClass() {
            try (Interpreter t = Python.builder().hostPolicy(HostPolicy.trusted()).build()) {
                assertThat(t.eval("__import__('java.lang', fromlist=['System']).System.getProperty('java.version')"))
                        .isEqualTo(System.getProperty("java.version"));
                t.set("acct", new Account());
                assertThat(t.eval("acct.getClass().getSimpleName()")).isEqualTo("Account");
            }
        }
    }
}
