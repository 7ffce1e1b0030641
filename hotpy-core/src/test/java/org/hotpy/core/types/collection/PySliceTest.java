package org.hotpy.core.types.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;

import org.hotpy.core.errors.PyException;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.types.number.PyInt;
import org.junit.jupiter.api.Test;

/** Slice bounds for lengths beyond a Java int, and range slicing through them (CPython's compute_slice). */
class PySliceTest {
    private static final BigInteger HUGE = BigInteger.TWO.pow(70);
    private static final PyObject NONE = PyNone.NONE;

    private static BigInteger[] indices(PyObject start, PyObject stop, PyObject step, BigInteger length) {
        return new PySlice(start, stop, step).bigIndices(length);
    }

    @Test
    void defaultsAreTheEndsForEachDirection() {
        assertThat(indices(NONE, NONE, NONE, HUGE)).containsExactly(BigInteger.ZERO, HUGE, BigInteger.ONE);
        assertThat(indices(NONE, NONE, PyInt.of(-1), HUGE))
                .containsExactly(HUGE.subtract(BigInteger.ONE), BigInteger.ONE.negate(), BigInteger.ONE.negate());
    }

    @Test
    void negativeBoundsCountFromTheEndAndClamp() {
        PyObject minusThree = PyInt.of(-3);
        assertThat(indices(minusThree, NONE, NONE, HUGE)[0]).isEqualTo(HUGE.subtract(BigInteger.valueOf(3)));
        PyObject farBelow = PyInt.of(HUGE.pow(2).negate());
        assertThat(indices(farBelow, NONE, NONE, HUGE)[0]).isEqualTo(BigInteger.ZERO);
        assertThat(indices(farBelow, NONE, PyInt.of(-1), HUGE)[0]).isEqualTo(BigInteger.ONE.negate());
        assertThat(indices(PyInt.of(HUGE.pow(2)), NONE, NONE, BigInteger.TEN)[0]).isEqualTo(BigInteger.TEN);
    }

    @Test
    void zeroStepIsAValueError() {
        assertThatThrownBy(() -> indices(NONE, NONE, PyInt.ZERO, HUGE))
                .isInstanceOf(PyException.class).hasMessageContaining("slice step cannot be zero");
    }

    @Test
    void rangesSliceBeyondJavaIntsAndKeepHugeSteps() {
        PyRange r = new PyRange(0, 1L << 62, 1);
        PyRange tail = r.asBig().slice(new PySlice(PyInt.of(-3), NONE, NONE));
        assertThat(tail.asBig().start).isEqualTo(BigInteger.valueOf((1L << 62) - 3));
        assertThat(tail.asBig().length).isEqualTo(BigInteger.valueOf(3));
        PyRange sparse = new PyRange(0, 10, 1).asBig().slice(new PySlice(NONE, NONE, PyInt.of(1L << 40)));
        assertThat(sparse.step).isEqualTo(1L << 40);
        assertThat(sparse.length()).isEqualTo(1);
    }
}
