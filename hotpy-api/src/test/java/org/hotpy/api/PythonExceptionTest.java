package org.hotpy.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PythonExceptionTest {
    @Test
    void carriesPythonDetails() {
        IllegalStateException cause = new IllegalStateException("java side");
        PythonException e = new PythonException("KeyError", "'k'",
                List.of(new PythonException.Frame("a.py", 3, "<module>")), "a.py", 3, -1, "report\n", null, cause);
        assertThat(e.getMessage()).isEqualTo("KeyError: 'k'");
        assertThat(e.traceback()).containsExactly(new PythonException.Frame("a.py", 3, "<module>"));
        assertThat(e.traceback().get(0).toString()).isEqualTo("File \"a.py\", line 3, in <module>");
        assertThat(e.isSyntaxError()).isFalse();
        assertThat(e.exception()).isEmpty();
        assertThat(e.getCause()).isSameAs(cause);
        assertThat(e.formattedTraceback()).isEqualTo("report\n");
    }

    @Test
    void emptyMessageShowsOnlyTheType() {
        assertThat(new PythonException("StopIteration", "", List.of(), null, -1, -1, "", null, null).getMessage())
                .isEqualTo("StopIteration");
    }

    @Test
    void limitExceptions() {
        ResourceLimitException e = new ResourceLimitException(ResourceLimitException.Limit.STEPS, "1000");
        assertThat(e.limit()).isEqualTo(ResourceLimitException.Limit.STEPS);
        assertThat(e.pythonType()).isEqualTo("StepLimitExceeded");
        assertThat(e.getMessage()).isEqualTo("StepLimitExceeded: the script ran more than 1000 steps");
        assertThat(new ResourceLimitException(ResourceLimitException.Limit.INTERRUPTED, "").pythonMessage())
                .isEqualTo("the script was interrupted");
    }
}
