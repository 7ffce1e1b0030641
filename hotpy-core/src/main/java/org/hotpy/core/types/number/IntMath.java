package org.hotpy.core.types.number;

import java.math.BigInteger;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.ops.Limits;

/**
 * Arithmetic on Python ints with Python's semantics (floor division, modulo with the divisor's
 * sign, arbitrary precision). Each operation has a {@code long} fast path and falls back to
 * {@link BigInteger} on overflow; results are normalised through {@link PyInt#of}.
 */
public final class IntMath {
    private IntMath() {}

    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);

    /** Whether {@code o} is a Python int (including bool and subclasses). */
    public static boolean isInt(PyObject o) {
        return o instanceof PyInt || o instanceof PyBigInt;
    }

    public static BigInteger big(PyObject o) {
        return o instanceof PyInt i ? BigInteger.valueOf(i.value) : ((PyBigInt) o).value;
    }

    public static int signum(PyObject o) {
        return o instanceof PyInt i ? Long.signum(i.value) : ((PyBigInt) o).value.signum();
    }

    public static PyObject add(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return add(x.value, y.value);
        }
        return PyInt.of(big(a).add(big(b)));
    }

    public static PyObject add(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            return PyInt.of(BigInteger.valueOf(a).add(BigInteger.valueOf(b)));
        }
        return PyInt.of(r);
    }

    public static PyObject sub(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return sub(x.value, y.value);
        }
        return PyInt.of(big(a).subtract(big(b)));
    }

    public static PyObject sub(long a, long b) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) {
            return PyInt.of(BigInteger.valueOf(a).subtract(BigInteger.valueOf(b)));
        }
        return PyInt.of(r);
    }

    public static PyObject mul(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return mul(x.value, y.value);
        }
        BigInteger x = big(a);
        BigInteger y = big(b);
        checkBits((long) x.bitLength() + y.bitLength());
        return PyInt.of(x.multiply(y));
    }

    /**
     * The object size cap ({@link Limits#checkSize}, counted in bytes for an int) for a result of
     * about {@code bits} bits, checked before a multiplication, power or shift computes it:
     * {@code BigInteger} cannot be interrupted, and a sandboxed {@code x ** 1000003} would run for
     * minutes before its size could be checked.
     */
    private static void checkBits(long bits) {
        Limits.checkSize(bits / 8);
    }

    public static PyObject mul(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return PyInt.of(lo);
        }
        return PyInt.of(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)));
    }

    public static PyObject floorDiv(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return floorDiv(x.value, y.value);
        }
        BigInteger d = big(b);
        if (d.signum() == 0) {
            throw Errors.zeroDivisionError("integer division or modulo by zero");
        }
        return PyInt.of(floorDiv(big(a), d));
    }

    public static PyObject floorDiv(long a, long b) {
        if (b == 0) {
            throw Errors.zeroDivisionError("integer division or modulo by zero");
        }
        if (a == Long.MIN_VALUE && b == -1) {
            return PyInt.of(LONG_MIN.negate());
        }
        return PyInt.of(Math.floorDiv(a, b));
    }

    static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    public static PyObject mod(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return mod(x.value, y.value);
        }
        BigInteger d = big(b);
        if (d.signum() == 0) {
            throw Errors.zeroDivisionError("integer modulo by zero");
        }
        return PyInt.of(mod(big(a), d));
    }

    public static PyObject mod(long a, long b) {
        if (b == 0) {
            throw Errors.zeroDivisionError("integer modulo by zero");
        }
        if (b == -1) {
            return PyInt.ZERO; // also avoids Long.MIN_VALUE % -1 surprises
        }
        return PyInt.of(Math.floorMod(a, b));
    }

    static BigInteger mod(BigInteger a, BigInteger b) {
        BigInteger r = a.remainder(b);
        if (r.signum() != 0 && r.signum() != b.signum()) {
            r = r.add(b);
        }
        return r;
    }

    public static PyObject neg(PyObject a) {
        if (a instanceof PyInt x) {
            return x.value == Long.MIN_VALUE ? PyInt.of(LONG_MIN.negate()) : PyInt.of(-x.value);
        }
        return PyInt.of(((PyBigInt) a).value.negate());
    }

    public static PyObject abs(PyObject a) {
        return signum(a) < 0 ? neg(a) : exact(a);
    }

    /** The plain int with the same value (drops bool and subclasses). */
    public static PyObject exact(PyObject a) {
        if (a.getClass() == PyInt.class || a.getClass() == PyBigInt.class) {
            return a;
        }
        return a instanceof PyInt x ? PyInt.of(x.value) : PyInt.of(((PyBigInt) a).value);
    }

    public static PyObject invert(PyObject a) {
        if (a instanceof PyInt x) {
            return PyInt.of(~x.value);
        }
        return PyInt.of(((PyBigInt) a).value.not());
    }

    public static PyObject and(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return PyInt.of(x.value & y.value);
        }
        return PyInt.of(big(a).and(big(b)));
    }

    public static PyObject or(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return PyInt.of(x.value | y.value);
        }
        return PyInt.of(big(a).or(big(b)));
    }

    public static PyObject xor(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return PyInt.of(x.value ^ y.value);
        }
        return PyInt.of(big(a).xor(big(b)));
    }

    public static PyObject lshift(PyObject a, PyObject b) {
        if (signum(b) < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (signum(a) == 0) {
            return PyInt.ZERO;
        }
        if (!(b instanceof PyInt s) || s.value > Integer.MAX_VALUE - 64) {
            throw Errors.overflowError("too many digits in integer");
        }
        int n = (int) s.value;
        if (a instanceof PyInt x && n < 63) {
            long r = x.value << n;
            if (r >> n == x.value) {
                return PyInt.of(r);
            }
        }
        BigInteger x = big(a);
        checkBits((long) x.bitLength() + n);
        return PyInt.of(x.shiftLeft(n));
    }

    public static PyObject rshift(PyObject a, PyObject b) {
        if (signum(b) < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (!(b instanceof PyInt s) || s.value >= Integer.MAX_VALUE) {
            return signum(a) < 0 ? PyInt.MINUS_ONE : PyInt.ZERO;
        }
        if (a instanceof PyInt x) {
            return PyInt.of(s.value >= 64 ? (x.value < 0 ? -1 : 0) : x.value >> s.value);
        }
        return PyInt.of(big(a).shiftRight((int) s.value));
    }

    /** Three-way comparison of two ints. */
    public static int compare(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return Long.compare(x.value, y.value);
        }
        return big(a).compareTo(big(b));
    }

    public static boolean equal(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return x.value == y.value;
        }
        if (a instanceof PyBigInt x && b instanceof PyBigInt y) {
            return x.value.equals(y.value);
        }
        return false; // normalised: a long never equals a big value
    }

    /** {@code a ** b} for ints with {@code b >= 0}. */
    public static PyObject pow(PyObject a, PyObject b) {
        if (b instanceof PyInt e && a instanceof PyInt base) {
            long r = 1;
            long x = base.value;
            long n = e.value;
            boolean overflow = false;
            while (n > 0 && !overflow) {
                if ((n & 1) != 0) {
                    long hi = Math.multiplyHigh(r, x);
                    long lo = r * x;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    r = lo;
                }
                n >>= 1;
                if (n > 0) {
                    long hi = Math.multiplyHigh(x, x);
                    long lo = x * x;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    x = lo;
                }
            }
            if (!overflow) {
                return PyInt.of(r);
            }
        }
        BigInteger base = big(a);
        if (!(b instanceof PyInt e) || e.value > Integer.MAX_VALUE) {
            if (base.abs().equals(BigInteger.ONE) || base.signum() == 0) {
                boolean odd = big(b).testBit(0);
                return PyInt.of(base.signum() < 0 && !odd ? BigInteger.ONE : base);
            }
            throw Errors.memoryError("");
        }
        long bits = (long) base.abs().bitLength() * e.value;
        if (bits > Integer.MAX_VALUE) {
            throw Errors.memoryError("");
        }
        checkBits(bits);
        return PyInt.of(base.pow((int) e.value));
    }

    /** {@code pow(a, b, m)} with Python's rules for negative exponents (modular inverse). */
    public static PyObject powMod(PyObject a, PyObject b, PyObject m) {
        BigInteger mod = big(m);
        if (mod.signum() == 0) {
            throw Errors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger base = big(a);
        BigInteger exp = big(b);
        boolean negMod = mod.signum() < 0;
        BigInteger am = mod.abs();
        if (am.equals(BigInteger.ONE)) {
            return PyInt.ZERO;
        }
        if (exp.signum() < 0) {
            try {
                base = base.modInverse(am);
            } catch (ArithmeticException e) {
                throw Errors.valueError("base is not invertible for the given modulus");
            }
            exp = exp.negate();
        }
        BigInteger r = base.mod(am).modPow(exp, am);
        if (negMod && r.signum() != 0) {
            r = r.subtract(am);
        }
        return PyInt.of(r);
    }

    /** Exact conversion to double, raising OverflowError when out of range. */
    public static double toDouble(PyObject a) {
        if (a instanceof PyInt x) {
            return x.value;
        }
        double d = ((PyBigInt) a).value.doubleValue(); // correctly rounded since JDK 8
        if (Double.isInfinite(d)) {
            throw Errors.overflowError("int too large to convert to float");
        }
        return d;
    }

    /** The value as a long, or OverflowError with {@code message}. */
    public static long toLong(PyObject a, String message) {
        if (a instanceof PyInt x) {
            return x.value;
        }
        throw Errors.overflowError(message);
    }

    public static int bitLength(PyObject a) {
        if (a instanceof PyInt x) {
            long v = x.value;
            return v == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(Math.abs(v));
        }
        return ((PyBigInt) a).value.abs().bitLength();
    }

    /** CPython's hash of an int: the value modulo 2**61 - 1, keeping the sign; -1 becomes -2. */
    public static long hash(PyObject a) {
        long h;
        if (a instanceof PyInt x) {
            long v = x.value;
            if (v > -HASH_MODULUS && v < HASH_MODULUS) {
                h = v;
            } else {
                h = BigInteger.valueOf(v).abs().mod(HASH_MODULUS_BIG).longValue();
                if (v < 0) {
                    h = -h;
                }
            }
        } else {
            BigInteger v = ((PyBigInt) a).value;
            h = v.abs().mod(HASH_MODULUS_BIG).longValue();
            if (v.signum() < 0) {
                h = -h;
            }
        }
        return h == -1 ? -2 : h;
    }

    public static final long HASH_MODULUS = (1L << 61) - 1;
    static final BigInteger HASH_MODULUS_BIG = BigInteger.valueOf(HASH_MODULUS);
}
