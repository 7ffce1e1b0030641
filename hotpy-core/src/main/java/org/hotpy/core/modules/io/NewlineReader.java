package org.hotpy.core.modules.io;

import java.io.IOException;
import java.io.Reader;

/** Universal newlines for text files opened for reading: \r\n and \r both become \n. */
final class NewlineReader extends Reader {
    private final Reader in;
    private int pending = -2;

    NewlineReader(Reader in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        int c = pending != -2 ? pending : in.read();
        pending = -2;
        if (c == '\r') {
            int n = in.read();
            if (n != '\n') {
                pending = n;
            }
            return '\n';
        }
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = 0;
        while (n < len) {
            int c = read();
            if (c < 0) {
                return n == 0 ? -1 : n;
            }
            buf[off + n++] = (char) c;
            if (!in.ready() && pending == -2) {
                break;
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
