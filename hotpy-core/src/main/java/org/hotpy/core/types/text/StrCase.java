package org.hotpy.core.types.text;

import java.util.Locale;
import java.util.function.IntPredicate;

import org.hotpy.core.model.TypeDef;
import org.hotpy.core.types.number.PyBool;

/** Case mapping and character-class predicates of {@code str}, with Python's Unicode rules. */
public final class StrCase {
    private StrCase() {}

    static void define(TypeDef t) {
        t.method0("upper", (PyStr s) -> PyStr.of(s.value().toUpperCase(Locale.ROOT)));
        t.method0("lower", (PyStr s) -> PyStr.of(s.value().toLowerCase(Locale.ROOT)));
        t.method0("casefold", (PyStr s) -> PyStr.of(casefold(s.value())));
        t.method0("swapcase", (PyStr s) -> PyStr.of(swapcase(s.value())));
        t.method0("capitalize", (PyStr s) -> PyStr.of(capitalize(s.value())));
        t.method0("title", (PyStr s) -> PyStr.of(title(s.value())));
        t.method0("isupper", (PyStr s) -> PyBool.of(casedAll(s.value(), true)));
        t.method0("islower", (PyStr s) -> PyBool.of(casedAll(s.value(), false)));
        t.method0("istitle", (PyStr s) -> PyBool.of(isTitle(s.value())));
        t.method0("isspace", (PyStr s) -> PyBool.of(all(s.value(), StrCase::isSpace)));
        t.method0("isalpha", (PyStr s) -> PyBool.of(all(s.value(), Character::isLetter)));
        t.method0("isalnum", (PyStr s) -> PyBool.of(all(s.value(), StrCase::isAlnum)));
        t.method0("isdecimal", (PyStr s) -> PyBool.of(all(s.value(), StrCase::isDecimal)));
        t.method0("isdigit", (PyStr s) -> PyBool.of(all(s.value(), StrCase::isDigit)));
        t.method0("isnumeric", (PyStr s) -> PyBool.of(all(s.value(), StrCase::isNumeric)));
        t.method0("isascii", (PyStr s) -> PyBool.of(s.value().chars().allMatch(c -> c < 128)));
        t.method0("isprintable", (PyStr s) -> PyBool.of(s.value().codePoints().allMatch(StrRepr::isPrintable)));
        t.method0("isidentifier", (PyStr s) -> PyBool.of(isIdentifier(s.value())));
    }

    private static boolean all(String s, IntPredicate p) {
        return !s.isEmpty() && s.codePoints().allMatch(p);
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

    static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            String one = new String(Character.toChars(c));
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
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
        int c = s.codePointAt(0);
        int n = Character.charCount(c);
        return titleOf(c) + s.substring(n).toLowerCase(Locale.ROOT);
    }

    private static String titleOf(int c) {
        String one = new String(Character.toChars(c));
        String upper = one.toUpperCase(Locale.ROOT);
        if (upper.codePointCount(0, upper.length()) == 1) {
            return new String(Character.toChars(Character.toTitleCase(c)));
        }
        // Full mappings such as 'ß' -> 'Ss' and 'ﬁ' -> 'Fi': first upper, rest lower.
        int first = upper.codePointAt(0);
        return new String(Character.toChars(first)) + upper.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
    }

    static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            String one = new String(Character.toChars(c));
            if (previousCased) {
                sb.append(one.toLowerCase(Locale.ROOT));
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
}
