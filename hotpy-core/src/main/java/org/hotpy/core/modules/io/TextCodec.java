package org.hotpy.core.modules.io;

import java.util.Arrays;
import java.util.Locale;

import org.hotpy.core.types.text.StrCodecs;

/**
 * Incremental decoding and encoding for text files: chunks are decoded as they are read, and a
 * multi-byte sequence cut by a chunk boundary waits for the next chunk. Byte-order marks of
 * utf-8-sig, utf-16 and utf-32 are read (and written) only at the start of the stream, after
 * which the byte order found is used. Encodings whose sequences cannot be delimited without
 * decoding (shift_jis, gbk …) are decoded from the whole rest of the stream at once.
 */
final class TextCodec {
    private enum Kind { UTF8, SINGLE_BYTE, UTF16, UTF32, WHOLE }

    private final String displayName;
    private final String codec;          // StrCodecs name used for the bytes after any BOM
    private final Kind kind;
    private final boolean sig;           // utf-8-sig: a BOM to skip, and to write first
    private String orderedCodec;         // utf-16/32: the byte order found from the BOM
    private byte[] pending = new byte[0];
    private int bomLength;

    private TextCodec(String displayName, String codec, Kind kind, boolean sig) {
        this.displayName = displayName;
        this.codec = codec;
        this.kind = kind;
        this.sig = sig;
        this.orderedCodec = codec;
    }

    static TextCodec forName(String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT).replace('_', '-');
        if (e.equals("utf-8-sig") || e.equals("utf8-sig")) {
            return new TextCodec(encoding, "utf-8", Kind.UTF8, true);
        }
        String n = StrCodecs.normalize(encoding);   // LookupError for unknown encodings
        Kind kind = switch (n) {
            case "utf-8" -> Kind.UTF8;
            case "ascii", "latin-1" -> Kind.SINGLE_BYTE;
            default -> n.startsWith("utf-16") || n.startsWith("utf16") || n.equals("u16") ? Kind.UTF16
                    : n.startsWith("utf-32") || n.startsWith("utf32") || n.equals("u32") ? Kind.UTF32
                    : singleByte(n) ? Kind.SINGLE_BYTE : Kind.WHOLE;
        };
        return new TextCodec(encoding, n, kind, false);
    }

    private static boolean singleByte(String normalized) {
        try {
            return java.nio.charset.Charset.forName(normalized).newEncoder().maxBytesPerChar() == 1.0f;
        } catch (RuntimeException e) {
            return false;
        }
    }

    String displayName() {
        return displayName;
    }

    boolean needsWholeInput() {
        return kind == Kind.WHOLE;
    }

    boolean hasPending() {
        return pending.length > 0;
    }

    /** Bytes of byte-order mark skipped by the last decode at the start of the stream. */
    int bomLength() {
        return bomLength;
    }

    void reset() {
        pending = new byte[0];
        orderedCodec = codec;
    }

    /** Decodes {@code data} after what was pending, keeping an incomplete final sequence back. */
    String decode(byte[] data, String errors, boolean atStart) {
        byte[] all = concat(pending, data);
        int from = 0;
        bomLength = 0;
        if (atStart) {
            from = startOfText(all);
            bomLength = from;
        }
        int end = completeEnd(all, from);
        pending = Arrays.copyOfRange(all, end, all.length);
        return StrCodecs.decode(Arrays.copyOfRange(all, from, end), orderedCodec, errors);
    }

    /** At the end of the stream: what is still pending, decoded (an error if incomplete). */
    String finish(String errors) {
        if (pending.length == 0) {
            return "";
        }
        byte[] rest = pending;
        pending = new byte[0];
        return StrCodecs.decode(rest, orderedCodec, errors);
    }

    /** Reads a byte-order mark; returns how many bytes it takes. */
    private int startOfText(byte[] b) {
        if (sig && b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return 3;
        }
        boolean generic = codec.equals("utf-16") || codec.equals("utf16") || codec.equals("u16")
                || codec.equals("utf-32") || codec.equals("utf32") || codec.equals("u32");
        if (!generic) {
            return 0;
        }
        if (kind == Kind.UTF16) {
            orderedCodec = "utf-16-le";
            if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
                orderedCodec = "utf-16-be";
                return 2;
            }
            return b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe ? 2 : 0;
        }
        orderedCodec = "utf-32-le";
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff) {
            orderedCodec = "utf-32-be";
            return 4;
        }
        return b.length >= 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0 && b[3] == 0 ? 4 : 0;
    }

    /** Where the last complete sequence of {@code b} ends. */
    private int completeEnd(byte[] b, int from) {
        int n = b.length;
        switch (kind) {
            case UTF8: {
                // Back up over at most three continuation bytes to the lead byte of the last sequence.
                int i = n - 1;
                int back = 0;
                while (i >= from && back < 3 && (b[i] & 0xc0) == 0x80) {
                    i--;
                    back++;
                }
                if (i < from) {
                    return n;
                }
                int lead = b[i] & 0xff;
                int need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
                return lead >= 0xc0 && lead <= 0xf4 && n - i < need ? i : n;
            }
            case UTF16: {
                int end = n - ((n - from) % 2);
                boolean le = orderedCodec.endsWith("le");
                if (end - from >= 2) {
                    int hi = le ? b[end - 1] & 0xff : b[end - 2] & 0xff;
                    if (hi >= 0xd8 && hi <= 0xdb) {
                        end -= 2;   // a high surrogate waits for its partner
                    }
                }
                return end;
            }
            case UTF32:
                return n - ((n - from) % 4);
            default:
                return n;
        }
    }

    /** Encodes text; at the very start of the stream the byte-order mark comes first. */
    byte[] encode(String text, String errors, boolean atStart) {
        if (kind == Kind.UTF16 || kind == Kind.UTF32) {
            boolean generic = orderedCodec.equals(codec) && (codec.equals("utf-16") || codec.equals("utf16")
                    || codec.equals("u16") || codec.equals("utf-32") || codec.equals("utf32") || codec.equals("u32"));
            if (generic) {
                String ordered = kind == Kind.UTF16 ? "utf-16-le" : "utf-32-le";
                byte[] body = StrCodecs.encode(text, ordered, errors);
                if (!atStart) {
                    return body;
                }
                byte[] bom = kind == Kind.UTF16 ? new byte[] {(byte) 0xff, (byte) 0xfe}
                        : new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0};
                return concat(bom, body);
            }
        }
        byte[] body = StrCodecs.encode(text, orderedCodec, errors);
        return sig && atStart ? concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, body) : body;
    }

    /** How many bytes {@code text} took in the stream (for {@code tell}). */
    long byteLength(String text) {
        switch (kind) {
            case UTF8: {
                long n = 0;
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c < 0x80) {
                        n++;
                    } else if (c < 0x800) {
                        n += 2;
                    } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        n += 4;
                        i++;
                    } else if (c >= 0xdc80 && c <= 0xdcff) {
                        n++;        // a byte kept by surrogateescape
                    } else {
                        n += 3;
                    }
                }
                return n;
            }
            case SINGLE_BYTE:
                return text.length();
            case UTF16:
                return 2L * text.length();
            case UTF32:
                return 4L * text.codePointCount(0, text.length());
            default:
                return StrCodecs.encode(text, orderedCodec, "surrogateescape").length;
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        if (a.length == 0) {
            return b;
        }
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
