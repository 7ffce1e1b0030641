package org.hotpy.core.interp;

import static org.hotpy.core.bytecode.Ops.*;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Opcode;
import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.Slot;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Iteration;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.DictMethods;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.collection.PySet;
import org.hotpy.core.types.collection.PySlice;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.exception.ExceptionTypes;
import org.hotpy.core.types.text.PyStr;
import org.hotpy.core.types.text.StrRepr;

/** Instructions that build containers and strings, unpack sequences and format values. */
final class BuildHandlers {
    private BuildHandlers() {}

    private static PyObject[] popN(PyObject[] s, int sp, int n) {
        PyObject[] items = new PyObject[n];
        System.arraycopy(s, sp - n, items, 0, n);
        java.util.Arrays.fill(s, sp - n, sp, null);
        return items;
    }

    static int buildSlice(PyObject[] s, int sp, int n) {
        PyObject step = n == 3 ? s[--sp] : org.hotpy.core.model.PyNone.NONE;
        PyObject stop = s[--sp];
        PyObject start = s[sp - 1];
        s[sp] = null;
        s[sp - 1] = new PySlice(start, stop, step);
        if (n == 3) {
            s[sp + 1] = null;
        }
        return sp;
    }

    static int buildTuple(PyObject[] s, int sp, int n) {
        s[sp - n] = PyTuple.of(popN(s, sp, n));
        return sp - n + 1;
    }

    static int buildList(PyObject[] s, int sp, int n) {
        s[sp - n] = PyList.wrap(popN(s, sp, n));
        return sp - n + 1;
    }

    static int buildSet(PyObject[] s, int sp, int n) {
        PySet set = new PySet();
        for (PyObject x : popN(s, sp, n)) {
            set.add(x);
        }
        s[sp - n] = set;
        return sp - n + 1;
    }

    static int buildMap(PyObject[] s, int sp, int n) {
        PyDict d = new PyDict(n);
        PyObject[] kv = popN(s, sp, 2 * n);
        for (int i = 0; i < n; i++) {
            d.put(kv[2 * i], kv[2 * i + 1]);
        }
        s[sp - 2 * n] = d;
        return sp - 2 * n + 1;
    }

    /** Stack: n values, then a tuple of the n keys. */
    static int buildConstKeyMap(PyObject[] s, int sp, int n) {
        PyTuple keys = (PyTuple) s[--sp];
        s[sp] = null;
        PyObject[] values = popN(s, sp, n);
        PyDict d = new PyDict(n);
        for (int i = 0; i < n; i++) {
            d.put(keys.get(i), values[i]);
        }
        s[sp - n] = d;
        return sp - n + 1;
    }

    static int buildString(PyObject[] s, int sp, int n) {
        StringBuilder sb = new StringBuilder();
        for (PyObject x : popN(s, sp, n)) {
            sb.append(((PyStr) x).value());
        }
        s[sp - n] = PyStr.of(sb.toString());
        return sp - n + 1;
    }

    static int mapAdd(PyObject[] s, int sp, int i) {
        PyObject value = s[--sp];
        PyObject key = s[--sp];
        s[sp] = null;
        s[sp + 1] = null;
        ((PyDict) s[sp - i]).put(key, value);
        return sp;
    }

    static int listExtend(PyObject[] s, int sp, int i) {
        PyObject it = s[--sp];
        s[sp] = null;
        PyList list = (PyList) s[sp - i];
        if (it.type().lookup(Slot.ITER) == null && it.type().lookup(Slot.GETITEM) == null) {
            throw Errors.typeError("Value after * must be an iterable, not %s", it.type().tpName());
        }
        Iteration.appendAll(it, list);
        return sp;
    }

    static int setUpdate(PyObject[] s, int sp, int i) {
        PyObject it = s[--sp];
        s[sp] = null;
        PySet set = (PySet) s[sp - i];
        set.update(it); // CPython's _PySet_Update: a set or dict merges in its own order
        return sp;
    }

    static int dictUpdate(PyObject[] s, int sp, int i) {
        PyObject m = s[--sp];
        s[sp] = null;
        PyDict d = (PyDict) s[sp - i];
        if (!(m instanceof PyDict) && org.hotpy.core.ops.Attr.lookupSpecial(m, "keys") == null) {
            throw Errors.typeError("'%s' object is not a mapping", m.type().tpName());
        }
        DictMethods.update(d, m);
        return sp;
    }

    /** {@code f(**m)}: like DICT_UPDATE, but duplicate keys are an error naming the function. */
    static int dictMerge(PyObject[] s, int sp, int i) {
        PyObject m = s[--sp];
        s[sp] = null;
        PyDict d = (PyDict) s[sp - i];
        PyObject func = s[sp - i - 2];
        String fname = Calls.describe(func);
        if (!(m instanceof PyDict) && org.hotpy.core.ops.Attr.lookupSpecial(m, "keys") == null) {
            throw Errors.typeError("%s argument after ** must be a mapping, not %s", fname, m.type().tpName());
        }
        PyObject keys = m instanceof PyDict md ? PyList.wrap(md.keysArray()) : Call.callMethod(m, "keys");
        Iteration.forEach(keys, k -> {
            if (!(k instanceof PyStr ks)) {
                throw Errors.typeError("%s keywords must be strings", fname);
            }
            if (d.containsKey(k)) {
                throw Errors.typeError("%s got multiple values for keyword argument '%s'", fname, ks.value());
            }
            d.put(k, Protocols.getItem(m, k));
        });
        return sp;
    }

    static int unpackSequence(CodeObject code, int pc, int word, PyObject[] s, int sp) {
        int n = Opcode.argOf(word);
        PyObject seq = s[sp - 1];
        PyObject[] items = null;
        Class<?> c = seq.getClass();
        if (c == PyTuple.class) {
            items = ((PyTuple) seq).itemsUnsafe();
        } else if (c == PyList.class) {
            PyList l = (PyList) seq;
            if (l.size() == n) {
                items = l.itemsUnsafe();
            }
        }
        if ((word & 0xff) != UNPACK_SEQUENCE) {
            boolean ok = items != null && ((word & 0xff) == UNPACK_SEQUENCE_TUPLE ? c == PyTuple.class : c == PyList.class);
            if (!ok) {
                Specializer.deoptimize(code, pc);
            }
        } else if (items != null && Specializer.warm(code, pc)) {
            Specializer.rewrite(code, pc, c == PyTuple.class ? Opcode.UNPACK_SEQUENCE_TUPLE : Opcode.UNPACK_SEQUENCE_LIST);
        }
        if (items == null || (c == PyTuple.class && items.length != n)) {
            items = unpackGeneric(seq, n);
        }
        sp--;
        for (int i = n - 1; i >= 0; i--) {
            s[sp++] = items[i];
        }
        return sp;
    }

    private static PyObject[] unpackGeneric(PyObject seq, int n) {
        PyObject it = iterForUnpack(seq);
        PyObject[] items = new PyObject[n];
        for (int i = 0; i < n; i++) {
            PyObject x = Protocols.next(it);
            if (x == null) {
                throw Errors.valueError("not enough values to unpack (expected %d, got %d)", n, i);
            }
            items[i] = x;
        }
        if (Protocols.next(it) != null) {
            throw Errors.valueError("too many values to unpack (expected %d)", n);
        }
        return items;
    }

    private static PyObject iterForUnpack(PyObject seq) {
        try {
            return Protocols.iter(seq);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TYPE_ERROR) && seq.type().lookup(Slot.ITER) == null
                    && seq.type().lookup(Slot.GETITEM) == null) {
                throw Errors.typeError("cannot unpack non-iterable %s object", seq.type().tpName());
            }
            throw e;
        }
    }

    /** {@code a, *b, c = seq}: arg = count before the star | count after << 8. */
    static int unpackEx(PyObject[] s, int sp, int arg) {
        int before = arg & 0xff;
        int after = arg >> 8;
        PyObject seq = s[--sp];
        s[sp] = null;
        PyObject it = iterForUnpack(seq);
        PyObject[] head = new PyObject[before];
        for (int i = 0; i < before; i++) {
            PyObject x = Protocols.next(it);
            if (x == null) {
                throw Errors.valueError("not enough values to unpack (expected at least %d, got %d)", before + after, i);
            }
            head[i] = x;
        }
        PyList rest = new PyList();
        for (PyObject x = Protocols.next(it); x != null; x = Protocols.next(it)) {
            rest.append(x);
        }
        if (rest.size() < after) {
            throw Errors.valueError("not enough values to unpack (expected at least %d, got %d)", before + after,
                    before + rest.size());
        }
        PyObject[] tail = new PyObject[after];
        for (int i = after - 1; i >= 0; i--) {
            tail[i] = rest.removeLast();
        }
        for (int i = after - 1; i >= 0; i--) {
            s[sp++] = tail[i];
        }
        s[sp++] = rest;
        for (int i = before - 1; i >= 0; i--) {
            s[sp++] = head[i];
        }
        return sp;
    }

    /** f-string field: flags & 3 = conversion (none, str, repr, ascii), flags & 4 = spec on the stack. */
    static int formatValue(PyObject[] s, int sp, int flags) {
        String spec = "";
        if ((flags & 4) != 0) {
            spec = ((PyStr) s[--sp]).value();
            s[sp] = null;
        }
        PyObject v = s[sp - 1];
        switch (flags & 3) {
            case 1: v = Protocols.str(v); break;
            case 2: v = Protocols.repr(v); break;
            case 3: v = PyStr.of(StrRepr.escapeNonAscii(Protocols.repr(v).value())); break;
            default: break;
        }
        s[sp - 1] = Protocols.format(v, spec);
        return sp;
    }
}
