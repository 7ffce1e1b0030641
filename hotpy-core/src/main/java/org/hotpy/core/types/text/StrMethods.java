package org.hotpy.core.types.text;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyNotImplemented;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.collection.PySlice;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;

/**
 * The methods of {@code str}: construction, operators, indexing and slicing. Searching and
 * splitting are in {@link StrSearch}, case mapping and predicates in {@link StrCase}, padding
 * and layout in {@link StrLayout}, formatting in {@link StrFormat}.
 */
final class StrMethods {
    private StrMethods() {}

    private static final PyObject NI = PyNotImplemented.INSTANCE;

    static void define(TypeDef t) {
        t.newMethod("object=?, encoding=?, errors=?", (cls, a) -> newStr(cls, a[0], a[1], a[2]));
        t.method0("__repr__", (PyStr s) -> PyStr.of(StrRepr.repr(s.value())));
        t.method0("__str__", (PyStr s) -> s.getClass() == PyStr.class ? s : PyStr.of(s.value()));
        t.method0("__hash__", (PyStr s) -> PyInt.of(hash(s)));
        t.method0("__len__", (PyStr s) -> PyInt.of(s.length()));
        t.method0("__iter__", (PyStr s) -> new StrIterator(s));
        t.method1("__getitem__", "key, /", StrMethods::getItem);
        t.method1("__contains__", "key, /", (PyStr s, PyObject o) -> PyBool.of(s.value().contains(arg(o,
                "'in <string>' requires string as left operand, not %s"))));
        t.binary("__add__", (PyStr s, PyObject o) -> o instanceof PyStr p ? concat(s, p) : NI);
        t.binary("__mul__", StrMethods::repeat);
        t.binary("__rmul__", StrMethods::repeat);
        t.binary("__mod__", (PyStr s, PyObject o) -> PyStr.of(PercentFormat.format(s.value(), o)));
        t.binary("__rmod__", (PyStr s, PyObject o) -> NI);
        t.binary("__eq__", (PyStr s, PyObject o) -> o instanceof PyStr p ? PyBool.of(s.sameValue(p)) : NI);
        t.binary("__ne__", (PyStr s, PyObject o) -> o instanceof PyStr p ? PyBool.of(!s.sameValue(p)) : NI);
        t.binary("__lt__", (PyStr s, PyObject o) -> o instanceof PyStr p ? PyBool.of(s.compareTo(p) < 0) : NI);
        t.binary("__le__", (PyStr s, PyObject o) -> o instanceof PyStr p ? PyBool.of(s.compareTo(p) <= 0) : NI);
        t.binary("__gt__", (PyStr s, PyObject o) -> o instanceof PyStr p ? PyBool.of(s.compareTo(p) > 0) : NI);
        t.binary("__ge__", (PyStr s, PyObject o) -> o instanceof PyStr p ? PyBool.of(s.compareTo(p) >= 0) : NI);
        t.method0("__getnewargs__", (PyStr s) -> PyTuple.of(PyStr.of(s.value())));
        t.method1("__format__", "format_spec, /", (PyStr s, PyObject spec) -> StrFormat.formatStr(s, spec));
        StrSearch.define(t);
        StrCase.define(t);
        StrLayout.define(t);
        StrFormat.define(t);
        StrCodecs.defineStr(t);
    }

    /** A str argument as a Java string, or TypeError with {@code message} (one %s: the type name). */
    static String arg(PyObject o, String message) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw Errors.typeError(message, o.type().tpName());
    }

    /** A str argument checked by an Argument Clinic converter, whose error names None "None". */
    static String converterArg(PyObject o, String message) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw Errors.typeError(message, Errors.argTypeName(o));
    }

    static long hash(PyStr s) {
        return s.pyHash();
    }

    static PyObject concat(PyStr a, PyStr b) {
        if (b.value().isEmpty() && a.getClass() == PyStr.class) {
            return a;
        }
        if (a.value().isEmpty() && b.getClass() == PyStr.class) {
            return b;
        }
        long n = (long) a.value().length() + b.value().length();
        if (n > Integer.MAX_VALUE - 16) {
            throw Errors.overflowError("strings are too large to concat");
        }
        org.hotpy.core.ops.Limits.checkSize(n); // embedding hook (issue 5): the size cap
        return PyStr.of(a.value().concat(b.value()));
    }

    static PyObject repeat(PyStr s, PyObject n) {
        if (!(n instanceof PyInt) && n.type().lookup(org.hotpy.core.model.Slot.INDEX) == null) {
            if (n instanceof org.hotpy.core.types.number.PyBigInt) {
                throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
            }
            return NI;
        }
        long count = Protocols.asIndexLong(n, "cannot fit 'int' into an index-sized integer");
        if (count <= 0 || s.value().isEmpty()) {
            return PyStr.EMPTY;
        }
        long total = count * s.value().length();
        if (total / count != s.value().length() || total > Integer.MAX_VALUE - 16) {
            throw Errors.memoryError("");
        }
        org.hotpy.core.ops.Limits.checkSize(total);
        return PyStr.of(s.value().repeat((int) count));
    }

    static PyObject getItem(PyStr s, PyObject key) {
        if (key instanceof PyInt i) {
            return PyStr.ofCodePoint(s.codePointAt(index(s, i.value)));
        }
        if (key instanceof PySlice sl) {
            return slice(s, sl);
        }
        if (key.type().lookup(org.hotpy.core.model.Slot.INDEX) != null) {
            long i = Protocols.asSequenceIndex(key);
            return PyStr.ofCodePoint(s.codePointAt(index(s, i)));
        }
        throw Errors.typeError("string indices must be integers, not '%s'", key.type().tpName());
    }

    private static int index(PyStr s, long i) {
        int n = s.length();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.indexError("string index out of range");
        }
        return (int) i;
    }

    private static PyObject slice(PyStr s, PySlice sl) {
        int n = s.length();
        PySlice.Indices ix = sl.indices(n);
        if (ix.step() == 1) {
            return ix.length() <= 0 ? PyStr.EMPTY : s.substring(ix.start(), ix.start() + ix.length());
        }
        StringBuilder sb = new StringBuilder(ix.length());
        if (s.isBmp()) {
            String v = s.value();
            for (int k = 0, i = ix.start(); k < ix.length(); k++, i += ix.step()) {
                sb.append(v.charAt(i));
            }
        } else {
            int[] cps = s.value().codePoints().toArray();
            for (int k = 0, i = ix.start(); k < ix.length(); k++, i += ix.step()) {
                sb.appendCodePoint(cps[i]);
            }
        }
        return PyStr.of(sb.toString());
    }

    /** Compares by code point, which differs from UTF-16 order for supplementary characters. */
    static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    // a difference in the low half of a pair is a difference of the pair's code point
                    int j = i > 0 && Character.isHighSurrogate(a.charAt(i - 1))
                            && (Character.isLowSurrogate(x) || Character.isLowSurrogate(y)) ? i - 1 : i;
                    return Integer.compare(a.codePointAt(j), b.codePointAt(j));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    /** {@code str(object='')}, {@code str(b, encoding, errors)}. */
    static PyObject newStr(PyType cls, PyObject obj, PyObject encoding, PyObject errors) {
        PyStr v;
        if (obj == null) {
            v = PyStr.EMPTY;
        } else if (encoding == null && errors == null) {
            v = Protocols.str(obj);
        } else {
            v = StrCodecs.decode(obj, encoding, errors);
        }
        return cls == PyStr.TYPE ? v : new PyStr.Derived(cls, v.value());
    }

    /** The list of strs for a Java array, as split and friends return. */
    static PyList list(java.util.List<String> parts) {
        PyObject[] items = new PyObject[parts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = PyStr.of(parts.get(i));
        }
        return PyList.wrap(items);
    }

    static boolean isNone(PyObject o) {
        return o == null || o == PyNone.NONE;
    }
}
