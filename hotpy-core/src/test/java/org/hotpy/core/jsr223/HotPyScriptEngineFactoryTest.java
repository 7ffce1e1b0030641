package org.hotpy.core.jsr223;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;

import javax.script.ScriptEngine;
import javax.script.ScriptException;

import org.junit.jupiter.api.Test;

/** The factory's metadata and the program snippets it writes (checked by running them). */
class HotPyScriptEngineFactoryTest {
    private final HotPyScriptEngineFactory factory = new HotPyScriptEngineFactory();

    @Test
    void metadata() {
        assertThat(factory.getEngineName()).isEqualTo("HotPy");
        assertThat(factory.getEngineVersion()).isEqualTo("0.1.0");
        assertThat(factory.getNames()).containsExactly("python", "hotpy", "py");
        assertThat(factory.getExtensions()).containsExactly("py");
        assertThat(factory.getMimeTypes()).containsExactly("text/x-python");
        assertThat(factory.getLanguageName()).isEqualTo("python");
        assertThat(factory.getLanguageVersion()).isEqualTo("3.11");
    }

    @Test
    void parameters() {
        assertThat(factory.getParameter(ScriptEngine.NAME)).isEqualTo("python");
        assertThat(factory.getParameter(ScriptEngine.ENGINE)).isEqualTo("HotPy");
        assertThat(factory.getParameter(ScriptEngine.ENGINE_VERSION)).isEqualTo("0.1.0");
        assertThat(factory.getParameter(ScriptEngine.LANGUAGE)).isEqualTo("python");
        assertThat(factory.getParameter(ScriptEngine.LANGUAGE_VERSION)).isEqualTo("3.11");
        assertThat(factory.getParameter("THREADING")).isEqualTo("MULTITHREADED");
        assertThat(factory.getParameter("no.such.key")).isNull();
    }

    @Test
    void generatedProgramRuns() throws ScriptException {
        String program = factory.getProgram(
                "items = [3, 1, 2]",
                factory.getMethodCallSyntax("items", "sort"),
                factory.getOutputStatement("it's \"sorted\"\n\tdone\\"),
                "print(items)");
        ScriptEngine e = factory.getScriptEngine();
        StringWriter out = new StringWriter();
        e.getContext().setWriter(out);
        e.eval(program);
        assertThat(out.toString()).isEqualTo("it's \"sorted\"\n\tdone\\\n[1, 2, 3]\n");
        assertThat(factory.getMethodCallSyntax("o", "m", "a", "b")).isEqualTo("o.m(a, b)");
    }

    @Test
    void eachEngineIsNewAndBelongsToTheFactory() {
        ScriptEngine a = factory.getScriptEngine();
        ScriptEngine b = factory.getScriptEngine();
        assertThat(a).isNotSameAs(b);
        assertThat(a.getFactory()).isSameAs(factory);
    }
}
