package org.hotpy.core.types.text;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.JavaMethod;
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
        t.newMethod("object=?, encoding=?, errors=?", Fn.NEW);
        t.method0("__repr__", Fn.REPR);
        t.method0("__str__", Fn.STR);
        t.method0("__hash__", Fn.HASH);
        t.method0("__len__", Fn.LEN);
        t.method0("__iter__", Fn.ITER);
        t.method1("__getitem__", "key, /", Fn.GETITEM);
        t.method1("__contains__", "key, /", Fn.CONTAINS);
        t.binary("__add__", Fn.ADD);
        t.binary("__mul__", Fn.MUL);
        t.binary("__rmul__", Fn.RMUL);
        t.binary("__mod__", Fn.MOD);
        t.binary("__rmod__", Fn.RMOD);
        t.binary("__eq__", Fn.EQ);
        t.binary("__ne__", Fn.NE);
        t.binary("__lt__", Fn.LT);
        t.binary("__le__", Fn.LE);
        t.binary("__gt__", Fn.GT);
        t.binary("__ge__", Fn.GE);
        t.method0("__getnewargs__", Fn.GETNEWARGS);
        t.method1("__format__", "format_spec, /", Fn.FORMAT);
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

    /**
     * One constant per method and a switch per arity, not a lambda each: each lambda was linked
     * when a program first used the type (~0.25 ms apiece on JDK 17, with class-data sharing).
     */
    private enum Fn implements JavaMethod.M0<PyStr>, JavaMethod.M1<PyStr>, JavaMethod.MN<PyObject> {
        REPR, STR, HASH, LEN, ITER, GETNEWARGS, GETITEM, CONTAINS, ADD, MUL, RMUL, MOD, RMOD, EQ, NE, LT, LE,
        GT, GE, FORMAT, NEW;

        @Override
        public PyObject call(PyStr self) {
            return switch (this) {
                case REPR -> PyStr.of(StrRepr.repr(self.value()));
                case STR -> self.getClass() == PyStr.class ? self : PyStr.of(self.value());
                case HASH -> PyInt.of(hash(self));
                case LEN -> PyInt.of(self.length());
                case ITER -> new StrIterator(self);
                case GETNEWARGS -> PyTuple.of(PyStr.of(self.value()));
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyStr self, PyObject a) {
            return switch (this) {
                case GETITEM -> getItem(self, a);
                case CONTAINS -> PyBool.of(StrSearch.contains(self.value(), arg(a, "'in <string>' requires string as left operand, not %s")));
                case ADD -> a instanceof PyStr p ? concat(self, p) : NI;
                case MUL -> repeat(self, a);
                case RMUL -> repeat(self, a);
                case MOD -> PyStr.of(PercentFormat.format(self.value(), a));
                case RMOD -> NI;
                case EQ -> a instanceof PyStr p ? PyBool.of(self.sameValue(p)) : NI;
                case NE -> a instanceof PyStr p ? PyBool.of(!self.sameValue(p)) : NI;
                case LT -> a instanceof PyStr p ? PyBool.of(self.compareTo(p) < 0) : NI;
                case LE -> a instanceof PyStr p ? PyBool.of(self.compareTo(p) <= 0) : NI;
                case GT -> a instanceof PyStr p ? PyBool.of(self.compareTo(p) > 0) : NI;
                case GE -> a instanceof PyStr p ? PyBool.of(self.compareTo(p) >= 0) : NI;
                case FORMAT -> StrFormat.formatStr(self, a);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyObject self, PyObject[] args) {
            return switch (this) {
                case NEW -> newStr(((PyType) self), args[0], args[1], args[2]);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }
    }
}
