package org.hotpy.core.types.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.hotpy.core.testing.Tables;
import org.hotpy.core.testing.TestInterpreter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * str indexes code points, not UTF-16 units: lengths, indexing, slicing, searching and
 * formatting of text outside the BMP match CPython ({@code runtime/str_cases.tsv}).
 */
class PyStrTest {
    private TestInterpreter py;

    @BeforeEach
    void start() {
        py = new TestInterpreter();
    }

    @AfterEach
    void stop() {
        py.close();
    }

    static Stream<Arguments> cases() {
        return Tables.read("/runtime/str_cases.tsv").stream().map(r -> Arguments.of(r[0], r[1], r[2]));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("cases")
    void codePointSemantics(String setup, String expr, String repr) {
        py.exec(setup);
        assertThat(py.repr(expr)).isEqualTo(repr);
    }

    @Nested
    class JavaView {
        private final PyStr s = PyStr.of("a\uD83D\uDE00b");

        @Test
        void lengthCountsCodePoints() {
            assertThat(s.value()).hasSize(4);
            assertThat(s.length()).isEqualTo(3);
            assertThat(s.isBmp()).isFalse();
            assertThat(PyStr.of("abc").isBmp()).isTrue();
        }

        @Test
        void indexesMapToCharsAndCodePoints() {
            assertThat(s.codePointAt(1)).isEqualTo(0x1F600);
            assertThat(s.charIndex(2)).isEqualTo(3);
            assertThat(s.substring(1, 3).value()).isEqualTo("\uD83D\uDE00b");
            assertThat(PyStr.ofCodePoint(0x1F600).value()).isEqualTo("\uD83D\uDE00");
        }

        @Test
        void hashAndEqualityFollowTheText() {
            PyStr t = PyStr.of(new String("a\uD83D\uDE00b"));
            assertThat(t.pyHash()).isEqualTo(s.pyHash());
            assertThat(t.sameValue(s)).isTrue();
            assertThat(PyStr.of("a").compareTo(PyStr.of("\uD83D\uDE00"))).isNegative();
        }
    }
}
