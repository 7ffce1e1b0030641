package org.hotpy.core.regex;

import java.util.List;

/**
 * Entry point: compiles patterns with CPython 3.11's {@code re} semantics, and {@code re.escape}.
 * Caching compiled patterns (as {@code re._compile} does) is the caller's job.
 *
 * <p>{@code compile} raises {@link RegexError} for an invalid pattern, and
 * {@link RegexUsageException} where CPython raises ValueError (bad flag combinations),
 * OverflowError (a repeat count of 2**32 - 1 or more) or RecursionError (groups nested deeper
 * than CPython's parser can recurse).
 */
public final class Regex {
    private Regex() {}

    public static RegexPattern compile(String pattern, int flags) {
        return build(pattern, pattern.codePoints().toArray(), true, flags);
    }

    public static RegexPattern compile(byte[] pattern, int flags) {
        int[] units = new int[pattern.length];
        for (int i = 0; i < units.length; i++) {
            units[i] = pattern[i] & 0xff;
        }
        return build(pattern.clone(), units, false, flags);
    }

    private static RegexPattern build(Object source, int[] units, boolean isText, int flags) {
        Parser.Parsed parsed = Parser.parse(source, units, isText, flags);
        int allFlags = flags | parsed.flags();
        List<CharClass> sets = new java.util.ArrayList<>();
        int[] code = Compiler.compile(parsed.tree(), allFlags, parsed.groupWidths(), sets);
        long minWidth = parsed.tree().width(parsed.groupWidths())[0];
        Program prog = SearchInfo.analyze(code, sets, parsed.groups(), minWidth);
        return new RegexPattern(source, isText, allFlags, parsed.groups(), parsed.groupIndex(),
            prog, null);
    }

    /** {@code re.escape} for a str: backslashes before CPython 3.7+'s special characters. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpecial(c)) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** {@code re.escape} for bytes. */
    public static byte[] escape(byte[] b) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(b.length + 8);
        for (byte x : b) {
            if (isSpecial(x & 0xff)) {
                out.write('\\');
            }
            out.write(x);
        }
        return out.toByteArray();
    }

    private static boolean isSpecial(int c) {
        return c < 128 && "()[]{}?*+-|^$\\.&~# \t\n\r\u000b\f".indexOf(c) >= 0;
    }
}
