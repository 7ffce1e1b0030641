package org.hotpy.core.regex;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * A compiled pattern ({@code re.Pattern}), immutable and safe to share between threads. Its
 * operations take a {@link RegexSubject} and code-point {@code pos}/{@code endpos}, which are
 * clamped to the subject as CPython clamps them (so callers may pass {@code 0} and
 * {@code Integer.MAX_VALUE} for the defaults). A str pattern needs a str subject and a bytes
 * pattern a bytes one ({@link RegexUsageException} TYPE_ERROR otherwise, with CPython's message).
 */
public final class RegexPattern {
    static final int STR = 0;
    static final int BYTES = 1;
    /** A {@link Regex#compileLexicon} pattern, which takes either kind of subject. */
    static final int ANY = 2;

    private final Object source;
    private final int kind;
    private final int flags;
    private final int groups;
    private final Map<String, Integer> groupIndex;
    private final String[] groupNames;
    private final Program program;
    private final List<RegexWarning> warnings;
    private final BooleanSupplier canceller;

    RegexPattern(Object source, int kind, int flags, int groups, Map<String, Integer> groupIndex,
                 Program program, List<RegexWarning> warnings) {
        this(source, kind, flags, groups, groupIndex, program, List.copyOf(warnings), null);
    }

    private RegexPattern(Object source, int kind, int flags, int groups,
                         Map<String, Integer> groupIndex, Program program,
                         List<RegexWarning> warnings, BooleanSupplier canceller) {
        this.source = source;
        this.kind = kind;
        this.flags = flags;
        this.groups = groups;
        this.groupIndex = Collections.unmodifiableMap(groupIndex);
        this.program = program;
        this.warnings = warnings;
        this.canceller = canceller;
        this.groupNames = new String[groups + 1];
        groupIndex.forEach((name, g) -> groupNames[g] = name);
    }

    /**
     * This pattern with a cancellation test, asked every few thousand matching steps besides the
     * thread's interrupt flag; when it answers true the operation throws
     * {@link RegexInterruptedException}. Shares the compiled code.
     */
    public RegexPattern withCanceller(BooleanSupplier canceller) {
        return new RegexPattern(source, kind, flags, groups, groupIndex, program, warnings,
            canceller);
    }

    /** The warnings CPython issues when it compiles this pattern, in order. */
    public List<RegexWarning> warnings() {
        return warnings;
    }

    /** The pattern as given: a String, or a byte[] for a bytes pattern (null for a lexicon). */
    public Object pattern() {
        return source instanceof byte[] b ? b.clone() : source;
    }

    public boolean isBytes() {
        return kind == BYTES;
    }

    /** {@code p.flags}: the given flags, inline flags, and UNICODE for a str pattern. */
    public int flags() {
        return flags;
    }

    /** {@code p.groups}: the number of capturing groups. */
    public int groups() {
        return groups;
    }

    /** {@code p.groupindex}: group name to number, in definition order. */
    public Map<String, Integer> groupIndex() {
        return groupIndex;
    }

    /** The name of group {@code g}, or null. */
    public String groupName(int g) {
        return g > 0 && g < groupNames.length ? groupNames[g] : null;
    }

    private static final int[] REPR_BITS = {RegexFlags.TEMPLATE, RegexFlags.IGNORECASE,
        RegexFlags.LOCALE, RegexFlags.MULTILINE, RegexFlags.DOTALL, RegexFlags.UNICODE,
        RegexFlags.VERBOSE, RegexFlags.DEBUG, RegexFlags.ASCII};
    private static final String[] REPR_NAMES = {"re.TEMPLATE", "re.IGNORECASE", "re.LOCALE",
        "re.MULTILINE", "re.DOTALL", "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII"};

    /**
     * CPython's {@code Pattern.__eq__}: the same kind, flags and pattern (which implies the same
     * code). The canceller does not count.
     */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RegexPattern p) || p.kind != kind || p.flags != flags) {
            return false;
        }
        if (source instanceof byte[] b) {
            return p.source instanceof byte[] pb && java.util.Arrays.equals(b, pb);
        }
        return java.util.Objects.equals(source, p.source)
            && java.util.Arrays.equals(program.code, p.program.code);
    }

    @Override
    public int hashCode() {
        int h = source instanceof byte[] b ? java.util.Arrays.hashCode(b)
            : java.util.Objects.hashCode(source);
        return h ^ flags ^ kind;
    }

    /** {@code repr(p)} as CPython's {@code pattern_repr} writes it. */
    @Override
    public String toString() {
        String pat = source == null ? "None" : PyText.truncate(PyText.reprOf(source), 200);
        int f = flags;
        // Omit re.UNICODE for str patterns, where it is implied.
        if (kind == STR && (f & RegexFlags.TYPE_FLAGS) == RegexFlags.UNICODE) {
            f &= ~RegexFlags.UNICODE;
        }
        if (f == 0) {
            return "re.compile(" + pat + ")";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < REPR_BITS.length; i++) {
            if ((f & REPR_BITS[i]) != 0) {
                sb.append(sb.length() > 0 ? "|" : "").append(REPR_NAMES[i]);
                f &= ~REPR_BITS[i];
            }
        }
        if (f != 0) {
            sb.append(sb.length() > 0 ? "|" : "").append("0x").append(Integer.toHexString(f));
        }
        return "re.compile(" + pat + ", " + sb + ")";
    }

    Program program() {
        return program;
    }

    Matcher matcher(RegexSubject s, int endpos) {
        return new Matcher(program, s, endpos, canceller);
    }

    private void checkSubject(RegexSubject s) {
        if (kind == STR && s.isBytes()) {
            throw RegexUsageException.typeError("cannot use a string pattern on a bytes-like object");
        }
        if (kind == BYTES && !s.isBytes()) {
            throw RegexUsageException.typeError("cannot use a bytes pattern on a string-like object");
        }
    }

    private static int clamp(int v, int length) {
        return v < 0 ? 0 : Math.min(v, length);
    }

    /** {@code p.match(s, pos, endpos)}: a match starting exactly at pos, or null. */
    public RegexMatch match(RegexSubject s, int pos, int endpos) {
        return single(s, pos, endpos, false, false);
    }

    /** {@code p.fullmatch(s, pos, endpos)}: a match spanning pos..endpos, or null. */
    public RegexMatch fullmatch(RegexSubject s, int pos, int endpos) {
        return single(s, pos, endpos, true, false);
    }

    /** {@code p.search(s, pos, endpos)}: the leftmost match, or null. */
    public RegexMatch search(RegexSubject s, int pos, int endpos) {
        return single(s, pos, endpos, false, true);
    }

    public RegexMatch match(RegexSubject s) {
        return match(s, 0, Integer.MAX_VALUE);
    }

    public RegexMatch fullmatch(RegexSubject s) {
        return fullmatch(s, 0, Integer.MAX_VALUE);
    }

    public RegexMatch search(RegexSubject s) {
        return search(s, 0, Integer.MAX_VALUE);
    }

    private RegexMatch single(RegexSubject s, int pos, int endpos, boolean all, boolean search) {
        checkSubject(s);
        int start = clamp(pos, s.length());
        int end = clamp(endpos, s.length());
        Matcher m = matcher(s, end);
        m.matchAll = all;
        boolean ok = search ? Search.search(m, program, start) : Search.matchAt(m, start);
        return ok ? RegexMatch.fromState(this, s, start, end, m) : null;
    }

    /** {@code p.scanner(s, pos, endpos)}. */
    public RegexScanner scanner(RegexSubject s, int pos, int endpos) {
        checkSubject(s);
        return new RegexScanner(this, s, clamp(pos, s.length()), clamp(endpos, s.length()));
    }

    /** {@code p.finditer(s, pos, endpos)}: successive non-overlapping matches. */
    public Iterator<RegexMatch> finditer(RegexSubject s, int pos, int endpos) {
        RegexScanner sc = scanner(s, pos, endpos);
        return new Iterator<>() {
            private RegexMatch next = sc.search();

            @Override public boolean hasNext() {
                return next != null;
            }

            @Override public RegexMatch next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                RegexMatch m = next;
                next = sc.search();
                return m;
            }
        };
    }

    /**
     * {@code p.findall(s, pos, endpos)}: per match, the whole match (no groups), the group's
     * value (one group) or an {@code Object[]} tuple of group values (several); groups that did
     * not participate give the empty string (bytes).
     */
    public List<Object> findall(RegexSubject s, int pos, int endpos) {
        checkSubject(s);
        int start = clamp(pos, s.length());
        int end = clamp(endpos, s.length());
        Matcher m = matcher(s, end);
        List<Object> out = new ArrayList<>();
        Object empty = s.slice(0, 0);
        while (start <= end) {
            if (!Search.search(m, program, start)) {
                break;
            }
            if (groups == 0) {
                out.add(s.slice(m.start, m.statePtr));
            } else if (groups == 1) {
                out.add(groupOrEmpty(m, s, 0, empty));
            } else {
                Object[] tuple = new Object[groups];
                for (int g = 0; g < groups; g++) {
                    tuple[g] = groupOrEmpty(m, s, g, empty);
                }
                out.add(tuple);
            }
            m.mustAdvance = m.statePtr == m.start;
            start = m.statePtr;
        }
        return out;
    }

    /** sre's {@code state_getslice}: group {@code g} (0-based) of the current state. */
    private static Object groupOrEmpty(MachineState m, RegexSubject s, int g, Object empty) {
        int j = 2 * g;
        if (j + 1 > m.lastmark || m.marks[j] < 0 || m.marks[j + 1] < 0) {
            return empty;
        }
        if (m.marks[j] > m.marks[j + 1]) {
            throw RegexMatch.wrongSpan();
        }
        return s.slice(m.marks[j], m.marks[j + 1]);
    }

    /**
     * {@code p.split(s, maxsplit)}: pieces between matches, each followed by the groups' values
     * (null for a group that did not participate); {@code maxsplit} 0 means no limit and a
     * negative one means no split, as in CPython.
     */
    public List<Object> split(RegexSubject s, int maxsplit) {
        checkSubject(s);
        Matcher m = matcher(s, s.length());
        List<Object> out = new ArrayList<>();
        int last = 0;
        int start = 0;
        int n = 0;
        while (maxsplit == 0 || n < maxsplit) {
            if (!Search.search(m, program, start)) {
                break;
            }
            out.add(s.slice(last, m.start));
            for (int g = 0; g < groups; g++) {
                out.add(groupOrEmpty(m, s, g, null));
            }
            n++;
            m.mustAdvance = m.statePtr == m.start;
            last = m.statePtr;
            start = m.statePtr;
        }
        out.add(s.slice(last, s.length()));
        return out;
    }

    /** The result of {@code subn}: the new string (String or byte[]) and the count. */
    public record SubResult(Object result, int count) {}

    /** Compiles a replacement template (what {@code sub} does with a str or bytes repl). */
    public RegexTemplate template(String repl) {
        return RegexTemplate.parse(repl, repl.codePoints().toArray(), true, this);
    }

    public RegexTemplate template(byte[] repl) {
        int[] units = new int[repl.length];
        for (int i = 0; i < units.length; i++) {
            units[i] = repl[i] & 0xff;
        }
        return RegexTemplate.parse(repl, units, false, this);
    }

    /**
     * {@code p.subn(template, s, count)}; count 0 means all, a negative one none. A template of
     * the other type than the subject fails as CPython's join does: with TypeError at the first
     * match (a template made only of group references works, as in CPython).
     */
    public SubResult subn(RegexTemplate repl, RegexSubject s, int count) {
        checkSubject(s);
        int[] spans = new int[2 * (groups + 1)];
        boolean mismatch = repl.isBytes() != s.isBytes();
        return substitute(s, count, (m, out) -> {
            if (repl.isLiteral()) {
                out.item(repl.literal());
            } else if (mismatch && repl.firstLiteral() >= 0) {
                throw RegexUsageException.typeError(
                    Joiner.mismatch(s.isBytes(), repl.firstLiteral(), repl.isBytes() ? "bytes" : "str"));
            } else {
                repl.expandInto(out, s, RegexMatch.spans(m, groups, spans));
                out.endItem();
            }
        });
    }

    /**
     * {@code p.subn(function, s, count)}: {@code repl} gets each match and returns the
     * replacement, a String for a str subject or a byte[] for bytes, or null for None (nothing
     * inserted). Any other value fails at the end with CPython's TypeError.
     */
    public SubResult subn(Function<RegexMatch, Object> repl, RegexSubject s, int count) {
        checkSubject(s);
        int end = s.length();
        return substitute(s, count, (m, out) -> {
            Object item = repl.apply(RegexMatch.fromState(this, s, 0, end, m));
            if (item != null) {
                out.item(item);
            }
        });
    }

    /** What sub does at each match: adds the replacement to the output. */
    private interface Replacer {
        void replace(MachineState m, Joiner out);
    }

    /** sre's {@code pattern_subx}. */
    private SubResult substitute(RegexSubject s, int count, Replacer repl) {
        int end = s.length();
        Matcher m = matcher(s, end);
        Joiner out = new Joiner(s.isBytes());
        int i = 0;
        int start = 0;
        int n = 0;
        while (count == 0 || n < count) {
            if (!Search.search(m, program, start)) {
                break;
            }
            int b = m.start;
            int e = m.statePtr;
            if (i < b) {
                out.slice(s, i, b);
            }
            repl.replace(m, out);
            i = e;
            n++;
            m.mustAdvance = e == b;
            start = e;
        }
        if (i < end) {
            out.slice(s, i, end);
        }
        return new SubResult(out.result(), n);
    }
}
