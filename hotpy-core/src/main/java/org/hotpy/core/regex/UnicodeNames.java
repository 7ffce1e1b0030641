package org.hotpy.core.regex;

/**
 * {@code unicodedata.lookup} for {@code \N{...}} escapes: character names from the JDK's Unicode
 * data (matched case-insensitively, as CPython does), plus the two algorithmic families CPython
 * spells differently from the JDK (Hangul syllables and CJK unified ideographs, upper case only).
 * Name aliases and named sequences are not known here and are reported as undefined.
 */
final class UnicodeNames {
    private static final String[] L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS",
        "", "J", "JJ", "C", "K", "T", "P", "H"};
    private static final String[] V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA",
        "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM",
        "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};
    private static final String HANGUL = "HANGUL SYLLABLE ";
    private static final String CJK = "CJK UNIFIED IDEOGRAPH-";

    private UnicodeNames() {}

    /** The code point named {@code name}, or -1. */
    static int lookup(String name) {
        if (name.startsWith(HANGUL)) {
            return hangul(name.substring(HANGUL.length()));
        }
        if (name.startsWith(CJK)) {
            return cjk(name.substring(CJK.length()));
        }
        if (name.isEmpty() || Character.isWhitespace(name.charAt(0))
            || Character.isWhitespace(name.charAt(name.length() - 1))) {
            return -1;
        }
        int cp;
        try {
            cp = Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
        // The JDK also accepts its own block-based names for unnamed characters; CPython does not.
        String real = Character.getName(cp);
        return real != null && real.equalsIgnoreCase(name) && !isAlgorithmic(cp) ? cp : -1;
    }

    private static boolean isAlgorithmic(int cp) {
        return (cp >= 0xAC00 && cp <= 0xD7A3) || isCjkUnified(cp);
    }

    private static boolean isCjkUnified(int cp) {
        String javaName = Character.getName(cp);
        return Character.isIdeographic(cp) && javaName != null
            && javaName.startsWith("CJK UNIFIED IDEOGRAPHS");
    }

    private static int hangul(String jamo) {
        for (int s = 0; s < L.length * V.length * T.length; s++) {
            int l = s / (V.length * T.length);
            int v = s / T.length % V.length;
            int t = s % T.length;
            if (jamo.equals(L[l] + V[v] + T[t])) {
                return 0xAC00 + s;
            }
        }
        return -1;
    }

    private static int cjk(String hex) {
        if (hex.length() != 4 && hex.length() != 5) {
            return -1;
        }
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'F')) {
                return -1;
            }
        }
        int cp = Integer.parseInt(hex, 16);
        return isCjkUnified(cp) ? cp : -1;
    }
}
