package org.hotpy.core.modules.random;

import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * Turns the seeds {@code _random.Random.seed(n)} accepts into MT19937 keys, as CPython's
 * {@code random_seed} does: an int seeds with its absolute value, any other hashable object with
 * its hash reinterpreted as an unsigned 64-bit number, and {@code None} with 624 words of system
 * entropy. The number is cut into 32-bit words, least significant first; zero gives the key
 * {@code [0]}.
 */
public final class RandomSeeding {
    /** CPython reads this many 32-bit words of entropy for {@code seed(None)}. */
    static final int ENTROPY_WORDS = MersenneTwister.N;

    private static final SecureRandom ENTROPY = new SecureRandom();

    private RandomSeeding() {}

    /** The key for an int seed: the words of {@code |n|}, least significant first. */
    public static int[] keyFromInteger(BigInteger n) {
        BigInteger magnitude = n.abs();
        int bits = magnitude.bitLength();
        int words = bits == 0 ? 1 : (bits - 1) / 32 + 1;
        int[] key = new int[words];
        for (int i = 0; i < words; i++) {
            key[i] = magnitude.shiftRight(32 * i).intValue();
        }
        return key;
    }

    /** The key for an int seed that fits a {@code long}; same words as the BigInteger form. */
    public static int[] keyFromInteger(long n) {
        if (n == Long.MIN_VALUE) {
            return keyFromInteger(BigInteger.valueOf(n));
        }
        return keyFromUnsigned(Math.abs(n));
    }

    /**
     * The key for a non-int seed whose Python {@code hash()} is {@code hash}: CPython casts the
     * hash to {@code size_t}, so a negative hash seeds with {@code hash + 2**64}.
     */
    public static int[] keyFromHash(long hash) {
        return keyFromUnsigned(hash);
    }

    /** A key of fresh system entropy, what {@code seed(None)} uses. */
    public static int[] entropyKey() {
        int[] key = new int[ENTROPY_WORDS];
        for (int i = 0; i < key.length; i++) {
            key[i] = ENTROPY.nextInt();
        }
        return key;
    }

    /** Words of {@code bits} read as an unsigned 64-bit number. */
    private static int[] keyFromUnsigned(long bits) {
        if ((bits >>> 32) == 0) {
            return new int[] {(int) bits};
        }
        return new int[] {(int) bits, (int) (bits >>> 32)};
    }
}
