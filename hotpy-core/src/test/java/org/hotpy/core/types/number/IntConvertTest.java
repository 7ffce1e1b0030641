package org.hotpy.core.types.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IntConvertTest {

    private static String bits(double d) {
        return String.format("%016x", Double.doubleToRawLongBits(d));
    }

    @Nested
    class IntAndFloat {
        static Stream<Arguments> table() {
            return Tables.rows("int_float.tsv");
        }

        /** gen_math.py: n < x, n == x (exact) and float(n) from python3. */
        @ParameterizedTest(name = "{0} vs {1}")
        @MethodSource("table")
        void matchesCPython(String n, String x, String cmp, String kind, String expected) {
            BigInteger v = Tables.hexInt(n);
            double d = Tables.bits(x);
            int want = cmp.equals("unordered") ? IntConvert.UNORDERED : Integer.parseInt(cmp);
            assertThat(IntConvert.compare(v, d)).isEqualTo(want);
            if (v.bitLength() < 64) {
                assertThat(IntConvert.compare(v.longValue(), d)).isEqualTo(want);
            }
            Tables.assertOutcome(kind, expected, () -> bits(IntConvert.toDouble(v)));
        }
    }

    @Nested
    class TrueDivide {
        static Stream<Arguments> table() {
            return Tables.rows("int_div.tsv");
        }

        /** gen_math.py: a / b for ints, correctly rounded as long_true_divide. */
        @ParameterizedTest(name = "{0} / {1}")
        @MethodSource("table")
        void matchesCPython(String a, String b, String kind, String expected) {
            BigInteger x = Tables.hexInt(a);
            BigInteger y = Tables.hexInt(b);
            Tables.assertOutcome(kind, expected, () -> bits(IntConvert.trueDivide(x, y)));
            if (x.bitLength() < 64 && y.bitLength() < 64) {
                Tables.assertOutcome(kind, expected, () -> bits(IntConvert.trueDivide(x.longValue(), y.longValue())));
            }
        }
    }

    @Nested
    class Hash {
        static Stream<Arguments> table() {
            return Tables.rows("hash.tsv");
        }

        /** gen_math.py: hash(n) and hash(x) from python3 (64-bit build). */
        @ParameterizedTest(name = "hash({1})")
        @MethodSource("table")
        void matchesCPython(String kind, String value, String expected) {
            long want = Long.parseLong(expected);
            if (kind.equals("f")) {
                assertThat(IntConvert.hash(Tables.bits(value))).isEqualTo(want);
            } else {
                BigInteger n = Tables.hexInt(value);
                assertThat(IntConvert.hash(n)).isEqualTo(want);
                if (n.bitLength() < 64) {
                    assertThat(IntConvert.hash(n.longValue())).isEqualTo(want);
                }
            }
        }

        @Test
        void nanHashIsLeftToTheCaller() {
            assertThat(IntConvert.hash(Double.NaN)).isZero();
        }
    }

    @Nested
    class FloatToInt {
        static Stream<Arguments> table() {
            return Tables.rows("float_int.tsv");
        }

        /** gen_math.py: int(x), x.as_integer_ratio() and x.is_integer() from python3. */
        @ParameterizedTest(name = "{0}")
        @MethodSource("table")
        void matchesCPython(String x, String intKind, String intValue, String ratioKind, String ratio, String isInt) {
            double d = Tables.bits(x);
            Tables.assertOutcome(intKind, intValue, () -> FloatRoundTest.hex(IntConvert.truncate(d)));
            Tables.assertOutcome(ratioKind, ratio, () -> {
                IntConvert.Ratio r = IntConvert.asIntegerRatio(d);
                return FloatRoundTest.hex(r.numerator()) + "/" + FloatRoundTest.hex(r.denominator());
            });
            assertThat(IntConvert.isInteger(d)).isEqualTo(Boolean.parseBoolean(isInt.toLowerCase()));
        }
    }
}
