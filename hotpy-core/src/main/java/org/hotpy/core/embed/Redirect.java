package org.hotpy.core.embed;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;

/**
 * The streams an interpreter's {@code sys.stdout}, {@code sys.stderr} and {@code sys.stdin} are
 * built on: fixed objects whose targets the embedder may switch between runs (JSR-223 points
 * them at each {@code ScriptContext}'s writers). Closing them never closes the target: the
 * embedder owns its streams.
 */
final class Redirect {
    private Redirect() {}

    static final class Out extends Writer {
        private volatile Writer target;

        Out(Writer target) {
            this.target = target;
        }

        void setTarget(Writer w) {
            this.target = w;
        }

        Writer target() {
            return target;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            target.write(buf, off, len);
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            target.write(s, off, len);
        }

        @Override
        public void flush() throws IOException {
            target.flush();
        }

        @Override
        public void close() throws IOException {
            target.flush();
        }
    }

    static final class In extends Reader {
        private volatile Reader target;

        In(Reader target) {
            this.target = target;
        }

        void setTarget(Reader r) {
            this.target = r;
        }

        Reader target() {
            return target;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            return target.read(buf, off, len);
        }

        @Override
        public void close() {
            // the embedder owns the reader
        }
    }
}
