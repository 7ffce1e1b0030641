package org.hotpy.core.types.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FloatRoundTest {
    static Stream<Arguments> floats() {
        return Tables.rows("round_float.tsv");
    }

    static Stream<Arguments> ints() {
        return Tables.rows("round_int.tsv");
    }

    /** gen_math.py: round(x) and round(x, n) from python3; float results compared bit for bit. */
    @ParameterizedTest(name = "round({0}, {1})")
    @MethodSource("floats")
    void floatMatchesCPython(String bits, String ndigits, String kind, String expected) {
        double x = Tables.bits(bits);
        Tables.assertOutcome(kind, expected, () -> ndigits.equals("None")
                ? hex(FloatRound.round(x))
                : String.format("%016x", Double.doubleToRawLongBits(FloatRound.round(x, Long.parseLong(ndigits)))));
    }

    /** gen_math.py: int.__round__ with negative ndigits, half to even. */
    @ParameterizedTest(name = "round({0}, {1})")
    @MethodSource("ints")
    void intMatchesCPython(String n, String ndigits, String kind, String expected) {
        Tables.assertOutcome(kind, expected, () -> hex(FloatRound.round(Tables.hexInt(n), Long.parseLong(ndigits))));
    }

    /** CPython would compute 10**(10**9) here and hang; the answer is 0 for any such ndigits. */
    @Test
    void hugeNegativeNdigitsOnInt() {
        assertThat(FloatRound.round(BigInteger.valueOf(123), -1_000_000_000L)).isEqualTo(BigInteger.ZERO);
        assertThat(FloatRound.round(BigInteger.valueOf(-123), Long.MIN_VALUE)).isEqualTo(BigInteger.ZERO);
    }

    static String hex(Number n) {
        BigInteger v = n instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) n;
        return (v.signum() < 0 ? "-0x" : "0x") + v.abs().toString(16);
    }
}
