package org.hotpy.core.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** Flushes after every write: stderr, and stdout when it is a terminal (CPython's line buffering). */
final class AutoFlushWriter extends FilterWriter {
    AutoFlushWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        super.write(s, off, len);
        flush();
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        super.write(buf, off, len);
        flush();
    }

    @Override
    public void write(int c) throws IOException {
        super.write(c);
        flush();
    }
}
