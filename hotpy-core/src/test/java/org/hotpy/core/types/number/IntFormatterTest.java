package org.hotpy.core.types.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.stream.Stream;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.types.text.FormatSpec;
import org.hotpy.core.types.text.PercentSpec;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IntFormatterTest {
    private static final int LIMIT = NumberParser.DEFAULT_MAX_STR_DIGITS;

    @Nested
    class Format {
        static Stream<Arguments> ints() {
            return Tables.rows("int_format.tsv");
        }

        static Stream<Arguments> bools() {
            return Tables.rows("bool_format.tsv");
        }

        /** gen_format.py: format(n, spec) from python3, big values and the 4300-digit limit included. */
        @ParameterizedTest(name = "format({0}, ''{1}'')")
        @MethodSource("ints")
        void matchesCPython(String hex, String spec, String kind, String expected) {
            BigInteger v = Tables.hexInt(hex);
            Tables.assertOutcome(kind, expected, () -> IntFormatter.format(v, FormatSpec.forInt(spec, "int"), LIMIT));
        }

        /** bool inherits int.__format__: messages name 'bool'. */
        @ParameterizedTest(name = "format({0}, ''{1}'')")
        @MethodSource("bools")
        void boolMatchesCPython(String b, String spec, String kind, String expected) {
            long v = b.equals("True") ? 1 : 0;
            Tables.assertOutcome(kind, expected, () -> IntFormatter.format(v, FormatSpec.forInt(spec, "bool")));
        }
    }

    @Nested
    class Percent {
        static Stream<Arguments> table() {
            return Tables.rows("int_percent.tsv");
        }

        /** gen_format.py: '%<flags><width>.<precision><conv>' % n against python3. */
        @ParameterizedTest(name = "%{1}{2}.{3}{4} % {0}")
        @MethodSource("table")
        void matchesCPython(String hex, String flags, String width, String precision, String conv, String kind,
                String expected) {
            BigInteger v = Tables.hexInt(hex);
            PercentSpec spec = PercentSpec.of(flags, Long.parseLong(width), Integer.parseInt(precision), conv.charAt(0));
            Tables.assertOutcome(kind, expected, () -> conv.equals("c")
                    ? IntFormatter.percentChar(v, spec) : IntFormatter.percent(v, spec, LIMIT));
        }
    }

    @Nested
    class Radix {
        static Stream<Arguments> table() {
            return Tables.rows("int_radix.tsv");
        }

        /** gen_intconv.py: bin/oct/hex and str(n) for random ints up to 1000 digits. */
        @ParameterizedTest(name = "{0}")
        @MethodSource("table")
        void matchesCPython(String hex, String bin, String oct, String hexOut, String dec) {
            BigInteger v = Tables.hexInt(hex);
            assertThat(IntFormatter.bin(v)).isEqualTo(bin);
            assertThat(IntFormatter.oct(v)).isEqualTo(oct);
            assertThat(IntFormatter.hex(v)).isEqualTo(hexOut);
            assertThat(IntFormatter.toDecimal(v, LIMIT)).isEqualTo(dec);
            assertThat(IntFormatter.toString(v, 16)).isEqualTo(v.toString(16));
        }

        @Test
        void decimalLimit() {
            BigInteger ok = BigInteger.TEN.pow(4299);
            assertThat(IntFormatter.toDecimal(ok.negate(), LIMIT)).hasSize(4301);
            assertThatThrownBy(() -> IntFormatter.toDecimal(BigInteger.TEN.pow(4300), LIMIT))
                    .isInstanceOf(PyException.class)
                    .hasMessage("ValueError: Exceeds the limit (4300 digits) for integer string conversion;"
                            + " use sys.set_int_max_str_digits() to increase the limit");
            assertThat(IntFormatter.toDecimal(BigInteger.TEN.pow(4300), 0)).hasSize(4301);
            assertThat(IntFormatter.toDecimal(BigInteger.TEN.pow(5000), 6000)).hasSize(5001);
        }

        /** Not a timing assertion: a 10^5-digit value converts both ways (would take minutes if quadratic). */
        @Test
        void largeValuesRoundTrip() {
            BigInteger v = BigInteger.valueOf(7).pow(300_000);
            String s = IntFormatter.toDecimal(v, 0);
            assertThat(NumberParser.parseInt(s, 10, 0)).isEqualTo(v);
            assertThat(NumberParser.parseInt(IntFormatter.hex(v), 0, 0)).isEqualTo(v);
            assertThat(NumberParser.parseInt(IntFormatter.bin(v.negate()), 0, 0)).isEqualTo(v.negate());
        }
    }
}
