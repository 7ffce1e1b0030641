package org.hotpy.core.regex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        return build(pattern, codePoints(pattern), true, flags);
    }

    public static RegexPattern compile(byte[] pattern, int flags) {
        return build(pattern.clone(), byteUnits(pattern), false, flags);
    }

    private static int[] codePoints(String s) {
        return s.codePoints().toArray();
    }

    private static int[] byteUnits(byte[] b) {
        int[] units = new int[b.length];
        for (int i = 0; i < units.length; i++) {
            units[i] = b[i] & 0xff;
        }
        return units;
    }

    private static RegexPattern build(Object source, int[] units, boolean isText, int flags) {
        Parser.Parsed parsed = Parser.parse(source, units, isText, flags);
        int allFlags = flags | parsed.flags();
        Compiler.Compiled compiled = Compiler.compile(parsed.tree(), allFlags);
        Program prog = SearchInfo.analyze(compiled, parsed.tree().width()[0]);
        return new RegexPattern(source, isText ? RegexPattern.STR : RegexPattern.BYTES, allFlags,
            parsed.groups(), parsed.groupIndex(), prog, parsed.warnings());
    }

    /**
     * The pattern {@code re.Scanner(lexicon, flags)} builds: an alternation of one group per
     * phrase ({@code String} or {@code byte[]}). As in CPython, each phrase is parsed on its own
     * and the whole is compiled with {@code flags} alone: phrases' inline flags and the implicit
     * UNICODE flag are not applied, phrase groups share mark slots with the outer groups, and
     * the pattern matches str and bytes subjects alike. Its {@code pattern()} is null.
     */
    public static RegexPattern compileLexicon(List<?> phrases, int flags) {
        List<long[]> outerWidths = new ArrayList<>();
        outerWidths.add(null);
        List<Seq> alternatives = new ArrayList<>();
        List<RegexWarning> warnings = new ArrayList<>();
        for (Object phrase : phrases) {
            Parser.Parsed parsed = phrase instanceof byte[] b
                ? Parser.parse(b.clone(), byteUnits(b), false, flags)
                : Parser.parse(phrase, codePoints((String) phrase), true, flags);
            warnings.addAll(parsed.warnings());
            int gid = outerWidths.size();
            outerWidths.add(null);
            Seq alt = new Seq(outerWidths, List.of(new Node.Group(gid, 0, 0, parsed.tree())));
            outerWidths.set(gid, alt.width());
            alternatives.add(alt);
        }
        Seq tree = new Seq(outerWidths, List.of(new Node.Branch(alternatives)));
        Compiler.Compiled compiled = Compiler.compile(tree, flags);
        Program prog = SearchInfo.analyze(compiled, tree.width()[0]);
        return new RegexPattern(null, RegexPattern.ANY, flags, phrases.size(),
            new LinkedHashMap<>(), prog, warnings);
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
