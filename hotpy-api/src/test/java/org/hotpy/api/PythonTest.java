package org.hotpy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The API alone (hotpy-core is not on this module's test class path). */
class PythonTest {
    @Test
    void withoutAnImplementationTheErrorSaysWhatToDo() {
        assertThatThrownBy(Python::create).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("put hotpy-core on the class path");
    }

    @Test
    void builderCollectsTheConfiguration() {
        StringWriter out = new StringWriter();
        InterpreterConfig c = Python.builder().stdout(out).argv(List.of("a")).loggerName("app.py")
                .hostPolicy(HostPolicy.trusted()).traceThreshold(5).disablePasses("call-inlining").config();
        assertThat(c.stdout()).isSameAs(out);
        assertThat(c.argv()).containsExactly("a");
        assertThat(c.loggerName()).isEqualTo("app.py");
        assertThat(c.hostPolicy().isTrusted()).isTrue();
        assertThat(c.trace().threshold()).isEqualTo(5);
        assertThat(c.trace().disabledPasses()).containsExactly("call-inlining");
        assertThat(c.trace().isCustomised()).isTrue();
        assertThat(Python.builder().config().trace().isCustomised()).isFalse();
        assertThat(Python.builder().config().limits()).isSameAs(ResourceLimits.defaults());
    }
}
