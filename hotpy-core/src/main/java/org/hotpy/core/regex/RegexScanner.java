package org.hotpy.core.regex;

/**
 * CPython's {@code SRE_Scanner} ({@code pattern.scanner(string)}): successive matches or
 * searches, each starting where the previous one ended; after an empty match the next one must
 * advance. {@code finditer} is built on it. Not thread-safe.
 */
public final class RegexScanner {
    private final RegexPattern pattern;
    private final RegexSubject subject;
    private final int pos;
    private final int endpos;
    private int start;
    private boolean mustAdvance;
    private boolean exhausted;

    RegexScanner(RegexPattern pattern, RegexSubject subject, int pos, int endpos) {
        this.pattern = pattern;
        this.subject = subject;
        this.pos = pos;
        this.endpos = endpos;
        this.start = pos;
    }

    public RegexPattern pattern() {
        return pattern;
    }

    /** The next match anchored at the current position, or null (and the scanner is spent). */
    public RegexMatch match() {
        return next(false);
    }

    /** The next match at or after the current position, or null (and the scanner is spent). */
    public RegexMatch search() {
        return next(true);
    }

    private RegexMatch next(boolean search) {
        if (exhausted) {
            return null;
        }
        Matcher m = pattern.matcher(subject, endpos);
        m.mustAdvance = mustAdvance;
        boolean found = search ? Search.search(m, pattern.program(), start)
            : Search.matchAt(m, start);
        if (!found) {
            exhausted = true;
            return null;
        }
        mustAdvance = m.statePtr == m.start;
        start = m.statePtr;
        return RegexMatch.fromState(pattern, subject, pos, endpos, m);
    }
}
