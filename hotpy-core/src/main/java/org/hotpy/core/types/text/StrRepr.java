package org.hotpy.core.types.text;

import org.hotpy.core.ops.Limits;

/** {@code repr(str)} and {@code ascii()}: CPython's quoting and escaping rules. */
public final class StrRepr {
    private StrRepr() {}

    /** {@code ascii(obj)} from its repr: every non-ASCII code point escaped, no extra quoting. */
    public static String escapeNonAscii(String repr) {
        StringBuilder sb = null;
        for (int i = 0; i < repr.length(); ) {
            int cp = repr.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp >= 0x80) {
                if (sb == null) {
                    sb = new StringBuilder(repr.length() + 8).append(repr, 0, i);
                }
                if (cp <= 0xff) {
                    hex(sb, 'x', cp, 2);
                } else if (cp <= 0xffff) {
                    hex(sb, 'u', cp, 4);
                } else {
                    hex(sb, 'U', cp, 8);
                }
            } else if (sb != null) {
                sb.append((char) cp);
            }
            i += n;
        }
        if (sb == null) {
            return repr;
        }
        Limits.checkSize(sb.length()); // up to ten times the repr: capped as reprs are (see quote)
        return sb.toString();
    }

    /** Single quotes unless the text has a single quote and no double quote. */
    public static String repr(String s) {
        return quote(s, false);
    }

    /** Like repr, but every non-ASCII code point escaped ({@code ascii()}). */
    public static String ascii(String s) {
        return quote(s, true);
    }

    private static String quote(String s, boolean asciiOnly) {
        // the size cap (issue 5) holds for reprs too: escaping can make one up to ten times its
        // text, so a repr of a repr of ... grows exponentially (a fuzz mutant built gigabytes in a
        // loop of repr([x]), and ran on for many seconds inside one repr after being interrupted)
        Limits.checkSize(s.length() + 2L);
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(q);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == q || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp < 0x20 || cp == 0x7f) {
                hex(sb, 'x', cp, 2);
            } else if (cp < 0x7f) {
                sb.append((char) cp);
            } else if (asciiOnly || !isPrintable(cp)) {
                if (cp <= 0xff) {
                    hex(sb, 'x', cp, 2);
                } else if (cp <= 0xffff) {
                    hex(sb, 'u', cp, 4);
                } else {
                    hex(sb, 'U', cp, 8);
                }
            } else {
                sb.appendCodePoint(cp);
            }
        }
        Limits.checkSize(sb.length() + 1L);
        return sb.append(q).toString();
    }

    private static void hex(StringBuilder sb, char kind, int cp, int digits) {
        String h = Integer.toHexString(cp);
        sb.append('\\').append(kind);
        for (int k = h.length(); k < digits; k++) {
            sb.append('0');
        }
        sb.append(h);
    }

    /** CPython's Py_UNICODE_ISPRINTABLE: not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp, or Zs other than space. */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }
}
