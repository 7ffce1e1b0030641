package org.hotpy.core.types.collection;

import static org.assertj.core.api.Assertions.assertThat;

import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;
import org.junit.jupiter.api.Test;

/**
 * Per-key watches on a dict ({@link DictWatches}): a watch on one key survives stores to every
 * other key and falls, for good, when its own key's binding changes in any way.
 */
class DictWatchesTest {
    private static PyDict globals() {
        PyDict d = new PyDict();
        d.putStr("a", PyInt.of(1));
        d.putStr("b", PyInt.of(2));
        d.putStr("c", PyInt.of(3));
        return d;
    }

    @Test
    void storesToOtherKeysLeaveAWatchValid() {
        PyDict d = globals();
        DictWatches.Binding b = d.watchPresent("b");
        d.putStr("a", PyInt.of(10));
        d.putStr("c", PyInt.of(30));
        d.removeStr("a");
        d.putStr("new", PyInt.of(4));
        assertThat(b.valid()).isTrue();
        assertThat(d.watches().rebindsOften("b")).isFalse();
    }

    @Test
    void rebindingTheKeyInvalidatesIt() {
        PyDict d = globals();
        DictWatches.Binding b = d.watchPresent("b");
        d.putStr("b", PyInt.of(20));
        assertThat(b.valid()).isFalse();
        // A new watch is a new object, valid until the next change.
        DictWatches.Binding again = d.watchPresent("b");
        assertThat(again).isNotSameAs(b);
        assertThat(again.valid()).isTrue();
    }

    @Test
    void rebindingToTheSameObjectChangesNothing() {
        PyDict d = globals();
        PyInt two = (PyInt) d.getStr("b");
        DictWatches.Binding b = d.watchPresent("b");
        d.putStr("b", two);
        assertThat(b.valid()).isTrue();
    }

    @Test
    void deletingOrClearingInvalidates() {
        PyDict d = globals();
        DictWatches.Binding b = d.watchPresent("b");
        DictWatches.Binding c = d.watchPresent("c");
        d.removeStr("b");
        assertThat(b.valid()).isFalse();
        assertThat(c.valid()).isTrue();
        d.clear();
        assertThat(c.valid()).isFalse();
    }

    @Test
    void aWatchFollowsItsKeyThroughResizes() {
        PyDict d = globals();
        DictWatches.Binding b = d.watchPresent("b");
        d.removeStr("a"); // leaves a hole, so the resize moves b to another entry
        for (int i = 0; i < 100; i++) {
            d.putStr("k" + i, PyInt.of(i));
        }
        assertThat(b.valid()).isTrue();
        d.putStr("k50", PyInt.of(-1));
        assertThat(b.valid()).isTrue();
        d.putStr("b", PyInt.of(-2));
        assertThat(b.valid()).isFalse();
    }

    @Test
    void aWatchOnAnAbsentKeyFallsWhenTheKeyIsAdded() {
        PyDict d = globals();
        DictWatches.Binding len = d.watchAbsent("len");
        d.putStr("a", PyInt.of(5));
        d.putStr("other", PyInt.of(5));
        assertThat(len.valid()).isTrue();
        d.put(PyStr.of("len"), PyInt.of(5));
        assertThat(len.valid()).isFalse();
    }

    @Test
    void aNonStrKeyInvalidatesEveryWatchAndStopsWatching() {
        PyDict d = globals();
        DictWatches.Binding b = d.watchPresent("b");
        DictWatches.Binding len = d.watchAbsent("len");
        assertThat(d.watches().strKeysOnly()).isTrue();
        d.put(PyInt.of(12345), PyInt.of(0));
        assertThat(b.valid()).isFalse();
        assertThat(len.valid()).isFalse();
        assertThat(d.watches().strKeysOnly()).isFalse();
    }

    @Test
    void aDictWithANonStrKeyIsNotWatchable() {
        PyDict d = globals();
        d.put(PyInt.of(7), PyInt.of(0));
        assertThat(d.watches().strKeysOnly()).isFalse();
    }

    @Test
    void aNameReboundTwiceUnderWatchRebindsOften() {
        PyDict d = globals();
        d.watchPresent("a");
        d.putStr("a", PyInt.of(100));
        assertThat(d.watches().rebindsOften("a")).isFalse();
        d.watchPresent("a");
        d.putStr("a", PyInt.of(101));
        assertThat(d.watches().rebindsOften("a")).isTrue();
        assertThat(d.watches().rebindsOften("b")).isFalse();
    }

    @Test
    void unwatchedStoresMakeNoWatches() {
        PyDict d = globals();
        d.putStr("a", PyInt.of(100));
        d.putStr("a", PyInt.of(101));
        assertThat(d.watches().rebindsOften("a")).isFalse();
    }
}
