package org.hotpy.core.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;

import org.hotpy.core.errors.PyException;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.collection.PyRange;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;
import org.junit.jupiter.api.Test;

/**
 * The short cut for calls of exact builtin classes gives what their {@code __new__} gives, and
 * declines (null) whatever the generic type call must handle.
 */
class ExactTypeCallsTest {
    private static PyObject call(org.hotpy.core.model.PyType type, PyObject... args) {
        return ExactTypeCalls.call(type, args);
    }

    @Test
    void intOfIntIsItselfAndOfOthersConverts() {
        PyObject big = PyInt.of(BigInteger.TEN.pow(30));
        assertThat(call(PyInt.TYPE, big)).isSameAs(big);
        assertThat(((PyInt) call(PyInt.TYPE, new PyFloat(-3.75))).value).isEqualTo(-3);
        assertThat(((PyInt) call(PyInt.TYPE, PyStr.of(" 1_000 "))).value).isEqualTo(1000);
        PyObject one = call(PyInt.TYPE, PyBool.TRUE);
        assertThat(one.getClass()).isEqualTo(PyInt.class);
        assertThat(((PyInt) one).value).isEqualTo(1);
    }

    @Test
    void floatAndStrConvert() {
        assertThat(((PyFloat) call(PyFloat.TYPE, PyInt.of(3))).value).isEqualTo(3.0);
        assertThat(((PyFloat) call(PyFloat.TYPE, PyStr.of("1e3"))).value).isEqualTo(1000.0);
        assertThat(((PyStr) call(PyStr.TYPE, PyInt.of(12))).value()).isEqualTo("12");
    }

    @Test
    void conversionErrorsAreTheTypesOwn() {
        assertThatThrownBy(() -> call(PyInt.TYPE, PyStr.of("x")))
                .isInstanceOf(PyException.class).hasMessageContaining("invalid literal for int()");
        assertThatThrownBy(() -> call(PyFloat.TYPE, new PyList()))
                .isInstanceOf(PyException.class).hasMessageContaining("must be a string or a real number");
    }

    @Test
    void smallRangesAreBuiltDirectly() {
        PyObject r = call(PyRange.TYPE, PyInt.of(2), PyInt.of(9), PyInt.of(3));
        assertThat(r).isInstanceOf(PyRange.class);
        assertThat(((PyRange) r).length()).isEqualTo(3);
        assertThat(((PyRange) call(PyRange.TYPE, PyInt.of(5))).length()).isEqualTo(5);
    }

    @Test
    void declinesWhatTheGenericCallMustDo() {
        // a zero step (its ValueError), huge bounds, wrong counts and types: range's own __new__
        assertThat(call(PyRange.TYPE, PyInt.of(1), PyInt.of(5), PyInt.ZERO)).isNull();
        assertThat(call(PyRange.TYPE, PyInt.of(BigInteger.TWO.pow(70)))).isNull();
        assertThat(call(PyRange.TYPE)).isNull();
        assertThat(call(PyRange.TYPE, new PyFloat(1.5))).isNull();
        // int(s, base), int(), and classes not taken here
        assertThat(call(PyInt.TYPE, PyStr.of("ff"), PyInt.of(16))).isNull();
        assertThat(call(PyInt.TYPE)).isNull();
        assertThat(call(PyDict.TYPE, new PyDict())).isNull();
    }

    @Test
    void sequenceCopiesStillApply() {
        PyTuple t = PyTuple.of(PyInt.of(1));
        assertThat(call(PyTuple.TYPE, t)).isSameAs(t);
    }
}
