package org.hotpy.core.regex;

import java.io.ByteArrayOutputStream;

/**
 * Builds sub's result as CPython's {@code pattern_subx} does with its list of pieces and final
 * join: pieces are counted as list items, and a piece of the wrong type (a bytes replacement for
 * a str subject, an int from a callback...) makes the join fail with CPython's message, naming
 * the first bad item, after all matches have been processed.
 */
final class Joiner {
    private final StringBuilder sb;
    private final ByteArrayOutputStream bytes;
    private int items;
    private int badItem = -1;
    private String badType;

    Joiner(boolean isBytes) {
        this.sb = isBytes ? null : new StringBuilder();
        this.bytes = isBytes ? new ByteArrayOutputStream() : null;
    }

    /** A list item given by the caller: must be String for str, byte[] for bytes. */
    void item(Object piece) {
        if (sb != null && piece instanceof String str) {
            sb.append(str);
        } else if (sb == null && piece instanceof byte[] b) {
            bytes.writeBytes(b);
        } else if (badItem < 0) {
            badItem = items;
            badType = typeName(piece);
        }
        items++;
    }

    /** The list item {@code s[from:to]}. */
    void slice(RegexSubject s, int from, int to) {
        appendSlice(s, from, to);
        items++;
    }

    /** Part of an item being assembled (a template expansion); see {@link #endItem}. */
    void appendSlice(RegexSubject s, int from, int to) {
        if (sb != null) {
            s.appendTo(sb, from, to);
        } else {
            bytes.write((byte[]) s.value(), from, to - from);
        }
    }

    /** Part of an item being assembled, of the right type. */
    void append(Object piece) {
        if (sb != null) {
            sb.append((String) piece);
        } else {
            bytes.writeBytes((byte[]) piece);
        }
    }

    void endItem() {
        items++;
    }

    Object result() {
        if (badItem >= 0) {
            throw RegexUsageException.typeError(mismatch(sb == null, badItem, badType));
        }
        return sb != null ? sb.toString() : bytes.toByteArray();
    }

    /** The TypeError of {@code str.join} / {@code bytes.join} for item {@code index}. */
    static String mismatch(boolean bytesJoin, int index, String found) {
        return "sequence item " + index + ": expected "
            + (bytesJoin ? "a bytes-like object" : "str instance") + ", " + found + " found";
    }

    /**
     * The Python type name of a value a callback returned. Values are expected to be converted
     * to String or byte[] by the caller; other objects are named after their class, with the
     * {@code Py} prefix of HotPy's object classes removed (PyInt is "int").
     */
    static String typeName(Object o) {
        if (o instanceof String) {
            return "str";
        }
        if (o instanceof byte[]) {
            return "bytes";
        }
        if (o instanceof Integer || o instanceof Long || o instanceof java.math.BigInteger) {
            return "int";
        }
        if (o instanceof Double) {
            return "float";
        }
        if (o instanceof Boolean) {
            return "bool";
        }
        String name = o.getClass().getSimpleName();
        if (name.equals("PyBigInt")) {
            return "int";
        }
        if (name.length() > 2 && name.startsWith("Py") && Character.isUpperCase(name.charAt(2))) {
            return name.substring(2).toLowerCase(java.util.Locale.ROOT);
        }
        return name;
    }
}
