package org.hotpy.core.types.text;

import java.util.Locale;

import org.hotpy.core.model.JavaMethod;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.types.number.PyBool;

/** Case mapping and character-class predicates of {@code str}, with Python's Unicode rules. */
public final class StrCase {
    private StrCase() {}

    static void define(TypeDef t) {
        t.method0("upper", Fn.UPPER);
        t.method0("lower", Fn.LOWER);
        t.method0("casefold", Fn.CASEFOLD);
        t.method0("swapcase", Fn.SWAPCASE);
        t.method0("capitalize", Fn.CAPITALIZE);
        t.method0("title", Fn.TITLE);
        t.method0("isupper", Fn.ISUPPER);
        t.method0("islower", Fn.ISLOWER);
        t.method0("istitle", Fn.ISTITLE);
        t.method0("isspace", Fn.ISSPACE);
        t.method0("isalpha", Fn.ISALPHA);
        t.method0("isalnum", Fn.ISALNUM);
        t.method0("isdecimal", Fn.ISDECIMAL);
        t.method0("isdigit", Fn.ISDIGIT);
        t.method0("isnumeric", Fn.ISNUMERIC);
        t.method0("isascii", Fn.ISASCII);
        t.method0("isprintable", Fn.ISPRINTABLE);
        t.method0("isidentifier", Fn.ISIDENTIFIER);
    }

    /** Whether {@code s} is not empty and each code point passes {@code test}'s check (str.isspace etc.). */
    private static boolean all(String s, Fn test) {
        return !s.isEmpty() && every(s, test);
    }

    private static boolean every(String s, Fn test) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!test.test(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** Python's whitespace (str.isspace): Unicode White_Space plus the ASCII separators \x1c-\x1f. */
    public static boolean isSpace(int c) {
        if (c < 128) {
            return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
        }
        return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028
                || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    public static boolean isDecimal(int c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    public static boolean isDigit(int c) {
        if (isDecimal(c)) {
            return true;
        }
        int v = Character.getNumericValue(c);
        return Character.getType(c) == Character.OTHER_NUMBER && v >= 0 && v <= 9;
    }

    public static boolean isNumeric(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER || Character.getNumericValue(c) >= 0 && Character.isIdeographic(c);
    }

    public static boolean isAlnum(int c) {
        return Character.isLetter(c) || isDecimal(c) || isDigit(c) || isNumeric(c);
    }

    static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    private static boolean casedAll(String s, boolean upper) {
        boolean sawCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (upper ? (Character.isLowerCase(c) || Character.isTitleCase(c)) : (Character.isUpperCase(c)
                    || Character.isTitleCase(c))) {
                return false;
            }
            sawCased |= isCased(c);
        }
        return sawCased;
    }

    private static boolean isTitle(String s) {
        boolean cased = false;
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (Character.isLowerCase(c)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    /**
     * {@code str.lower}: Java's lower case, except for a capital sigma, which Java calls final by
     * word boundaries and CPython by Unicode's rule: after a cased letter and before none, skipping
     * case-ignorable characters both ways ({@code 'xΣ’s'} is {@code 'xσ’s'}). Only a string holding
     * one takes the slow way; for a Latin-1 string the test is one comparison.
     */
    static String lower(String s) {
        if (s.indexOf(CAPITAL_SIGMA) < 0) {
            return s.toLowerCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int n = Character.charCount(c);
            if (c == CAPITAL_SIGMA) {
                sb.append(finalSigma(s, i) ? FINAL_SMALL_SIGMA : SMALL_SIGMA);
            } else {
                sb.append(s.substring(i, i + n).toLowerCase(Locale.ROOT));
            }
            i += n;
        }
        return sb.toString();
    }

    /** Whether the capital sigma at {@code i} of {@code s} is final: a cased letter before it, none after. */
    private static boolean finalSigma(String s, int i) {
        return casedPrecedes(s, i) && !casedFollows(s, i + 1);
    }

    /** Whether the last character before {@code i} that is not case-ignorable is cased. */
    private static boolean casedPrecedes(String s, int i) {
        while (i > 0) {
            int c = s.codePointBefore(i);
            if (!isCaseIgnorable(c)) {
                return isCased(c);
            }
            i -= Character.charCount(c);
        }
        return false;
    }

    static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            String one = new String(Character.toChars(c));
            if (c == CAPITAL_SIGMA) {
                sb.append(finalSigma(s, i - 1) ? FINAL_SMALL_SIGMA : SMALL_SIGMA);
            } else if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                sb.append(one.toLowerCase(Locale.ROOT));
            } else if (Character.isLowerCase(c)) {
                sb.append(one.toUpperCase(Locale.ROOT));
            } else {
                sb.append(one);
            }
        }
        return sb.toString();
    }

    /** First character in title case (full mapping, as 3.8+), the rest lower case. */
    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        // The whole string is lowered, not the rest alone, so that a final sigma sees the letter
        // before it ("AΣ" -> "Aς", as CPython). The first code point's lower case mapping is the
        // one it has alone: the only mapping of Locale.ROOT that depends on context is the final
        // sigma's, and a first code point has no cased letter before it.
        String lower = lower(s);
        int c = s.codePointAt(0);
        if (c < 128) {
            // an ASCII first character (wordfreq's sentence starts): no temporary strings
            char t = (char) (c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c);
            if (lower.charAt(0) == t) {
                return lower;
            }
            char[] cs = lower.toCharArray();
            cs[0] = t;
            return new String(cs);
        }
        int lowered = new String(Character.toChars(c)).toLowerCase(Locale.ROOT).length();
        return titleOf(c) + lower.substring(lowered);
    }

    /**
     * The full title-case mappings (Unicode's SpecialCasing) that the rule of {@link #titleOf} for
     * the others ('ß' -> 'Ss': the full upper-case mapping's first code point, then the rest lowered)
     * gets wrong: 'ŉ' -> 'ʼN', whose first code point is not a letter, and the Greek letters with
     * ypogegrammeni, whose title case keeps it ('ᾳ' -> 'ᾼ', where upper case gives 'ΑΙ'). Pairs of a
     * character and its title case, listed by comparing CPython 3.11's {@code str.title} with the
     * rule over every code point; Java has no full title-case mapping of its own.
     */
    private static final String[] TITLE_EXCEPTIONS = {
            "\u0149", "\u02bcN", "\u1f80", "\u1f88", "\u1f81", "\u1f89", "\u1f82", "\u1f8a",
            "\u1f83", "\u1f8b", "\u1f84", "\u1f8c", "\u1f85", "\u1f8d", "\u1f86", "\u1f8e",
            "\u1f87", "\u1f8f", "\u1f88", "\u1f88", "\u1f89", "\u1f89", "\u1f8a", "\u1f8a",
            "\u1f8b", "\u1f8b", "\u1f8c", "\u1f8c", "\u1f8d", "\u1f8d", "\u1f8e", "\u1f8e",
            "\u1f8f", "\u1f8f", "\u1f90", "\u1f98", "\u1f91", "\u1f99", "\u1f92", "\u1f9a",
            "\u1f93", "\u1f9b", "\u1f94", "\u1f9c", "\u1f95", "\u1f9d", "\u1f96", "\u1f9e",
            "\u1f97", "\u1f9f", "\u1f98", "\u1f98", "\u1f99", "\u1f99", "\u1f9a", "\u1f9a",
            "\u1f9b", "\u1f9b", "\u1f9c", "\u1f9c", "\u1f9d", "\u1f9d", "\u1f9e", "\u1f9e",
            "\u1f9f", "\u1f9f", "\u1fa0", "\u1fa8", "\u1fa1", "\u1fa9", "\u1fa2", "\u1faa",
            "\u1fa3", "\u1fab", "\u1fa4", "\u1fac", "\u1fa5", "\u1fad", "\u1fa6", "\u1fae",
            "\u1fa7", "\u1faf", "\u1fa8", "\u1fa8", "\u1fa9", "\u1fa9", "\u1faa", "\u1faa",
            "\u1fab", "\u1fab", "\u1fac", "\u1fac", "\u1fad", "\u1fad", "\u1fae", "\u1fae",
            "\u1faf", "\u1faf", "\u1fb2", "\u1fba\u0345", "\u1fb3", "\u1fbc", "\u1fb4", "\u0386\u0345",
            "\u1fb7", "\u0391\u0342\u0345", "\u1fbc", "\u1fbc", "\u1fc2", "\u1fca\u0345", "\u1fc3", "\u1fcc",
            "\u1fc4", "\u0389\u0345", "\u1fc7", "\u0397\u0342\u0345", "\u1fcc", "\u1fcc", "\u1ff2", "\u1ffa\u0345",
            "\u1ff3", "\u1ffc", "\u1ff4", "\u038f\u0345", "\u1ff7", "\u03a9\u0342\u0345", "\u1ffc", "\u1ffc"
    };

    private static String titleOf(int c) {
        String one = new String(Character.toChars(c));
        String upper = one.toUpperCase(Locale.ROOT);
        if (upper.codePointCount(0, upper.length()) == 1) {
            return new String(Character.toChars(Character.toTitleCase(c)));
        }
        for (int i = 0; i < TITLE_EXCEPTIONS.length; i += 2) {
            if (TITLE_EXCEPTIONS[i].equals(one)) {
                return TITLE_EXCEPTIONS[i + 1];
            }
        }
        // Full mappings such as 'ß' -> 'Ss' and 'ﬁ' -> 'Fi': first upper, rest lower.
        int first = upper.codePointAt(0);
        return new String(Character.toChars(first)) + upper.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
    }

    private static final int CAPITAL_SIGMA = 0x3a3;
    private static final char SMALL_SIGMA = '\u03c3';
    private static final char FINAL_SMALL_SIGMA = '\u03c2';

    /** Whether the first character at or after {@code i} that is not case-ignorable is cased. */
    private static boolean casedFollows(String s, int i) {
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (!isCaseIgnorable(c)) {
                return isCased(c);
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /**
     * Unicode's Case_Ignorable: marks, format characters, modifier letters and symbols, and the
     * word-internal punctuation of Word_Break MidLetter, MidNumLet and Single_Quote (the apostrophe,
     * the full stop, the colon, the middle dots, the single quotation marks and their variants).
     */
    static boolean isCaseIgnorable(int c) {
        switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT,
                    Character.MODIFIER_LETTER, Character.MODIFIER_SYMBOL -> {
                return true;
            }
            default -> {
                return switch (c) {
                    case '\'', '.', ':', 0xb7, 0x387, 0x55f, 0x5f4, 0x2018, 0x2019, 0x2024, 0x2027,
                            0xfe13, 0xfe52, 0xfe55, 0xff07, 0xff0e, 0xff1a -> true;
                    default -> false;
                };
            }
        }
    }

    static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            String one = new String(Character.toChars(c));
            if (previousCased) {
                // a capital sigma after a cased letter is final unless a cased letter follows it
                // (case-ignorable characters between are skipped), as in CPython's lower case
                if (c == CAPITAL_SIGMA) {
                    sb.append(casedFollows(s, i) ? SMALL_SIGMA : FINAL_SMALL_SIGMA);
                } else {
                    sb.append(one.toLowerCase(Locale.ROOT));
                }
            } else {
                sb.append(isCased(c) ? titleOf(c) : one);
            }
            previousCased = isCased(c);
        }
        return sb.toString();
    }

    static String casefold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case 0xdf: sb.append("ss"); break;
                case 0x3c2: sb.append('\u03c3'); break; // final sigma folds to sigma
                case 0x1e9e: sb.append("ss"); break;
                default:
                    sb.append(new String(Character.toChars(c)).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
            }
        }
        return sb.toString();
    }

    /** Whether {@code s} is a valid Python identifier ({@code str.isidentifier}). */
    public static boolean isIdentifierText(String s) {
        return isIdentifier(s);
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int c0 = s.codePointAt(0);
        if (c0 != '_' && !Character.isUnicodeIdentifierStart(c0)) {
            return false;
        }
        for (int i = Character.charCount(c0); i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isUnicodeIdentifierPart(c) || Character.isIdentifierIgnorable(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /**
     * One constant per method and a switch per arity, not a lambda each: each lambda was linked
     * when a program first used the type (~0.25 ms apiece on JDK 17, with class-data sharing).
     */
    private enum Fn implements JavaMethod.M0<PyStr> {
        UPPER, LOWER, CASEFOLD, SWAPCASE, CAPITALIZE, TITLE, ISUPPER, ISLOWER, ISTITLE, ISSPACE, ISALPHA,
        ISALNUM, ISDECIMAL, ISDIGIT, ISNUMERIC, ISASCII, ISPRINTABLE, ISIDENTIFIER;

        @Override
        public PyObject call(PyStr self) {
            return switch (this) {
                case UPPER -> PyStr.of(self.value().toUpperCase(Locale.ROOT));
                case LOWER -> PyStr.of(lower(self.value()));
                case CASEFOLD -> PyStr.of(casefold(self.value()));
                case SWAPCASE -> PyStr.of(swapcase(self.value()));
                case CAPITALIZE -> PyStr.of(capitalize(self.value()));
                case TITLE -> PyStr.of(title(self.value()));
                case ISUPPER -> PyBool.of(casedAll(self.value(), true));
                case ISLOWER -> PyBool.of(casedAll(self.value(), false));
                case ISTITLE -> PyBool.of(isTitle(self.value()));
                case ISSPACE -> PyBool.of(all(self.value(), this));
                case ISALPHA -> PyBool.of(all(self.value(), this));
                case ISALNUM -> PyBool.of(all(self.value(), this));
                case ISDECIMAL -> PyBool.of(all(self.value(), this));
                case ISDIGIT -> PyBool.of(all(self.value(), this));
                case ISNUMERIC -> PyBool.of(all(self.value(), this));
                case ISASCII -> PyBool.of(isAscii(self.value()));
                case ISPRINTABLE -> PyBool.of(every(self.value(), this));
                case ISIDENTIFIER -> PyBool.of(isIdentifier(self.value()));
            };
        }

        /** The per-code-point check of str.isspace, isalpha, isalnum, isdecimal, isdigit, isnumeric and isprintable. */
        boolean test(int cp) {
            return switch (this) {
                case ISSPACE -> isSpace(cp);
                case ISALPHA -> Character.isLetter(cp);
                case ISALNUM -> isAlnum(cp);
                case ISDECIMAL -> isDecimal(cp);
                case ISDIGIT -> isDigit(cp);
                case ISNUMERIC -> isNumeric(cp);
                case ISPRINTABLE -> StrRepr.isPrintable(cp);
                default -> throw new IllegalStateException(name() + " checks no code point");
            };
        }
    }
}
