package org.hotpy.core.regex;

import java.io.ByteArrayOutputStream;

/** Concatenates pieces of a str (String) or bytes (byte[]) result, such as sub's output. */
final class Joiner {
    private final StringBuilder sb;
    private final ByteArrayOutputStream bytes;

    Joiner(boolean isBytes) {
        this.sb = isBytes ? null : new StringBuilder();
        this.bytes = isBytes ? new ByteArrayOutputStream() : null;
    }

    void add(Object piece) {
        if (sb != null) {
            sb.append((String) piece);
        } else {
            bytes.writeBytes((byte[]) piece);
        }
    }

    /** Appends {@code s[from:to]} without making an intermediate slice. */
    void addSlice(RegexSubject s, int from, int to) {
        if (sb != null) {
            s.appendTo(sb, from, to);
        } else {
            bytes.write((byte[]) s.value(), from, to - from);
        }
    }

    Object result() {
        return sb != null ? sb.toString() : bytes.toByteArray();
    }
}
