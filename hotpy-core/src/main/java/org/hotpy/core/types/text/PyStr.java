package org.hotpy.core.types.text;

import org.hotpy.core.model.Instance;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Shape;
import org.hotpy.core.types.collection.PyDict;

/**
 * Python {@code str}: an immutable sequence of code points held in a Java {@link String}.
 *
 * <p>Python indexes by code point while Java strings are UTF-16, so the length in code points is
 * cached, and a string known to have no surrogate pairs (the common case) is indexed directly.
 * Strings with supplementary characters are indexed through {@link #charIndex}.
 */
public class PyStr extends PyObject implements Comparable<PyStr> {
    public static final PyType TYPE = PyType.builtin("str", PyType.OBJECT, PyStr.class, TextTypeDefs.STR)
            .withInstantiator(TextTypeDefs.STR);

    private static final PyStr[] ASCII = new PyStr[128];
    public static final PyStr EMPTY = new PyStr("");

    static {
        for (int i = 0; i < ASCII.length; i++) {
            ASCII[i] = new PyStr(String.valueOf((char) i));
        }
    }

    /**
     * The code points. Not final: {@link #equalsSharing} points an equal str at the other's
     * String, the same characters, so only the representation changes (a thread racing with it
     * reads one String or the other, each complete: String's own fields are final).
     */
    private String value;
    private int hash;          // 0 = not computed yet
    /**
     * The length in code points and whether any char is a surrogate, in one int so a str stays
     * 24 bytes: -1 = not computed yet; n >= 0 = n code points, no surrogate; n <= -2 = -2 - n code
     * points, some surrogate (a string with a surrogate is UTF-16 inside, so shorter than 2^30).
     */
    private int cpInfo = -1;

    protected PyStr(String value) {
        this.value = value;
    }

    /** The str for a Java string; one-character ASCII strings are shared. */
    public static PyStr of(String s) {
        int n = s.length();
        if (n == 1) {
            char c = s.charAt(0);
            if (c < 128) {
                return ASCII[c];
            }
        } else if (n == 0) {
            return EMPTY;
        }
        return new PyStr(s);
    }

    /** The one-code-point string for {@code cp}. */
    public static PyStr ofCodePoint(int cp) {
        if (cp < 128) {
            return ASCII[cp];
        }
        return new PyStr(new String(Character.toChars(cp)));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public String value() {
        return value;
    }

    /** Length in code points ({@code len(s)}). */
    public int length() {
        int n = info();
        return n >= 0 ? n : -2 - n;
    }

    /** Whether no char is a surrogate, so Java's UTF-16 order is the code-point order. */
    public boolean surrogateFree() {
        return info() >= 0;
    }

    private int info() {
        int n = cpInfo;
        if (n == -1) {
            n = cpInfo = scan(value);
        }
        return n;
    }

    private static int scan(String s) {
        int len = s.length();
        for (int i = 0; i < len; i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return -2 - s.codePointCount(0, len);
            }
        }
        return len;
    }

    /** Whether every code point is a single char, so code-point and char indices agree. */
    public boolean isBmp() {
        return length() == value.length();
    }

    /** The char index of code point {@code i} (0 ≤ i ≤ length). */
    public int charIndex(int i) {
        return isBmp() ? i : value.offsetByCodePoints(0, i);
    }

    /** The code point at code-point index {@code i}. */
    public int codePointAt(int i) {
        return isBmp() ? value.charAt(i) : value.codePointAt(value.offsetByCodePoints(0, i));
    }

    /** Code points {@code [start, end)} as a str. */
    public PyStr substring(int start, int end) {
        if (isBmp()) {
            return of(value.substring(start, end));
        }
        int s = value.offsetByCodePoints(0, start);
        int e = value.offsetByCodePoints(s, end - start);
        return of(value.substring(s, e));
    }

    /** Java's String hash, cached; Python's {@code hash(str)} is derived from it in StrMethods. */
    public int javaHash() {
        int h = hash;
        if (h == 0) {
            h = value.hashCode();
            if (h == 0) {
                h = 1;
            }
            hash = h;
        }
        return h;
    }

    /** Python's {@code hash(s)}: derived from the Java hash, never -1. */
    public long pyHash() {
        int h = javaHash();
        return h == -1 ? -2 : h;
    }

    /** The same hash as {@link #pyHash()} for a Java string, without making a PyStr. */
    public static long hashOfString(String s) {
        int h = s.hashCode();
        if (h == 0) {
            h = 1;
        }
        return h == -1 ? -2 : h;
    }

    /**
     * Code-point order. Java's {@code String.compareTo} (an intrinsic) orders by UTF-16 unit,
     * which is the same order unless a surrogate meets a char at or above U+DC00 at the first
     * difference, so it is used when neither string has a surrogate.
     */
    @Override
    public int compareTo(PyStr o) {
        if (surrogateFree() && o.surrogateFree()) {
            return value.compareTo(o.value);
        }
        return StrMethods.compareCodePoints(value, o.value);
    }

    /**
     * Value equality with {@code stored}, a str kept in a container (a dict key), which on success
     * this str then shares the String of. Text split or sliced afresh makes equal strs that are
     * not the same object, and a dict of them (words counted, pairs of words as keys) compares each
     * new one with its stored twin: PyStr, String and byte[] on each side. Once this str holds the
     * stored String, a later comparison with a key holding it (the stored key again, or a tuple
     * key made of strs shared the same way) stops at {@code String.equals}'s identity test
     * without reading the characters, often cold in a large dict. Exact strs only (the caller
     * checks): a subclass may read the value its own way, though it could not tell either.
     */
    public boolean equalsSharing(PyStr stored) {
        String a = value;
        String b = stored.value;
        if (a == b) {
            return true;
        }
        if (!a.equals(b)) {
            return false;
        }
        value = b;
        return true;
    }

    /** Value equality for exact or derived strs (Java {@code equals} stays identity-based). */
    public boolean sameValue(PyStr o) {
        return this == o || value.equals(o.value);
    }

    @Override
    public String toString() {
        return value;
    }

    /** An instance of a Python subclass of str. */
    public static final class Derived extends PyStr implements Instance {
        private PyType type;
        private Shape shape;
        private PyObject[] values;
        private PyDict dict;

        public Derived(PyType type, String value) {
            super(value);
            this.type = type;
            this.shape = type.rootShape();
            this.values = new PyObject[type.expectedCapacity()];
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public void setType(PyType type) {
            this.type = type;
        }

        @Override
        public Shape shape() {
            return shape;
        }

        @Override
        public void setShape(Shape shape) {
            this.shape = shape;
        }

        @Override
        public PyObject[] values() {
            return values;
        }

        @Override
        public void setValues(PyObject[] values) {
            this.values = values;
        }

        @Override
        public PyDict dict() {
            return dict;
        }

        @Override
        public void setDict(PyDict dict) {
            this.dict = dict;
        }
    }
}
