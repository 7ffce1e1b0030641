package org.hotpy.core.types.collection;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.JavaMethod;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyNotImplemented;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Slot;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Compare;
import org.hotpy.core.ops.Iteration;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.ops.ReprGuard;
import org.hotpy.core.types.number.IntMath;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/** The methods of {@code list}. */
final class ListMethods {
    private ListMethods() {}

    private static final PyObject NI = PyNotImplemented.INSTANCE;
    private static final PyObject NONE = PyNone.NONE;

    static void define(TypeDef t) {
        t.methodN("__init__", "iterable=?, /", Fn.INIT);
        t.textSignature("iterable=(), /");
        t.newMethod("*args, **kwargs", Fn.NEW);
        t.unhashable();
        t.method0("__len__", Fn.LEN);
        t.method1("__getitem__", "index, /", Fn.GETITEM);
        t.method2("__setitem__", "index, value, /", Fn.SETITEM);
        t.method1("__delitem__", "index, /", Fn.DELITEM);
        t.method0("__iter__", Fn.ITER);
        t.method0("__reversed__", Fn.REVERSED);
        t.method1("__contains__", "key, /", Fn.CONTAINS);
        t.method0("__repr__", Fn.REPR);
        t.binary("__add__", Fn.ADD);
        t.binary("__iadd__", Fn.IADD);
        t.binary("__mul__", Fn.MUL);
        t.binary("__rmul__", Fn.RMUL);
        t.binary("__imul__", Fn.IMUL);
        t.binary("__eq__", Fn.EQ);
        t.binary("__ne__", Fn.NE);
        t.binary("__lt__", Fn.LT);
        t.binary("__le__", Fn.LE);
        t.binary("__gt__", Fn.GT);
        t.binary("__ge__", Fn.GE);
        defineMutators(t);
        t.constant("__class_getitem__", org.hotpy.core.types.function.GenericAliasSupport.classGetItem());
    }

    private static void defineMutators(TypeDef t) {
        t.method1("append", "object, /", Fn.APPEND);
        t.method1("extend", "iterable, /", Fn.EXTEND);
        t.method2("insert", "index, object, /", Fn.INSERT);
        t.method1("pop", "index=-1, /", Fn.POP);
        t.method1("remove", "value, /", Fn.REMOVE);
        t.method3("index", "value, start=0, stop=9223372036854775807, /", Fn.INDEX);
        t.method1("count", "value, /", Fn.COUNT);
        t.method0("clear", Fn.CLEAR);
        t.method0("copy", Fn.COPY);
        t.method0("reverse", Fn.REVERSE);
        t.method2("sort", "*, key=None, reverse=False", Fn.SORT);
    }

    private static String notInList(PyObject v) {
        return org.hotpy.core.ops.Protocols.repr(v).value() + " is not in list";
    }

    static void extend(PyList s, PyObject it) {
        // exact lists and tuples only (and the list itself), as CPython's list_extend: a
        // subclass may override __iter__
        if (it.getClass() == PyList.class || it == s) {
            PyList p = (PyList) it;
            int n = p.size;
            if (s.size + n > s.items.length) {
                s.grow(s.size + n);
            }
            System.arraycopy(p.items, 0, s.items, s.size, n);
            s.size += n;
            return;
        }
        if (it.getClass() == PyTuple.class) {
            PyTuple p = (PyTuple) it;
            int n = p.items.length;
            if (s.size + n > s.items.length) {
                s.grow(s.size + n);
            }
            System.arraycopy(p.items, 0, s.items, s.size, n);
            s.size += n;
            return;
        }
        Iteration.appendAll(it, s);
    }

    static void insert(PyList s, long index, PyObject v) {
        long i = index;
        if (i < 0) {
            i = Math.max(0, i + s.size);
        }
        if (i > s.size) {
            i = s.size;
        }
        if (s.size == s.items.length) {
            s.grow(s.size + 1);
        }
        System.arraycopy(s.items, (int) i, s.items, (int) i + 1, s.size - (int) i);
        s.items[(int) i] = v;
        s.size++;
    }

    static PyObject pop(PyList s, long index) {
        if (s.size == 0) {
            throw Errors.indexError("pop from empty list");
        }
        long i = index < 0 ? index + s.size : index;
        if (i < 0 || i >= s.size) {
            throw Errors.indexError("pop index out of range");
        }
        PyObject v = s.items[(int) i];
        removeAt(s, (int) i);
        return v;
    }

    static void removeAt(PyList s, int i) {
        System.arraycopy(s.items, i + 1, s.items, i, s.size - i - 1);
        s.items[--s.size] = null;
    }

    private static PyObject repeat(PyList s, PyObject n) {
        if (!IntMath.isInt(n) && n.type().lookup(Slot.INDEX) == null) {
            return NI;
        }
        long count = Protocols.asIndexLong(n, "cannot fit 'int' into an index-sized integer");
        if (count <= 0 || s.size == 0) {
            return new PyList();
        }
        org.hotpy.core.ops.Limits.checkSize(count * s.size);
        PyObject[] r = new PyObject[(int) (count * s.size)];
        for (int i = 0; i < count; i++) {
            System.arraycopy(s.items, 0, r, i * s.size, s.size);
        }
        return PyList.wrap(r);
    }

    private static PyObject repr(PyList s) {
        if (s.size == 0) {
            return PyStr.of("[]");
        }
        if (!ReprGuard.enter(s)) {
            return PyStr.of("[...]");
        }
        try {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < s.size; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Protocols.repr(s.items[i]).value());
            }
            return PyStr.of(sb.append(']').toString());
        } finally {
            ReprGuard.exit(s);
        }
    }

    static PyObject getItem(PyList s, PyObject key) {
        if (key instanceof PyInt i) {
            return s.getItem(i.value);
        }
        if (key instanceof PySlice sl) {
            return PyList.wrap(sl.indices(s.size).select(s.items));
        }
        if (key.type().lookup(Slot.INDEX) != null) {
            return s.getItem(Protocols.asSequenceIndex(key));
        }
        throw Errors.typeError("list indices must be integers or slices, not %s", key.type().tpName());
    }

    static void setItem(PyList s, PyObject key, PyObject v) {
        if (key instanceof PyInt i) {
            s.setItem(i.value, v);
            return;
        }
        if (key instanceof PySlice sl) {
            assignSlice(s, sl, v);
            return;
        }
        if (key.type().lookup(Slot.INDEX) != null) {
            s.setItem(Protocols.asSequenceIndex(key), v);
            return;
        }
        throw Errors.typeError("list indices must be integers or slices, not %s", key.type().tpName());
    }

    private static void assignSlice(PyList s, PySlice sl, PyObject v) {
        PyObject[] repl = v == s ? s.toArray() : Iteration.toArray(v, "can only assign an iterable");
        PySlice.Indices ix = sl.indices(s.size);
        if (ix.step() == 1) {
            int start = ix.start();
            int stop = Math.max(start, ix.start() + ix.length());
            PyObject[] out = new PyObject[s.size - (stop - start) + repl.length];
            System.arraycopy(s.items, 0, out, 0, start);
            System.arraycopy(repl, 0, out, start, repl.length);
            System.arraycopy(s.items, stop, out, start + repl.length, s.size - stop);
            s.setContents(out);
            return;
        }
        if (repl.length != ix.length()) {
            throw Errors.valueError("attempt to assign sequence of size %d to extended slice of size %d",
                    repl.length, ix.length());
        }
        for (int k = 0, i = ix.start(); k < ix.length(); k++, i += ix.step()) {
            s.items[i] = repl[k];
        }
    }

    static void delItem(PyList s, PyObject key) {
        if (key instanceof PySlice sl) {
            PySlice.Indices ix = sl.indices(s.size);
            if (ix.length() <= 0) {
                return;
            }
            boolean[] drop = new boolean[s.size];
            for (int k = 0, i = ix.start(); k < ix.length(); k++, i += ix.step()) {
                drop[i] = true;
            }
            PyObject[] out = new PyObject[s.size - ix.length()];
            int j = 0;
            for (int i = 0; i < s.size; i++) {
                if (!drop[i]) {
                    out[j++] = s.items[i];
                }
            }
            s.setContents(out);
            return;
        }
        if (!IntMath.isInt(key) && key.type().lookup(Slot.INDEX) == null) {
            throw Errors.typeError("list indices must be integers or slices, not %s", key.type().tpName());
        }
        s.delItem(Protocols.asSequenceIndex(key));
    }

    private static PyObject init(PyList s, PyObject[] a) {
        s.clear();
        if (a[0] != null) {
            extend(s, a[0]);
        }
        return NONE;
    }

    private static PyObject add(PyList s, PyObject o) {
        if (!(o instanceof PyList p)) {
            return NI; // the operator raises "can only concatenate list" if the other side declines too
        }
        return PyList.concat(s, p);
    }

    private static PyObject compare(PyList s, PyObject o, Compare.Op op) {
        return o instanceof PyList p ? Compare.sequenceCompare(s.items, s.size, p.items, p.size, op) : NI;
    }

    private static PyObject imul(PyList s, PyObject n) {
        PyObject r = repeat(s, n);
        if (r instanceof PyList l) {
            s.setContents(l.toArray());
            return s;
        }
        return r;
    }

    private static PyObject removeMethod(PyList s, PyObject v) {
        for (int i = 0; i < s.size; i++) {
            if (s.items[i] == v || Compare.eq(s.items[i], v)) {
                removeAt(s, i);
                return NONE;
            }
        }
        throw Errors.valueError("list.remove(x): x not in list");
    }

    private static PyObject reverse(PyList s) {
        for (int i = 0, j = s.size - 1; i < j; i++, j--) {
            PyObject x = s.items[i];
            s.items[i] = s.items[j];
            s.items[j] = x;
        }
        return NONE;
    }

    /**
     * One constant per method and a switch per arity, not a lambda each: each lambda was linked
     * when a program first used the type (~0.25 ms apiece on JDK 17, with class-data sharing).
     */
    private enum Fn implements
            JavaMethod.M0<PyList>, JavaMethod.M1<PyList>, JavaMethod.M2<PyList>,
            JavaMethod.M3<PyList>, JavaMethod.MN<PyObject> {
        LEN, ITER, REVERSED, REPR, CLEAR, COPY, REVERSE, GETITEM, DELITEM, CONTAINS, ADD, IADD, MUL, RMUL,
        IMUL, EQ, NE, LT, LE, GT, GE, APPEND, EXTEND, POP, REMOVE, COUNT, SETITEM, INSERT, SORT, INDEX, INIT, NEW;

        @Override
        public PyObject call(PyList self) {
            return switch (this) {
                case LEN -> PyInt.of(self.size);
                case ITER -> new SequenceIterator.OfList(self);
                case REVERSED -> new SequenceIterator.ReversedList(self);
                case REPR -> repr(self);
                case CLEAR -> { self.clear(); yield NONE; }
                case COPY -> PyList.wrap(self.toArray());
                case REVERSE -> reverse(self);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyList self, PyObject a) {
            return switch (this) {
                case GETITEM -> getItem(self, a);
                case DELITEM -> { delItem(self, a); yield NONE; }
                case CONTAINS -> PyBool.of(self.containsItem(a));
                case ADD -> add(self, a);
                case IADD -> { extend(self, a); yield self; }
                case MUL -> repeat(self, a);
                case RMUL -> repeat(self, a);
                case IMUL -> imul(self, a);
                case EQ -> a instanceof PyList p
                        ? PyBool.of(Compare.sequenceEqual(self.items, self.size, p.items, p.size))
                        : NI;
                case NE -> a instanceof PyList p
                        ? PyBool.of(!Compare.sequenceEqual(self.items, self.size, p.items, p.size))
                        : NI;
                case LT -> compare(self, a, Compare.Op.LT);
                case LE -> compare(self, a, Compare.Op.LE);
                case GT -> compare(self, a, Compare.Op.GT);
                case GE -> compare(self, a, Compare.Op.GE);
                case APPEND -> { self.append(a); yield NONE; }
                case EXTEND -> { extend(self, a); yield NONE; }
                case POP -> pop(self, Protocols.asIndexClamped(a));
                case REMOVE -> removeMethod(self, a);
                case COUNT -> PyInt.of(PyTuple.count(self.items, self.size, a));
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyList self, PyObject a, PyObject b) {
            return switch (this) {
                case SETITEM -> { setItem(self, a, b); yield NONE; }
                case INSERT -> { insert(self, Protocols.asIndexClamped(a), b); yield NONE; }
                case SORT -> { ListSort.sort(self, a, Protocols.isTrue(b)); yield NONE; }
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyList self, PyObject a, PyObject b, PyObject c) {
            return switch (this) {
                case INDEX -> PyInt.of(PyTuple.index(self.items, self.size, a, b, c, notInList(a)));
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyObject self, PyObject[] args) {
            return switch (this) {
                case INIT -> init(((PyList) self), args);
                case NEW -> ((PyType) self) == PyList.TYPE ? new PyList() : new PyList.Derived(((PyType) self));
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }
    }
}
