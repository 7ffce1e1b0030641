package org.hotpy.core.regex;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A string to match against, indexed by code point as Python indexes a str (or by byte, for a
 * bytes-like object). Make one per call; {@link #of(String, int)} lets a caller that already knows
 * the code-point length (as PyStr does) skip the scan for surrogate pairs. A str without
 * supplementary characters is used in place; one with them is decoded to code points once.
 */
public abstract sealed class RegexSubject
    permits RegexSubject.Bmp, RegexSubject.Wide, RegexSubject.Bytes {

    RegexSubject() {}

    /** A str; scans it once for supplementary characters. */
    public static RegexSubject of(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length()
                && Character.isLowSurrogate(s.charAt(i + 1))) {
                return new Wide(s, s.codePoints().toArray());
            }
        }
        return new Bmp(s);
    }

    /** A str whose length in code points the caller knows already. */
    public static RegexSubject of(String s, int codePointLength) {
        return codePointLength == s.length() ? new Bmp(s) : new Wide(s, s.codePoints().toArray());
    }

    /** A bytes-like object (bytes, bytearray, memoryview contents); not copied. */
    public static RegexSubject of(byte[] b) {
        return new Bytes(b);
    }

    /** Length in code points (bytes). */
    public abstract int length();

    public abstract boolean isBytes();

    /** The slice {@code [from, to)} as a String, or a byte[] for bytes. */
    public abstract Object slice(int from, int to);

    /** The original object: the String, or the byte[]. */
    public abstract Object value();

    /** Appends the str slice {@code [from, to)} to {@code sb}. */
    abstract void appendTo(StringBuilder sb, int from, int to);

    /** The character (code point or byte value) at {@code i}. */
    abstract int at(int i);

    /** The first index in {@code [from, to)} whose character {@code cc} holds, or {@code to}. */
    abstract int find(CharClass cc, int from, int to);

    /** The first index in {@code [from, to)} whose character {@code cc} does not hold. */
    abstract int span(CharClass cc, int from, int to);

    /** The first index in {@code [from, to)} holding {@code c}, or {@code to}. */
    abstract int find(int c, int from, int to);

    /** The first index in {@code [from, to)} not holding {@code c}, or {@code to}. */
    abstract int span(int c, int from, int to);

    /** A str of the BMP only: indices are char indices. */
    static final class Bmp extends RegexSubject {
        private final String s;

        Bmp(String s) {
            this.s = s;
        }

        @Override public int length() {
            return s.length();
        }

        @Override public boolean isBytes() {
            return false;
        }

        @Override public Object slice(int from, int to) {
            return s.substring(from, to);
        }

        @Override public Object value() {
            return s;
        }

        @Override int at(int i) {
            return s.charAt(i);
        }

        @Override void appendTo(StringBuilder sb, int from, int to) {
            sb.append(s, from, to);
        }

        @Override int find(CharClass cc, int from, int to) {
            int i = from;
            while (i < to && !cc.contains(s.charAt(i))) {
                i++;
            }
            return i;
        }

        @Override int span(CharClass cc, int from, int to) {
            int i = from;
            while (i < to && cc.contains(s.charAt(i))) {
                i++;
            }
            return i;
        }

        @Override int find(int c, int from, int to) {
            // A bounded loop: String.indexOf would run on past `to` (quadratic for windows).
            int i = from;
            while (i < to && s.charAt(i) != c) {
                i++;
            }
            return i;
        }

        @Override int span(int c, int from, int to) {
            int i = from;
            while (i < to && s.charAt(i) == c) {
                i++;
            }
            return i;
        }
    }

    /** A str with supplementary characters, decoded to code points. */
    static final class Wide extends RegexSubject {
        private final String s;
        private final int[] cps;

        Wide(String s, int[] cps) {
            this.s = s;
            this.cps = cps;
        }

        @Override public int length() {
            return cps.length;
        }

        @Override public boolean isBytes() {
            return false;
        }

        @Override public Object slice(int from, int to) {
            return new String(cps, from, to - from);
        }

        @Override public Object value() {
            return s;
        }

        @Override int at(int i) {
            return cps[i];
        }

        @Override void appendTo(StringBuilder sb, int from, int to) {
            for (int i = from; i < to; i++) {
                sb.appendCodePoint(cps[i]);
            }
        }

        @Override int find(CharClass cc, int from, int to) {
            int i = from;
            while (i < to && !cc.contains(cps[i])) {
                i++;
            }
            return i;
        }

        @Override int span(CharClass cc, int from, int to) {
            int i = from;
            while (i < to && cc.contains(cps[i])) {
                i++;
            }
            return i;
        }

        @Override int find(int c, int from, int to) {
            int i = from;
            while (i < to && cps[i] != c) {
                i++;
            }
            return i;
        }

        @Override int span(int c, int from, int to) {
            int i = from;
            while (i < to && cps[i] == c) {
                i++;
            }
            return i;
        }
    }

    /** A bytes-like object: indices are byte offsets, characters are 0..255. */
    static final class Bytes extends RegexSubject {
        private final byte[] b;

        Bytes(byte[] b) {
            this.b = b;
        }

        @Override public int length() {
            return b.length;
        }

        @Override public boolean isBytes() {
            return true;
        }

        @Override public Object slice(int from, int to) {
            return Arrays.copyOfRange(b, from, to);
        }

        @Override public Object value() {
            return b;
        }

        @Override int at(int i) {
            return b[i] & 0xff;
        }

        @Override void appendTo(StringBuilder sb, int from, int to) {
            for (int i = from; i < to; i++) {
                sb.append((char) (b[i] & 0xff));
            }
        }

        @Override int find(CharClass cc, int from, int to) {
            int i = from;
            while (i < to && !cc.contains(b[i] & 0xff)) {
                i++;
            }
            return i;
        }

        @Override int span(CharClass cc, int from, int to) {
            int i = from;
            while (i < to && cc.contains(b[i] & 0xff)) {
                i++;
            }
            return i;
        }

        @Override int find(int c, int from, int to) {
            int i = from;
            while (i < to && (b[i] & 0xff) != c) {
                i++;
            }
            return i;
        }

        @Override int span(int c, int from, int to) {
            int i = from;
            while (i < to && (b[i] & 0xff) == c) {
                i++;
            }
            return i;
        }

        @Override public String toString() {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
    }
}
