package org.hotpy.core.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hotpy.api.Interpreter;
import org.hotpy.api.PyHandle;
import org.hotpy.api.Python;
import org.hotpy.api.PythonException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values crossing between Java and Python, both ways, including live container views. */
@SuppressWarnings("unchecked")
class ConversionsTest {
    private Interpreter py;

    @BeforeEach
    void create() {
        py = Python.create();
    }

    @AfterEach
    void close() {
        py.close();
    }

    private String typeOf(Object javaValue) {
        py.set("v", javaValue);
        return (String) py.eval("type(v).__name__");
    }

    @Nested
    class JavaToPython {
        @Test
        void scalars() {
            assertThat(typeOf(null)).isEqualTo("NoneType");
            assertThat(typeOf(true)).isEqualTo("bool");
            assertThat(typeOf((byte) 1)).isEqualTo("int");
            assertThat(typeOf((short) 1)).isEqualTo("int");
            assertThat(typeOf(1)).isEqualTo("int");
            assertThat(typeOf(1L)).isEqualTo("int");
            assertThat(typeOf(BigInteger.TEN.pow(30))).isEqualTo("int");
            assertThat(typeOf(1.5f)).isEqualTo("float");
            assertThat(typeOf(1.5)).isEqualTo("float");
            assertThat(typeOf("s")).isEqualTo("str");
            assertThat(typeOf('c')).isEqualTo("str");
            assertThat(typeOf(new byte[] {1, 2})).isEqualTo("bytes");
        }

        @Test
        void valuesSurvive() {
            py.set("big", BigInteger.TEN.pow(30));
            assertThat(py.eval("big == 10 ** 30")).isEqualTo(true);
            py.set("c", '\u00e9');
            assertThat(py.eval("c == '\u00e9'")).isEqualTo(true);
            py.set("astral", "a\uD83D\uDE00b");
            assertThat(py.eval("len(astral)")).isEqualTo(3L);
        }

        @Test
        void byteArrayIsCopied() {
            byte[] data = {1, 2, 3};
            py.set("b", data);
            data[0] = 9;
            assertThat(py.eval("b[0]")).isEqualTo(1L);
        }

        @Test
        void javaListBehavesAsASequence() {
            List<Object> list = new ArrayList<>(List.of(1, 2, 3));
            py.set("l", list);
            assertThat(py.eval("len(l)")).isEqualTo(3L);
            assertThat(py.eval("l[0] + l[-1]")).isEqualTo(4L);
            assertThat(py.eval("2 in l")).isEqualTo(true);
            assertThat(py.eval("[x * 10 for x in l]")).isEqualTo(List.of(10L, 20L, 30L));
            py.exec("l[1] = 'two'\ndel l[0]");
            assertThat(list).containsExactly("two", 3);
            assertThatThrownBy(() -> py.eval("l[5]")).isInstanceOf(PythonException.class).hasMessageContaining("IndexError");
        }

        @Test
        void unmodifiableJavaListRefusesAssignment() {
            py.set("l", List.of(1, 2));
            assertThatThrownBy(() -> py.exec("l[0] = 5")).isInstanceOf(PythonException.class)
                    .hasMessageContaining("TypeError");
        }

        @Test
        void javaMapBehavesAsAMapping() {
            Map<String, Object> map = new HashMap<>(Map.of("a", 1));
            py.set("m", map);
            assertThat(py.eval("m['a']")).isEqualTo(1L);
            assertThat(py.eval("'a' in m and 'b' not in m")).isEqualTo(true);
            assertThat(py.eval("len(m)")).isEqualTo(1L);
            py.exec("m['b'] = [1, 2]");
            assertThat(map.get("b")).isEqualTo(List.of(1L, 2L));
            assertThat(py.eval("sorted(k for k in m)")).isEqualTo(List.of("a", "b"));
            assertThatThrownBy(() -> py.eval("m['zz']")).isInstanceOf(PythonException.class).hasMessageContaining("KeyError");
        }

        @Test
        void javaArrayBehavesAsAMutableSequence() {
            int[] arr = {5, 6, 7};
            py.set("a", arr);
            assertThat(py.eval("sum(a)")).isEqualTo(18L);
            py.exec("a[0] = 50");
            assertThat(arr[0]).isEqualTo(50);
            assertThatThrownBy(() -> py.exec("a[1] = 'x'")).isInstanceOf(PythonException.class)
                    .hasMessageContaining("TypeError");
        }

        @Test
        void javaSetBehavesAsACollection() {
            py.set("s", new LinkedHashSet<>(List.of("x", "y")));
            assertThat(py.eval("len(s) == 2 and 'x' in s and 'z' not in s")).isEqualTo(true);
        }
    }

    @Nested
    class PythonToJava {
        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "None | null",
            "True | java.lang.Boolean",
            "1 | java.lang.Long",
            "2 ** 64 | java.math.BigInteger",
            "-(2 ** 63) | java.lang.Long",
            "1.5 | java.lang.Double",
            "'s' | java.lang.String",
            "b'ab' | [B",
        })
        void scalars(String expr, String javaClass) {
            Object v = py.eval(expr);
            assertThat(v == null ? "null" : v.getClass().getName()).isEqualTo(javaClass);
        }

        @Test
        void listIsALiveView() {
            py.exec("l = [1, 2]");
            List<Object> l = (List<Object>) py.get("l");
            l.add("three");
            l.set(0, 10);
            assertThat(py.eval("l")).isEqualTo(List.of(10L, 2L, "three"));
            py.exec("l.append(4)");
            assertThat(l).hasSize(4).endsWith(4L);
            l.remove(0);
            l.add(0, "first");
            assertThat(py.eval("l[0]")).isEqualTo("first");
        }

        @Test
        void dictIsALiveView() {
            py.exec("d = {'a': 1, 2: 'two'}");
            Map<Object, Object> d = (Map<Object, Object>) py.get("d");
            assertThat(d).containsEntry("a", 1L).containsEntry(2L, "two");
            d.put("b", List.of(1));
            d.remove("a");
            assertThat(py.eval("sorted(map(str, d.keys()))")).isEqualTo(List.of("2", "b"));
            assertThat(d.get(2)).as("Python equality: 2 == 2L").isEqualTo("two");
        }

        @Test
        void tupleIsUnmodifiable() {
            List<Object> t = (List<Object>) py.eval("(1, 'a')");
            assertThat(t).containsExactly(1L, "a");
            assertThatThrownBy(() -> t.add(3)).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void setsAreSets() {
            py.exec("s = {1, 2}");
            Set<Object> s = (Set<Object>) py.get("s");
            s.add(3);
            assertThat(py.eval("sorted(s)")).isEqualTo(List.of(1L, 2L, 3L));
            Set<Object> fs = (Set<Object>) py.eval("frozenset([1])");
            assertThat(fs).containsExactly(1L);
            assertThatThrownBy(() -> fs.add(2)).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void otherObjectsAreHandles() {
            assertThat(py.eval("len")).isInstanceOf(PyHandle.class);
            assertThat(py.eval("object()")).isInstanceOf(PyHandle.class);
        }

        @Test
        void wrappedJavaObjectsComeBackAsThemselves() {
            Object o = new StringBuilder("x");
            py.set("o", o);
            assertThat(py.get("o")).isSameAs(o);
        }

        @Test
        void viewsOfAnotherInterpreterArePlainCollections() {
            try (Interpreter other = Python.create()) {
                Object list = other.eval("[1, 2, 3]");
                py.set("l", list);
                assertThat(py.eval("sum(l)")).isEqualTo(6L);
                assertThatThrownBy(() -> py.set("h", other.eval("object()")))
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another HotPy interpreter");
            }
        }
    }
}
