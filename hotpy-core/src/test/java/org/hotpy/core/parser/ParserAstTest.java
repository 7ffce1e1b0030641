package org.hotpy.core.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every construct of the grammar, compared with CPython 3.11's {@code ast.dump} (positions
 * included). The table comes from {@code src/test/resources/parser/gen_ast_cases.py}.
 */
class ParserAstTest {

    static Stream<Arguments> cases() {
        return TestTables.read("ast_cases.tsv").stream()
                .map(r -> Arguments.of(TestTables.unescape(r[0]), r[1], r[2]));
    }

    @ParameterizedTest(name = "[{index}] {1}: {0}")
    @MethodSource("cases")
    void sameTreeAsCPython(String source, String mode, String expected) {
        Parser.Mode m = switch (mode) {
            case "eval" -> Parser.Mode.EVAL;
            case "single" -> Parser.Mode.SINGLE;
            default -> Parser.Mode.EXEC;
        };
        assertThat(AstDump.dump(Parser.parse(source, "<test>", m), true)).isEqualTo(expected);
    }
}
