package org.hotpy.core.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hotpy.api.CompiledCode;
import org.hotpy.api.Interpreter;
import org.hotpy.api.PyHandle;
import org.hotpy.api.Python;
import org.hotpy.api.PythonException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The embedding API: running code, globals, calls, handles, streams, errors and closing. */
class EmbeddedInterpreterTest {
    private Interpreter py;

    @BeforeEach
    void create() {
        py = Python.create();
    }

    @AfterEach
    void close() {
        py.close();
    }

    @Nested
    class Running {
        @Test
        void execThenEval() {
            py.exec("x = 40\ny = x + 2");
            assertThat(py.eval("y")).isEqualTo(42L);
        }

        @Test
        void evalTakesOneExpression() {
            assertThatThrownBy(() -> py.eval("x = 1")).isInstanceOf(PythonException.class)
                    .satisfies(e -> assertThat(((PythonException) e).isSyntaxError()).isTrue());
        }

        @Test
        void compiledCodeRunsManyTimesAgainstDifferentGlobals() {
            CompiledCode code = py.compile("total = a + b\ntotal * 2", "calc.py");
            Map<String, Object> g1 = py.newGlobals();
            g1.put("a", 1);
            g1.put("b", 2);
            Map<String, Object> g2 = new HashMap<>(Map.of("a", 10, "b", 20));
            assertThat(code.run(g1)).isEqualTo(6L);
            assertThat(code.run(g2)).isEqualTo(60L);
            assertThat(g1).containsEntry("total", 3L);
            assertThat(g2).containsEntry("total", 30L).hasSize(3);
            assertThat(code.fileName()).isEqualTo("calc.py");
            assertThat(code.interpreter()).isSameAs(py);
        }

        @Test
        void compiledCodeInMainGlobals() {
            CompiledCode code = py.compile("n = n + 1 if 'n' in globals() else 1\nn", "count.py");
            code.run();
            code.run();
            assertThat(code.run()).isEqualTo(3L);
        }

        @Test
        void syntaxErrorsAtCompileTime() {
            assertThatThrownBy(() -> py.compile("def f(:\n  pass", "bad.py"))
                    .isInstanceOf(PythonException.class)
                    .satisfies(e -> {
                        PythonException pe = (PythonException) e;
                        assertThat(pe.pythonType()).isEqualTo("SyntaxError");
                        assertThat(pe.fileName()).isEqualTo("bad.py");
                        assertThat(pe.lineNumber()).isEqualTo(1);
                        assertThat(pe.columnNumber()).isEqualTo(7);
                    });
        }

        @Test
        void readOnlyMapsAreNotWrittenWhenUntouched() {
            Map<String, Object> ro = Collections.unmodifiableMap(new HashMap<>(Map.of("a", 1)));
            assertThat(py.compile("a + 1", "ro.py").run(ro)).isEqualTo(2L);
            py.exec("b = a * 2", ro); // the write-back is refused; the run still succeeds
        }

        @Test
        void deletionsAreWrittenBack() {
            Map<String, Object> m = new HashMap<>(Map.of("a", 1, "b", 2));
            py.exec("del a", m);
            assertThat(m).containsOnlyKeys("b");
        }
    }

    @Nested
    class Globals {
        @Test
        void getSetRemoveContains() {
            py.set("n", 5);
            assertThat(py.contains("n")).isTrue();
            assertThat(py.eval("n * 2")).isEqualTo(10L);
            assertThat(py.remove("n")).isEqualTo(5L);
            assertThat(py.contains("n")).isFalse();
            assertThat(py.get("n")).isNull();
        }

        @Test
        void globalsMapIsLive() {
            Map<String, Object> g = py.globals();
            g.put("a", 1);
            py.exec("b = a + 1");
            assertThat(g).containsEntry("b", 2L).containsKey("__name__").doesNotContainKey("__builtins__");
            assertThat(py.eval("__name__")).isEqualTo("__main__");
        }

        @Test
        void newGlobalsAreSeparate() {
            Map<String, Object> g = py.newGlobals();
            py.exec("x = 1", g);
            assertThat(py.contains("x")).isFalse();
            assertThat(g).containsOnlyKeys("x");
        }

        @Test
        void typedGet() {
            py.exec("n = 7\nbig = 2 ** 80\nf = 0.5\nnums = [1, 2, 3]");
            assertThat(py.get("n", Integer.class)).isEqualTo(7);
            assertThat(py.get("n", int.class)).isEqualTo(7);
            assertThat(py.get("n", Double.class)).isEqualTo(7.0);
            assertThat(py.get("big", java.math.BigInteger.class)).isEqualTo(java.math.BigInteger.TWO.pow(80));
            assertThat(py.get("f", float.class)).isEqualTo(0.5f);
            assertThat(py.get("nums", List.class)).isEqualTo(List.of(1L, 2L, 3L));
            assertThatThrownBy(() -> py.get("big", Long.class)).isInstanceOf(PythonException.class)
                    .hasMessageContaining("OverflowError");
            assertThatThrownBy(() -> py.get("missing", Long.class)).isInstanceOf(PythonException.class)
                    .hasMessageContaining("NameError");
        }
    }

    @Nested
    class Calls {
        @Test
        void positionalAndKeywordArguments() {
            py.exec("def greet(name, greeting='Hello', *, punct='!'):\n    return f'{greeting}, {name}{punct}'");
            assertThat(py.call("greet", "Ada")).isEqualTo("Hello, Ada!");
            assertThat(py.callWithKeywords("greet", List.of("Bo"), Map.of("greeting", "Hi", "punct", "?")))
                    .isEqualTo("Hi, Bo?");
        }

        @Test
        void nullArgumentIsNone() {
            py.exec("def isnone(x):\n    return x is None");
            assertThat(py.call("isnone", (Object) null)).isEqualTo(true);
        }

        @Test
        void handles() {
            py.exec("class Point:\n    def __init__(self, x, y):\n        self.x, self.y = x, y\n"
                    + "    def norm2(self):\n        return self.x ** 2 + self.y ** 2\n"
                    + "    def __repr__(self):\n        return f'Point({self.x}, {self.y})'\np = Point(3, 4)");
            PyHandle p = (PyHandle) py.get("p");
            assertThat(p.typeName()).isEqualTo("Point");
            assertThat(p.getAttr("x")).isEqualTo(3L);
            assertThat(p.invoke("norm2")).isEqualTo(25L);
            p.setAttr("x", 6);
            assertThat(p.invoke("norm2")).isEqualTo(52L);
            assertThat(p.repr()).isEqualTo("Point(6, 4)");
            assertThat(p.toString()).isEqualTo("Point(6, 4)");
            assertThat(p.hasAttr("z")).isFalse();
            p.delAttr("y");
            assertThat(p.hasAttr("y")).isFalse();
            PyHandle cls = (PyHandle) py.get("Point");
            PyHandle q = (PyHandle) cls.call(1, 2);
            assertThat(q.str()).isEqualTo("Point(1, 2)");
            assertThat(py.get("p")).isEqualTo(p);
            assertThat(p.interpreter()).isSameAs(py);
        }

        @Test
        void handleRoundTripIsTheSameObject() {
            py.exec("obj = object()\ndef same(x):\n    return x is obj");
            Object obj = py.get("obj");
            assertThat(py.call("same", obj)).isEqualTo(true);
        }

        @Test
        void importModule() {
            PyHandle json = py.importModule("json");
            Object dict = py.eval("{'a': [1, 2]}"); // a view of a Python dict goes back as that dict
            assertThat(json.invoke("dumps", dict)).isEqualTo("{\"a\": [1, 2]}");
            assertThat(json.invoke("loads", "[1, 2.5]")).isEqualTo(List.of(1L, 2.5));
        }

        @Test
        void toPythonHandle() {
            PyHandle h = py.toPython(List.of(3, 1, 2));
            assertThat(h.typeName()).isEqualTo("JavaObject");
            assertThat(py.toPython("abc").invoke("upper")).isEqualTo("ABC");
        }
    }

    @Nested
    class Streams {
        @Test
        void outputErrorAndInput() {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            try (Interpreter p = Python.builder().stdout(out).stderr(err).stdin(new StringReader("Ada\n")).build()) {
                p.exec("import sys\nname = input('who? ')\nprint('hi', name)\nprint('oops', file=sys.stderr)");
            }
            assertThat(out.toString()).isEqualTo("who? hi Ada\n");
            assertThat(err.toString()).isEqualTo("oops\n");
        }

        @Test
        void noInputByDefault() {
            assertThatThrownBy(() -> py.exec("input()")).isInstanceOf(PythonException.class)
                    .hasMessageContaining("EOFError");
        }
    }

    @Nested
    class Closing {
        @Test
        void closedInterpreterRefusesCalls() {
            py.exec("def f():\n    return 1");
            PyHandle f = (PyHandle) py.get("f");
            Map<String, Object> g = py.globals();
            py.close();
            assertThat(py.isClosed()).isTrue();
            assertThatThrownBy(() -> py.eval("1")).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(f::call).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(g::size).isInstanceOf(IllegalStateException.class);
            assertThat(f.toString()).isEqualTo("<Python function object>");
            py.close(); // idempotent
        }
    }

    @Nested
    class Settings {
        @Test
        void traceSettingsInstallTheTraceTier() {
            try (Interpreter p = Python.builder().traceThreshold(10).build()) {
                EmbeddedInterpreter e = (EmbeddedInterpreter) p;
                assertThat(e.state().tier2()).isNotNull();
                assertThat(e.state().tier2().settings().loopThreshold()).isEqualTo(10);
                assertThat(e.traceSettings().threshold()).isEqualTo(10);
            }
        }

        @Test
        void unknownPassNamesFailAtBuild() {
            assertThatThrownBy(() -> Python.builder().enablePasses("licm").build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("unknown pass 'licm' in enablePasses; installed: [");
        }

        @Test
        void defaultTraceSettingsAreAccepted() {
            try (Interpreter p = Python.builder().traceThreshold(0).build()) {
                assertThat(p.eval("1 + 1")).isEqualTo(2L);
                assertThat(((EmbeddedInterpreter) p).state().tier2()).as("tier 1 only, as the command line").isNull();
            }
        }

        @Test
        void argv() {
            try (Interpreter p = Python.builder().argv(List.of("prog", "-v")).build()) {
                assertThat(p.eval("__import__('sys').argv")).isEqualTo(List.of("prog", "-v"));
            }
        }
    }
}
