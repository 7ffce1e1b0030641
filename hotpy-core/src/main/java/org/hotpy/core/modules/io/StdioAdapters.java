package org.hotpy.core.modules.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Byte views of the interpreter's character streams, for file descriptors 0, 1 and 2 and
 * {@code sys.stdin.buffer}/{@code sys.stdout.buffer}: the embedder configures stdio as a
 * {@link Reader} and {@link Writer}, and bytes cross them as UTF-8 (the encoding of
 * {@code sys.stdout}).
 */
final class StdioAdapters {
    private StdioAdapters() {}

    /** Bytes written become characters on the writer; a sequence split across writes is kept. */
    static final class WriterOutputStream extends OutputStream {
        private final Writer out;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private ByteBuffer pending = ByteBuffer.allocate(0);

        WriterOutputStream(Writer out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            ByteBuffer in = ByteBuffer.allocate(pending.remaining() + len);
            in.put(pending).put(b, off, len).flip();
            CharBuffer chars = CharBuffer.allocate(in.remaining() + 1);
            decoder.decode(in, chars, false);
            chars.flip();
            out.write(chars.toString());
            pending = in.slice();
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** Characters read from the reader, as UTF-8 bytes. */
    static final class ReaderInputStream extends InputStream {
        private final Reader in;
        private byte[] buf = new byte[0];
        private int pos;

        ReaderInputStream(Reader in) {
            this.in = in;
        }

        private boolean fill() throws IOException {
            char[] chars = new char[4097];
            int n = in.read(chars, 0, 4096);
            if (n < 0) {
                return false;
            }
            if (n > 0 && Character.isHighSurrogate(chars[n - 1])) {
                int c = in.read();
                if (c >= 0) {
                    chars[n++] = (char) c;  // keep a surrogate pair together
                }
            }
            buf = new String(chars, 0, n).getBytes(StandardCharsets.UTF_8);
            pos = 0;
            return true;
        }

        @Override
        public int read() throws IOException {
            while (pos >= buf.length) {
                if (!fill()) {
                    return -1;
                }
            }
            return buf[pos++] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (pos >= buf.length) {
                if (!fill()) {
                    return -1;
                }
            }
            int n = Math.min(len, buf.length - pos);
            System.arraycopy(buf, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
