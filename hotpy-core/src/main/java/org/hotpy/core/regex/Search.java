package org.hotpy.core.regex;

/**
 * sre's {@code SRE(search)}: tries a match at each position from {@code from}. When every match
 * must start with a known character (a literal or a set), positions without it are skipped with a
 * tight scan; such matches are never empty, so sre's must_advance rule cannot matter there.
 */
final class Search {
    private Search() {}

    /** One attempt at {@code at} ({@code match}/{@code fullmatch}/scanner match). */
    static boolean matchAt(Matcher m, int at) {
        m.resetCaptures();
        m.start = at;
        m.statePtr = at;
        return m.run(0, true);
    }

    /** The leftmost match at or after {@code from}; on success m.start/m.statePtr span it. */
    static boolean search(Matcher m, Program prog, int from) {
        int end = m.end;
        if (from > end) {
            return false;
        }
        m.resetCaptures();
        if (prog.minWidth > 0 && end - from < prog.minWidth) {
            return false;
        }
        if (!prog.anchored && (prog.firstLiteral >= 0 || prog.firstSet != null)) {
            return scan(m, prog, from);
        }
        int ptr = from;
        m.start = ptr;
        m.statePtr = ptr;
        boolean ok = m.run(0, true);
        m.mustAdvance = false;
        if (!ok && prog.anchored) {
            return false;
        }
        while (!ok && ptr < end) {
            ptr++;
            m.resetCaptures();
            m.start = ptr;
            m.statePtr = ptr;
            ok = m.run(0, false);
        }
        return ok;
    }

    private static boolean scan(Matcher m, Program prog, int from) {
        RegexSubject text = m.text;
        int end = m.end;
        m.mustAdvance = false;
        int ptr = from;
        while (true) {
            ptr = prog.firstLiteral >= 0 ? text.find(prog.firstLiteral, ptr, end)
                : text.find(prog.firstSet, ptr, end);
            if (ptr >= end) {
                return false;
            }
            m.start = ptr;
            m.statePtr = ptr;
            if (m.run(0, false)) {
                return true;
            }
            m.resetCaptures();
            ptr++;
        }
    }
}
