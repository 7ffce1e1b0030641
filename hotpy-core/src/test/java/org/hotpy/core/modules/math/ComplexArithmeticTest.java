package org.hotpy.core.modules.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotpy.core.modules.math.TableRows.outcome;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Complex multiplication, division, powers, abs and repr against complex_table.txt, generated
 * by CPython. Products, quotients, abs, reprs and errors are exact; powers use the C
 * library's pow, atan2, cos, sin and hypot, and may differ in the last bit in the stated rows.
 */
class ComplexArithmeticTest {

    static final Map<String, long[]> TOLERANCE = new HashMap<>();

    static {
        TOLERANCE.put("pow", new long[] {1, 1}); // one glibc misrounding in pow/exp/sin/cos
    }

    private static String evaluate(TableRows.Row row) {
        List<String> a = row.args();
        Complex x = CMathFunctionsTest.complexAt(a, 0);
        return switch (row.name()) {
            case "mul" -> outcome(() -> ComplexArithmetic.multiply(x, CMathFunctionsTest.complexAt(a, 2)),
                    CMathFunctionsTest.COMPLEX);
            case "div" -> outcome(() -> ComplexArithmetic.divide(x, CMathFunctionsTest.complexAt(a, 2)),
                    CMathFunctionsTest.COMPLEX);
            case "pow" -> outcome(() -> ComplexArithmetic.pow(x, CMathFunctionsTest.complexAt(a, 2)),
                    CMathFunctionsTest.COMPLEX);
            case "abs" -> outcome(() -> ComplexArithmetic.abs(x), TableRows::hex);
            case "repr" -> ComplexArithmetic.repr(x);
            default -> throw new AssertionError("no binding for " + row);
        };
    }

    @TestFactory
    Stream<DynamicTest> complexArithmeticAgreesWithCPython() {
        return TableRows.read("/math/complex_table.txt").entrySet().stream().map(entry ->
                DynamicTest.dynamicTest(entry.getKey(), () -> CMathFunctionsTest.check(entry.getKey(),
                        entry.getValue(), TOLERANCE, ComplexArithmeticTest::evaluate)));
    }

    @Nested
    class Repr {
        @Test
        void examplesFromTheBrief() {
            assertThat(new Complex(1, 2)).hasToString("(1+2j)");
            assertThat(new Complex(0.0, -0.0)).hasToString("-0j");
            assertThat(new Complex(Double.NaN, Double.POSITIVE_INFINITY)).hasToString("(nan+infj)");
            assertThat(new Complex(0.0, 1e16)).hasToString("1e+16j");
        }
    }
}
