package org.hotpy.core.jsr223;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.ToIntFunction;

import javax.script.Invocable;
import javax.script.ScriptException;

import org.junit.jupiter.api.Test;

/** {@code Invocable}: functions, methods and interfaces, with the spec's error cases. */
class HotPyInvocableTest {
    /** An interface with a generic result, as frameworks declare them. */
    public interface Splitter {
        List<String> split(String text);

        default int count(String text) {
            return split(text).size();
        }
    }

    private HotPyScriptEngine engine() throws ScriptException {
        HotPyScriptEngine e = (HotPyScriptEngine) new HotPyScriptEngineFactory().getScriptEngine();
        e.eval("""
                def split(text):
                    return text.split()
                def fail():
                    raise RuntimeError('boom')
                class Counter:
                    def __init__(self):
                        self.n = 0
                    def add(self, k=1):
                        self.n += k
                        return self.n
                    def applyAsInt(self, s):
                        return len(s)
                counter = Counter()
                """);
        return e;
    }

    @Test
    void invokeFunctionWithArgumentsAndErrors() throws Exception {
        Invocable inv = engine();
        assertThat(inv.invokeFunction("split", "a b  c")).isEqualTo(List.of("a", "b", "c"));
        assertThatThrownBy(() -> inv.invokeFunction("fail")).isInstanceOf(ScriptException.class)
                .hasMessageContaining("RuntimeError: boom");
        assertThatThrownBy(() -> inv.invokeFunction("absent")).isInstanceOf(NoSuchMethodException.class);
    }

    @Test
    void invokeMethodKeepsObjectState() throws Exception {
        HotPyScriptEngine e = engine();
        Object counter = e.get("counter");
        assertThat(e.invokeMethod(counter, "add")).isEqualTo(1L);
        assertThat(e.invokeMethod(counter, "add", 5)).isEqualTo(6L);
        assertThatThrownBy(() -> e.invokeMethod("not python", "add")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> e.invokeMethod(null, "add")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void interfacesOverModuleAndObject() throws Exception {
        HotPyScriptEngine e = engine();
        Splitter s = e.getInterface(Splitter.class);
        assertThat(s.split("x y")).containsExactly("x", "y");
        assertThat(s.count("x y z")).isEqualTo(3);
        @SuppressWarnings("unchecked")
        ToIntFunction<String> len = e.getInterface(e.get("counter"), ToIntFunction.class);
        assertThat(len.applyAsInt("four")).isEqualTo(4);
        assertThat(e.getInterface(Comparable.class)).isNull();
        assertThatThrownBy(() -> e.getInterface(String.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
