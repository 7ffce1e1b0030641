package org.hotpy.core.lexer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import org.hotpy.core.parser.SyntaxErrorException;

/**
 * Turns the bytes of a source file into text as CPython's tokenizer does: a UTF-8 byte order
 * mark, a PEP 263 coding cookie on line 1 (or on line 2 when line 1 is blank or a comment),
 * UTF-8 by default, and CPython's SyntaxError messages when that fails.
 */
public final class SourceDecoder {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SourceDecoder() {
    }

    /** The text of {@code data}, read from {@code filename} (used in messages). */
    public static String decode(byte[] data, String filename) {
        boolean bom = data.length >= 3 && data[0] == BOM[0] && data[1] == BOM[1] && data[2] == BOM[2];
        int start = bom ? 3 : 0;
        String cookie = findCookie(data, start);
        String encoding = cookie == null ? "utf-8" : normalName(cookie);
        if (bom && !encoding.equals("utf-8")) {
            throw error("encoding problem: " + encoding + " with BOM", filename);
        }
        Charset cs = charset(encoding, filename);
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer out = dec.decode(ByteBuffer.wrap(data, start, data.length - start));
            return out.toString();
        } catch (CharacterCodingException e) {
            if (cookie != null) {
                throw error("encoding problem: " + encoding, filename);
            }
            throw nonUtf8(data, start, filename);
        }
    }

    private static Charset charset(String encoding, String filename) {
        if (encoding.equals("utf-8")) {
            return StandardCharsets.UTF_8;
        }
        if (encoding.equals("iso-8859-1")) {
            return StandardCharsets.ISO_8859_1;
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw error("encoding problem: " + encoding, filename);
        }
    }

    /** CPython's get_normal_name: the spellings of utf-8 and latin-1 it recognises itself. */
    static String normalName(String name) {
        String s = name.length() > 12 ? name.substring(0, 12) : name;
        s = s.toLowerCase(Locale.ROOT).replace('_', '-');
        if (s.equals("utf-8") || s.startsWith("utf-8-")) {
            return "utf-8";
        }
        for (String latin : new String[] {"latin-1", "iso-8859-1", "iso-latin-1"}) {
            if (s.equals(latin) || s.startsWith(latin + "-")) {
                return "iso-8859-1";
            }
        }
        return name;
    }

    /** The PEP 263 cookie of line 1, or of line 2 when line 1 is blank or a comment; or null. */
    static String findCookie(byte[] data, int start) {
        int end1 = lineEnd(data, start);
        String c = cookieOf(data, start, end1);
        if (c != null || end1 >= data.length) {
            return c;
        }
        if (!blankOrComment(data, start, end1)) {
            return null;
        }
        int start2 = end1 + 1;
        return cookieOf(data, start2, lineEnd(data, start2));
    }

    private static int lineEnd(byte[] data, int i) {
        while (i < data.length && data[i] != '\n' && data[i] != '\r') {
            i++;
        }
        return i;
    }

    private static boolean blankOrComment(byte[] data, int s, int e) {
        int i = skipBlanks(data, s, e);
        return i == e || data[i] == '#';
    }

    private static int skipBlanks(byte[] data, int i, int e) {
        while (i < e && (data[i] == ' ' || data[i] == '\t' || data[i] == '\f')) {
            i++;
        }
        return i;
    }

    /** Matches {@code ^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)} on one line. */
    private static String cookieOf(byte[] data, int s, int e) {
        int i = skipBlanks(data, s, e);
        if (i >= e || data[i] != '#') {
            return null;
        }
        String line = new String(data, i, e - i, StandardCharsets.ISO_8859_1);
        int at = line.indexOf("coding");
        while (at >= 0) {
            int j = at + 6;
            if (j < line.length() && (line.charAt(j) == ':' || line.charAt(j) == '=')) {
                j++;
                while (j < line.length() && (line.charAt(j) == ' ' || line.charAt(j) == '\t')) {
                    j++;
                }
                int k = j;
                while (k < line.length() && isNameChar(line.charAt(k))) {
                    k++;
                }
                if (k > j) {
                    return line.substring(j, k);
                }
            }
            at = line.indexOf("coding", at + 1);
        }
        return null;
    }

    private static boolean isNameChar(char c) {
        return c == '-' || c == '.' || c == '_' || c < 128 && Character.isLetterOrDigit(c);
    }

    private static SyntaxErrorException nonUtf8(byte[] data, int start, String filename) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data, start, data.length - start);
        dec.decode(in, CharBuffer.allocate(data.length - start + 1), true);
        int bad = Math.min(in.position(), data.length - 1);
        int line = 1;
        for (int i = start; i < bad; i++) {
            if (data[i] == '\n') {
                line++;
            }
        }
        String msg = String.format("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                + "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                data[bad] & 0xff, filename, line);
        return error(msg, filename);
    }

    private static SyntaxErrorException error(String msg, String filename) {
        return new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR, msg, filename, 0, 0,
                0, 0, null, false);
    }
}
