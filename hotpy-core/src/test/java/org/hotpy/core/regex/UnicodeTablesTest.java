package org.hotpy.core.regex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link Categories} and {@link CaseFolding} against every code point of CPython 3.11's
 * tables ({@code unicode_props.txt}, from {@code gen_unicode.py}). CPython uses Unicode 14 and
 * Java 17 Unicode 13: characters Java does not know yet are skipped.
 */
class UnicodeTablesTest {
    private static final Map<String, BitSet> PROPS = new HashMap<>();
    private static final Map<Integer, Integer> LOWER = new HashMap<>();
    private static final Map<Integer, int[]> EXTRA = new HashMap<>();

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = UnicodeTablesTest.class.getResourceAsStream("/regex/unicode_props.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                String[] f = line.split(" ");
                switch (f[0]) {
                    case "word", "digit", "space", "cased" -> {
                        String[] r = f[1].split("-");
                        PROPS.computeIfAbsent(f[0], k -> new BitSet())
                            .set(Integer.parseInt(r[0], 16), Integer.parseInt(r[1], 16) + 1);
                    }
                    case "lower" -> LOWER.put(Integer.parseInt(f[1], 16), Integer.parseInt(f[2], 16));
                    case "extra" -> {
                        int[] v = new int[f.length - 2];
                        for (int i = 2; i < f.length; i++) {
                            v[i - 2] = Integer.parseInt(f[i], 16);
                        }
                        EXTRA.put(Integer.parseInt(f[1], 16), v);
                    }
                    default -> { }
                }
            }
        }
    }

    private static List<String> differences(String prop, IntPredicate ours) {
        BitSet expected = PROPS.get(prop);
        List<String> diffs = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (Character.getType(c) != Character.UNASSIGNED && ours.test(c) != expected.get(c)) {
                diffs.add(Integer.toHexString(c));
            }
        }
        return diffs;
    }

    @Nested
    class Categories_ {
        @Test
        void wordIsIsalnumOrUnderscore() {
            assertThat(differences("word", Categories::isUnicodeWord)).isEmpty();
        }

        @Test
        void digitIsIsdecimal() {
            assertThat(differences("digit", Categories::isUnicodeDigit)).isEmpty();
        }

        @Test
        void spaceIsIsspace() {
            assertThat(differences("space", Categories::isUnicodeSpace)).isEmpty();
        }
    }

    @Nested
    class CaseFolding_ {
        @Test
        void lowerIsSreLowerUnicode() {
            List<String> diffs = new ArrayList<>();
            for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
                if (Character.getType(c) != Character.UNASSIGNED
                    && CaseFolding.unicodeLower(c) != LOWER.getOrDefault(c, c)) {
                    diffs.add(Integer.toHexString(c));
                }
            }
            assertThat(diffs).isEmpty();
        }

        @Test
        void casedIsSreUnicodeIscased() {
            assertThat(differences("cased", CaseFolding::unicodeIsCased)).isEmpty();
        }

        @Test
        void extraCasesAreCPythonsCasefixTable() {
            for (Map.Entry<Integer, int[]> e : EXTRA.entrySet()) {
                assertThat(CaseFolding.extraCases(e.getKey())).as("U+%04x", e.getKey())
                    .containsExactlyInAnyOrder(e.getValue());
            }
            for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
                if (CaseFolding.extraCases(c) != null) {
                    assertThat(EXTRA).as("U+%04x", c).containsKey(c);
                }
            }
        }

        @Test
        void upperIsTheFirstCharacterOfTheFullUppercase() {
            assertThat(CaseFolding.unicodeUpper(0xdf)).isEqualTo('S');
            assertThat(CaseFolding.unicodeUpper(0x149)).isEqualTo(0x2bc);
            assertThat(CaseFolding.unicodeUpper('a')).isEqualTo('A');
            assertThat(CaseFolding.unicodeUpper(0x10428)).isEqualTo(0x10400);
        }
    }
}
