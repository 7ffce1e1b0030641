package org.hotpy.core.types.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.hotpy.core.testing.Tables;
import org.hotpy.core.testing.TestInterpreter;
import org.hotpy.core.types.number.PyInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * set and frozenset construction, re-initialisation, copies, unions and the probe sequence (the
 * order and membership of colliding keys, runs of linear probes and the jumps after them, the slot
 * an add takes after discards) agree with CPython ({@code runtime/set_cases.tsv}); copies share no
 * table with their source.
 */
class PySetTest {
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
        return Tables.read("/runtime/set_cases.tsv").stream().map(r -> Arguments.of(r[0], r[1], r[2]));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("cases")
    void asCPython(String setup, String expr, String repr) {
        py.exec(setup);
        assertThat(py.repr(expr)).isEqualTo(repr);
    }

    @Nested
    class Copies {
        @Test
        void aCopyDoesNotShareTheTable() {
            PySet s = new PySet();
            s.add(PyInt.of(1));
            PySet c = SetMethods.copy(s, false);
            c.add(PyInt.of(2));
            assertThat(s.size()).isEqualTo(1);
            assertThat(c.size()).isEqualTo(2);
            assertThat(s.contains(PyInt.of(2))).isFalse();
        }

        @Test
        void aFrozenCopyIsAFrozensetWithItsOwnHash() {
            PySet s = new PySet();
            s.add(PyInt.of(7));
            PySet f = SetMethods.copy(s, true);
            assertThat(f).isInstanceOf(PyFrozenSet.class);
            assertThat(f.contains(PyInt.of(7))).isTrue();
        }
    }
}
