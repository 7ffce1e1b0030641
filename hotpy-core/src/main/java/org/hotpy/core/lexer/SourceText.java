package org.hotpy.core.lexer;

import org.hotpy.core.parser.SyntaxErrorException;

/**
 * Source as an array of code points with line ends normalised to {@code \n} (CPython's
 * universal newlines: {@code \r\n} and {@code \r} both end a line) and a final {@code \n}
 * added when missing, as CPython's tokenizer does. Columns are code-point indices into a line.
 */
public final class SourceText {
    private final int[] cp;
    private final int length;
    private final int[] lineStarts;
    private final int lineCount;
    private final String filename;

    public SourceText(String source, String filename) {
        this.filename = filename;
        int len = source.length();
        int[] out = new int[len + 1];
        int n = 0;
        for (int i = 0; i < len; ) {
            int c = source.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\r') {
                if (i < len && source.charAt(i) == '\n') {
                    i++;
                }
                c = '\n';
            }
            out[n++] = c;
        }
        if (n > 0 && out[n - 1] != '\n') {
            out[n++] = '\n';
        }
        this.cp = out;
        this.length = n;
        int lines = 0;
        for (int i = 0; i < n; i++) {
            if (out[i] == '\n') {
                lines++;
            }
        }
        // starts[l] is the index of line l; starts[lines + 1] == n, the start of the empty
        // "line" after the last, where ENDMARKER sits.
        int[] starts = new int[lines + 2];
        int l = 1;
        for (int i = 0; i < n; i++) {
            if (out[i] == '\n') {
                starts[++l] = i + 1;
            }
        }
        this.lineStarts = starts;
        this.lineCount = Math.max(lines, 1);
        checkNoNul();
    }

    private void checkNoNul() {
        for (int i = 0; i < length; i++) {
            if (cp[i] == 0) {
                int line = lineOf(i);
                int col = i - lineStart(line);
                throw error("source code cannot contain null bytes", line, col + 1, col + 1);
            }
        }
    }

    /** The code point at {@code i}, or -1 past the end. */
    public int at(int i) {
        return i < length ? cp[i] : -1;
    }

    public int length() {
        return length;
    }

    public String filename() {
        return filename;
    }

    /** Number of lines (a source ending in a newline has no extra empty line). */
    public int lineCount() {
        return lineCount;
    }

    /** Index of the first code point of {@code line} (1-based). */
    public int lineStart(int line) {
        if (line < 1) {
            return 0;
        }
        return line < lineStarts.length ? lineStarts[line] : length;
    }

    /** The 1-based line containing index {@code i}. */
    public int lineOf(int i) {
        int lo = 1;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= i) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The text of {@code line} without its terminator; "" when out of range. */
    public String lineText(int line) {
        if (line < 1 || line >= lineStarts.length) {
            return "";
        }
        int start = lineStarts[line];
        int end = start;
        while (end < length && cp[end] != '\n') {
            end++;
        }
        return new String(cp, start, end - start);
    }

    /** Length in code points of {@code line} without its terminator. */
    public int lineLength(int line) {
        if (line < 1 || line >= lineStarts.length) {
            return 0;
        }
        int end = lineStarts[line];
        while (end < length && cp[end] != '\n') {
            end++;
        }
        return end - lineStarts[line];
    }

    public String substring(int start, int end) {
        return new String(cp, start, end - start);
    }

    public SyntaxErrorException error(String msg, int line, int offset, int endOffset) {
        return error(SyntaxErrorException.Kind.SYNTAX_ERROR, msg, line, offset, endOffset, false);
    }

    public SyntaxErrorException error(SyntaxErrorException.Kind kind, String msg, int line,
                                      int offset, int endOffset, boolean incomplete) {
        return new SyntaxErrorException(kind, msg, filename, line, offset, line, endOffset,
                lineText(line), incomplete);
    }
}
