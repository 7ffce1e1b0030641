package org.hotpy.core.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.hotpy.core.testing.Tables;
import org.hotpy.core.testing.TestInterpreter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The protocols' fast paths answer as the methods they bypass ({@code runtime/contains_cases.tsv},
 * {@code runtime/iter_cases.tsv}).
 */
class ProtocolsTest {
    private TestInterpreter py;

    @BeforeEach
    void start() {
        py = new TestInterpreter();
    }

    @AfterEach
    void stop() {
        py.close();
    }

    static Stream<Arguments> containsCases() {
        return Tables.read("/runtime/contains_cases.tsv").stream().map(r -> Arguments.of(r[0], r[1], r[2]));
    }

    static Stream<Arguments> iterCases() {
        return Tables.read("/runtime/iter_cases.tsv").stream().map(r -> Arguments.of(r[0], r[1], r[2]));
    }

    @Nested
    class Iter {
        @ParameterizedTest(name = "[{index}] {1}")
        @MethodSource("org.hotpy.core.ops.ProtocolsTest#iterCases")
        void asCPython(String setup, String expr, String repr) {
            py.exec(setup);
            assertThat(py.repr(expr)).isEqualTo(repr);
        }
    }

    @Nested
    class Contains {
        @ParameterizedTest(name = "[{index}] {1}")
        @MethodSource("org.hotpy.core.ops.ProtocolsTest#containsCases")
        void asCPython(String setup, String expr, String repr) {
            py.exec(setup);
            assertThat(py.repr(expr)).isEqualTo(repr);
        }
    }
}
