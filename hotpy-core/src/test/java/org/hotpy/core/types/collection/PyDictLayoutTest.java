package org.hotpy.core.types.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongFunction;

import org.hotpy.core.model.PyObject;
import org.hotpy.core.testing.TestInterpreter;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The compact layout of {@link PyDict} (a sparse index of entry numbers, dense entries) against
 * {@link LinkedHashMap} as the oracle: random sequences of inserts, rebinds, deletes, pops and
 * clears, through resizes, with keys whose hashes are equal or agree only in their low 32 bits
 * (all that picks the first probes). Pops then inserts must not fill the index with deleted slots.
 */
class PyDictLayoutTest {
    /** 2^61 - 1: ints that differ by a multiple of it have the same Python hash. */
    private static final long MODULUS = (1L << 61) - 1;

    /** Key number {@code n} of a family; equal numbers give equal (not necessarily identical) keys. */
    private static LongFunction<PyObject> family(String name) {
        switch (name) {
            case "str":
                return n -> PyStr.of(new String("k" + n)); // a fresh String: equal, not identical
            case "int":
                return n -> PyInt.of(n * 7919 - 5000);
            case "equalHashes":
                // four keys per hash: n and n + k * (2^61 - 1) hash alike
                return n -> PyInt.of(n / 4 + (n % 4) * MODULUS);
            case "sameTag":
                // hashes equal in their low 32 bits, different above: the same probe sequence for a while
                return n -> PyInt.of(n / 4 + (n % 4) * (1L << 32));
            default:
                throw new IllegalArgumentException(name);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"str", "int", "equalHashes", "sameTag"})
    void randomOperationsAgreeWithALinkedHashMap(String keys) {
        LongFunction<PyObject> key = family(keys);
        Random rnd = new Random(20261127L + keys.hashCode());
        for (int round = 0; round < 6; round++) {
            int range = 4 << (2 * round); // 4 .. 4096 distinct keys: small dicts and many resizes
            PyDict d = new PyDict();
            Map<Long, Long> oracle = new LinkedHashMap<>();
            for (int step = 0; step < range * 6; step++) {
                long n = rnd.nextInt(range);
                int op = rnd.nextInt(10);
                if (op < 5) {
                    long v = rnd.nextLong();
                    d.put(key.apply(n), PyInt.of(v));
                    oracle.put(n, v); // a rebind keeps the key's place, as in Python
                } else if (op < 8) {
                    PyObject old = d.remove(key.apply(n));
                    Long expected = oracle.remove(n);
                    assertThat(old == null ? null : ((PyInt) old).value).isEqualTo(expected);
                } else if (op < 9) {
                    PyObject[] kv = d.popLast();
                    if (oracle.isEmpty()) {
                        assertThat(kv).isNull();
                    } else {
                        Long last = new ArrayList<>(oracle.keySet()).get(oracle.size() - 1);
                        assertThat(keyText(kv[0])).isEqualTo(keyText(key.apply(last)));
                        assertThat(((PyInt) kv[1]).value).isEqualTo(oracle.remove(last));
                    }
                } else if (rnd.nextInt(20) == 0) {
                    d.clear();
                    oracle.clear();
                }
                if (step % 97 == 0) {
                    assertSame(d, oracle, key, range);
                }
            }
            assertSame(d, oracle, key, range);
            assertSame(d.copy(), oracle, key, range);
        }
    }

    private static void assertSame(PyDict d, Map<Long, Long> oracle, LongFunction<PyObject> key, int range) {
        assertThat(d.size()).isEqualTo(oracle.size());
        List<PyObject[]> items = d.itemsSnapshot();
        List<Long> values = new ArrayList<>();
        for (PyObject[] kv : items) {
            values.add(((PyInt) kv[1]).value);
            assertThat(d.get(kv[0])).isSameAs(kv[1]);
        }
        assertThat(values).containsExactlyElementsOf(oracle.values());
        PyObject[] keys = d.keysArray();
        int i = 0;
        for (Long n : oracle.keySet()) {
            assertThat(keyText(keys[i++])).isEqualTo(keyText(key.apply(n)));
        }
        for (long n = 0; n < range; n++) {
            PyObject v = d.get(key.apply(n));
            Long expected = oracle.get(n);
            assertThat(v == null ? null : ((PyInt) v).value).isEqualTo(expected);
            assertThat(d.containsKey(key.apply(n))).isEqualTo(expected != null);
        }
    }

    /** A key's text, to compare keys that are equal but not identical. */
    private static String keyText(PyObject o) {
        return o instanceof PyStr s ? "'" + s.value() + "'" : o.toString();
    }

    @Test
    void strLookupsByJavaNameFindEqualButNotIdenticalKeys() {
        PyDict d = new PyDict();
        for (int i = 0; i < 100; i++) {
            d.put(PyStr.of(new String("name" + i)), PyInt.of(i));
        }
        for (int i = 0; i < 100; i++) {
            int ix = d.findStr("name" + i);
            assertThat(ix).isGreaterThanOrEqualTo(0);
            assertThat(d.valueAt(ix)).isEqualTo(d.getStr("name" + i));
            assertThat(((PyInt) d.valueAt(ix)).value).isEqualTo(i);
        }
        assertThat(d.findStr("name100")).isEqualTo(-1);
        assertThat(d.removeStr("name5")).isNotNull();
        assertThat(d.findStr("name5")).isEqualTo(-1);
    }

    @Test
    void keysVersionChangesWithTheKeysAndResizesButNotWithValues() {
        PyDict d = new PyDict();
        d.putStr("a", PyInt.of(1));
        List<Integer> seen = new ArrayList<>();
        seen.add(d.keysVersion());
        for (int i = 0; i < 40; i++) { // several resizes move entry "a"
            d.putStr("k" + i, PyInt.of(i));
            assertThat(d.keysVersion()).isNotIn(seen);
            seen.add(d.keysVersion());
        }
        for (int i = 0; i < 40; i++) {
            d.removeStr("k" + i);
        }
        int v = d.keysVersion();
        int version = d.version();
        d.putStr("a", PyInt.of(2));
        assertThat(d.keysVersionIs(v)).isTrue();
        assertThat(d.version()).isNotEqualTo(version);
        assertThat(((PyInt) d.valueAt(d.findStr("a"))).value).isEqualTo(2);
        d.popLast();
        assertThat(d.keysVersionIs(v)).isFalse();
        assertThat(d.size()).isZero();
        v = d.keysVersion();
        d.clear();
        assertThat(d.keysVersionIs(v)).isFalse();
    }

    @Test
    void deletedEntriesAreReusedWithoutLosingKeysFurtherAlongTheProbe() {
        PyDict d = new PyDict();
        // equal hashes: every key after the first is found by probing past the others' slots
        for (int j = 0; j < 5; j++) {
            d.put(PyInt.of(3 + j * MODULUS), PyInt.of(j));
        }
        d.remove(PyInt.of(3 + MODULUS));
        d.remove(PyInt.of(3 + 2 * MODULUS));
        for (int j = 0; j < 5; j++) {
            PyObject v = d.get(PyInt.of(3 + j * MODULUS));
            assertThat(v == null ? -1 : ((PyInt) v).value).isEqualTo(j == 1 || j == 2 ? -1 : j);
        }
        d.put(PyInt.of(3 + 2 * MODULUS), PyInt.of(22));
        assertThat(d.keysArray()).extracting(Object::toString)
                .containsExactly("3", String.valueOf(3 + 3 * MODULUS), String.valueOf(3 + 4 * MODULUS),
                        String.valueOf(3 + 2 * MODULUS));
    }

    @Test
    void anEqThatEmptiesTheDictRestartsTheLookup() {
        try (TestInterpreter py = new TestInterpreter()) {
            py.exec("""
                    class K:
                        def __init__(self, n, act=None):
                            self.n, self.act = n, act
                        def __hash__(self):
                            return 7
                        def __eq__(self, o):
                            if self.act:
                                a, self.act = self.act, None
                                a()
                            return isinstance(o, K) and o.n == self.n
                    d = {}
                    k = K(1)
                    d[k] = 'k'
                    def refill():
                        d.clear()
                        for i in range(20):
                            d[i] = i
                    k.act = refill
                    r = d.get(K(1), 'gone')
                    """);
            assertThat(py.repr("r")).isEqualTo("'gone'");
            assertThat(py.repr("len(d)")).isEqualTo("20");
        }
    }
}
