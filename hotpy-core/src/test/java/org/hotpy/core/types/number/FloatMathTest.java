package org.hotpy.core.types.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.hotpy.core.errors.PyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FloatMathTest {
    static Stream<Arguments> ops() {
        return Tables.rows("float_ops.tsv");
    }

    static Stream<Arguments> randomPowers() {
        return Tables.rows("pow_random.tsv");
    }

    /** gen_math.py: / % // divmod ** over special values and random operands, bit for bit. */
    @ParameterizedTest(name = "{2}({0}, {1})")
    @MethodSource("ops")
    void matchesCPython(String xBits, String yBits, String op, String kind, String expected) {
        double x = Tables.bits(xBits);
        double y = Tables.bits(yBits);
        Supplier<String> actual = switch (op) {
            case "truediv" -> () -> bits(FloatMath.divide(x, y));
            case "mod" -> () -> bits(FloatMath.mod(x, y));
            case "floordiv" -> () -> bits(FloatMath.floorDivide(x, y));
            case "divmod" -> () -> {
                double[] qr = FloatMath.divmod(x, y);
                return bits(qr[0]) + "," + bits(qr[1]);
            };
            default -> () -> FloatMath.powIsComplex(x, y) ? "complex" : bits(FloatMath.pow(x, y));
        };
        Tables.assertOutcome(kind, expected, actual);
    }

    /**
     * Random powers: C's pow and the JDK's are both within 1 ulp but not always correctly
     * rounded, so the last bit may differ (in about 0.1% of random inputs); never more.
     */
    @ParameterizedTest(name = "{0} ** {1}")
    @MethodSource("randomPowers")
    void randomPowersWithinOneUlp(String xBits, String yBits, String expected) {
        double z = FloatMath.pow(Tables.bits(xBits), Tables.bits(yBits));
        double want = Tables.bits(expected);
        assertThat(Math.abs(z - want)).isLessThanOrEqualTo(Math.ulp(want));
    }

    @Test
    void complexPowerIsTheCallersJob() {
        assertThat(FloatMath.powIsComplex(-8.0, 1.0 / 3)).isTrue();
        assertThat(FloatMath.powIsComplex(-8.0, 3.0)).isFalse();
        assertThat(FloatMath.powIsComplex(-8.0, Double.POSITIVE_INFINITY)).isFalse();
        assertThatThrownBy(() -> FloatMath.pow(-8.0, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void intPowerWithNegativeExponent() {
        assertThat(FloatMath.intPowNegative(BigInteger.TWO, BigInteger.valueOf(-1))).isEqualTo(0.5);
        assertThat(FloatMath.intPowNegative(BigInteger.valueOf(-8), BigInteger.valueOf(-1))).isEqualTo(-0.125);
        assertThat(FloatMath.intPowNegative(BigInteger.TEN, BigInteger.valueOf(-400))).isEqualTo(0.0);
        assertThatThrownBy(() -> FloatMath.intPowNegative(BigInteger.ZERO, BigInteger.valueOf(-1)))
                .isInstanceOf(PyException.class)
                .hasMessage("ZeroDivisionError: 0.0 cannot be raised to a negative power");
        assertThatThrownBy(() -> FloatMath.intPowNegative(BigInteger.TEN.pow(400), BigInteger.valueOf(-1)))
                .isInstanceOf(PyException.class)
                .hasMessage("OverflowError: int too large to convert to float");
        assertThatThrownBy(() -> FloatMath.intPowNegative(BigInteger.TWO, BigInteger.TEN.pow(400).negate()))
                .isInstanceOf(PyException.class)
                .hasMessage("OverflowError: int too large to convert to float");
    }

    private static String bits(double d) {
        return String.format("%016x", Double.doubleToRawLongBits(d));
    }
}
