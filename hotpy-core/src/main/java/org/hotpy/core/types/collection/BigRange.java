package org.hotpy.core.types.collection;

import java.math.BigInteger;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.ops.Compare;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.number.IntMath;
import org.hotpy.core.types.number.PyInt;

/** A {@code range} whose bounds or length need arbitrary precision ({@code range(10**20)}). */
final class BigRange {
    final BigInteger start;
    final BigInteger stop;
    final BigInteger step;
    final BigInteger length;

    BigRange(BigInteger start, BigInteger stop, BigInteger step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        BigInteger span = step.signum() > 0 ? stop.subtract(start) : start.subtract(stop);
        if (span.signum() <= 0) {
            this.length = BigInteger.ZERO;
        } else {
            BigInteger s = step.abs();
            this.length = span.subtract(BigInteger.ONE).divide(s).add(BigInteger.ONE);
        }
    }

    BigInteger get(BigInteger i) {
        return start.add(i.multiply(step));
    }

    /**
     * {@code r[a:b:c]}, as CPython's compute_slice: the slice's bounds for this length map through
     * the range (so the repr shows them, not a normalised range), in arbitrary precision: ranges
     * longer than a Java int and steps of any size slice as in CPython.
     */
    PyRange slice(PySlice sl) {
        BigInteger[] ix = sl.bigIndices(length);
        return PyRange.of(get(ix[0]), get(ix[1]), step.multiply(ix[2]));
    }

    PyObject getItem(PyObject key) {
        if (key instanceof PySlice sl) {
            return slice(sl);
        }
        BigInteger i = IntMath.big(Protocols.index(key));
        if (i.signum() < 0) {
            i = i.add(length);
        }
        if (i.signum() < 0 || i.compareTo(length) >= 0) {
            throw Errors.indexError("range object index out of range");
        }
        return PyInt.of(get(i));
    }

    boolean contains(PyObject k) {
        if (!IntMath.isInt(k)) {
            for (BigInteger i = BigInteger.ZERO; i.compareTo(length) < 0; i = i.add(BigInteger.ONE)) {
                if (Compare.eq(PyInt.of(get(i)), k)) {
                    return true;
                }
            }
            return false;
        }
        BigInteger v = IntMath.big(k);
        if (length.signum() == 0) {
            return false;
        }
        boolean inside = step.signum() > 0 ? v.compareTo(start) >= 0 && v.compareTo(stop) < 0
                : v.compareTo(start) <= 0 && v.compareTo(stop) > 0;
        return inside && v.subtract(start).mod(step.abs()).signum() == 0;
    }

    boolean sameAs(BigRange o) {
        if (!length.equals(o.length)) {
            return false;
        }
        if (length.signum() == 0) {
            return true;
        }
        return start.equals(o.start) && (length.equals(BigInteger.ONE) || step.equals(o.step));
    }

    String repr() {
        return step.equals(BigInteger.ONE) ? "range(" + start + ", " + stop + ")"
                : "range(" + start + ", " + stop + ", " + step + ")";
    }

    PyIterator iterator(boolean reversed) {
        BigInteger first = reversed ? get(length.subtract(BigInteger.ONE)) : start;
        BigInteger by = reversed ? step.negate() : step;
        return new PyIterator() {
            private BigInteger next = first;
            private BigInteger left = length;

            @Override
            public PyType type() {
                return PyRange.RangeIterator.TYPE;
            }

            @Override
            public PyObject next() {
                if (left.signum() <= 0) {
                    return null;
                }
                left = left.subtract(BigInteger.ONE);
                BigInteger v = next;
                next = next.add(by);
                return PyInt.of(v);
            }
        };
    }
}
