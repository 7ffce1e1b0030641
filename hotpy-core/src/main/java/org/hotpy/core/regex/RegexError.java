package org.hotpy.core.regex;

/**
 * Python's {@code re.error}: an invalid pattern or replacement template. Carries CPython's
 * attributes ({@code msg}, {@code pattern}, {@code pos}, {@code lineno}, {@code colno}); the
 * message is built exactly as CPython's {@code re.error.__init__} builds it. An absent position
 * ({@code None} in Python) is reported as -1.
 */
public final class RegexError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String msg;
    private final Object pattern;
    private final int pos;
    private final int lineno;
    private final int colno;

    /** An error without a pattern position (e.g. "look-behind requires fixed-width pattern"). */
    RegexError(String msg) {
        super(msg, null, false, false);
        this.msg = msg;
        this.pattern = null;
        this.pos = -1;
        this.lineno = -1;
        this.colno = -1;
    }

    /**
     * An error at {@code pos} (in code points, or bytes for a bytes pattern) of {@code source},
     * whose code units are {@code units} (code points, or byte values).
     */
    RegexError(String msg, Object source, int[] units, int pos) {
        super(format(msg, units, pos), null, false, false);
        this.msg = msg;
        this.pattern = source;
        this.pos = pos;
        int line = 1;
        int lastNewline = -1;
        for (int i = 0; i < pos && i < units.length; i++) {
            if (units[i] == '\n') {
                line++;
                lastNewline = i;
            }
        }
        this.lineno = line;
        this.colno = pos - lastNewline;
    }

    private static String format(String msg, int[] units, int pos) {
        String full = msg + " at position " + pos;
        int line = 1;
        int lastNewline = -1;
        boolean hasNewline = false;
        for (int i = 0; i < units.length; i++) {
            if (units[i] == '\n') {
                hasNewline = true;
                if (i < pos) {
                    line++;
                    lastNewline = i;
                }
            }
        }
        if (hasNewline) {
            full += " (line " + line + ", column " + (pos - lastNewline) + ")";
        }
        return full;
    }

    /** The unformatted message ({@code e.msg}). */
    public String msg() {
        return msg;
    }

    /** The pattern ({@code String} or {@code byte[]}), or {@code null} when unknown. */
    public Object pattern() {
        return pattern;
    }

    /** The position in the pattern, or -1 for None. */
    public int pos() {
        return pos;
    }

    /** The 1-based line of {@link #pos()}, or -1 for None. */
    public int lineno() {
        return lineno;
    }

    /** The 1-based column of {@link #pos()}, or -1 for None. */
    public int colno() {
        return colno;
    }
}
