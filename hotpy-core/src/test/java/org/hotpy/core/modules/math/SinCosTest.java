package org.hotpy.core.modules.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SinCos} against sincos_glibc.txt (CPython 3.11's math.sin and math.cos, that is glibc
 * 2.36's, written by generate_sincos_cases.py): every bit of every result must agree. The
 * system property {@code hotpy.sincosTable} names a larger file of the same form to use instead.
 */
class SinCosTest {

    /** One row: the argument and glibc's sin and cos of it. */
    private record Case(int line, double x, double sin, double cos) {}

    private static Map<String, List<Case>> cases;

    @BeforeAll
    static void load() throws IOException {
        cases = CpythonTable.load(
                "hotpy.sincosTable", "/math/sincos_glibc.txt", (line, v) -> new Case(line, v[0], v[1], v[2]));
    }

    /** Same bits, or both NaN. */
    private static boolean same(double a, double b) {
        return Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
    }

    private static String describe(Case c, String fn, double got, double want) {
        return "line " + c.line() + ": " + fn + "(" + Double.toHexString(c.x()) + ") = "
                + Double.toHexString(got) + ", glibc " + Double.toHexString(want);
    }

    @Nested
    class Table {
        /** The ranges follow glibc's branches (see generate_sincos_cases.py). */
        @ParameterizedTest
        @ValueSource(strings = {"special", "gauss", "small", "middle", "reduced", "huge"})
        void everyRowMatches(String range) {
            List<Case> rows = cases.get(range);
            assertThat(rows).as(range).isNotEmpty();
            List<String> wrong = new ArrayList<>();
            for (Case c : rows) {
                double s = SinCos.sin(c.x());
                double k = SinCos.cos(c.x());
                if (!same(s, c.sin())) {
                    wrong.add(describe(c, "sin", s, c.sin()));
                }
                if (!same(k, c.cos())) {
                    wrong.add(describe(c, "cos", k, c.cos()));
                }
            }
            assertThat(wrong).as(range + ": %d rows", rows.size()).isEmpty();
        }
    }

    @Nested
    class Symmetry {
        /** glibc's sin is odd and its cos even bit for bit: both work on |x| and copy the sign. */
        @Test
        void sinIsOddAndCosEven() {
            for (List<Case> rows : cases.values()) {
                for (Case c : rows) {
                    assertThat(same(SinCos.sin(-c.x()), -SinCos.sin(c.x()))).as("sin %s", c).isTrue();
                    assertThat(same(SinCos.cos(-c.x()), SinCos.cos(c.x()))).as("cos %s", c).isTrue();
                }
            }
        }

        @Test
        void signedZerosAndNonFinite() {
            assertThat(same(SinCos.sin(-0.0), -0.0)).isTrue();
            assertThat(SinCos.cos(-0.0)).isEqualTo(1.0);
            assertThat(SinCos.sin(Double.POSITIVE_INFINITY)).isNaN();
            assertThat(SinCos.cos(Double.NEGATIVE_INFINITY)).isNaN();
            assertThat(SinCos.sin(Double.NaN)).isNaN();
        }
    }
}
