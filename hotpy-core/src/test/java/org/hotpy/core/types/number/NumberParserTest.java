package org.hotpy.core.types.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.hotpy.core.errors.PyException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NumberParserTest {

    @Nested
    class ParseFloat {
        static Stream<Arguments> table() {
            return Tables.rows("float_parse.tsv");
        }

        /** gen_intconv.py: float(text) from python3, as raw bits (so -0.0 and -nan count). */
        @ParameterizedTest(name = "float({0})")
        @MethodSource("table")
        void matchesCPython(String text, String kind, String expected) {
            Tables.assertOutcome(kind, expected,
                    () -> String.format("%016x", Double.doubleToRawLongBits(NumberParser.parseFloat(text))));
        }

        @Test
        void bytesUseAsciiRulesAndBytesRepr() {
            assertThat(NumberParser.parseFloatBytes(" 1.5\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo(1.5);
            assertThatThrownBy(() -> NumberParser.parseFloatBytes(new byte[] {(byte) 0xa0, '1'}))
                    .isInstanceOf(PyException.class)
                    .hasMessage("ValueError: could not convert string to float: b'\\xa01'");
        }
    }

    @Nested
    class ParseInt {
        static Stream<Arguments> table() {
            return Tables.rows("int_parse.tsv");
        }

        /** gen_intconv.py: int(text, base) from python3 with the default 4300-digit limit. */
        @ParameterizedTest(name = "int({0}, {1})")
        @MethodSource("table")
        void matchesCPython(String text, String base, String kind, String expected) {
            Tables.assertOutcome(kind, expected, () -> {
                Number n = NumberParser.parseInt(text, Integer.parseInt(base), NumberParser.DEFAULT_MAX_STR_DIGITS);
                BigInteger v = n instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) n;
                return (v.signum() < 0 ? "-0x" : "0x") + v.abs().toString(16);
            });
        }

        @Test
        void longWhenItFits() {
            assertThat(NumberParser.parseInt("-9223372036854775808", 10, 4300)).isInstanceOf(Long.class);
            assertThat(NumberParser.parseInt("9223372036854775808", 10, 4300)).isInstanceOf(BigInteger.class);
        }

        @Test
        void limitIsPerCall() {
            String digits = "1".repeat(5000);
            assertThat(NumberParser.parseInt(digits, 10, 0)).isEqualTo(new BigInteger(digits));
            assertThat(NumberParser.parseInt(digits, 10, 5000)).isEqualTo(new BigInteger(digits));
            assertThatThrownBy(() -> NumberParser.parseInt(digits, 10, 4999)).isInstanceOf(PyException.class)
                    .hasMessage("ValueError: Exceeds the limit (4999 digits) for integer string conversion: "
                            + "value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit");
        }

        @Test
        void bytes() {
            assertThat(NumberParser.parseIntBytes("0x_ff".getBytes(StandardCharsets.US_ASCII), 0, 4300)).isEqualTo(255L);
            assertThatThrownBy(() -> NumberParser.parseIntBytes("1'x".getBytes(StandardCharsets.US_ASCII), 10, 4300))
                    .isInstanceOf(PyException.class)
                    .hasMessage("ValueError: invalid literal for int() with base 10: b\"1'x\"");
        }
    }
}
