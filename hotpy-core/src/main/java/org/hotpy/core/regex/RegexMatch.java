package org.hotpy.core.regex;

/**
 * The result of a successful match, as CPython's Match object reports it: the span of each group
 * in code points ((-1, -1) for a group that did not participate), {@code lastindex} and
 * {@code lastgroup}, {@code pos}/{@code endpos}. Group values are {@code String} slices for a str
 * subject and {@code byte[]} slices for a bytes subject; {@code null} stands for None.
 */
public final class RegexMatch {
    private final RegexPattern re;
    private final RegexSubject subject;
    private final int pos;
    private final int endpos;
    /** start, end of group 0, 1, ... */
    private final int[] spans;
    private final int lastindex;

    RegexMatch(RegexPattern re, RegexSubject subject, int pos, int endpos, int[] spans,
               int lastindex) {
        this.re = re;
        this.subject = subject;
        this.pos = pos;
        this.endpos = endpos;
        this.spans = spans;
        this.lastindex = lastindex;
    }

    /** Builds the match from the machine's marks as sre's {@code pattern_new_match} does. */
    static RegexMatch fromState(RegexPattern re, RegexSubject subject, int pos, int endpos,
                                MachineState st) {
        int[] spans = spans(st, re.groups(), new int[2 * (re.groups() + 1)]);
        return new RegexMatch(re, subject, pos, endpos, spans, st.lastindex);
    }

    /** Fills {@code spans} with the span of every group, (-1, -1) for unset ones. */
    static int[] spans(MachineState st, int groups, int[] spans) {
        spans[0] = st.start;
        spans[1] = st.statePtr;
        for (int i = 0, j = 0; i < groups; i++, j += 2) {
            if (j + 1 <= st.lastmark && st.marks[j] >= 0 && st.marks[j + 1] >= 0) {
                spans[j + 2] = st.marks[j];
                spans[j + 3] = st.marks[j + 1];
                if (spans[j + 2] > spans[j + 3]) {
                    throw wrongSpan();
                }
            } else {
                spans[j + 2] = -1;
                spans[j + 3] = -1;
            }
        }
        return spans;
    }

    /**
     * sre can leave a stale end mark behind in rare nested repeats; CPython reports it as this
     * SystemError, and so do we.
     */
    static RegexUsageException wrongSpan() {
        return new RegexUsageException(RegexUsageException.Kind.SYSTEM_ERROR,
            "The span of capturing group is wrong, please report a bug for the re module.");
    }

    public RegexPattern re() {
        return re;
    }

    public RegexSubject subject() {
        return subject;
    }

    /** The subject's original object ({@code m.string}): the String, or the byte[]. */
    public Object string() {
        return subject.value();
    }

    public int pos() {
        return pos;
    }

    public int endpos() {
        return endpos;
    }

    /** Number of groups, not counting group 0. */
    public int groupCount() {
        return spans.length / 2 - 1;
    }

    private void check(int g) {
        if (g < 0 || g > groupCount()) {
            throw RegexUsageException.indexError("no such group");
        }
    }

    public int start(int g) {
        check(g);
        return spans[2 * g];
    }

    public int end(int g) {
        check(g);
        return spans[2 * g + 1];
    }

    /** The group's value, or null when it did not participate. */
    public Object group(int g) {
        check(g);
        int s = spans[2 * g];
        return s < 0 ? null : subject.slice(s, spans[2 * g + 1]);
    }

    /** The group number for a group name, as {@code m.group(name)} resolves it. */
    public int groupNumber(String name) {
        Integer g = re.groupIndex().get(name);
        if (g == null) {
            throw RegexUsageException.indexError("no such group");
        }
        return g;
    }

    /** {@code m.lastindex}, or -1 for None. */
    public int lastIndex() {
        return lastindex;
    }

    /** {@code m.lastgroup}, or null for None. */
    public String lastGroup() {
        return lastindex < 0 ? null : re.groupName(lastindex);
    }

    /** {@code m.expand(template)}. */
    public Object expand(RegexTemplate template) {
        if (template.isBytes() != subject.isBytes() && template.firstLiteral() >= 0) {
            throw RegexUsageException.typeError(Joiner.mismatch(subject.isBytes(),
                template.firstLiteral(), template.isBytes() ? "bytes" : "str"));
        }
        Joiner out = new Joiner(subject.isBytes());
        template.expandInto(out, subject, spans);
        out.endItem();
        return out.result();
    }

    /** {@code repr(m)} as CPython's {@code match_repr} writes it. */
    @Override
    public String toString() {
        return "<re.Match object; span=(" + spans[0] + ", " + spans[1] + "), match="
            + PyText.truncate(PyText.reprOf(group(0)), 50) + ">";
    }
}
