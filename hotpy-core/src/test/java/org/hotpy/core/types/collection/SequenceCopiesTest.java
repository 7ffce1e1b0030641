package org.hotpy.core.types.collection;

import static org.assertj.core.api.Assertions.assertThat;

import org.hotpy.core.model.PyObject;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;
import org.junit.jupiter.api.Test;

/**
 * The tuple(x)/list(x) short cut copies exact lists and tuples only, set(x)/frozenset(x) fill a new
 * set from any iterable: anything it declines (null) goes through the generic type call, which
 * honours subclasses' {@code __iter__} and {@code __init__}.
 */
class SequenceCopiesTest {
    private static final PyObject A = PyInt.of(1);
    private static final PyObject B = PyStr.of("b");

    @Test
    void tupleOfTupleIsTheSameTuple() {
        PyTuple t = PyTuple.of(A, B);
        assertThat(SequenceCopies.ofExact(PyTuple.TYPE, t)).isSameAs(t);
    }

    @Test
    void tupleOfListIsASnapshot() {
        PyList l = PyList.of(A, B);
        PyObject t = SequenceCopies.ofExact(PyTuple.TYPE, l);
        l.append(A);
        assertThat(t).isInstanceOf(PyTuple.class);
        assertThat(((PyTuple) t).toArray()).containsExactly(A, B);
        assertThat(SequenceCopies.ofExact(PyTuple.TYPE, new PyList())).isSameAs(PyTuple.EMPTY);
    }

    @Test
    void listOfListOrTupleIsANewList() {
        PyList l = PyList.of(A, B);
        PyObject copy = SequenceCopies.ofExact(PyList.TYPE, l);
        assertThat(copy).isNotSameAs(l);
        ((PyList) copy).append(B);
        assertThat(l.toArray()).containsExactly(A, B);
        assertThat(((PyList) copy).toArray()).containsExactly(A, B, B);
        PyObject fromTuple = SequenceCopies.ofExact(PyList.TYPE, PyTuple.of(B, A));
        assertThat(((PyList) fromTuple).toArray()).containsExactly(B, A);
    }

    @Test
    void setAndFrozensetOfAnyIterableAreNewSetsWithoutDuplicates() {
        PyObject s = SequenceCopies.ofExact(PySet.TYPE, PyList.of(A, B, A));
        assertThat(s).isExactlyInstanceOf(PySet.class);
        assertThat(((PySet) s).toArray()).containsExactlyInAnyOrder(A, B);
        PyObject f = SequenceCopies.ofExact(PyFrozenSet.TYPE, PyStr.of("abab"));
        assertThat(f).isExactlyInstanceOf(PyFrozenSet.class);
        assertThat(((PySet) f).size()).isEqualTo(2);
        assertThat(SequenceCopies.ofExact(PyFrozenSet.TYPE, f)).isSameAs(f);
    }

    @Test
    void declinesSubclassesOtherIterablesAndOtherTypes() {
        assertThat(SequenceCopies.ofExact(PyTuple.TYPE, new PyList.Derived(PyList.TYPE))).isNull();
        assertThat(SequenceCopies.ofExact(PyTuple.TYPE, PyStr.of("ab"))).isNull();
        assertThat(SequenceCopies.ofExact(PyList.TYPE, new PyDict())).isNull();
        assertThat(SequenceCopies.ofExact(PyTuple.TYPE, new PyTuple.Derived(PyTuple.TYPE, new PyObject[] {A}))).isNull();
        assertThat(SequenceCopies.ofExact(PyDict.TYPE, PyTuple.of(A))).isNull();
        assertThat(SequenceCopies.ofExact(PyStr.TYPE, PyList.of(A))).isNull();
    }
}
