package org.hotpy.core.compiler;

import org.hotpy.core.ast.Pos;
import org.hotpy.core.parser.SyntaxErrorException;

/** Makes the SyntaxErrors the compiler reports, with the file, line, column and source text. */
final class CompileErrors {
    private final String filename;
    private final String[] lines;

    CompileErrors(String filename, String source) {
        this.filename = filename;
        this.lines = source == null ? new String[0] : source.split("\\r\\n|\\r|\\n", -1);
    }

    SyntaxErrorException at(Pos pos, String format, Object... args) {
        String msg = args.length == 0 ? format : String.format(format, args);
        int line = pos.line();
        String text = line >= 1 && line <= lines.length ? lines[line - 1] + "\n" : null;
        return new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR, msg, filename, line, pos.col() + 1,
                pos.endLine(), pos.endCol() + 1, text, false);
    }

    String filename() {
        return filename;
    }
}
