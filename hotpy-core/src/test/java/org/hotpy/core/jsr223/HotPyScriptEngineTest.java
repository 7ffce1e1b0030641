package org.hotpy.core.jsr223;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import javax.script.SimpleScriptContext;

import org.hotpy.api.PythonException;
import org.hotpy.api.Python;
import org.hotpy.api.ResourceLimitException;
import org.hotpy.api.ResourceLimits;
import org.hotpy.fixtures.Lambdas;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The engine's contract beyond what plain javax.script code sees: scopes, streams, limits, closing. */
class HotPyScriptEngineTest {
    private final HotPyScriptEngineFactory factory = new HotPyScriptEngineFactory();

    private HotPyScriptEngine engine() {
        return (HotPyScriptEngine) factory.getScriptEngine();
    }

    @Nested
    class Scopes {
        @Test
        void engineBindingsAreLiveBothWays() throws ScriptException {
            HotPyScriptEngine e = engine();
            Bindings b = e.getBindings(ScriptContext.ENGINE_SCOPE);
            b.put("x", 1);
            e.eval("y = x + 1");
            assertThat(b.get("y")).isEqualTo(2L);
            assertThat(b.keySet()).containsExactlyInAnyOrder("x", "y");
            b.remove("x");
            assertThatThrownBy(() -> e.eval("x")).isInstanceOf(ScriptException.class).hasMessageContaining("NameError");
        }

        @Test
        void createBindingsAreIsolated() throws ScriptException {
            HotPyScriptEngine e = engine();
            Bindings one = e.createBindings();
            Bindings two = e.createBindings();
            e.eval("x = 1", one);
            assertThat(one).containsEntry("x", 1L);
            assertThat(two).isEmpty();
            assertThat(e.get("x")).isNull();
        }

        @Test
        void bindingsRejectBadKeys() {
            Bindings b = engine().createBindings();
            assertThatThrownBy(() -> b.put("", 1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> b.put(null, 1)).isInstanceOf(NullPointerException.class);
        }

        @Test
        void globalScopeIsReadWhenTheScriptReadsIt() throws ScriptException {
            HotPyScriptEngine e = engine();
            Bindings global = new SimpleBindings();
            e.setBindings(global, ScriptContext.GLOBAL_SCOPE);
            global.put("rate", 2);
            e.put("bump", Lambdas.runnable(() -> global.put("rate", 10)));
            assertThat(e.eval("a = rate\nbump()\n(a, rate)")).isEqualTo(List.of(2L, 10L));
            assertThat(global).doesNotContainKey("a");
        }

        @Test
        void engineScopeShadowsGlobalScope() throws ScriptException {
            HotPyScriptEngine e = engine();
            e.getBindings(ScriptContext.GLOBAL_SCOPE);
            Bindings global = new SimpleBindings(new HashMap<>(Map.of("v", "global")));
            e.setBindings(global, ScriptContext.GLOBAL_SCOPE);
            e.put("v", "engine");
            assertThat(e.eval("v")).isEqualTo("engine");
        }

        @Test
        void foreignBindingsGetOnlyAssignedNames() throws ScriptException {
            HotPyScriptEngine e = engine();
            Map<String, Object> backing = new HashMap<>(Map.of("inp", 5));
            Bindings b = new SimpleBindings(backing);
            e.eval("out = inp * 2\ndef helper():\n    return out\nimport json", b);
            assertThat(backing).containsOnlyKeys("inp", "out", "helper", "json");
            assertThat(backing.get("out")).isEqualTo(10L);
            backing.put("out", 99);
            assertThat(e.eval("helper()", b)).as("functions see the bindings' new values").isEqualTo(99L);
        }
    }

    @Nested
    class Streams {
        @Test
        void stdoutStderrAndStdinOfTheGivenContext() throws ScriptException {
            HotPyScriptEngine e = engine();
            ScriptContext ctx = new SimpleScriptContext();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            ctx.setWriter(out);
            ctx.setErrorWriter(err);
            ctx.setReader(new StringReader("line one\n"));
            ctx.setBindings(e.createBindings(), ScriptContext.ENGINE_SCOPE);
            e.eval("import sys\nsys.stdout.write(input().upper())\nprint('!', file=sys.stderr)", ctx);
            assertThat(out.toString()).isEqualTo("LINE ONE");
            assertThat(err.toString()).isEqualTo("!\n");
        }

        @Test
        void proxiesPrintToTheDefaultContext() throws ScriptException {
            HotPyScriptEngine e = engine();
            StringWriter out = new StringWriter();
            e.getContext().setWriter(out);
            e.eval("def run():\n    print('from a proxy')");
            ((javax.script.Invocable) e).getInterface(Runnable.class).run();
            assertThat(out.toString()).isEqualTo("from a proxy\n");
        }
    }

    @Nested
    class FilesAndErrors {
        @Test
        void fileNameFromTheContext() {
            HotPyScriptEngine e = engine();
            e.put(ScriptEngine.FILENAME, "discount.py");
            assertThatThrownBy(() -> e.eval("def f():\n    return missing\nf()"))
                    .isInstanceOf(ScriptException.class)
                    .satisfies(t -> {
                        ScriptException se = (ScriptException) t;
                        assertThat(se.getFileName()).isEqualTo("discount.py");
                        assertThat(se.getLineNumber()).isEqualTo(2);
                        assertThat(se.getColumnNumber()).isEqualTo(-1);
                        assertThat(se.getCause()).isInstanceOf(PythonException.class);
                        assertThat(((PythonException) se.getCause()).traceback()).hasSize(2);
                    });
        }

        @Test
        void compiledScriptsUseTheFileNameAtCompileTime() throws ScriptException {
            HotPyScriptEngine e = engine();
            e.put(ScriptEngine.FILENAME, "compiled.py");
            var cs = ((Compilable) e).compile(new StringReader("1 / 0"));
            assertThatThrownBy(() -> cs.eval()).isInstanceOf(ScriptException.class)
                    .satisfies(t -> assertThat(((ScriptException) t).getFileName()).isEqualTo("compiled.py"));
        }

        @Test
        void evalFromAReader() throws ScriptException {
            assertThat(engine().eval(new StringReader("x = 2\nx ** 10"))).isEqualTo(1024L);
        }
    }

    @Nested
    class Limits {
        private HotPyScriptEngine limitedEngine() {
            return (HotPyScriptEngine) new HotPyScriptEngineFactory(() -> Python.builder()
                    .limits(ResourceLimits.builder().maxSteps(100_000).timeout(Duration.ofSeconds(20)).build()))
                    .getScriptEngine();
        }

        @Test
        void limitHitIsAScriptExceptionAndTheEngineGoesOn() throws ScriptException {
            HotPyScriptEngine e = limitedEngine();
            assertThatThrownBy(() -> e.eval("while True:\n    try:\n        pass\n    except:\n        pass"))
                    .isInstanceOf(ScriptException.class)
                    .hasCauseInstanceOf(ResourceLimitException.class);
            assertThat(e.eval("'fine'")).isEqualTo("fine");
        }

        @Test
        void interruptFromAnotherThread() throws Exception {
            HotPyScriptEngine e = engine();
            CountDownLatch started = new CountDownLatch(1);
            e.put("started", Lambdas.runnable(started::countDown));
            CompletableFuture<Throwable> run = CompletableFuture.supplyAsync(() -> {
                try {
                    e.eval("started()\nwhile True:\n    pass");
                    return null;
                } catch (ScriptException ex) {
                    return ex.getCause();
                }
            });
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
            e.interrupt();
            assertThat(run.get(30, TimeUnit.SECONDS)).isInstanceOf(ResourceLimitException.class);
        }

        @Test
        void closedEngineRefusesWork() {
            HotPyScriptEngine e = engine();
            e.close();
            assertThat(e.interpreter().isClosed()).isTrue();
            assertThatThrownBy(() -> e.eval("1")).isInstanceOf(IllegalStateException.class);
        }
    }
}
