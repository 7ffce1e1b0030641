package org.hotpy.core.testing;

import java.io.Writer;

/**
 * A {@link Writer} into memory that keeps at most {@code limit} characters and drops the rest,
 * so a runaway {@code print} loop cannot exhaust the test JVM's heap before the step limit stops
 * it. {@link #truncated()} tells whether anything was dropped.
 */
public final class BoundedWriter extends Writer {
    private final StringBuilder sb = new StringBuilder();
    private final int limit;
    private boolean truncated;

    public BoundedWriter(int limit) {
        this.limit = limit;
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
        int room = limit - sb.length();
        if (len > room) {
            truncated = true;
            len = Math.max(room, 0);
        }
        sb.append(cbuf, off, len);
    }

    @Override
    public void write(String s, int off, int len) {
        int room = limit - sb.length();
        if (len > room) {
            truncated = true;
            len = Math.max(room, 0);
        }
        sb.append(s, off, off + len);
    }

    @Override
    public void flush() {
        // nothing is buffered
    }

    @Override
    public void close() {
        // the text stays readable after close
    }

    public boolean truncated() {
        return truncated;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
