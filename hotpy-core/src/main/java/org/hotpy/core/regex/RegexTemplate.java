package org.hotpy.core.regex;

import static org.hotpy.core.regex.Tokenizer.ESC;
import static org.hotpy.core.regex.Tokenizer.NONE;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A compiled replacement template for {@code sub}/{@code subn}/{@code Match.expand}, parsed as
 * CPython's {@code _parser.parse_template} does: {@code \1}, {@code \g<1>}, {@code \g<name>},
 * character escapes and octal escapes, with CPython's errors (re.error, or IndexError for an
 * unknown group name). Made by {@link RegexPattern#template}.
 */
public final class RegexTemplate {
    private final boolean isBytes;
    /** Literal chunks ({@code String}, or {@code byte[]} for bytes), or null where a group goes. */
    private final Object[] literals;
    /** Group index for each null in {@link #literals}, in order. */
    private final int[] groups;
    private final List<RegexWarning> warnings;

    private RegexTemplate(boolean isBytes, Object[] literals, int[] groups,
                          List<RegexWarning> warnings) {
        this.isBytes = isBytes;
        this.literals = literals;
        this.groups = groups;
        this.warnings = List.copyOf(warnings);
    }

    /** The warnings CPython issues when it parses this template. */
    public List<RegexWarning> warnings() {
        return warnings;
    }

    /** Whether the template is one literal chunk (CPython then substitutes it as is). */
    public boolean isLiteral() {
        return groups.length == 0;
    }

    public boolean isBytes() {
        return isBytes;
    }

    static RegexTemplate parse(Object source, int[] units, boolean isText, RegexPattern pattern) {
        Tokenizer s = new Tokenizer(source, units, isText);
        List<Object> literals = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        while (true) {
            int tok = s.get();
            if (tok == NONE) {
                break;
            }
            if ((tok & ESC) == 0) {
                literal.appendCodePoint(tok);
                continue;
            }
            int c = tok & ~ESC;
            int group = -1;
            int offset = 0;
            if (c == 'g') {
                int[] name = groupName(s, pattern);
                group = namedIndex(s, name, pattern);
                offset = name.length + 1;
            } else if (c == '0') {
                literal.append((char) (octal(s, "\\0") & 0xff));
            } else if (c >= '1' && c <= '9') {
                StringBuilder digits = new StringBuilder("\\").append((char) c);
                int octal = digitEscape(s, digits);
                if (octal >= 0) {
                    literal.append((char) octal);
                } else {
                    group = Integer.parseInt(digits.substring(1));
                    offset = digits.length() - 1;
                }
            } else {
                appendEscape(s, c, literal);
            }
            if (group >= 0) {
                if (group > pattern.groups()) {
                    throw s.error("invalid group reference " + group, offset);
                }
                if (literal.length() > 0) {
                    literals.add(literal.toString());
                    literal.setLength(0);
                }
                groups.add(group);
                literals.add(null);
            }
        }
        if (literal.length() > 0) {
            literals.add(literal.toString());
        }
        Object[] lits = literals.toArray();
        if (!isText) {
            for (int i = 0; i < lits.length; i++) {
                if (lits[i] != null) {
                    lits[i] = latin1((String) lits[i]);
                }
            }
        }
        return new RegexTemplate(!isText, lits, groups.stream().mapToInt(Integer::intValue).toArray(),
            s.warnings);
    }

    private static int[] groupName(Tokenizer s, RegexPattern pattern) {
        if (!s.match('<')) {
            throw s.error("missing <", 0);
        }
        return s.getUntil('>', "group name");
    }

    private static int namedIndex(Tokenizer s, int[] name, RegexPattern pattern) {
        if (PyText.isIdentifier(name)) {
            s.checkGroupName(name, 1);
            Integer index = pattern.groupIndex().get(PyText.str(name));
            if (index == null) {
                throw RegexUsageException.indexError("unknown group name " + PyText.repr(name));
            }
            return index;
        }
        BigInteger v = Tokenizer.pyInt(name);
        if (v == null || v.signum() < 0) {
            throw s.error("bad character in group name " + PyText.repr(name), name.length + 1);
        }
        if (v.compareTo(BigInteger.valueOf(Parser.MAXGROUPS)) >= 0) {
            throw s.error("invalid group reference " + v, name.length + 1);
        }
        s.checkGroupNumber(name);
        return v.intValue();
    }

    /** {@code \0} followed by up to two octal digits. */
    private static int octal(Tokenizer s, String start) {
        StringBuilder sb = new StringBuilder(start);
        for (int i = 0; i < 2; i++) {
            int n = s.peek();
            if (n < '0' || n > '7') {
                break;
            }
            sb.append((char) s.get());
        }
        return Integer.parseInt(sb.substring(1), 8);
    }

    /** After {@code \1}-{@code \9}: a three-digit octal value, or -1 for a group reference. */
    private static int digitEscape(Tokenizer s, StringBuilder digits) {
        int n = s.peek();
        if (n >= '0' && n <= '9') {
            digits.append((char) s.get());
            int n2 = s.peek();
            if (digits.charAt(1) <= '7' && digits.charAt(2) <= '7' && n2 >= '0' && n2 <= '7') {
                digits.append((char) s.get());
                int v = Integer.parseInt(digits.substring(1), 8);
                if (v > 0377) {
                    throw s.error("octal escape value " + digits + " outside of range 0-0o377",
                        digits.length());
                }
                return v;
            }
        }
        return -1;
    }

    private static void appendEscape(Tokenizer s, int c, StringBuilder literal) {
        int simple = switch (c) {
            case 'a' -> 7;
            case 'b' -> 8;
            case 'f' -> 12;
            case 'n' -> 10;
            case 'r' -> 13;
            case 't' -> 9;
            case 'v' -> 11;
            case '\\' -> '\\';
            default -> -1;
        };
        if (simple >= 0) {
            literal.append((char) simple);
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            throw s.error("bad escape \\" + (char) c, 2);
        } else {
            literal.append('\\').appendCodePoint(c);  // unknown non-letter escapes stay as written
        }
    }

    private static byte[] latin1(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) s.charAt(i);
        }
        return b;
    }

    /** The replacement of a literal template: a String or byte[], maybe empty. */
    Object literal() {
        if (literals.length > 0) {
            return literals[0];
        }
        return isBytes ? new byte[0] : "";
    }

    /** Index of the first literal chunk among the expansion's pieces, or -1 if there is none. */
    int firstLiteral() {
        for (int i = 0; i < literals.length; i++) {
            if (literals[i] != null) {
                return i;
            }
        }
        return -1;
    }

    /**
     * CPython's {@code expand_template}: literal chunks and group values, where a group that did
     * not participate expands to the empty string. {@code spans} holds start, end per group.
     */
    void expandInto(Joiner out, RegexSubject s, int[] spans) {
        int g = 0;
        for (Object lit : literals) {
            if (lit != null) {
                out.append(lit);
                continue;
            }
            int group = groups[g++];
            int start = spans[2 * group];
            if (start >= 0) {
                out.appendSlice(s, start, spans[2 * group + 1]);
            }
        }
    }
}
