package org.hotpy.core.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.hotpy.core.testing.TestInterpreter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Compare#eq}'s fast path for exact tuples answers as {@code tuple.__eq__}: identity before
 * equality per item, mixed numeric items, nesting, tuple subclasses and items with their own
 * {@code __eq__}, dict keys and sort keys. Expected values from python3.
 */
class CompareTest {
    private TestInterpreter py;

    @BeforeEach
    void start() {
        py = new TestInterpreter();
    }

    @AfterEach
    void stop() {
        py.close();
    }

    static Stream<Arguments> tupleEquality() {
        return Stream.of(
                Arguments.of("x = float('nan')", "(x, 1) == (x, 1)", "True"),
                Arguments.of("", "(float('nan'),) == (float('nan'),)", "False"),
                Arguments.of("", "((1, 'a'), (2.5, ('b',))) == ((1, 'a'), (2.5, ('b',)))", "True"),
                Arguments.of("", "(1, 2) == (1, 2, 3)", "False"),
                Arguments.of("", "(1, 2.0, 'x') == (1, 2, 'x')", "True"),
                Arguments.of("class T(tuple):\n    def __eq__(self, o): return 'custom'",
                        "(T((1,)) == T((1,)), (T((1,)),) == (T((1,)),))", "('custom', True)"),
                Arguments.of("class E:\n    def __eq__(self, o): return True", "(E(), 1) == (E(), 2)", "False"),
                Arguments.of("d = {('a', 1): 'one', ('a', (2, 3)): 'nested'}",
                        "(d[('a', 1)], d[('a', (2, 3))], ('a', 2) in d)", "('one', 'nested', False)"),
                Arguments.of("", "sorted([(2, ('b', 1)), (1, ('a', 2)), (2, ('a', 3))])",
                        "[(1, ('a', 2)), (2, ('a', 3)), (2, ('b', 1))]"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("tupleEquality")
    void tuplesCompareAsTupleEq(String setup, String expr, String repr) {
        py.exec(setup);
        assertThat(py.repr(expr)).isEqualTo(repr);
    }
}
