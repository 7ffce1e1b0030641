package org.hotpy.core.embed;

import static org.assertj.core.api.Assertions.assertThat;

import org.hotpy.api.Interpreter;
import org.hotpy.api.Python;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void basics() {
        try (Interpreter py = Python.create()) {
            py.exec("x = 6 * 7\ndef f(a, b=2):\n    return a * b\n");
            assertThat(py.get("x")).isEqualTo(42L);
            assertThat(py.call("f", 5)).isEqualTo(10L);
            assertThat(py.eval("[1, 2, 'a']")).asList().containsExactly(1L, 2L, "a");
        }
    }
}
