package org.hotpy.core.regex;

/**
 * sre's character categories ({@code \d \s \w} and their negations) in their ASCII, LOCALE and
 * UNICODE variants, with CPython's definitions: Unicode {@code \d} is {@code str.isdecimal()},
 * {@code \s} is {@code str.isspace()}, {@code \w} is {@code str.isalnum()} or underscore. LOCALE
 * uses the C/UTF-8 locale's {@code <ctype.h>} classes, which for bytes are the ASCII ones.
 */
final class Categories {
    static final int DIGIT = 0;
    static final int NOT_DIGIT = 1;
    static final int SPACE = 2;
    static final int NOT_SPACE = 3;
    static final int WORD = 4;
    static final int NOT_WORD = 5;
    static final int LOC_WORD = 6;
    static final int LOC_NOT_WORD = 7;
    static final int UNI_DIGIT = 8;
    static final int UNI_NOT_DIGIT = 9;
    static final int UNI_SPACE = 10;
    static final int UNI_NOT_SPACE = 11;
    static final int UNI_WORD = 12;
    static final int UNI_NOT_WORD = 13;

    /** Bit {@code c} of the table set when ASCII character c is a word character. */
    private static final long[] ASCII_WORD = asciiTable("0123456789_abcdefghijklmnopqrstuvwxyz"
        + "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    private static final long[] ASCII_SPACE = asciiTable(" \t\n\r\u000b\f");
    /** Unicode word characters below 256, precomputed for the common Latin-1 case. */
    private static final long[] LATIN1_UNI_WORD = new long[4];

    static {
        for (int c = 0; c < 256; c++) {
            if (computeUnicodeWord(c)) {
                LATIN1_UNI_WORD[c >> 6] |= 1L << c;
            }
        }
    }

    private Categories() {}

    private static long[] asciiTable(String chars) {
        long[] t = new long[2];
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            t[c >> 6] |= 1L << c;
        }
        return t;
    }

    /** The category sre uses for {@code base} (DIGIT, SPACE, WORD or a negation) under flags. */
    static int forFlags(int base, int flags) {
        if ((flags & RegexFlags.LOCALE) != 0) {
            return base == WORD ? LOC_WORD : base == NOT_WORD ? LOC_NOT_WORD : base;
        }
        if ((flags & RegexFlags.UNICODE) != 0) {
            return base + UNI_DIGIT;
        }
        return base;
    }

    static boolean test(int category, int c) {
        return switch (category) {
            case DIGIT -> isAsciiDigit(c);
            case NOT_DIGIT -> !isAsciiDigit(c);
            case SPACE -> isAsciiSpace(c);
            case NOT_SPACE -> !isAsciiSpace(c);
            case WORD, LOC_WORD -> isAsciiWord(c);
            case NOT_WORD, LOC_NOT_WORD -> !isAsciiWord(c);
            case UNI_DIGIT -> isUnicodeDigit(c);
            case UNI_NOT_DIGIT -> !isUnicodeDigit(c);
            case UNI_SPACE -> isUnicodeSpace(c);
            case UNI_NOT_SPACE -> !isUnicodeSpace(c);
            case UNI_WORD -> isUnicodeWord(c);
            case UNI_NOT_WORD -> !isUnicodeWord(c);
            default -> throw new IllegalStateException("bad category " + category);
        };
    }

    static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiSpace(int c) {
        return c < 128 && (ASCII_SPACE[c >> 6] & (1L << c)) != 0;
    }

    static boolean isAsciiWord(int c) {
        return c < 128 && (ASCII_WORD[c >> 6] & (1L << c)) != 0;
    }

    /** {@code str.isdecimal()}: general category Nd. */
    static boolean isUnicodeDigit(int c) {
        if (c < 128) {
            return isAsciiDigit(c);
        }
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** {@code str.isspace()}: bidirectional class WS, B or S, or category Zs. */
    static boolean isUnicodeSpace(int c) {
        if (c < 128) {
            return isAsciiSpace(c) || (c >= 0x1c && c <= 0x1f);
        }
        return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a)
            || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    /** {@code str.isalnum() or c == '_'}. */
    static boolean isUnicodeWord(int c) {
        if (c < 256) {
            return (LATIN1_UNI_WORD[c >> 6] & (1L << c)) != 0;
        }
        return computeUnicodeWord(c);
    }

    /**
     * Python's isalnum is isalpha (categories L*) or isdecimal/isdigit/isnumeric; every character
     * with a numeric value is in an L* or N* category, so the test reduces to categories.
     */
    private static boolean computeUnicodeWord(int c) {
        if (c == '_') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
