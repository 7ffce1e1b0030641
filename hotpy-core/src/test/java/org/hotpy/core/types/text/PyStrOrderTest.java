package org.hotpy.core.types.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * str order is code-point order, also where it differs from Java's UTF-16 order (a surrogate
 * against a char at or above U+DC00), whether the fast path (no surrogate in either string) or
 * the code-point loop answers.
 */
class PyStrOrderTest {
    private static final int[] POINTS = {0, 'a', 'b', 0xFF, 0x100, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF,
        0xE000, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF};

    private static int sign(int c) {
        return Integer.signum(c);
    }

    private static int codePointOrder(String a, String b) {
        return sign(Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray()));
    }

    @Test
    void randomStringsCompareByCodePoint() {
        Random rng = new Random(7);
        String[] s = new String[400];
        for (int i = 0; i < s.length; i++) {
            StringBuilder sb = new StringBuilder();
            int n = rng.nextInt(4);
            for (int k = 0; k < n; k++) {
                // mostly ASCII, so both paths are taken
                sb.appendCodePoint(rng.nextInt(3) > 0 ? 'a' + rng.nextInt(3) : POINTS[rng.nextInt(POINTS.length)]);
            }
            s[i] = sb.toString();
        }
        for (String a : s) {
            for (String b : s) {
                assertThat(sign(PyStr.of(a).compareTo(PyStr.of(b)))).as("%s vs %s", a, b)
                        .isEqualTo(codePointOrder(a, b));
            }
        }
    }

    @Test
    void surrogatesAgainstHighBmp() {
        // UTF-16 order would put U+10000 (D800 DC00) before U+E000, and a lone D800 too
        assertThat(PyStr.of("\uD800\uDC00").compareTo(PyStr.of("\uE000"))).isPositive();
        assertThat(PyStr.of("\uD800").compareTo(PyStr.of("\uE000"))).isNegative();
        assertThat(PyStr.of("\uD800\uDC00").compareTo(PyStr.of("\uDC00"))).isPositive();
        assertThat(PyStr.of("x\uFFFF").compareTo(PyStr.of("x\uD83D\uDE00"))).isNegative();
        assertThat(PyStr.of("ab").compareTo(PyStr.of("abc"))).isNegative();
    }

    @Test
    void lengthCountsCodePointsWithAndWithoutSurrogates() {
        assertThat(PyStr.of("abc").length()).isEqualTo(3);
        assertThat(PyStr.of("abc").surrogateFree()).isTrue();
        assertThat(PyStr.of("a\uD83D\uDE00b").length()).isEqualTo(3);
        assertThat(PyStr.of("a\uD83D\uDE00b").surrogateFree()).isFalse();
        assertThat(PyStr.of("\uDC00").length()).isEqualTo(1);
        assertThat(PyStr.of("\uDC00").surrogateFree()).isFalse();
        assertThat(PyStr.of("").length()).isZero();
    }
}
