package org.hotpy.core.modules.random;

import java.math.BigInteger;
import org.hotpy.core.errors.Errors;

/**
 * MT19937, bit-exact with CPython's {@code _random.Random}: the same seeding
 * ({@code init_genrand}, {@code init_by_array}), outputs ({@code genrand_uint32},
 * {@code random()}, {@code getrandbits(k)}) and state tuples. Not thread-safe: like a CPython
 * {@code Random} object it is used by one interpreter thread at a time.
 */
public final class MersenneTwister {
    static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;
    private static final double TWO_POW_26 = 67108864.0;
    private static final double TWO_POW_MINUS_53 = 1.0 / 9007199254740992.0;

    private final int[] mt = new int[N];
    /** Next word of {@code mt} to temper; {@code N} means "regenerate first". */
    private int index;

    /**
     * A generator with an all-zero state, as a freshly allocated CPython object is before
     * {@code __init__} seeds it. Call one of the {@code seed} methods before use.
     */
    public MersenneTwister() {}

    /** A generator seeded as {@code _random.Random(n)} with an int. */
    public static MersenneTwister seeded(BigInteger n) {
        MersenneTwister mt = new MersenneTwister();
        mt.seed(n);
        return mt;
    }

    /** Knuth's linear initialisation from a single 32-bit word (CPython's {@code init_genrand}). */
    public void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            int prev = mt[i - 1];
            mt[i] = 1812433253 * (prev ^ (prev >>> 30)) + i;
        }
        index = N;
    }

    /** Initialisation by a key of 32-bit words (CPython's {@code init_by_array}). */
    public void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            int prev = mt[i - 1];
            mt[i] = (mt[i] ^ ((prev ^ (prev >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            int prev = mt[i - 1];
            mt[i] = (mt[i] ^ ((prev ^ (prev >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = UPPER_MASK; // non-zero initial array, as the reference code assures
    }

    /** {@code seed(n)} for an int {@code n}: its absolute value, cut into 32-bit words. */
    public void seed(BigInteger n) {
        initByArray(RandomSeeding.keyFromInteger(n));
    }

    /** {@code seed(n)} for an int {@code n} that fits a {@code long}. */
    public void seed(long n) {
        initByArray(RandomSeeding.keyFromInteger(n));
    }

    /**
     * {@code seed(x)} for a non-int hashable {@code x} whose Python {@code hash(x)} is
     * {@code hash} (floats, strings and so on reach {@code _random} this way).
     */
    public void seedFromHash(long hash) {
        initByArray(RandomSeeding.keyFromHash(hash));
    }

    /** {@code seed(None)}: 624 words of system entropy. */
    public void seedFromEntropy() {
        initByArray(RandomSeeding.entropyKey());
    }

    /** The next tempered 32-bit output; read it as unsigned. */
    public int genrandUint32() {
        if (index >= N) {
            regenerate();
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    private void regenerate() {
        int kk = 0;
        for (; kk < N - M; kk++) {
            int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        }
        for (; kk < N - 1; kk++) {
            int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        }
        int y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        index = 0;
    }

    /** A float in [0, 1) with 53 random bits: 27 bits of one word and 26 of the next. */
    public double random() {
        int a = genrandUint32() >>> 5;
        int b = genrandUint32() >>> 6;
        return (a * TWO_POW_26 + b) * TWO_POW_MINUS_53;
    }

    /**
     * {@code getrandbits(k)}: an int of {@code k} random bits, a {@code Long} when it fits and a
     * {@code BigInteger} otherwise. Words are drawn least significant first and the last word
     * keeps its high bits, as CPython does on a little-endian machine.
     */
    public Number getrandbits(int k) {
        if (k < 0) {
            throw Errors.valueError("number of bits must be non-negative");
        }
        if (k <= 32) {
            return k == 0 ? 0L : Integer.toUnsignedLong(genrandUint32() >>> (32 - k));
        }
        if (k < 64) {
            long low = Integer.toUnsignedLong(genrandUint32());
            long high = Integer.toUnsignedLong(genrandUint32()) >>> (64 - k);
            return (high << 32) | low;
        }
        return getrandbitsBig(k);
    }

    private Number getrandbitsBig(int k) {
        int words = (k - 1) / 32 + 1;
        byte[] magnitude = new byte[words * 4]; // big-endian for BigInteger
        int remaining = k;
        for (int i = 0; i < words; i++, remaining -= 32) {
            int r = genrandUint32();
            if (remaining < 32) {
                r >>>= 32 - remaining;
            }
            int at = magnitude.length - 4 * (i + 1);
            magnitude[at] = (byte) (r >>> 24);
            magnitude[at + 1] = (byte) (r >>> 16);
            magnitude[at + 2] = (byte) (r >>> 8);
            magnitude[at + 3] = (byte) r;
        }
        BigInteger result = new BigInteger(1, magnitude);
        return result.bitLength() < 64 ? (Number) result.longValue() : result;
    }

    /** The state as CPython's {@code getstate()} tuple: 624 unsigned words, then the index. */
    public long[] getstate() {
        long[] state = new long[N + 1];
        for (int i = 0; i < N; i++) {
            state[i] = Integer.toUnsignedLong(mt[i]);
        }
        state[N] = index;
        return state;
    }

    /**
     * {@code setstate(state)} for a tuple already unpacked into integers ({@code Integer},
     * {@code Long} or {@code BigInteger}). The caller has checked that the argument is a tuple
     * ("state vector must be a tuple"), that each of the 624 words is an int ("an integer is
     * required") and converted the index with {@code operator.index}. Words are truncated to 32
     * bits as C's {@code PyLong_AsUnsignedLong} then {@code (uint32_t)} does.
     */
    public void setstate(Number[] state) {
        if (state.length != N + 1) {
            throw Errors.valueError("state vector is the wrong size");
        }
        int[] words = new int[N];
        for (int i = 0; i < N; i++) {
            words[i] = (int) asUnsignedLong(state[i]);
        }
        long newIndex = asLong(state[N]);
        if (newIndex < 0 || newIndex > N) {
            throw Errors.valueError("invalid state");
        }
        System.arraycopy(words, 0, mt, 0, N);
        index = (int) newIndex;
    }

    private static long asUnsignedLong(Number n) {
        BigInteger v = n instanceof BigInteger b ? b : BigInteger.valueOf(n.longValue());
        if (v.signum() < 0) {
            throw Errors.overflowError("can't convert negative value to unsigned int");
        }
        if (v.bitLength() > 64) {
            throw Errors.overflowError("Python int too large to convert to C unsigned long");
        }
        return v.longValue();
    }

    private static long asLong(Number n) {
        if (n instanceof BigInteger b) {
            if (b.bitLength() > 63) {
                throw Errors.overflowError("Python int too large to convert to C long");
            }
            return b.longValue();
        }
        return n.longValue();
    }
}
