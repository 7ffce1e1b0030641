package org.hotpy.core.types.text;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.JavaMethod;
import org.hotpy.core.model.PyNotImplemented;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Slot;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Iteration;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyIterator;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.collection.PySlice;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.number.IntMath;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;

/**
 * The methods shared by {@code bytes} and {@code bytearray} (read-only operations on a byte
 * array and a length), plus bytearray's mutators.
 */
final class BytesMethods {
    private BytesMethods() {}

    private static final PyObject NI = PyNotImplemented.INSTANCE;

    private static byte[] data(PyObject o) {
        return o instanceof PyBytes b ? b.data : o instanceof PyByteArray a ? a.buf : ((PyMemoryView) o).toBytes();
    }

    private static int len(PyObject o) {
        return o instanceof PyBytes b ? b.data.length : o instanceof PyByteArray a ? a.size : data(o).length;
    }

    private static byte[] copy(PyObject o) {
        return Arrays.copyOf(data(o), len(o));
    }

    /** Makes a result of the same kind as {@code self} (bytes for bytes, bytearray for bytearray). */
    private static PyObject make(PyObject self, byte[] d) {
        return self instanceof PyByteArray ? new PyByteArray(d) : new PyBytes(d);
    }

    static void defineBytes(TypeDef t) {
        t.newMethod("source=?, encoding=?, errors=?", Fn.NEW);
        t.method0("__repr__", Fn.REPR);
        t.method0("__hash__", Fn.HASH);
        defineCommon(t);
        t.classMethod("fromhex", "string, /", Fn.FROMHEX);
        t.method0("__bytes__", Fn.BYTES);
        t.method0("__getnewargs__", Fn.GETNEWARGS);
    }

    static void defineByteArray(TypeDef t) {
        t.newMethod("*args, **kwargs", Fn.NEW_BYTEARRAY);
        t.methodN("__init__", "source=?, encoding=?, errors=?", Fn.INIT);
        t.method0("__repr__", Fn.BYTEARRAY_REPR);
        t.unhashable();
        defineCommon(t);
        t.method1("append", "item, /", Fn.APPEND);
        t.method1("extend", "iterable_of_ints, /", Fn.EXTEND);
        t.method1("pop", "index=-1, /", Fn.POP);
        t.method0("clear", Fn.CLEAR);
        t.method0("copy", Fn.COPY);
        t.method0("reverse", Fn.REVERSE);
        t.method2("__setitem__", "index, value, /", Fn.SETITEM);
        t.method1("__delitem__", "key, /", Fn.DELITEM);
        t.method2("insert", "index, item, /", Fn.INSERT);
        t.method1("remove", "value, /", Fn.REMOVE);
        t.classMethod("fromhex", "string, /", Fn.BYTEARRAY_FROMHEX);
        t.method0("__alloc__", Fn.ALLOC);
        t.binary("__imul__", Fn.IMUL);
        t.binary("__iadd__", Fn.IADD);
    }

    private static void defineCommon(TypeDef t) {
        t.method0("__len__", Fn.LEN);
        t.method1("__getitem__", "key, /", Fn.GETITEM);
        t.method0("__iter__", Fn.ITER);
        t.method1("__contains__", "key, /", Fn.CONTAINS);
        t.binary("__add__", Fn.ADD);
        t.binary("__mul__", Fn.MUL);
        t.binary("__mod__", Fn.MOD);
        t.binary("__rmod__", Fn.RMOD);
        t.binary("__rmul__", Fn.RMUL);
        t.binary("__eq__", Fn.EQ);
        t.binary("__ne__", Fn.NE);
        t.binary("__lt__", Fn.LT);
        t.binary("__le__", Fn.LE);
        t.binary("__gt__", Fn.GT);
        t.binary("__ge__", Fn.GE);
        t.method2("decode", "encoding='utf-8', errors='strict'", Fn.DECODE);
        t.method2("hex", "sep=?, bytes_per_sep=1", Fn.HEX);
        t.method1("join", "iterable_of_bytes, /", Fn.JOIN);
        defineViaStr(t);
    }

    /**
     * Text-like operations implemented by viewing the bytes as Latin-1 text, which maps each byte
     * to the char of the same value and back, so str's algorithms give byte-exact results.
     */
    private static void defineViaStr(TypeDef t) {
        // CPython's signatures, so that argument errors are bytes' own ("bytes.partition() takes
        // exactly one argument"); the find family parses with PyArg_ParseTuple
        String[][] sigs = {{"replace", "old, new, count=?, /"}, {"partition", "sep, /"},
            {"rpartition", "sep, /"}, {"center", "width, fillchar=?, /"}, {"ljust", "width, fillchar=?, /"},
            {"rjust", "width, fillchar=?, /"}, {"zfill", "width, /"}, {"removeprefix", "prefix, /"},
            {"removesuffix", "suffix, /"}};
        for (String[] ns : sigs) {
            t.methodN(ns[0], ns[1], (PyObject s, PyObject[] a) -> viaStr(s, ns[0], given(a)));
        }
        TypeDef parseTuple = t.parseTupleErrors();
        for (String name : new String[] {"find", "rfind", "count", "startswith", "endswith"}) {
            parseTuple.methodN(name, "sub, start=?, end=?, /", (PyObject s, PyObject[] a) -> viaStr(s, name, given(a)));
        }
        // these take no arguments ("bytes.upper() takes no arguments (1 given)")
        for (String name : new String[] {"upper", "lower", "title", "capitalize", "swapcase", "isascii"}) {
            t.method0(name, (PyObject s) -> viaStr(s, name, PyTuple.EMPTY));
        }
        // bytes.index says "subsection", where str.index says "substring".
        for (String name : new String[] {"index", "rindex"}) {
            String find = name.equals("index") ? "find" : "rfind";
            parseTuple.methodN(name, "sub, start=?, end=?, /", (PyObject s, PyObject[] a) -> {
                PyObject at = viaStr(s, find, given(a));
                if (at instanceof PyInt i && i.value < 0) {
                    throw Errors.valueError("subsection not found");
                }
                return at;
            });
        }
        BytesText.define(t, BytesMethods::copy, BytesMethods::make);
        // Without a separator these split and strip ASCII whitespace only, unlike str's.
        for (String name : new String[] {"split", "rsplit"}) {
            t.method2(name, "sep=None, maxsplit=-1", (PyObject s, PyObject sep, PyObject max) -> {
                if (sep != org.hotpy.core.model.PyNone.NONE) {
                    return viaStr(s, name, PyTuple.of(sep, max));
                }
                long n = Protocols.asIndexLong(max, "maxsplit too large");
                java.util.List<byte[]> parts = BytesText.splitSpace(copy(s), n, name.equals("rsplit"));
                PyObject[] items = new PyObject[parts.size()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = make(s, parts.get(i));
                }
                return PyList.wrap(items);
            });
        }
        for (String name : new String[] {"strip", "lstrip", "rstrip"}) {
            t.method1(name, "bytes=None, /", (PyObject s, PyObject chars) -> chars == org.hotpy.core.model.PyNone.NONE
                    ? make(s, BytesText.stripSpace(copy(s), name)) : viaStr(s, name, PyTuple.of(chars)));
        }
        t.method1("expandtabs", "tabsize=8", Fn.EXPANDTABS);
    }

    /** The arguments passed: a bound list whose optional ("?") parameters left out are null. */
    private static PyTuple given(PyObject[] bound) {
        int n = 0;
        while (n < bound.length && bound[n] != null) {
            n++;
        }
        return n == bound.length ? PyTuple.of(bound) : PyTuple.of(Arrays.copyOf(bound, n));
    }

    private static PyObject viaStr(PyObject self, String name, PyTuple args) {
        PyObject[] sargs = new PyObject[args.size()];
        for (int i = 0; i < sargs.length; i++) {
            PyObject a = args.get(i);
            if (isBytes(a)) {
                sargs[i] = PyStr.of(new String(PyBytes.bytesLike(a, name), java.nio.charset.StandardCharsets.ISO_8859_1));
            } else if (a instanceof PyTuple tup && (name.equals("startswith") || name.equals("endswith"))) {
                PyObject[] items = new PyObject[tup.size()];
                for (int k = 0; k < items.length; k++) {
                    items[k] = PyStr.of(new String(PyBytes.bytesLike(tup.get(k), name),
                            java.nio.charset.StandardCharsets.ISO_8859_1));
                }
                sargs[i] = PyTuple.of(items);
            } else if (a instanceof PyStr && !name.equals("center") && !name.equals("ljust") && !name.equals("rjust")) {
                throw Errors.typeError("a bytes-like object is required, not 'str'");
            } else {
                sargs[i] = a;
            }
        }
        PyStr text = PyStr.of(new String(copy(self), java.nio.charset.StandardCharsets.ISO_8859_1));
        if (name.equals("upper") || name.equals("lower") || name.equals("swapcase") || name.equals("title")
                || name.equals("capitalize")) {
            return make(self, asciiCase(copy(self), name));
        }
        PyObject r = org.hotpy.core.ops.Call.callMethod(text, name, sargs);
        return back(self, r);
    }

    private static PyObject back(PyObject self, PyObject r) {
        if (r instanceof PyStr s) {
            return make(self, s.value().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        if (r instanceof PyList l) {
            PyObject[] items = l.toArray();
            for (int i = 0; i < items.length; i++) {
                items[i] = back(self, items[i]);
            }
            return PyList.wrap(items);
        }
        if (r instanceof PyTuple tup) {
            PyObject[] items = tup.toArray();
            for (int i = 0; i < items.length; i++) {
                items[i] = back(self, items[i]);
            }
            return PyTuple.of(items);
        }
        return r;
    }

    /** bytes case mapping touches ASCII letters only. */
    private static byte[] asciiCase(byte[] d, String how) {
        boolean prevCased = false;
        for (int i = 0; i < d.length; i++) {
            int c = d[i] & 0xff;
            boolean upper = c >= 'A' && c <= 'Z';
            boolean lower = c >= 'a' && c <= 'z';
            switch (how) {
                case "upper": if (lower) { c -= 32; } break;
                case "lower": if (upper) { c += 32; } break;
                case "swapcase": if (upper) { c += 32; } else if (lower) { c -= 32; } break;
                case "capitalize":
                    if (i == 0 && lower) {
                        c -= 32;
                    } else if (i > 0 && upper) {
                        c += 32;
                    }
                    break;
                default: // title
                    if (prevCased && upper) {
                        c += 32;
                    } else if (!prevCased && lower) {
                        c -= 32;
                    }
                    break;
            }
            prevCased = upper || lower;
            d[i] = (byte) c;
        }
        return d;
    }

    private static boolean isBytes(PyObject o) {
        return o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyMemoryView;
    }

    static int compare(PyObject a, PyObject b) {
        return Arrays.compareUnsigned(data(a), 0, len(a), data(b), 0, len(b));
    }

    private static boolean contains(PyObject s, PyObject k) {
        byte[] d = copy(s);
        if (IntMath.isInt(k)) {
            int v = byteValue(k);
            for (byte b : d) {
                if ((b & 0xff) == v) {
                    return true;
                }
            }
            return false;
        }
        byte[] sub = PyBytes.bytesLike(k, "in");
        String hay = new String(d, java.nio.charset.StandardCharsets.ISO_8859_1);
        return hay.contains(new String(sub, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    private static final String BYTE_RANGE = "byte must be in range(0, 256)";

    static int byteValue(PyObject v) {
        return byteValue(v, BYTE_RANGE);
    }

    /** CPython says "bytes must be…" from the bytes() constructor and "byte must be…" elsewhere. */
    static int byteValue(PyObject v, String rangeMessage) {
        if (!IntMath.isInt(v) && v.type().lookup(Slot.INDEX) == null) {
            throw Errors.typeError("'%s' object cannot be interpreted as an integer", v.type().tpName());
        }
        long x = Protocols.asIndexClamped(v);
        if (x < 0 || x > 255) {
            throw Errors.valueError(rangeMessage);
        }
        return (int) x;
    }

    private static int normIndex(long i, int n, String message) {
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.indexError(message);
        }
        return (int) i;
    }

    private static PyObject getItem(PyObject s, PyObject key) {
        int n = len(s);
        byte[] d = data(s);
        if (key instanceof PySlice sl) {
            PySlice.Indices ix = sl.indices(n);
            byte[] r = new byte[Math.max(0, ix.length())];
            for (int k = 0, i = ix.start(); k < r.length; k++, i += ix.step()) {
                r[k] = d[i];
            }
            return make(s, r);
        }
        if (!IntMath.isInt(key) && key.type().lookup(Slot.INDEX) == null) {
            throw Errors.typeError("byte indices must be integers or slices, not %s", key.type().tpName());
        }
        String what = s instanceof PyByteArray ? "bytearray" : "index";
        return PyInt.of(d[normIndex(Protocols.asIndexClamped(key), n, what + " out of range")] & 0xff);
    }

    private static PyObject repeat(PyObject s, PyObject n) {
        if (!IntMath.isInt(n) && n.type().lookup(Slot.INDEX) == null) {
            return NI;
        }
        long count = Protocols.asIndexLong(n, "cannot fit 'int' into an index-sized integer");
        byte[] d = copy(s);
        if (count <= 0) {
            return make(s, new byte[0]);
        }
        org.hotpy.core.ops.Limits.checkSize(count * d.length);
        byte[] r = new byte[(int) (count * d.length)];
        for (int i = 0; i < count; i++) {
            System.arraycopy(d, 0, r, i * d.length, d.length);
        }
        return make(s, r);
    }

    /** {@code bytes(x)} / {@code bytearray(x)} from an int, a buffer, an iterable of ints or a str. */
    static byte[] construct(PyObject source, PyObject encoding, PyObject errors, String rangeMessage) {
        if (source == null) {
            if (encoding != null || errors != null) {
                throw Errors.typeError(encoding != null ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            return new byte[0];
        }
        if (source instanceof PyStr s) {
            if (encoding == null) {
                throw Errors.typeError("string argument without an encoding");
            }
            return StrCodecs.encode(s.value(), Protocols.strArg(encoding, "encoding", "bytes"),
                    errors == null ? "strict" : Protocols.strArg(errors, "errors", "bytes"));
        }
        if (encoding != null || errors != null) {
            throw Errors.typeError(encoding != null ? "encoding without a string argument"
                    : "errors without a string argument");
        }
        if (isBytes(source)) {
            return PyBytes.bytesLike(source, "bytes").clone();
        }
        if (IntMath.isInt(source) || source.type().lookup(Slot.INDEX) != null && !(source instanceof PyList)) {
            long n = Protocols.asIndexLong(source, "cannot fit 'int' into an index-sized integer");
            if (n < 0) {
                throw Errors.valueError("negative count");
            }
            org.hotpy.core.ops.Limits.checkSize(n);
            return new byte[(int) n];
        }
        if (source.type().lookup(Slot.ITER) == null && source.type().lookup(Slot.GETITEM) == null) {
            throw Errors.typeError("cannot convert '%s' object to bytes", source.type().tpName());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Iteration.forEach(source, item -> out.write(byteValue(item, rangeMessage)));
        return out.toByteArray();
    }

    static String repr(byte[] d, int n, String prefix) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int i = 0; i < n; i++) {
            hasSingle |= d[i] == '\'';
            hasDouble |= d[i] == '"';
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(prefix).append(q);
        for (int i = 0; i < n; i++) {
            int c = d[i] & 0xff;
            if (c == q || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(q).toString();
    }

    static String hex(byte[] d) {
        StringBuilder sb = new StringBuilder(d.length * 2);
        for (byte b : d) {
            sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return sb.toString();
    }

    /** {@code bytes.hex(sep, bytes_per_sep)}: groups counted from the right (positive) or left (negative). */
    static String hexWithSep(byte[] d, PyObject sepObj, int per) {
        String sep = sepObj instanceof PyStr ps ? ps.value()
                : new String(PyBytes.bytesLike(sepObj, "hex"), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (sep.length() != 1) {
            throw Errors.valueError("sep must be length 1.");
        }
        if (per == 0 || d.length == 0) {
            return hex(d);
        }
        int group = Math.abs(per);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < d.length; i++) {
            boolean boundary = per > 0 ? i > 0 && (d.length - i) % group == 0 : i > 0 && i % group == 0;
            if (boundary) {
                sb.append(sep);
            }
            sb.append(Character.forDigit((d[i] >> 4) & 0xf, 16)).append(Character.forDigit(d[i] & 0xf, 16));
        }
        return sb.toString();
    }

    static byte[] fromHex(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (StrCase.isSpace(c)) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            int lo = i + 1 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (hi < 0 || c > 127) {
                throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position %d", i);
            }
            if (lo < 0 || s.charAt(i + 1) > 127) {
                throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position %d", i + 1);
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }

    /** Iterator over the ints of a byte string. */
    static final class BytesIterator extends PyIterator {
        static final PyType TYPE = PyType.builtin("bytes_iterator", PyType.OBJECT, BytesIterator.class,
                TextTypeDefs.BYTES_ITERATOR).notSubclassable();
        private final byte[] d;
        private int i;

        BytesIterator(byte[] d) {
            this.d = d;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject next() {
            return i < d.length ? PyInt.of(d[i++] & 0xff) : null;
        }

        @Override
        public int lengthHint() {
            return d.length - i;
        }
    }

    private static PyObject newBytes(PyType cls, PyObject[] a) {
        byte[] d = construct(a[0], a[1], a[2], "bytes must be in range(0, 256)");
        if (cls == PyBytes.TYPE) {
            return d.length == 0 ? PyBytes.EMPTY : new PyBytes(d);
        }
        return new PyBytes.Derived(cls, d);
    }

    private static PyObject extend(PyByteArray s, PyObject it) {
        for (byte b : construct(it, null, null, BYTE_RANGE)) {
            s.append(b & 0xff);
        }
        return org.hotpy.core.model.PyNone.NONE;
    }

    private static PyObject pop(PyByteArray s, PyObject idx) {
        if (s.size == 0) {
            throw Errors.indexError("pop from empty bytearray");
        }
        int i = normIndex(Protocols.asIndexClamped(idx), s.size, "pop index out of range");
        int v = s.buf[i] & 0xff;
        System.arraycopy(s.buf, i + 1, s.buf, i, s.size - i - 1);
        s.size--;
        return PyInt.of(v);
    }

    private static PyObject reverse(PyByteArray s) {
        for (int i = 0, j = s.size - 1; i < j; i++, j--) {
            byte x = s.buf[i];
            s.buf[i] = s.buf[j];
            s.buf[j] = x;
        }
        return org.hotpy.core.model.PyNone.NONE;
    }

    private static PyObject setitem(PyByteArray s, PyObject k, PyObject v) {
        if (k instanceof PySlice sl) {
            byte[] repl = construct(v, null, null, BYTE_RANGE);
            PySlice.Indices ix = sl.indices(s.size);
            if (ix.step() != 1) {
                throw Errors.notSupported("extended slice assignment on bytearray");
            }
            int start = ix.start();
            int stop = Math.max(start, ix.start() + ix.length());
            byte[] out = new byte[s.size - (stop - start) + repl.length];
            System.arraycopy(s.buf, 0, out, 0, start);
            System.arraycopy(repl, 0, out, start, repl.length);
            System.arraycopy(s.buf, stop, out, start + repl.length, s.size - stop);
            s.setContents(out);
        } else {
            int i = normIndex(Protocols.asIndexClamped(k), s.size, "bytearray index out of range");
            s.buf[i] = (byte) byteValue(v);
        }
        return org.hotpy.core.model.PyNone.NONE;
    }

    private static PyObject delitem(PyByteArray s, PyObject k) {
        byte[] d = s.toArray();
        boolean[] drop = new boolean[d.length];
        if (k instanceof PySlice sl) {
            PySlice.Indices ix = sl.indices(d.length);
            for (int n = 0, i = ix.start(); n < ix.length(); n++, i += ix.step()) {
                drop[i] = true;
            }
        } else {
            drop[normIndex(Protocols.asSequenceIndex(k), d.length, "bytearray index out of range")] = true;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < d.length; i++) {
            if (!drop[i]) {
                out.write(d[i]);
            }
        }
        s.setContents(out.toByteArray());
        return org.hotpy.core.model.PyNone.NONE;
    }

    private static PyObject insert(PyByteArray s, PyObject i, PyObject v) {
        byte[] d = s.toArray();
        long at = Protocols.asIndexClamped(i);
        if (at < 0) {
            at = Math.max(0, at + d.length);
        }
        at = Math.min(at, d.length);
        byte[] r = new byte[d.length + 1];
        System.arraycopy(d, 0, r, 0, (int) at);
        r[(int) at] = (byte) byteValue(v);
        System.arraycopy(d, (int) at, r, (int) at + 1, d.length - (int) at);
        s.setContents(r);
        return org.hotpy.core.model.PyNone.NONE;
    }

    private static PyObject remove(PyByteArray s, PyObject v) {
        int b = byteValue(v);
        byte[] d = s.toArray();
        for (int i = 0; i < d.length; i++) {
            if ((d[i] & 0xff) == b) {
                byte[] r = new byte[d.length - 1];
                System.arraycopy(d, 0, r, 0, i);
                System.arraycopy(d, i + 1, r, i, d.length - i - 1);
                s.setContents(r);
                return org.hotpy.core.model.PyNone.NONE;
            }
        }
        throw Errors.valueError("value not found in bytearray");
    }

    private static PyObject imul(PyByteArray s, PyObject n) {
        PyObject r = repeat(s, n);
        if (r instanceof PyByteArray b) {
            s.setContents(b.toArray());
            return s;
        }
        return r;
    }

    private static PyObject iadd(PyByteArray s, PyObject o) {
        for (byte b : PyBytes.bytesLike(o, "+=")) {
            s.append(b & 0xff);
        }
        return s;
    }

    private static PyObject add(PyObject s, PyObject o) {
        if (!(o instanceof PyBytes) && !(o instanceof PyByteArray)) {
            throw Errors.typeError("can't concat %s to %s", o.type().tpName(), s.type().tpName());
        }
        byte[] a = copy(s);
        byte[] b = PyBytes.bytesLike(o, "+");
        org.hotpy.core.ops.Limits.checkSize((long) a.length + b.length); // embedding hook (issue 5): size cap
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return make(s, r);
    }

    private static PyObject join(PyObject s, PyObject it) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] sep = copy(s);
        int[] k = {0};
        Iteration.forEach(it, item -> {
            if (!isBytes(item)) {
                throw Errors.typeError("sequence item %d: expected a bytes-like object, %s found", k[0],
                        item.type().tpName());
            }
            if (k[0]++ > 0) {
                out.writeBytes(sep);
            }
            out.writeBytes(PyBytes.bytesLike(item, "join"));
        });
        return make(s, out.toByteArray());
    }

    /**
     * One constant per method and a switch per arity, not a lambda each: each lambda was linked
     * when a program first used the type (~0.25 ms apiece on JDK 17, with class-data sharing).
     */
    private enum Fn implements
            JavaMethod.M0<PyObject>, JavaMethod.M1<PyObject>, JavaMethod.M2<PyObject>,
            JavaMethod.MN<PyObject> {
        REPR, HASH, BYTES, GETNEWARGS, BYTEARRAY_REPR, CLEAR, COPY, REVERSE, ALLOC, LEN, ITER, APPEND, EXTEND, POP,
        DELITEM, REMOVE, IMUL, IADD, GETITEM, CONTAINS, ADD, MUL, MOD, RMOD, RMUL, EQ, NE, LT, LE, GT, GE,
        JOIN, EXPANDTABS, SETITEM, INSERT, DECODE, HEX, NEW, FROMHEX, NEW_BYTEARRAY, INIT, BYTEARRAY_FROMHEX;

        @Override
        public PyObject call(PyObject self) {
            return switch (this) {
                case REPR -> PyStr.of(repr(((PyBytes) self).data, ((PyBytes) self).data.length, "b"));
                case HASH -> PyInt.of(((PyBytes) self).cachedHash());
                case BYTES -> ((PyBytes) self).getClass() == PyBytes.class
                        ? ((PyBytes) self)
                        : new PyBytes(((PyBytes) self).data);
                case GETNEWARGS -> PyTuple.of(new PyBytes(((PyBytes) self).data));
                case BYTEARRAY_REPR -> PyStr.of(((PyByteArray) self).type().name() + "(" + repr(((PyByteArray) self).buf, ((PyByteArray) self).size, "b") + ")");
                case CLEAR -> { ((PyByteArray) self).size = 0; yield org.hotpy.core.model.PyNone.NONE; }
                case COPY -> new PyByteArray(((PyByteArray) self).toArray());
                case REVERSE -> reverse(((PyByteArray) self));
                case ALLOC -> PyInt.of(((PyByteArray) self).buf.length + 1);
                case LEN -> PyInt.of(len(self));
                case ITER -> new BytesIterator(copy(self));
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyObject self, PyObject a) {
            return switch (this) {
                case APPEND -> { ((PyByteArray) self).append(byteValue(a)); yield org.hotpy.core.model.PyNone.NONE; }
                case EXTEND -> extend(((PyByteArray) self), a);
                case POP -> pop(((PyByteArray) self), a);
                case DELITEM -> delitem(((PyByteArray) self), a);
                case REMOVE -> remove(((PyByteArray) self), a);
                case IMUL -> imul(((PyByteArray) self), a);
                case IADD -> iadd(((PyByteArray) self), a);
                case GETITEM -> getItem(self, a);
                case CONTAINS -> PyBool.of(contains(self, a));
                case ADD -> add(self, a);
                case MUL -> repeat(self, a);
                case MOD -> make(self, PercentFormat.formatBytes(copy(self), a));
                case RMOD -> NI;
                case RMUL -> repeat(self, a);
                case EQ -> isBytes(a) ? PyBool.of(compare(self, a) == 0) : NI;
                case NE -> isBytes(a) ? PyBool.of(compare(self, a) != 0) : NI;
                case LT -> isBytes(a) ? PyBool.of(compare(self, a) < 0) : NI;
                case LE -> isBytes(a) ? PyBool.of(compare(self, a) <= 0) : NI;
                case GT -> isBytes(a) ? PyBool.of(compare(self, a) > 0) : NI;
                case GE -> isBytes(a) ? PyBool.of(compare(self, a) >= 0) : NI;
                case JOIN -> join(self, a);
                case EXPANDTABS -> viaStr(self, "expandtabs", PyTuple.of(a));
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyObject self, PyObject a, PyObject b) {
            return switch (this) {
                case SETITEM -> setitem(((PyByteArray) self), a, b);
                case INSERT -> insert(((PyByteArray) self), a, b);
                case DECODE -> PyStr.of(StrCodecs.decode(copy(self), Protocols.strArg(a, "encoding", "decode"), Protocols.strArg(b, "errors", "decode")));
                case HEX -> PyStr.of(a == null ? hex(copy(self)) : hexWithSep(copy(self), a, (int) Protocols.asIndexClamped(b)));
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyObject self, PyObject[] args) {
            return switch (this) {
                case NEW -> newBytes(((PyType) self), args);
                case FROMHEX -> {
                    byte[] d = fromHex(Protocols.strArg(args[0], "string", "fromhex"));
                    yield ((PyType) self) == PyBytes.TYPE ? new PyBytes(d) : org.hotpy.core.ops.Call.call(((PyType) self), new PyBytes(d));
                }
                case NEW_BYTEARRAY -> ((PyType) self) == PyByteArray.TYPE
                        ? new PyByteArray(new byte[0])
                        : new PyByteArray.Derived(((PyType) self), new byte[0]);
                case INIT -> {
                    ((PyByteArray) self).setContents(construct(args[0], args[1], args[2], BYTE_RANGE));
                    yield org.hotpy.core.model.PyNone.NONE;
                }
                case BYTEARRAY_FROMHEX -> {
                    byte[] d = fromHex(Protocols.strArg(args[0], "string", "fromhex"));
                    yield ((PyType) self) == PyByteArray.TYPE ? new PyByteArray(d) : org.hotpy.core.ops.Call.call(((PyType) self), new PyBytes(d));
                }
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }
    }
}
