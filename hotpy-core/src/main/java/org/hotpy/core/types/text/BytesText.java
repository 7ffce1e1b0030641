package org.hotpy.core.types.text;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.function.PyBuiltinFunction;
import org.hotpy.core.types.function.PyStaticMethod;
import org.hotpy.core.types.number.PyBool;

/**
 * The bytes and bytearray methods whose rules are ASCII-only and so cannot borrow str's
 * (character classes, whitespace splitting and stripping, line boundaries), and the
 * translation pair {@code maketrans}/{@code translate}. CPython's bytes_methods.c is the model:
 * bytes 0x80-0xff are never letters, digits or whitespace.
 */
final class BytesText {
    private BytesText() {}

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    private static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    interface BytePredicate {
        boolean test(int c);
    }

    private static PyBool all(byte[] d, BytePredicate p) {
        if (d.length == 0) {
            return PyBool.FALSE;
        }
        for (byte b : d) {
            if (!p.test(b & 0xff)) {
                return PyBool.FALSE;
            }
        }
        return PyBool.TRUE;
    }

    /** Cased predicates: some cased byte, and none of the other case. */
    private static PyBool cased(byte[] d, boolean upper) {
        boolean any = false;
        for (byte b : d) {
            int c = b & 0xff;
            if (upper ? isLower(c) : isUpper(c)) {
                return PyBool.FALSE;
            }
            any |= upper ? isUpper(c) : isLower(c);
        }
        return PyBool.of(any);
    }

    private static PyBool title(byte[] d) {
        boolean cased = false;
        boolean previousCased = false;
        for (byte b : d) {
            int c = b & 0xff;
            if (isUpper(c)) {
                if (previousCased) {
                    return PyBool.FALSE;
                }
                previousCased = cased = true;
            } else if (isLower(c)) {
                if (!previousCased) {
                    return PyBool.FALSE;
                }
                previousCased = cased = true;
            } else {
                previousCased = false;
            }
        }
        return PyBool.of(cased);
    }

    static void define(TypeDef t, java.util.function.Function<PyObject, byte[]> data,
                       java.util.function.BiFunction<PyObject, byte[], PyObject> make) {
        t.method0("isalpha", (PyObject s) -> all(data.apply(s), c -> isUpper(c) || isLower(c)));
        t.method0("isdigit", (PyObject s) -> all(data.apply(s), BytesText::isDigit));
        t.method0("isalnum", (PyObject s) -> all(data.apply(s), c -> isUpper(c) || isLower(c) || isDigit(c)));
        t.method0("isspace", (PyObject s) -> all(data.apply(s), BytesText::isSpace));
        t.method0("isupper", (PyObject s) -> cased(data.apply(s), true));
        t.method0("islower", (PyObject s) -> cased(data.apply(s), false));
        t.method0("istitle", (PyObject s) -> title(data.apply(s)));
        t.method1("splitlines", "keepends=False", (PyObject s, PyObject k) -> splitlines(data.apply(s),
                Protocols.isTrue(k), make, s));
        PyObject maketrans = new PyStaticMethod(PyBuiltinFunction.of("maketrans", "frm, to, /", a -> {
            byte[] from = PyBytes.bytesLike(a[0], "maketrans");
            byte[] to = PyBytes.bytesLike(a[1], "maketrans");
            if (from.length != to.length) {
                throw Errors.valueError("maketrans arguments must have same length");
            }
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++) {
                table[i] = (byte) i;
            }
            for (int i = 0; i < from.length; i++) {
                table[from[i] & 0xff] = to[i];
            }
            return new PyBytes(table);
        }));
        t.constant("maketrans", maketrans);
        t.method2("translate", "table, /, delete=?", (PyObject s, PyObject table, PyObject delete) ->
                make.apply(s, translate(data.apply(s), table, delete)));
    }

    static byte[] translate(byte[] d, PyObject table, PyObject delete) {
        byte[] map = null;
        if (table != PyNone.NONE) {
            map = PyBytes.bytesLike(table, "translate");
            if (map.length != 256) {
                throw Errors.valueError("translation table must be 256 characters long");
            }
        }
        boolean[] drop = new boolean[256];
        if (delete != null && !(delete instanceof PyBytes b && b.size() == 0)) {
            for (byte b : PyBytes.bytesLike(delete, "translate")) {
                drop[b & 0xff] = true;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(d.length);
        for (byte b : d) {
            int c = b & 0xff;
            if (!drop[c]) {
                out.write(map == null ? c : map[c]);
            }
        }
        return out.toByteArray();
    }

    private static PyObject splitlines(byte[] d, boolean keepends,
                                       java.util.function.BiFunction<PyObject, byte[], PyObject> make, PyObject self) {
        List<PyObject> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < d.length) {
            int c = d[i];
            if (c == '\n' || c == '\r') {
                int eol = i + (c == '\r' && i + 1 < d.length && d[i + 1] == '\n' ? 2 : 1);
                lines.add(make.apply(self, Arrays.copyOfRange(d, start, keepends ? eol : i)));
                start = i = eol;
            } else {
                i++;
            }
        }
        if (start < d.length) {
            lines.add(make.apply(self, Arrays.copyOfRange(d, start, d.length)));
        }
        return PyList.wrap(lines.toArray(new PyObject[0]));
    }

    /** Whether a split/strip call uses the default (whitespace) separator. */
    static boolean whitespaceForm(String name, PyObject[] args) {
        return args.length == 0 || args[0] == PyNone.NONE;
    }

    /** strip/lstrip/rstrip of ASCII whitespace. */
    static byte[] stripSpace(byte[] d, String name) {
        int from = 0;
        int to = d.length;
        if (!name.equals("rstrip")) {
            while (from < to && isSpace(d[from] & 0xff)) {
                from++;
            }
        }
        if (!name.equals("lstrip")) {
            while (to > from && isSpace(d[to - 1] & 0xff)) {
                to--;
            }
        }
        return Arrays.copyOfRange(d, from, to);
    }

    /** split/rsplit on runs of ASCII whitespace, at most {@code maxsplit} times (negative: no limit). */
    static List<byte[]> splitSpace(byte[] d, long maxsplit, boolean fromRight) {
        List<byte[]> out = new ArrayList<>();
        if (!fromRight) {
            int i = 0;
            while (true) {
                while (i < d.length && isSpace(d[i] & 0xff)) {
                    i++;
                }
                if (i == d.length) {
                    break;
                }
                if (maxsplit >= 0 && out.size() == maxsplit) {
                    int end = d.length;
                    while (end > i && isSpace(d[end - 1] & 0xff)) {
                        end--;
                    }
                    out.add(Arrays.copyOfRange(d, i, end));
                    break;
                }
                int j = i;
                while (j < d.length && !isSpace(d[j] & 0xff)) {
                    j++;
                }
                out.add(Arrays.copyOfRange(d, i, j));
                i = j;
            }
            return out;
        }
        int i = d.length;
        while (true) {
            while (i > 0 && isSpace(d[i - 1] & 0xff)) {
                i--;
            }
            if (i == 0) {
                break;
            }
            if (maxsplit >= 0 && out.size() == maxsplit) {
                int start = 0;
                while (start < i && isSpace(d[start] & 0xff)) {
                    start++;
                }
                out.add(0, Arrays.copyOfRange(d, start, i));
                break;
            }
            int j = i;
            while (j > 0 && !isSpace(d[j - 1] & 0xff)) {
                j--;
            }
            out.add(0, Arrays.copyOfRange(d, j, i));
            i = j;
        }
        return out;
    }
}
