package org.hotpy.core.types.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.Supplier;

import org.hotpy.core.model.PyObject;
import org.hotpy.core.ops.Compare;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;
import org.junit.jupiter.api.Test;

/**
 * Sort prefixes keep the order: whenever two keys' prefixes differ, the smaller prefix belongs to
 * the key that {@code <} puts first (checked on every pair of random keys of the shapes encoded);
 * keys of mixed or unencoded types get no prefix where a comparison could raise or differ.
 */
class SortPrefixTest {
    private final Random rng = new Random(42);

    /** Code points chosen near every edge of the UTF-16 encoding (surrogates, U+E000, U+FFFF, beyond). */
    private static final int[] POINTS = {0, 1, 'a', 'b', 'z', 0xFF, 0x100, 0xD7FF, 0xD800, 0xDBFF, 0xDC00,
        0xDFFF, 0xE000, 0xFFFD, 0xFFFE, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF};

    private PyStr str(int maxLength, int alphabet) {
        StringBuilder sb = new StringBuilder();
        int n = rng.nextInt(maxLength + 1);
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(POINTS[rng.nextInt(Math.min(alphabet, POINTS.length))]);
        }
        return PyStr.of(sb.toString());
    }

    private PyInt integer(long bound) {
        return PyInt.of(rng.nextLong() % bound);
    }

    private void assertOrderKept(Supplier<PyObject> key, int n) {
        PyObject[] keys = new PyObject[n];
        for (int i = 0; i < n; i++) {
            keys[i] = key.get();
        }
        SortPrefix.Prefixes prefixes = SortPrefix.of(keys, n);
        assertThat(prefixes).isNotNull();
        long[] p = prefixes.values();
        boolean decisive = prefixes.decisive();
        int decided = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (p[i] < p[j]) {
                    decided++;
                    assertThat(Compare.lt(keys[i], keys[j])).as("%s < %s", keys[i], keys[j]).isTrue();
                } else if (decisive && p[i] == p[j]) {
                    assertThat(Compare.eq(keys[i], keys[j])).as("decisive: %s == %s", keys[i], keys[j]).isTrue();
                }
            }
        }
        assertThat(decided).isPositive();
    }

    @Test
    void strsByCharacters() {
        assertOrderKept(() -> str(6, POINTS.length), 300);
        assertOrderKept(() -> str(3, 4), 300); // shared prefixes and strings that are prefixes of others
    }

    @Test
    void strsByRank() {
        PyStr[] few = new PyStr[20];
        for (int i = 0; i < few.length; i++) {
            few[i] = str(4, POINTS.length);
        }
        assertOrderKept(() -> PyStr.of(few[rng.nextInt(few.length)].value()), 300);
    }

    @Test
    void ints() {
        assertOrderKept(() -> integer(1000), 300);
        assertOrderKept(() -> PyInt.of(rng.nextLong()), 300); // the whole range of a long
    }

    @Test
    void tuples() {
        assertOrderKept(() -> PyTuple.of(integer(5), str(5, 6)), 300);
        assertOrderKept(() -> PyTuple.of(integer(3), PyTuple.of(str(2, 3), str(3, POINTS.length))), 300);
        assertOrderKept(() -> PyTuple.of(str(2, 3), PyInt.of(rng.nextLong()), str(2, 3)), 300);
        // tuples of several lengths, empty ones too
        assertOrderKept(() -> {
            PyObject[] items = new PyObject[rng.nextInt(6)];
            for (int i = 0; i < items.length; i++) {
                items[i] = str(1, 3);
            }
            return PyTuple.of(items);
        }, 300);
        // a float column ends the prefix: (int, float) keys are told apart by the int only
        assertOrderKept(() -> PyTuple.of(integer(4), new PyFloat(rng.nextBoolean() ? Double.NaN : 1.0)), 300);
    }

    @Test
    void noPrefixForMixedTypes() {
        PyObject[] keys = {PyInt.of(1), PyStr.of("a"), PyInt.of(2)};
        assertThat(SortPrefix.of(keys, keys.length)).isNull();
        PyObject[] floats = {new PyFloat(1.0), new PyFloat(Double.NaN)};
        assertThat(SortPrefix.of(floats, floats.length)).isNull();
    }

    @Test
    void mixedColumnIsNotEncoded() {
        // (1, "a") and (1, 2) must compare (and raise) in full: their prefixes are equal
        PyObject[] keys = {PyTuple.of(PyInt.of(1), PyStr.of("a")), PyTuple.of(PyInt.of(1), PyInt.of(2)),
            PyTuple.of(PyInt.of(0), PyStr.of("b"))};
        SortPrefix.Prefixes prefixes = SortPrefix.of(keys, keys.length);
        assertThat(prefixes.decisive()).isFalse();
        long[] p = prefixes.values();
        assertThat(p[0]).isEqualTo(p[1]);
        assertThat(p[2]).isLessThan(p[0]);
    }

    @Test
    void bitsKeepTheHighEndOfWhatDoesNotFit() {
        SortPrefix.Bits b = new SortPrefix.Bits();
        assertThat(b.put(0xABCD, 16)).isTrue();
        assertThat(b.put(0x1234_5678_9ABCL, 48)).isFalse();
        assertThat(b.value()).isEqualTo(0xABCD_1234_5678_9ABCL);
        b.clear();
        assertThat(b.put(0x3, 2)).isTrue();
        assertThat(b.put(-1L, 64)).isFalse(); // 62 of the 64 bits fit
        assertThat(b.value()).isEqualTo(-1L);
        b.clear();
        assertThat(b.value()).isZero();
    }

    private static boolean decisive(PyObject... keys) {
        return SortPrefix.of(keys, keys.length).decisive();
    }

    private static PyTuple t(Object... items) {
        PyObject[] out = new PyObject[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = items[i] instanceof String x ? PyStr.of(x) : items[i] instanceof Integer x ? PyInt.of(x)
                    : (PyObject) items[i];
        }
        return PyTuple.of(out);
    }

    @Test
    void decisiveOnlyWhenEveryKeyIsEncodedWhole() {
        assertThat(decisive(PyInt.of(3), PyInt.of(-7), PyInt.of(3))).isTrue();
        assertThat(decisive(PyInt.of(Long.MIN_VALUE), PyInt.of(Long.MAX_VALUE))).isTrue(); // 64 bits exactly
        assertThat(decisive(PyStr.of("ab"), PyStr.of("abc"), PyStr.of(""))).isTrue();
        assertThat(decisive(PyStr.of("abcd"), PyStr.of("abc"))).isTrue(); // "abcd" fills the bits, ends there
        assertThat(decisive(PyStr.of("abcd"), PyStr.of("abcde"))).isFalse(); // cut off
        assertThat(decisive(PyStr.of("a\uffff"), PyStr.of("a"))).isFalse(); // floored
        // few distinct strs (here 2 in 24 keys) are encoded by rank, in a few bits each
        PyObject[] bigrams = new PyObject[24];
        for (int i = 0; i < bigrams.length; i++) {
            bigrams[i] = t(-i % 5, t(i % 2 == 0 ? "ka" : "loven", i % 3 == 0 ? "loven" : "ka"));
        }
        assertThat(decisive(bigrams)).isTrue();
        assertThat(decisive(t(-5, t("ka", "lo")), t(-9, t("lo", "ka")))).isFalse(); // by characters: too long
        assertThat(decisive(t(1), t(1, 0))).isFalse(); // a shorter tuple
        assertThat(decisive(t(1, 2, 3, 4, 5), t(1, 2, 3, 4, 6))).isFalse(); // more columns than encoded
        assertThat(decisive(t(t(1, 2), 3), t(t(1, 2), 4))).isFalse(); // nothing follows a nested tuple
        assertThat(decisive(t(1, "x"), t(1, new PyFloat(2.5)))).isFalse(); // mixed column
        assertThat(decisive(t("abcd", 1), t("abcd", 2))).isFalse(); // the str fills the bits, the int is left out
    }
}
