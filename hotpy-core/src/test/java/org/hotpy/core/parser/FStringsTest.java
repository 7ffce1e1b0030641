package org.hotpy.core.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The code points an f-string's body is parsed from: as String.codePoints(), which it replaced. */
class FStringsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "abc {x!r:>10}", "caf\u00e9 {y}", "\ud83d\ude00{z}\ud83d\ude00",
        "lone \ud800 high", "lone \udc00 low", "\udc00\ud800", "end \ud83d"})
    void codePointsAsStringCodePoints(String s) {
        assertThat(FStrings.codePoints(s)).containsExactly(s.codePoints().toArray());
    }
}
