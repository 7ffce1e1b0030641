package org.hotpy.core.types.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.hotpy.core.testing.Tables;
import org.hotpy.core.testing.TestInterpreter;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * dict keeps insertion order through deletions and growth, treats equal numbers as one key, and
 * keeps the two version counters the inline caches rely on ({@code runtime/dict_cases.tsv}).
 */
class PyDictTest {
    private TestInterpreter py;

    @BeforeEach
    void start() {
        py = new TestInterpreter();
    }

    @AfterEach
    void stop() {
        py.close();
    }

    static Stream<Arguments> cases() {
        return Tables.read("/runtime/dict_cases.tsv").stream().map(r -> Arguments.of(r[0], r[1], r[2]));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("cases")
    void orderingAndKeys(String setup, String expr, String repr) {
        py.exec(setup);
        assertThat(py.repr(expr)).isEqualTo(repr);
    }

    @Nested
    class Versions {
        @Test
        void valueUpdatesKeepTheKeysVersionButNotTheVersion() {
            PyDict d = new PyDict();
            d.putStr("a", PyInt.of(1));
            int keys = d.keysVersion();
            int all = d.version();
            d.putStr("a", PyInt.of(2));
            assertThat(d.keysVersion()).isEqualTo(keys);
            assertThat(d.version()).isNotEqualTo(all);
        }

        @Test
        void insertingOrDeletingAKeyChangesTheKeysVersion() {
            PyDict d = new PyDict();
            d.putStr("a", PyInt.of(1));
            int k1 = d.keysVersion();
            d.putStr("b", PyInt.of(2));
            int k2 = d.keysVersion();
            d.removeStr("a");
            assertThat(k2).isNotEqualTo(k1);
            assertThat(d.keysVersion()).isNotIn(k1, k2);
        }

        @Test
        void keysVersionsAreUniqueAcrossDicts() {
            PyDict a = new PyDict();
            PyDict b = new PyDict();
            assertThat(a.keysVersion()).isNotEqualTo(b.keysVersion());
        }

        @Test
        void entryIndexesStayValidUntilTheKeysChange() {
            PyDict d = new PyDict();
            d.putStr("x", PyInt.of(1));
            d.putStr("y", PyInt.of(2));
            int ix = d.findStr("y");
            d.putStr("y", PyInt.of(3));
            assertThat(d.valueAt(ix).toString()).isEqualTo("3");
        }
    }

    @Nested
    class Keys {
        @Test
        void equalNumbersAreOneKey() {
            PyDict d = new PyDict();
            d.put(PyInt.of(1), PyStr.of("int"));
            d.put(new PyFloat(1.0), PyStr.of("float"));
            assertThat(d.size()).isEqualTo(1);
            assertThat(d.get(PyInt.of(1)).toString()).isEqualTo("float");
            assertThat(d.keysArray()[0]).isInstanceOf(PyInt.class);
        }

        @Test
        void aDictCreatedEmptySharesNoStateWithAnother() {
            PyDict a = new PyDict();
            PyDict b = new PyDict(0);
            assertThat(a.get(PyStr.of("k"))).isNull();
            assertThat(a.remove(PyStr.of("k"))).isNull();
            a.putStr("k", PyInt.of(1));
            assertThat(b.size()).isZero();
            assertThat(b.getStr("k")).isNull();
            assertThat(new PyDict().findStr("k")).isEqualTo(-1);
            assertThat(a.getStr("k").toString()).isEqualTo("1");
        }

        @Test
        void growthKeepsOrder() {
            PyDict d = new PyDict();
            for (int i = 0; i < 5000; i++) {
                d.put(PyInt.of(i), PyInt.of(i));
            }
            for (int i = 0; i < 5000; i += 2) {
                d.remove(PyInt.of(i));
            }
            assertThat(d.size()).isEqualTo(2500);
            assertThat(d.keysArray()[0].toString()).isEqualTo("1");
            assertThat(d.keysArray()[2499].toString()).isEqualTo("4999");
        }
    }
    /**
     * A key found equal to a stored str, not the same object, takes the stored str's String (see
     * {@link PyStr#equalsSharing}); nothing else changes hands.
     */
    @Nested
    class StrSharing {
        @Test
        void anEqualStrKeySharesTheStoredString() {
            PyDict d = new PyDict();
            PyStr stored = PyStr.of(new String("word"));
            d.put(stored, PyInt.of(1));
            PyStr fresh = PyStr.of(new String("word"));
            assertThat(fresh.value()).isNotSameAs(stored.value());
            assertThat(d.get(fresh).toString()).isEqualTo("1");
            assertThat(fresh.value()).isSameAs(stored.value());
            assertThat(d.keysArray()[0]).isSameAs(stored);
        }

        @Test
        void tupleItemsShareTooAndUnequalStrsKeepTheirs() {
            PyDict d = new PyDict();
            PyStr a = PyStr.of(new String("ab"));
            PyStr b = PyStr.of(new String("cd"));
            d.put(PyTuple.of(a, b), PyInt.of(1));
            PyStr a2 = PyStr.of(new String("ab"));
            PyStr b2 = PyStr.of(new String("cd"));
            assertThat(d.get(PyTuple.of(a2, b2)).toString()).isEqualTo("1");
            assertThat(a2.value()).isSameAs(a.value());
            assertThat(b2.value()).isSameAs(b.value());
            // "Aa" and "BB" have the same Java hash, so the probe compares them
            d.put(PyStr.of(new String("Aa")), PyInt.of(2));
            PyStr other = PyStr.of(new String("BB"));
            assertThat(other.pyHash()).isEqualTo(PyStr.of("Aa").pyHash());
            assertThat(d.get(other)).isNull();
            assertThat(other.value()).isEqualTo("BB");
        }

        @Test
        void aStrSubclassKeyKeepsItsOwnString() {
            py.exec("class S(str): pass\nd = {'key' + str(len('ab')): 1}\nk = S('key2')\nr = d[k]");
            assertThat(py.repr("r")).isEqualTo("1");
            PyStr k = (PyStr) py.get("k");
            PyStr stored = (PyStr) ((PyDict) py.get("d")).keysArray()[0];
            assertThat(k.value()).isNotSameAs(stored.value());
        }
    }
}
