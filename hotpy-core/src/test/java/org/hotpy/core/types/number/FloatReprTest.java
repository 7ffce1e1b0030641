package org.hotpy.core.types.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class FloatReprTest {

    @Nested
    class Repr {
        static Stream<Arguments> table() {
            return Tables.rows("repr.tsv");
        }

        /** gen_repr.py: random doubles (fixed seed) and edge cases against python3's repr. */
        @ParameterizedTest(name = "{0} -> {1}")
        @MethodSource("table")
        void matchesCPython(String bits, String expected) {
            assertThat(FloatRepr.repr(Tables.bits(bits))).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource({"0.1, 0.1", "1e16, 1e+16", "1e-5, 1e-05", "1e-4, 0.0001", "1e15, 1000000000000000.0",
                "123456789012345678, 1.2345678901234568e+17", "-0.0, -0.0", "5e-324, 5e-324",
                "1e22, 1e+22", "2.0, 2.0", "1.7976931348623157e308, 1.7976931348623157e+308"})
        void layout(double x, String expected) {
            assertThat(FloatRepr.repr(x)).isEqualTo(expected);
        }

        @Test
        void specials() {
            assertThat(FloatRepr.repr(Double.NaN)).isEqualTo("nan");
            assertThat(FloatRepr.repr(Double.POSITIVE_INFINITY)).isEqualTo("inf");
            assertThat(FloatRepr.repr(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
        }
    }

    @Nested
    class ShortestDigits {
        @Test
        void digitsAndExponent() {
            FloatRepr.Shortest s = FloatRepr.shortestDigits(-1234.5);
            assertThat(s.significand()).isEqualTo(12345);
            assertThat(s.exponent()).isEqualTo(-1);
            assertThat(s.digits()).isEqualTo("12345");
            assertThat(s.decimalPoint()).isEqualTo(4);
        }

        @Test
        void trailingZerosGoToTheExponent() {
            FloatRepr.Shortest s = FloatRepr.shortestDigits(1e20);
            assertThat(s.significand()).isEqualTo(1);
            assertThat(s.exponent()).isEqualTo(20);
        }

        @Test
        void zero() {
            assertThat(FloatRepr.shortestDigits(0.0)).isEqualTo(new FloatRepr.Shortest(0, 0));
        }

        @Test
        void smallestSubnormals() {
            assertThat(FloatRepr.shortestDigits(Double.MIN_VALUE)).isEqualTo(new FloatRepr.Shortest(5, -324));
            assertThat(FloatRepr.shortestDigits(2 * Double.MIN_VALUE)).isEqualTo(new FloatRepr.Shortest(1, -323));
        }

        @Test
        void nonFiniteIsACallerBug() {
            assertThatThrownBy(() -> FloatRepr.shortestDigits(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        }

        /** Every shortest result reads back as the same double (a property, over the repr table). */
        @Test
        void roundTrips() {
            for (String[] row : Tables.read("repr.tsv")) {
                double x = Tables.bits(row[0]);
                if (Double.isFinite(x) && x != 0) {
                    FloatRepr.Shortest s = FloatRepr.shortestDigits(x);
                    assertThat(Double.parseDouble(s.significand() + "e" + s.exponent())).isEqualTo(Math.abs(x));
                }
            }
        }
    }

    @Nested
    class Table {
        /** The literal multiplier table equals its defining formula (gen_schubfach_table.py). */
        @Test
        void schubfachTableMatchesFormula() {
            for (int k = SchubfachTable.K_MIN; k <= SchubfachTable.K_MAX; k++) {
                int e = -k;
                int shift = 125 - Schubfach.flog2pow10(e);
                BigInteger p = BigInteger.TEN.pow(Math.abs(e));
                BigInteger v = e >= 0
                        ? (shift >= 0 ? p.shiftLeft(shift) : p.shiftRight(-shift))
                        : BigInteger.ONE.shiftLeft(shift).divide(p);
                v = v.add(BigInteger.ONE);
                int i = 2 * (k - SchubfachTable.K_MIN);
                assertThat(SchubfachTable.G[i]).isEqualTo(v.shiftRight(63).longValueExact());
                assertThat(SchubfachTable.G[i + 1]).isEqualTo(v.longValue() & Long.MAX_VALUE);
            }
        }

        /** The fixed-point logarithms agree with exact arithmetic over the whole exponent range. */
        @Test
        void logarithmApproximations() {
            for (int q = -1100; q <= 1100; q++) {
                assertThat(Schubfach.flog10pow2(q)).as("flog10pow2(%d)", q).isEqualTo(floorLog10(pow2(q)));
                assertThat(Schubfach.flog10threeQuartersPow2(q)).as("flog10threeQuartersPow2(%d)", q)
                        .isEqualTo(floorLog10(pow2(q - 2).multiply(BigDecimal.valueOf(3))));
                int bits = BigInteger.TEN.pow(Math.abs(q)).bitLength();
                assertThat(Schubfach.flog2pow10(q)).as("flog2pow10(%d)", q)
                        .isEqualTo(q >= 0 ? bits - 1 : -bits);
            }
        }

        private static BigDecimal pow2(int q) {
            return q >= 0 ? new BigDecimal(BigInteger.TWO.pow(q))
                    : new BigDecimal(BigInteger.valueOf(5).pow(-q)).scaleByPowerOfTen(q);
        }

        private static int floorLog10(BigDecimal v) {
            return v.precision() - v.scale() - 1;
        }
    }
}
