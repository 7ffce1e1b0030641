package org.hotpy.core.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The source line a compile-time SyntaxError quotes: the same lines as splitting at \r\n, \r and \n. */
class CompileErrorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "a|1|a",
        "a|2|NULL",
        "a\\n|2|''",
        "a\\n|3|NULL",
        "''|1|''",
        "a\\nb\\nc|2|b",
        "a\\r\\nb\\rc\\nd|2|b",
        "a\\r\\nb\\rc\\nd|3|c",
        "a\\r\\nb\\rc\\nd|4|d",
        "a\\r\\n\\r\\nb|2|''",
        "a\\r\\n\\r\\nb|3|b",
        "a|0|NULL",
    })
    void lineTextMatchesSplit(String source, int line, String expected) {
        String src = source.replace("\\r", "\r").replace("\\n", "\n");
        String[] split = src.split("\\r\\n|\\r|\\n", -1);
        String bySplit = line >= 1 && line <= split.length ? split[line - 1] + "\n" : null;
        String want = expected == null ? null : expected + "\n";
        assertThat(CompileErrors.lineText(src, line)).isEqualTo(want).isEqualTo(bySplit);
    }
}
