package org.hotpy.core.parser;

/**
 * A Python {@code SyntaxError} (or its subclasses {@code IndentationError} and {@code TabError})
 * found while decoding, tokenizing or parsing source. It carries what CPython puts on the
 * exception object: message, filename, line, 1-based column offset, end line and end offset
 * (the values CPython reports, which can be 0 or -1 when it has no end position), and the text
 * of the offending line.
 *
 * <p>Created without a stack trace: the lexer and parser use it for control flow in error paths
 * and the REPL creates many of them while the user types.
 */
public final class SyntaxErrorException extends RuntimeException {

    /** The Python exception class to raise. */
    public enum Kind {
        SYNTAX_ERROR("SyntaxError"), INDENTATION_ERROR("IndentationError"), TAB_ERROR("TabError");

        public final String pythonName;

        Kind(String pythonName) {
            this.pythonName = pythonName;
        }
    }

    private final Kind kind;
    private final String msg;
    private final String filename;
    private final int line;
    private final int offset;
    private final int endLine;
    private final int endOffset;
    private final String text;
    private final boolean incompleteInput;

    public SyntaxErrorException(Kind kind, String msg, String filename, int line, int offset,
                                int endLine, int endOffset, String text, boolean incompleteInput) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.line = line;
        this.offset = offset;
        this.endLine = endLine;
        this.endOffset = endOffset;
        this.text = text;
        this.incompleteInput = incompleteInput;
    }

    public Kind kind() {
        return kind;
    }

    /** {@code "SyntaxError"}, {@code "IndentationError"} or {@code "TabError"}. */
    public String pythonType() {
        return kind.pythonName;
    }

    /** The message, as CPython's {@code SyntaxError.msg}. */
    public String msg() {
        return msg;
    }

    public String filename() {
        return filename;
    }

    /** 1-based line number ({@code lineno}); 0 when the error has no position. */
    public int line() {
        return line;
    }

    /** 1-based column in code points ({@code offset}); 0 when the error has no position. */
    public int offset() {
        return offset;
    }

    /** {@code end_lineno} as CPython reports it (0 when it has none). */
    public int endLine() {
        return endLine;
    }

    /** {@code end_offset}, 1-based, as CPython reports it (0 or -1 when it has none). */
    public int endOffset() {
        return endOffset;
    }

    /** The source line the error is on, without its line terminator; null when unknown. */
    public String text() {
        return text;
    }

    /**
     * True when the only problem is that the input ended early (an unclosed bracket, an open
     * triple-quoted string, a block header with no body yet, a trailing backslash): a REPL
     * should read another line and try again.
     */
    public boolean isIncompleteInput() {
        return incompleteInput;
    }

    /** The same error with another message (used to prefix f-string sub-expression errors). */
    public SyntaxErrorException withMessage(String newMsg) {
        return new SyntaxErrorException(kind, newMsg, filename, line, offset, endLine, endOffset,
                text, incompleteInput);
    }

    @Override
    public String getMessage() {
        return kind.pythonName + ": " + msg + " (" + filename + ", line " + line + ")";
    }
}
