package org.hotpy.core.compiler;

import org.hotpy.core.ast.Pos;
import org.hotpy.core.parser.SyntaxErrorException;

/** Makes the SyntaxErrors the compiler reports, with the file, line, column and source text. */
final class CompileErrors {
    private final String filename;
    /** The source, searched for an error's line only when there is an error. */
    private final String source;

    CompileErrors(String filename, String source) {
        this.filename = filename;
        this.source = source;
    }

    SyntaxErrorException at(Pos pos, String format, Object... args) {
        String msg = args.length == 0 ? format : String.format(format, args);
        int line = pos.line();
        String text = lineText(source, line);
        return new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR, msg, filename, line, pos.col() + 1,
                pos.endLine(), pos.endCol() + 1, text, false);
    }

    /**
     * Line {@code line} (from 1) of {@code source} with a newline, or null if there is no such line.
     * Lines end at \r\n, \r or \n. Found by scanning, not by splitting with a regular expression:
     * every compilation makes a CompileErrors, and the regex engine's classes cost start-up.
     */
    static String lineText(String source, int line) {
        if (source == null || line < 1) {
            return null;
        }
        int start = 0;
        for (int n = 1; n < line; n++) {
            int end = lineEnd(source, start);
            if (end == source.length()) {
                return null;
            }
            start = end + (source.startsWith("\r\n", end) ? 2 : 1);
        }
        return source.substring(start, lineEnd(source, start)) + "\n";
    }

    private static int lineEnd(String source, int from) {
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return source.length();
    }

    String filename() {
        return filename;
    }
}
