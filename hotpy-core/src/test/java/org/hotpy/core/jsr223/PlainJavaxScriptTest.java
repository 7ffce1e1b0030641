package org.hotpy.core.jsr223;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntBinaryOperator;

import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import javax.script.SimpleScriptContext;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * HotPy as a plain Java application sees it: only {@code javax.script} types, found by name
 * through {@link ScriptEngineManager}. No HotPy class is named here.
 */
@SuppressWarnings("unchecked")
class PlainJavaxScriptTest {
    private final ScriptEngineManager manager = new ScriptEngineManager();

    private ScriptEngine engine() {
        ScriptEngine e = manager.getEngineByName("python");
        assertThat(e).as("the python engine is registered").isNotNull();
        return e;
    }

    @Nested
    class Discovery {
        @Test
        void byNamesExtensionAndMimeType() {
            assertThat(manager.getEngineByName("hotpy")).isNotNull();
            assertThat(manager.getEngineByName("py")).isNotNull();
            assertThat(manager.getEngineByExtension("py")).isNotNull();
            assertThat(manager.getEngineByMimeType("text/x-python")).isNotNull();
        }

        @Test
        void factoryMetadata() {
            var f = engine().getFactory();
            assertThat(f.getNames()).contains("python", "hotpy", "py");
            assertThat(f.getLanguageName()).isEqualTo("python");
            assertThat(f.getLanguageVersion()).isEqualTo("3.11");
            assertThat(f.getParameter(ScriptEngine.NAME)).isEqualTo("python");
            assertThat(f.getParameter(ScriptEngine.LANGUAGE_VERSION)).isEqualTo("3.11");
            assertThat(f.getParameter("THREADING")).isEqualTo("MULTITHREADED");
        }

        @Test
        void eachEngineIsIsolated() throws ScriptException {
            ScriptEngine a = engine();
            ScriptEngine b = engine();
            a.eval("import sys\nsys.marker = 1\nx = 1");
            assertThat(b.eval("import sys\nhasattr(sys, 'marker')")).isEqualTo(false);
            assertThat(b.get("x")).isNull();
        }
    }

    @Nested
    class Eval {
        @Test
        void lastExpressionIsTheResult() throws ScriptException {
            assertThat(engine().eval("x = 20\nx * 2 + 2")).isEqualTo(42L);
            assertThat(engine().eval("x = 1")).isNull();
        }

        @Test
        void valuesConvert() throws ScriptException {
            ScriptEngine e = engine();
            assertThat(e.eval("1.5")).isEqualTo(1.5);
            assertThat(e.eval("'text'")).isEqualTo("text");
            assertThat(e.eval("True")).isEqualTo(true);
            assertThat(e.eval("None")).isNull();
            assertThat(e.eval("2 ** 70")).isEqualTo(new java.math.BigInteger("1180591620717411303424"));
            assertThat((List<Object>) e.eval("[1, 'a', None]")).containsExactly(1L, "a", null);
            assertThat((Map<Object, Object>) e.eval("{'a': 1}")).containsEntry("a", 1L);
        }

        @Test
        void bindingsAreGlobalsBothWays() throws ScriptException {
            ScriptEngine e = engine();
            e.put("price", 10);
            e.eval("total = price * 3");
            assertThat(e.get("total")).isEqualTo(30L);
        }

        @Test
        void callerBindingsGetOnlyWhatTheScriptAssigned() throws ScriptException {
            ScriptEngine e = engine();
            Bindings b = new SimpleBindings(new HashMap<>(Map.of("a", 2)));
            assertThat(e.eval("b = a + 1\nb", b)).isEqualTo(3L);
            assertThat(b).containsOnlyKeys("a", "b");
        }

        @Test
        void unmodifiableBindingsWork() throws ScriptException {
            Bindings b = new SimpleBindings(Collections.unmodifiableMap(new HashMap<>(Map.of("a", 2))));
            assertThat(engine().eval("a * 21", b)).isEqualTo(42L);
        }

        @Test
        void globalScopeIsTheFallback() throws ScriptException {
            manager.put("shared", 5);
            assertThat(engine().eval("shared + 1")).isEqualTo(6L);
        }

        @Test
        void printGoesToTheContextWriter() throws ScriptException {
            ScriptEngine e = engine();
            StringWriter out = new StringWriter();
            e.getContext().setWriter(out);
            e.eval("print('hello', 42)");
            assertThat(out.toString()).isEqualTo("hello 42\n");
        }

        @Test
        void inputReadsTheContextReader() throws ScriptException {
            ScriptEngine e = engine();
            e.getContext().setReader(new StringReader("Ada\n"));
            e.getContext().setWriter(new StringWriter());
            assertThat(e.eval("'hi ' + input('name? ')")).isEqualTo("hi Ada");
        }

        @Test
        void givenContext() throws ScriptException {
            ScriptEngine e = engine();
            ScriptContext ctx = new SimpleScriptContext();
            StringWriter out = new StringWriter();
            ctx.setWriter(out);
            ctx.setBindings(e.createBindings(), ScriptContext.ENGINE_SCOPE);
            ctx.setAttribute("n", 4, ScriptContext.ENGINE_SCOPE);
            e.eval("print(n * n)", ctx);
            assertThat(out.toString()).isEqualTo("16\n");
        }
    }

    @Nested
    class Errors {
        @Test
        void scriptExceptionHasPythonPosition() {
            ScriptEngine e = engine();
            e.put(ScriptEngine.FILENAME, "rules.py");
            assertThatThrownBy(() -> e.eval("x = 1\ny = x / 0\n"))
                    .isInstanceOf(ScriptException.class)
                    .satisfies(t -> {
                        ScriptException se = (ScriptException) t;
                        assertThat(se.getFileName()).isEqualTo("rules.py");
                        assertThat(se.getLineNumber()).isEqualTo(2);
                        assertThat(se.getMessage()).contains("ZeroDivisionError: division by zero");
                    });
        }

        @Test
        void syntaxErrorHasColumn() {
            assertThatThrownBy(() -> engine().eval("x = (1,\n"))
                    .isInstanceOf(ScriptException.class)
                    .satisfies(t -> {
                        ScriptException se = (ScriptException) t;
                        assertThat(se.getLineNumber()).isEqualTo(1);
                        assertThat(se.getColumnNumber()).isEqualTo(5);
                        assertThat(se.getMessage()).contains("SyntaxError");
                    });
        }

        @Test
        void engineIsUsableAfterAnError() throws ScriptException {
            ScriptEngine e = engine();
            assertThatThrownBy(() -> e.eval("raise ValueError('bad')")).isInstanceOf(ScriptException.class);
            assertThat(e.eval("1 + 1")).isEqualTo(2L);
        }
    }

    @Nested
    class CompileAndInvoke {
        @Test
        void compiledScriptRunsAgainstDifferentBindings() throws ScriptException {
            ScriptEngine e = engine();
            CompiledScript cs = ((Compilable) e).compile("x * 2");
            Bindings one = e.createBindings();
            one.put("x", 1);
            Bindings two = new SimpleBindings();
            two.put("x", 21);
            assertThat(cs.eval(one)).isEqualTo(2L);
            assertThat(cs.eval(two)).isEqualTo(42L);
            assertThat(cs.getEngine()).isSameAs(e);
        }

        @Test
        void invokeFunctionAndMethod() throws Exception {
            ScriptEngine e = engine();
            e.eval("def add(a, b):\n    return a + b\nclass Greeter:\n    def hi(self, n):\n        return 'hi ' + n\ng = Greeter()");
            Invocable inv = (Invocable) e;
            assertThat(inv.invokeFunction("add", 2, 3)).isEqualTo(5L);
            assertThat(inv.invokeMethod(e.get("g"), "hi", "Bo")).isEqualTo("hi Bo");
            assertThatThrownBy(() -> inv.invokeFunction("nope")).isInstanceOf(NoSuchMethodException.class);
            assertThatThrownBy(() -> inv.invokeMethod(e.get("g"), "nope")).isInstanceOf(NoSuchMethodException.class);
        }

        @Test
        void getInterfaceOfModuleAndObject() throws ScriptException {
            ScriptEngine e = engine();
            e.eval("def applyAsInt(a, b):\n    return a * b\nclass Sum:\n    def applyAsInt(self, a, b):\n        return a + b\ns = Sum()");
            Invocable inv = (Invocable) e;
            assertThat(inv.getInterface(IntBinaryOperator.class).applyAsInt(6, 7)).isEqualTo(42);
            assertThat(inv.getInterface(e.get("s"), IntBinaryOperator.class).applyAsInt(6, 7)).isEqualTo(13);
            assertThat(inv.getInterface(Runnable.class)).isNull();
        }
    }
}
