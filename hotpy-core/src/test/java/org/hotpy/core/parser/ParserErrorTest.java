package org.hotpy.core.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Syntax errors: type, message, line, offset and end position as CPython 3.11 reports them.
 * The table comes from {@code src/test/resources/parser/gen_error_cases.py}.
 */
class ParserErrorTest {

    static Stream<Arguments> cases() {
        return TestTables.read("error_cases.tsv").stream()
                .map(r -> Arguments.of(TestTables.unescape(r[0]), r[1],
                        r[2] + " " + TestTables.unescape(r[3]) + " @" + r[4] + ":" + r[5] + "-" + r[6] + ":" + r[7]));
    }

    @ParameterizedTest(name = "[{index}] {1}: {0}")
    @MethodSource("cases")
    void sameErrorAsCPython(String source, String mode, String expected) {
        Parser.Mode m = Parser.Mode.valueOf(mode.toUpperCase(java.util.Locale.ROOT));
        SyntaxErrorException e = catchThrowableOfType(SyntaxErrorException.class,
                () -> Parser.parse(source, "<test>", m));
        assertThat(e).as("no error raised").isNotNull();
        String got = e.pythonType() + " " + e.msg() + " @" + e.line() + ":" + e.offset() + "-"
                + e.endLine() + ":" + e.endOffset();
        assertThat(got).isEqualTo(expected);
    }
}
