package org.hotpy.core.lexer;

import java.text.Normalizer;

/** Unicode identifiers: PEP 3131 validity (XID_Start/XID_Continue) and NFKC normalisation. */
final class Identifiers {
    private Identifiers() {
    }

    /**
     * Checks a non-ASCII identifier as CPython's {@code verify_identifier} does (on the source
     * text, before normalisation) and returns its NFKC form, the name the program sees.
     */
    static String verify(SourceText src, int start, int end, int line, int lineStart) {
        for (int i = start; i < end; i++) {
            int c = src.at(i);
            boolean ok = i == start ? isXidStart(c) || c == '_' : isXidContinue(c);
            if (!ok) {
                int col = i - lineStart;
                throw src.error(badCharMessage(c), line, col + 1, col + 1);
            }
        }
        return Normalizer.normalize(src.substring(start, end), Normalizer.Form.NFKC);
    }

    static boolean isXidStart(int c) {
        return c < 128 ? Lexer.isAsciiLetter(c) : Character.isUnicodeIdentifierStart(c);
    }

    static boolean isXidContinue(int c) {
        if (c < 128) {
            return Lexer.isAsciiLetter(c) || Lexer.isDigit(c) || c == '_';
        }
        return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
    }

    /** CPython's message for a character that cannot start or continue a token. */
    static String badCharMessage(int c) {
        String hex = String.format("%04X", c);
        if (isPrintable(c)) {
            return "invalid character '" + Character.toString(c) + "' (U+" + hex + ")";
        }
        return "invalid non-printable character U+" + hex;
    }

    /** Python's str.isprintable() for one character. */
    static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
