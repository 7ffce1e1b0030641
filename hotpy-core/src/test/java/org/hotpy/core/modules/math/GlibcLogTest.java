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
 * {@link GlibcLog} (through {@link Libm#log}) against log_glibc.txt (CPython 3.11's math.log,
 * that is glibc 2.36's, written by generate_log_cases.py): every bit must agree. The system
 * property {@code hotpy.logTable} names a larger file of the same form to use instead.
 */
class GlibcLogTest {

    /** One row: the argument and glibc's log of it. */
    private record Case(int line, double x, double log) {}

    private static Map<String, List<Case>> cases;

    @BeforeAll
    static void load() throws IOException {
        cases = CpythonTable.load(
                "hotpy.logTable", "/math/log_glibc.txt", (line, v) -> new Case(line, v[0], v[1]));
    }

    @Nested
    class Table {
        /** The ranges follow glibc's branches (see generate_log_cases.py). */
        @ParameterizedTest
        @ValueSource(strings = {"special", "gauss", "near1", "wide", "subnormal"})
        void everyRowMatches(String range) {
            List<Case> rows = cases.get(range);
            assertThat(rows).as(range).isNotEmpty();
            List<String> wrong = new ArrayList<>();
            for (Case c : rows) {
                double got = Libm.log(c.x());
                if (Double.doubleToLongBits(got) != Double.doubleToLongBits(c.log())) {
                    wrong.add("line " + c.line() + ": log(" + Double.toHexString(c.x()) + ") = "
                            + Double.toHexString(got) + ", glibc " + Double.toHexString(c.log()));
                }
            }
            assertThat(wrong).as(range + ": %d rows", rows.size()).isEmpty();
        }
    }

    @Nested
    class Special {
        /** C99 F.9.3.7, as glibc and so CPython's math module (before its own checks) see it. */
        @Test
        void zerosInfinitiesAndNaN() {
            assertThat(Double.doubleToRawLongBits(Libm.log(1.0))).as("+0.0").isZero();
            assertThat(Libm.log(0.0)).isEqualTo(Double.NEGATIVE_INFINITY);
            assertThat(Libm.log(-0.0)).isEqualTo(Double.NEGATIVE_INFINITY);
            assertThat(Libm.log(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(Libm.log(-1.0)).isNaN();
            assertThat(Libm.log(Double.NaN)).isNaN();
        }
    }
}
