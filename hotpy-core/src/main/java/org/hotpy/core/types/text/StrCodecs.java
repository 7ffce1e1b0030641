package org.hotpy.core.types.text;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.model.JavaMethod;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.exception.ExceptionTypes;
import org.hotpy.core.types.number.PyInt;

/**
 * {@code str.encode} and {@code bytes.decode} for UTF-8, ASCII and Latin-1 with the standard
 * error handlers (strict, ignore, replace, backslashreplace, surrogateescape,
 * xmlcharrefreplace, surrogatepass).
 */
public final class StrCodecs {
    private StrCodecs() {}

    static void defineStr(TypeDef t) {
        t.method2("encode", "encoding='utf-8', errors='strict'", Fn.ENCODE);
    }

    /** Canonical codec name: "utf-8", "ascii" or "latin-1"; LookupError for others. */
    public static String normalize(String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT).replace('_', '-').strip();
        switch (e) {
            case "utf-8": case "utf8": case "u8": case "utf": case "cp65001":
                return "utf-8";
            case "utf-8-sig": case "utf8-sig":
                return "utf-8-sig";
            case "ascii": case "us-ascii": case "646":
                return "ascii";
            case "latin-1": case "latin1": case "iso-8859-1": case "iso8859-1": case "8859": case "cp819":
            case "l1": case "latin":
                return "latin-1";
            default:
                if (javaCharset(e) != null) {
                    return e;
                }
                throw Errors.lookupError("unknown encoding: %s", encoding);
        }
    }

    /** A codec CPython names that Java also has (utf-16/32 in their variants, cp125x, iso-8859-x …). */
    static java.nio.charset.Charset javaCharset(String normalized) {
        String n = switch (normalized) {
            case "utf-16", "utf16", "u16" -> "UTF-16LE";
            case "utf-16-le", "utf-16le" -> "UTF-16LE";
            case "utf-16-be", "utf-16be" -> "UTF-16BE";
            case "utf-32", "utf32", "u32" -> "UTF-32LE";
            case "utf-32-le", "utf-32le" -> "UTF-32LE";
            case "utf-32-be", "utf-32be" -> "UTF-32BE";
            default -> normalized;
        };
        try {
            return java.nio.charset.Charset.forName(n);
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }

    private static byte[] bom(String enc) {
        return switch (enc) {
            case "utf-16", "utf16", "u16" -> new byte[] {(byte) 0xff, (byte) 0xfe};
            case "utf-32", "utf32", "u32" -> new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0};
            default -> new byte[0];
        };
    }

    private static byte[] encodeJava(String s, String enc, String errors) {
        java.nio.charset.CharsetEncoder ce = javaCharset(enc).newEncoder();
        java.nio.charset.CodingErrorAction action = errors.equals("strict") ? java.nio.charset.CodingErrorAction.REPORT
                : errors.equals("ignore") ? java.nio.charset.CodingErrorAction.IGNORE
                : java.nio.charset.CodingErrorAction.REPLACE;
        ce.onMalformedInput(action).onUnmappableCharacter(action);
        try {
            java.nio.ByteBuffer bb = ce.encode(java.nio.CharBuffer.wrap(s));
            byte[] body = new byte[bb.remaining()];
            bb.get(body);
            byte[] b = bom(enc);
            byte[] out = java.util.Arrays.copyOf(b, b.length + body.length);
            System.arraycopy(body, 0, out, b.length, body.length);
            return out;
        } catch (java.nio.charset.CharacterCodingException ex) {
            throw encodeError(enc, s, 0, "character maps to <undefined>");
        }
    }

    private static String decodeJava(byte[] data, String enc, String errors) {
        String e = enc;
        int skip = 0;
        if (enc.equals("utf-16") || enc.equals("utf16") || enc.equals("u16")) {
            if (data.length >= 2 && (data[0] & 0xff) == 0xfe && (data[1] & 0xff) == 0xff) {
                e = "utf-16-be";
                skip = 2;
            } else if (data.length >= 2 && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xfe) {
                skip = 2;
            }
        } else if (enc.equals("utf-32") || enc.equals("utf32") || enc.equals("u32")) {
            if (data.length >= 4 && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xfe && data[2] == 0 && data[3] == 0) {
                skip = 4;
            } else if (data.length >= 4 && data[0] == 0 && data[1] == 0 && (data[2] & 0xff) == 0xfe && (data[3] & 0xff) == 0xff) {
                e = "utf-32-be";
                skip = 4;
            }
        }
        java.nio.charset.CharsetDecoder cd = javaCharset(e).newDecoder();
        java.nio.charset.CodingErrorAction action = errors.equals("strict") ? java.nio.charset.CodingErrorAction.REPORT
                : errors.equals("ignore") ? java.nio.charset.CodingErrorAction.IGNORE
                : java.nio.charset.CodingErrorAction.REPLACE;
        cd.onMalformedInput(action).onUnmappableCharacter(action);
        try {
            return cd.decode(java.nio.ByteBuffer.wrap(data, skip, data.length - skip)).toString();
        } catch (java.nio.charset.CharacterCodingException ex) {
            throw Errors.withArgs(ExceptionTypes.UNICODE_DECODE_ERROR, PyStr.of(enc), new PyBytes(data), PyInt.of(0),
                    PyInt.of(data.length), PyStr.of("truncated data"));
        }
    }

    public static byte[] encode(String s, String encoding, String errors) {
        String enc = normalize(encoding);
        if (enc.equals("utf-8-sig")) {
            // a byte order mark, then UTF-8
            byte[] body = encode(s, "utf-8", errors);
            byte[] out = new byte[body.length + 3];
            out[0] = (byte) 0xef;
            out[1] = (byte) 0xbb;
            out[2] = (byte) 0xbf;
            System.arraycopy(body, 0, out, 3, body.length);
            return out;
        }
        if (!enc.equals("utf-8") && !enc.equals("ascii") && !enc.equals("latin-1")) {
            return encodeJava(s, enc, errors);
        }
        int limit = enc.equals("utf-8") ? 0x10ffff : enc.equals("ascii") ? 0x7f : 0xff;
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int cpIndex = 0;
        for (int i = 0; i < s.length(); cpIndex++) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean surrogate = cp >= 0xd800 && cp <= 0xdfff;
            if (cp <= limit && !(surrogate && enc.equals("utf-8"))) {
                writeUnit(out, enc, cp);
                continue;
            }
            switch (errors) {
                case "ignore": break;
                case "replace": out.write('?'); break;
                case "backslashreplace": ascii(out, backslash(cp)); break;
                case "xmlcharrefreplace": ascii(out, "&#" + cp + ";"); break;
                case "surrogateescape":
                    if (cp >= 0xdc80 && cp <= 0xdcff) {
                        out.write(cp - 0xdc00);
                        break;
                    }
                    throw encodeError(enc, s, cpIndex, surrogate ? "surrogates not allowed" : "ordinal not in range");
                case "surrogatepass":
                    if (surrogate && enc.equals("utf-8")) {
                        writeUtf8(out, cp);
                        break;
                    }
                    throw encodeError(enc, s, cpIndex, reason(enc, surrogate, limit));
                case "strict":
                    throw encodeError(enc, s, cpIndex, reason(enc, surrogate, limit));
                default:
                    throw Errors.lookupError("unknown error handler name '%s'", errors);
            }
        }
        return out.toByteArray();
    }

    private static String reason(String enc, boolean surrogate, int limit) {
        if (surrogate && enc.equals("utf-8")) {
            return "surrogates not allowed";
        }
        return "ordinal not in range(" + (limit + 1) + ")";
    }

    private static void writeUnit(ByteArrayOutputStream out, String enc, int cp) {
        if (enc.equals("utf-8")) {
            writeUtf8(out, cp);
        } else {
            out.write(cp);
        }
    }

    private static void writeUtf8(ByteArrayOutputStream out, int cp) {
        if (cp < 0x80) {
            out.write(cp);
        } else if (cp < 0x800) {
            out.write(0xc0 | (cp >> 6));
            out.write(0x80 | (cp & 0x3f));
        } else if (cp < 0x10000) {
            out.write(0xe0 | (cp >> 12));
            out.write(0x80 | ((cp >> 6) & 0x3f));
            out.write(0x80 | (cp & 0x3f));
        } else {
            out.write(0xf0 | (cp >> 18));
            out.write(0x80 | ((cp >> 12) & 0x3f));
            out.write(0x80 | ((cp >> 6) & 0x3f));
            out.write(0x80 | (cp & 0x3f));
        }
    }

    private static void ascii(ByteArrayOutputStream out, String s) {
        for (int i = 0; i < s.length(); i++) {
            out.write(s.charAt(i));
        }
    }

    private static String backslash(int cp) {
        if (cp <= 0xff) {
            return String.format("\\x%02x", cp);
        }
        if (cp <= 0xffff) {
            return String.format("\\u%04x", cp);
        }
        return String.format("\\U%08x", cp);
    }

    private static PyException encodeError(String enc, String s, int pos, String reason) {
        PyException e = Errors.withArgs(ExceptionTypes.UNICODE_ENCODE_ERROR, PyStr.of(enc), PyStr.of(s),
                PyInt.of(pos), PyInt.of(pos + 1), PyStr.of(reason));
        return e;
    }

    /** {@code str(obj, encoding, errors)} and {@code bytes.decode}. */
    static PyStr decode(PyObject obj, PyObject encoding, PyObject errors) {
        byte[] data = PyBytes.bytesLike(obj, "decode");
        String enc = encoding == null ? "utf-8" : Protocols.strArg(encoding, "encoding", "str");
        String err = errors == null ? "strict" : Protocols.strArg(errors, "errors", "str");
        return PyStr.of(decode(data, enc, err));
    }

    public static String decode(byte[] data, String encoding, String errors) {
        String enc = normalize(encoding);
        if (enc.equals("utf-8-sig")) {
            // a leading byte order mark is dropped
            boolean bom = data.length >= 3 && (data[0] & 0xff) == 0xef && (data[1] & 0xff) == 0xbb
                    && (data[2] & 0xff) == 0xbf;
            return decode(bom ? java.util.Arrays.copyOfRange(data, 3, data.length) : data, "utf-8", errors);
        }
        if (!enc.equals("utf-8") && !enc.equals("ascii") && !enc.equals("latin-1")) {
            return decodeJava(data, enc, errors);
        }
        StringBuilder sb = new StringBuilder(data.length);
        int i = 0;
        while (i < data.length) {
            int b = data[i] & 0xff;
            if (enc.equals("latin-1")) {
                sb.append((char) b);
                i++;
                continue;
            }
            if (b < 0x80) {
                sb.append((char) b);
                i++;
                continue;
            }
            int len = enc.equals("ascii") ? 0 : utf8Length(data, i);
            if (len > 0) {
                int cp = utf8Decode(data, i, len);
                sb.appendCodePoint(cp);
                i += len;
                continue;
            }
            int bad = enc.equals("ascii") ? 1 : Math.max(1, -len);
            String reason = enc.equals("ascii") ? "ordinal not in range(128)" : utf8Reason(data, i);
            switch (errors) {
                case "ignore": break;
                case "replace": sb.append('\ufffd'); break;
                case "backslashreplace":
                    for (int k = 0; k < bad; k++) {
                        sb.append(String.format("\\x%02x", data[i + k] & 0xff));
                    }
                    break;
                case "surrogateescape":
                    for (int k = 0; k < bad; k++) {
                        sb.append((char) (0xdc00 + (data[i + k] & 0xff)));
                    }
                    break;
                case "strict":
                    throw Errors.withArgs(ExceptionTypes.UNICODE_DECODE_ERROR, PyStr.of(enc), new PyBytes(data),
                            PyInt.of(i), PyInt.of(i + bad), PyStr.of(reason));
                default:
                    throw Errors.lookupError("unknown error handler name '%s'", errors);
            }
            i += bad;
        }
        return sb.toString();
    }

    /** Length of a valid UTF-8 sequence at {@code i}, or minus the number of bytes that are invalid. */
    private static int utf8Length(byte[] d, int i) {
        int b = d[i] & 0xff;
        int len;
        int min;
        if (b >= 0xc2 && b <= 0xdf) {
            len = 2;
            min = 0x80;
        } else if (b >= 0xe0 && b <= 0xef) {
            len = 3;
            min = 0x800;
        } else if (b >= 0xf0 && b <= 0xf4) {
            len = 4;
            min = 0x10000;
        } else {
            return -1;
        }
        int k = 1;
        for (; k < len; k++) {
            if (i + k >= d.length || (d[i + k] & 0xc0) != 0x80) {
                return -k;
            }
            // second-byte range restrictions (overlongs, surrogates, > U+10FFFF)
            if (k == 1) {
                int c = d[i + 1] & 0xff;
                if ((b == 0xe0 && c < 0xa0) || (b == 0xed && c > 0x9f) || (b == 0xf0 && c < 0x90)
                        || (b == 0xf4 && c > 0x8f)) {
                    return -1;
                }
            }
        }
        int cp = utf8Decode(d, i, len);
        return cp < min ? -1 : len;
    }

    private static int utf8Decode(byte[] d, int i, int len) {
        int b = d[i] & 0xff;
        int cp = len == 2 ? b & 0x1f : len == 3 ? b & 0x0f : b & 0x07;
        for (int k = 1; k < len; k++) {
            cp = (cp << 6) | (d[i + k] & 0x3f);
        }
        return cp;
    }

    private static String utf8Reason(byte[] d, int i) {
        int b = d[i] & 0xff;
        if (b < 0xc2 || b > 0xf4) {
            return b >= 0x80 && b < 0xc0 ? "invalid start byte" : "invalid start byte";
        }
        int need = b <= 0xdf ? 2 : b <= 0xef ? 3 : 4;
        if (i + 1 >= d.length || (i + need > d.length && allContinuation(d, i + 1))) {
            return "unexpected end of data";
        }
        return "invalid continuation byte";
    }

    private static boolean allContinuation(byte[] d, int from) {
        for (int k = from; k < d.length; k++) {
            if ((d[k] & 0xc0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * One constant per method and a switch per arity, not a lambda each: each lambda was linked
     * when a program first used the type (~0.25 ms apiece on JDK 17, with class-data sharing).
     */
    private enum Fn implements JavaMethod.M2<PyStr> {
        ENCODE;

        @Override
        public PyObject call(PyStr self, PyObject a, PyObject b) {
            return switch (this) {
                case ENCODE -> new PyBytes(encode(self.value(), Protocols.strArg(a, "encoding", "encode"), Protocols.strArg(b, "errors", "encode")));
            };
        }
    }
}
