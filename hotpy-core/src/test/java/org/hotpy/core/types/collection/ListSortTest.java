package org.hotpy.core.types.collection;

import static org.assertj.core.api.Assertions.assertThat;

import org.hotpy.core.model.PyObject;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * With NaN keys the order is inconsistent, so the result is whatever the algorithm's comparisons
 * make of it: the expected fingerprints are CPython 3.11's for the same lists (a linear
 * congruential generator, one NaN object in about ten keys), so they hold only if the sort
 * compares as CPython's timsort does.
 */
class ListSortTest {
    private static final PyFloat NAN = new PyFloat(Double.NaN); // one object: tuples compare it by identity

    private static PyObject[] floats(int n, long seed) {
        PyObject[] out = new PyObject[n];
        long x = seed;
        for (int i = 0; i < n; i++) {
            x = (x * 1103515245L + 12345L) % (1L << 31);
            out[i] = x % 10 == 0 ? NAN : new PyFloat((x >> 8) % 1000);
        }
        return out;
    }

    /** The Python test's {@code h = (h * 1000003 + v) % 2**61} over the values. */
    private static long fingerprint(long[] values) {
        java.math.BigInteger h = java.math.BigInteger.ZERO;
        java.math.BigInteger mod = java.math.BigInteger.ONE.shiftLeft(61);
        for (long v : values) {
            h = h.multiply(java.math.BigInteger.valueOf(1000003)).add(java.math.BigInteger.valueOf(v)).mod(mod);
        }
        return h.longValue();
    }

    @ParameterizedTest
    @CsvSource({
        "20, 1, 2044985677634551883, 772225194608695043",
        "300, 2, 2150008834193435703, 2059993105755612755",
        "3000, 3, 1128860501638238956, 1498001356245027702"})
    void floatsWithNaNSortAsInCPython(int n, long seed, long ascending, long descending) {
        for (boolean reverse : new boolean[] {false, true}) {
            PyList list = PyList.wrap(floats(n, seed));
            ListSort.sort(list, null, reverse);
            long[] values = new long[n];
            for (int i = 0; i < n; i++) {
                double v = ((PyFloat) list.items[i]).value();
                values[i] = Double.isNaN(v) ? 0 : (long) v + 1;
            }
            assertThat(fingerprint(values)).isEqualTo(reverse ? descending : ascending);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "20, 1, 984680170702663398, 972341929501848102",
        "300, 2, 921256270946686274, 2293507317293590106",
        "3000, 3, 1826900156905491744, 2005635311871733386"})
    void tuplesWithNaNSortAsInCPython(int n, long seed, long ascending, long descending) {
        for (boolean reverse : new boolean[] {false, true}) {
            PyObject[] values = floats(n, seed);
            PyObject[] pairs = new PyObject[n];
            for (int i = 0; i < n; i++) {
                pairs[i] = PyTuple.of(values[i], PyInt.of(i));
            }
            PyList list = PyList.wrap(pairs);
            ListSort.sort(list, null, reverse);
            long[] origin = new long[n];
            for (int i = 0; i < n; i++) {
                origin[i] = ((PyInt) ((PyTuple) list.items[i]).get(1)).value + 1;
            }
            assertThat(fingerprint(origin)).isEqualTo(reverse ? descending : ascending);
        }
    }
}
