package org.hotpy.core.modules.io;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.ops.Attr;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyBytes;
import org.hotpy.core.types.text.PyStr;

/**
 * A {@code TextIOWrapper} over a binary stream: decoding in chunks ({@link TextCodec}), the
 * newline modes of CPython ({@code None}: universal and translated; {@code ''}: universal,
 * untranslated; {@code '\n'}, {@code '\r'}, {@code '\r\n'}: that terminator only), and
 * {@code tell}/{@code seek} whose cookie is the byte offset of the next character.
 *
 * <p>Read state: {@code chars} holds decoded, untranslated text starting at byte offset
 * {@code charsStart}; {@code pos} is the next character to hand out. Any write first gives the
 * read-ahead back by seeking the buffer to {@link #tell()}.
 */
final class TextFile extends TextStream {
    private static final int CHUNK = 8192;

    private final PyObject buffer;
    private final BufferedFile bf;
    private final TextCodec codec;
    private final String errors;
    private final String newline;       // null: universal + translate
    private final boolean lineBuffering;
    private final boolean writeThrough;
    private final String mode;
    private final PyObject nameOverride;

    private String chars = "";
    private int pos;
    private long charsStart = -1;
    private boolean eof;
    private int seen;                   // newline kinds met: 1 = \r, 2 = \n, 4 = \r\n
    private boolean wroteAnything;

    private TextFile(PyObject buffer, TextCodec codec, String errors, String newline, boolean lineBuffering,
                     boolean writeThrough, String mode, PyObject name) {
        this.buffer = buffer;
        this.bf = buffer instanceof BufferedFile b ? b : null;
        this.codec = codec;
        this.errors = errors;
        this.newline = newline;
        this.lineBuffering = lineBuffering;
        this.writeThrough = writeThrough;
        this.mode = mode;
        this.nameOverride = name;
    }

    /** {@code TextIOWrapper(buffer, encoding, errors, newline, line_buffering, write_through)}. */
    static TextFile wrap(PyObject buffer, PyObject encoding, PyObject errors, PyObject newline, boolean lineBuffering,
                         boolean writeThrough, String mode) {
        String enc = encoding == PyNone.NONE ? "UTF-8" : checkedText(encoding, "encoding");
        String err = errors == PyNone.NONE ? "strict" : checkedText(errors, "errors");
        String nl = newline == PyNone.NONE ? null : checkedText(newline, "newline");
        if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
            throw Errors.valueError("illegal newline value: %s", nl);
        }
        return new TextFile(buffer, TextCodec.forName(enc), err, nl, lineBuffering, writeThrough,
                mode == null ? "" : mode, null);
    }

    private static String checkedText(PyObject o, String what) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("TextIOWrapper() argument '%s' must be str or None, not %s", what, o.type().tpName());
        }
        return s.value();
    }

    PyObject nameObject() {
        return nameOverride != null ? nameOverride : Attr.get(buffer, "name");
    }

    // ---- the binary stream ----

    private byte[] bufferRead(long n) {
        if (bf != null) {
            return bf.read(n);
        }
        PyObject r = Call.callMethod(buffer, "read", PyInt.of(n));
        return r == PyNone.NONE ? new byte[0] : PyBytes.bytesLike(r, "read");
    }

    private void bufferWrite(byte[] data) {
        if (bf != null) {
            bf.write(data);
        } else {
            Call.callMethod(buffer, "write", new PyBytes(data));
        }
    }

    private long bufferTell() {
        return bf != null ? bf.tell() : Protocols.asIndexLong(Call.callMethod(buffer, "tell"), "position too large");
    }

    private long bufferSeek(long pos, int whence) {
        return bf != null ? bf.seek(pos, whence)
                : Protocols.asIndexLong(Call.callMethod(buffer, "seek", PyInt.of(pos), PyInt.of(whence)), "position");
    }

    private boolean bufferSeekable() {
        return bf != null ? bf.raw() instanceof RawFile r && r.seekable()
                : Protocols.isTrue(Call.callMethod(buffer, "seekable"));
    }

    private boolean bufferClosed() {
        return bf != null ? bf.isClosed() : Protocols.isTrue(Attr.get(buffer, "closed"));
    }

    private void checkOpen() {
        if (closed || bufferClosed()) {
            throw Errors.valueError("I/O operation on closed file.");
        }
    }

    // ---- reading ----

    /** Decodes another chunk onto {@code chars}, dropping what was consumed; false at EOF. */
    private boolean fill() {
        if (eof) {
            return false;
        }
        if (charsStart < 0) {
            charsStart = bufferSeekable() ? bufferTell() : 0;
        }
        if (pos > 0) {
            charsStart += codec.byteLength(chars.substring(0, pos));
            chars = chars.substring(pos);
            pos = 0;
        }
        boolean atStart = charsStart == 0 && chars.isEmpty() && !codec.hasPending();
        byte[] data = codec.needsWholeInput() ? bufferRead(-1) : bufferRead(CHUNK);
        if (data.length == 0) {
            eof = true;
            String rest = codec.finish(errors);
            chars = chars + rest;
            return !rest.isEmpty();
        }
        String text = codec.decode(data, errors, atStart);
        if (atStart) {
            charsStart += codec.bomLength();
        }
        chars = chars + text;
        if (codec.needsWholeInput()) {
            eof = true;
        }
        return true;
    }

    private boolean universal() {
        return newline == null || newline.isEmpty();
    }

    @Override
    public String readline(long limit) {
        checkOpen();
        checkReadable();
        StringBuilder line = new StringBuilder();
        while (limit < 0 || line.length() < limit) {
            if (pos >= chars.length() && !fill()) {
                break;
            }
            int end = universal() ? scanUniversal(line, limit) : scanFixed(line, limit);
            if (end == 1) {
                break;
            }
        }
        return line.toString();
    }

    /** Moves text up to the next \r, \n or \r\n onto {@code line}; 1 when a line ended. */
    private int scanUniversal(StringBuilder line, long limit) {
        int stop = limit < 0 ? chars.length() : (int) Math.min(chars.length(), pos + (limit - line.length()));
        for (int i = pos; i < stop; i++) {
            char c = chars.charAt(i);
            if (c == '\n') {
                line.append(chars, pos, i + 1);
                pos = i + 1;
                seen |= 2;
                return 1;
            }
            if (c == '\r') {
                line.append(chars, pos, i);
                pos = i;
                if (pos + 1 >= chars.length() && fill()) {
                    return 0;       // look at the character after \r first
                }
                boolean crlf = pos + 1 < chars.length() && chars.charAt(pos + 1) == '\n';
                seen |= crlf ? 4 : 1;
                line.append(newline == null ? "\n" : crlf ? "\r\n" : "\r");
                pos += crlf ? 2 : 1;
                return 1;
            }
        }
        line.append(chars, pos, stop);
        pos = stop;
        return 0;
    }

    /** Moves text up to the terminator {@code newline} onto {@code line}; 1 when a line ended. */
    private int scanFixed(StringBuilder line, long limit) {
        int stop = limit < 0 ? chars.length() : (int) Math.min(chars.length(), pos + (limit - line.length()));
        int at = chars.indexOf(newline, pos);
        if (at >= 0 && at + newline.length() <= stop) {
            line.append(chars, pos, at + newline.length());
            pos = at + newline.length();
            return 1;
        }
        if (newline.length() == 2 && stop == chars.length() && stop > pos && chars.charAt(stop - 1) == '\r') {
            line.append(chars, pos, stop - 1);     // a \r that may start \r\n in the next chunk
            pos = stop - 1;
            return fill() ? 0 : finishWith(line);
        }
        line.append(chars, pos, stop);
        pos = stop;
        return 0;
    }

    private int finishWith(StringBuilder line) {
        line.append(chars, pos, chars.length());
        pos = chars.length();
        return 1;
    }

    @Override
    public String read(long n) {
        checkOpen();
        checkReadable();
        if (n < 0) {
            while (fill()) {
                // decode everything first: translation then sees every \r\n whole
            }
            String rest = translate(chars.substring(pos));
            pos = chars.length();
            return rest;
        }
        StringBuilder out = new StringBuilder();
        while (out.length() < n) {
            if (pos >= chars.length() && !fill()) {
                break;
            }
            int take = (int) Math.min(chars.length() - pos, n - out.length());
            if (newline == null && chars.charAt(pos + take - 1) == '\r' && pos + take == chars.length() && fill()) {
                continue;   // decide \r versus \r\n with the next chunk in view
            }
            int end = pos + take;
            if (newline == null && end < chars.length() && chars.charAt(end - 1) == '\r' && chars.charAt(end) == '\n') {
                end++;      // \r\n counts as one character once translated
            }
            out.append(translate(chars.substring(pos, end)));
            pos = end;
        }
        return out.toString();
    }

    private String translate(String s) {
        if (!universal()) {
            return s;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                seen |= 2;
            } else if (c == '\r') {
                boolean crlf = i + 1 < s.length() && s.charAt(i + 1) == '\n';
                seen |= crlf ? 4 : 1;
                i += crlf ? 1 : 0;
            }
        }
        return newline == null ? s.replace("\r\n", "\n").replace('\r', '\n') : s;
    }

    @Override
    protected PyObject readlineObject(long limit) {
        return PyStr.of(readline(limit));
    }

    private void checkReadable() {
        if (!readable()) {
            throw unsupported("not readable");
        }
    }

    // ---- writing ----

    @Override
    public void write(String s) {
        checkOpen();
        if (!writable()) {
            throw unsupported("not writable");
        }
        dropReadAhead();
        String text = s;
        String nl = newline == null || newline.isEmpty() ? "\n" : newline;
        if (!nl.equals("\n")) {
            text = text.replace("\n", nl);
        }
        boolean first = !wroteAnything && (!bufferSeekable() || bufferTell() == 0);
        bufferWrite(codec.encode(text, errors, first));
        wroteAnything = true;
        if (writeThrough || lineBuffering && (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0)) {
            flush();
        }
    }

    /** Gives unread decoded text back to the binary stream, so it sits at the logical position. */
    private void dropReadAhead() {
        if (charsStart >= 0 && (pos < chars.length() || codec.hasPending())) {
            long at = tellUnchecked();
            bufferSeek(at, 0);
        }
        resetDecoder();
    }

    private void resetDecoder() {
        chars = "";
        pos = 0;
        charsStart = -1;
        eof = false;
        codec.reset();
    }

    @Override
    public void flush() {
        checkOpen();
        if (bf != null) {
            bf.flush();
        } else {
            Call.callMethod(buffer, "flush");
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        try {
            if (!bufferClosed()) {
                flush();
            }
        } finally {
            closed = true;
            if (bf != null) {
                bf.close();
            } else {
                Call.callMethod(buffer, "close");
            }
        }
    }

    // ---- positions ----

    private long tellUnchecked() {
        if (charsStart < 0) {
            return bufferTell();
        }
        return charsStart + codec.byteLength(chars.substring(0, pos));
    }

    @Override
    public long tell() {
        checkOpen();
        if (!bufferSeekable()) {
            throw unsupported("underlying stream is not seekable");
        }
        flush();
        return tellUnchecked();
    }

    @Override
    public long seek(long cookie, int whence) {
        checkOpen();
        if (!bufferSeekable()) {
            throw unsupported("underlying stream is not seekable");
        }
        if (whence == 1 && cookie != 0) {
            throw unsupported("can't do nonzero cur-relative seeks");
        }
        if (whence == 2 && cookie != 0) {
            throw unsupported("can't do nonzero end-relative seeks");
        }
        if (whence < 0 || whence > 2) {
            throw Errors.valueError("invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        if (whence == 1) {
            return tell();
        }
        if (whence == 0 && cookie < 0) {
            throw Errors.valueError("negative seek position %d", cookie);
        }
        flush();
        resetDecoder();
        return bufferSeek(cookie, whence);
    }

    @Override
    public PyObject truncate(PyObject pos) {
        checkOpen();
        flush();
        PyObject at = pos == PyNone.NONE ? PyInt.of(tell()) : pos;
        dropReadAhead();
        return Call.callMethod(buffer, "truncate", at);
    }

    // ---- attributes ----

    @Override
    public PyObject buffer() {
        return buffer;
    }

    @Override
    public String name() {
        return Protocols.str(nameObject()).value();
    }

    @Override
    public String mode() {
        return mode;
    }

    @Override
    public String encoding() {
        return codec.displayName();
    }

    @Override
    public String errors() {
        return errors;
    }

    @Override
    public boolean readable() {
        return Protocols.isTrue(Call.callMethod(buffer, "readable"));
    }

    @Override
    public boolean writable() {
        return Protocols.isTrue(Call.callMethod(buffer, "writable"));
    }

    @Override
    public boolean seekable() {
        return bufferSeekable();
    }

    @Override
    public boolean lineBuffering() {
        return lineBuffering;
    }

    @Override
    public PyObject fileno() {
        return Call.callMethod(buffer, "fileno");
    }

    @Override
    public PyObject newlines() {
        if (!universal() || seen == 0) {
            return PyNone.NONE;
        }
        java.util.List<PyObject> kinds = new java.util.ArrayList<>();
        if ((seen & 1) != 0) {
            kinds.add(PyStr.of("\r"));
        }
        if ((seen & 2) != 0) {
            kinds.add(PyStr.of("\n"));
        }
        if ((seen & 4) != 0) {
            kinds.add(PyStr.of("\r\n"));
        }
        return kinds.size() == 1 ? kinds.get(0) : PyTuple.of(kinds);
    }

    @Override
    public void reconfigure(PyObject[] a) {
        if (a[0] != PyNone.NONE || a[2] != PyNone.NONE) {
            throw Errors.notSupported("reconfigure() of a file's encoding or newline");
        }
    }
}
