package org.hotpy.core.types.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.hotpy.core.types.number.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StringFormatterTest {
    static Stream<Arguments> table() {
        return Tables.rows("str_format.tsv");
    }

    /** gen_format.py: format(s, spec) from python3, fills and text outside the BMP included. */
    @ParameterizedTest(name = "format({0}, ''{1}'')")
    @MethodSource("table")
    void matchesCPython(String s, String spec, String kind, String expected) {
        Tables.assertOutcome(kind, expected, () -> StringFormatter.format(s, FormatSpec.forStr(spec, "str")));
    }

    @Test
    void precisionCountsCodePoints() {
        assertThat(StringFormatter.format("\uD83D\uDE00\uD83D\uDE01x", FormatSpec.forStr(".2", "str")))
                .isEqualTo("\uD83D\uDE00\uD83D\uDE01");
    }

    @Test
    void padCentresWithTheOddFillOnTheRight() {
        assertThat(StringFormatter.pad("ab", 2, '*', '^', 5)).isEqualTo("*ab**");
    }
}
