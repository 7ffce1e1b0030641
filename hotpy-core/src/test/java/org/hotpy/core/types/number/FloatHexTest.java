package org.hotpy.core.types.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FloatHexTest {
    static Stream<Arguments> hexTable() {
        return Tables.rows("float_hex.tsv");
    }

    static Stream<Arguments> fromHexTable() {
        return Tables.rows("fromhex.tsv");
    }

    /** gen_math.py: x.hex() from python3. */
    @ParameterizedTest(name = "{1}")
    @MethodSource("hexTable")
    void toHexMatchesCPython(String bits, String expected) {
        assertThat(FloatHex.toHex(Tables.bits(bits))).isEqualTo(expected);
    }

    /** gen_math.py: float.fromhex(text) from python3, including rounding, overflow and syntax errors. */
    @ParameterizedTest(name = "fromhex({0})")
    @MethodSource("fromHexTable")
    void fromHexMatchesCPython(String text, String kind, String expected) {
        Tables.assertOutcome(kind, expected,
                () -> String.format("%016x", Double.doubleToRawLongBits(FloatHex.fromHex(text))));
    }
}
