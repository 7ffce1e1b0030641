package org.hotpy.core.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.hotpy.core.errors.PyException;
import org.junit.jupiter.api.Test;

/** The size cap: small sizes pass without an interpreter, impossible ones raise MemoryError. */
class LimitsTest {
    @Test
    void smallSizesNeedNoInterpreter() {
        assertThatCode(() -> Limits.checkSize(0)).doesNotThrowAnyException();
        assertThatCode(() -> Limits.checkSize(Limits.ALWAYS_ALLOWED)).doesNotThrowAnyException();
    }

    @Test
    void negativeAndOverHardMaximumRaiseMemoryError() {
        assertThat(catchThrowableOfType(PyException.class, () -> Limits.checkSize(-1)).type().name())
                .isEqualTo("MemoryError");
        assertThat(catchThrowableOfType(PyException.class,
                () -> Limits.checkSize(Limits.HARD_MAX + 1)).type().name())
                .isEqualTo("MemoryError");
    }
}
