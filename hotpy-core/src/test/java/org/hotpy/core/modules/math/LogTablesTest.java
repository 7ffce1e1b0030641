package org.hotpy.core.modules.math;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * LogTables.java is what LogTableSearch generates: a sample of entries (the whole search takes
 * about ten seconds) is searched again and must agree bit for bit.
 */
class LogTablesTest {

    @Nested
    class Entries {
        /** Both ends, both sides of z = 1 (entries 79 and 80) and a spread between. */
        @ParameterizedTest
        @ValueSource(ints = {0, 1, 17, 42, 63, 79, 80, 81, 100, 126, 127})
        void searchReproducesEntry(int i) {
            double[] e = LogTableSearch.entry(i);
            assertThat(Double.toHexString(e[0])).as("INVC[%d]", i)
                    .isEqualTo(Double.toHexString(LogTables.INVC[i]));
            assertThat(Double.toHexString(e[1])).as("LOGC[%d]", i)
                    .isEqualTo(Double.toHexString(LogTables.LOGC[i]));
        }
    }

    @Nested
    class Invariants {
        /** The properties GlibcLog relies on: k LN2_HI + LOGC[i] exact, and 1/INVC[i] in entry i. */
        @Test
        void logcOnTheGridAndCInItsSubinterval() {
            for (int i = 0; i < LogTableSearch.N; i++) {
                double logc = LogTables.LOGC[i];
                assertThat((0x1.8p9 + logc) - 0x1.8p9).as("LOGC[%d] on the 2^-43 grid", i).isEqualTo(logc);
                long c = Double.doubleToRawLongBits(1.0 / LogTables.INVC[i]);
                assertThat((c - LogTableSearch.OFF) >>> 45).as("c of entry %d", i).isEqualTo(i);
            }
            assertThat(Math.scalb(LogTables.LN2_HI, 43) % 1.0).as("LN2_HI on the 2^-43 grid").isZero();
        }
    }
}
