package org.hotpy.core.types.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.hotpy.core.types.text.FormatSpec;
import org.hotpy.core.types.text.PercentSpec;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class FloatFormatterTest {

    @Nested
    class Format {
        static Stream<Arguments> table() {
            return Tables.rows("float_format.tsv");
        }

        /** gen_format.py: random and hand-picked specs against python3's format(x, spec). */
        @ParameterizedTest(name = "format({0}, ''{1}'')")
        @MethodSource("table")
        void matchesCPython(String bits, String spec, String kind, String expected) {
            double x = Tables.bits(bits);
            Tables.assertOutcome(kind, expected, () -> FloatFormatter.format(x, FormatSpec.forFloat(spec, "float")));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "0.1|.60f|0.100000000000000005551115123125782702118158340454101562500000",
            "2.675|.2f|2.67", "0.125|.2f|0.12", "0.375|.2f|0.38", "1e16||1e+16", "1234.5|,.2f|1,234.50",
            "-0.0|z.1f|0.0", "1234|015_.1f|0_000_001_234.0"})
        void exactDigits(double x, String spec, String expected) {
            assertThat(FloatFormatter.format(x, FormatSpec.forFloat(spec == null ? "" : spec, "float")))
                    .isEqualTo(expected);
        }
    }

    @Nested
    class Percent {
        static Stream<Arguments> table() {
            return Tables.rows("float_percent.tsv");
        }

        /** gen_format.py: '%<flags><width>.<precision><conv>' % x against python3. */
        @ParameterizedTest(name = "%{1}{2}.{3}{4} % {0}")
        @MethodSource("table")
        void matchesCPython(String bits, String flags, String width, String precision, String conv, String kind,
                String expected) {
            double x = Tables.bits(bits);
            PercentSpec spec = PercentSpec.of(flags, Long.parseLong(width), Integer.parseInt(precision), conv.charAt(0));
            Tables.assertOutcome(kind, expected, () -> FloatFormatter.percent(x, spec));
        }
    }

    @Nested
    class ToString {
        @Test
        void reprIsShortest() {
            assertThat(FloatFormatter.repr(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        }

        @Test
        void rTypeWithoutDot0() {
            assertThat(FloatFormatter.toString(2.0, 'r', 0, false, false, false)).isEqualTo("2");
            assertThat(FloatFormatter.toString(-0.0, 'r', 0, false, true, true)).isEqualTo("0.0");
        }

        @Test
        void hugePrecisionPadsWithZeros() {
            String s = FloatFormatter.toString(0.5, 'f', 100_000, false, false, false);
            assertThat(s).hasSize(100_002).startsWith("0.5000").endsWith("000");
        }
    }

    /** The fast 128-bit digit paths agree with the BigInteger ones. */
    @Nested
    class DigitPaths {
        @Test
        void fixedFastPathIsExact() {
            java.util.Random r = new java.util.Random(42);
            for (int i = 0; i < 200_000; i++) {
                double x = randomDouble(r);
                int p = r.nextInt(23);
                assertThat(FloatDigits.fixed(x, p)).as("%s .%df", x, p).isEqualTo(FloatDigits.exactFixed(Math.abs(x), p));
            }
        }

        @Test
        void significantFastPathIsExact() {
            java.util.Random r = new java.util.Random(7);
            for (int i = 0; i < 200_000; i++) {
                double x = randomDouble(r);
                int n = 1 + r.nextInt(17);
                assertThat(FloatDigits.significant(x, n)).as("%s %d digits", x, n)
                        .isEqualTo(FloatDigits.exactSignificant(Math.abs(x), n));
            }
        }

        private double randomDouble(java.util.Random r) {
            double x;
            switch (r.nextInt(4)) {
                case 0 -> x = r.nextInt(2_000_000) / 1000.0;
                case 1 -> x = r.nextInt(1 << 20) / (double) (1 << r.nextInt(20)) ;
                case 2 -> x = Math.scalb(r.nextDouble(), r.nextInt(140) - 70);
                default -> x = Double.longBitsToDouble(r.nextLong() & 0x7fefffffffffffffL);
            }
            return x == 0 ? 1.5 : x;
        }
    }
}
