package org.hotpy.core.ops;

import java.math.BigInteger;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Slot;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyFrozenSet;
import org.hotpy.core.types.collection.PyIterator;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.collection.PyRange;
import org.hotpy.core.types.collection.PySet;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.collection.SequenceIterator;
import org.hotpy.core.types.exception.ExceptionTypes;
import org.hotpy.core.types.function.PyGenerator;
import org.hotpy.core.types.number.IntMath;
import org.hotpy.core.types.number.PyBigInt;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/**
 * The object protocols every part of the runtime uses (CPython's abstract.c and object.c):
 * repr, str, hash, truth, len, index, item access, membership, iteration and format. Each has
 * fast paths for the exact builtin types, then dispatches through the type's special methods.
 */
public final class Protocols {
    private Protocols() {}

    /**
     * {@code repr(o)}. Counts towards the recursion limit as CPython's {@code PyObject_Repr} does,
     * so the repr of a structure nested deeper than the limit raises RecursionError.
     */
    public static PyStr repr(PyObject o) {
        return callStringSlot(o, Slot.REPR, "__repr__", " while getting the repr of an object");
    }

    /** {@code str(o)}, counting towards the recursion limit as {@link #repr} does. */
    public static PyStr str(PyObject o) {
        if (o.getClass() == PyStr.class) {
            return (PyStr) o;
        }
        return callStringSlot(o, Slot.STR, "__str__", " while getting the str of an object");
    }

    /** Calls {@code o}'s {@code slot} (__repr__ or __str__) one recursion level deeper; its result must be a str. */
    private static PyStr callStringSlot(PyObject o, Slot slot, String method, String where) {
        PyObject m = o.type().lookup(slot);
        InterpreterState ts = InterpreterState.currentOrNull();
        PyObject r;
        if (ts == null) {
            r = Call.callSpecial(m, o); // from Java with no interpreter running: nothing to count
        } else {
            ts.enterRecursive(where);
            try {
                r = Call.callSpecial(m, o);
            } finally {
                ts.leaveRecursive();
            }
        }
        if (!(r instanceof PyStr s)) {
            throw Errors.typeError("%s returned non-string (type %s)", method, r.type().tpName());
        }
        return s;
    }

    /** {@code hash(o)}, with CPython's "unhashable type" error. */
    public static long hash(PyObject o) {
        if (o.getClass() == PyStr.class) {
            return ((PyStr) o).pyHash();
        }
        if (o.getClass() == PyInt.class) {
            return IntMath.hash(o);
        }
        if (o.getClass() == PyTuple.class) {
            // tuple.__hash__ cannot be replaced: no look-up, no int object (tuple dict keys)
            return ((PyTuple) o).hash();
        }
        PyObject m = o.type().lookup(Slot.HASH);
        if (m == null || m == PyNone.NONE) {
            throw Errors.typeError("unhashable type: '%s'", o.type().tpName());
        }
        PyObject r = Call.callSpecial(m, o);
        if (r instanceof PyInt i) {
            return i.value == -1 ? -2 : i.value;
        }
        if (r instanceof PyBigInt) {
            return IntMath.hash(r);
        }
        throw Errors.typeError("__hash__ method should return an integer");
    }

    /** Truth value ({@code bool(o)}). */
    public static boolean isTrue(PyObject o) {
        if (o instanceof PyBool b) {
            return b == PyBool.TRUE;
        }
        if (o == PyNone.NONE) {
            return false;
        }
        Class<?> c = o.getClass();
        if (c == PyInt.class) {
            return ((PyInt) o).value != 0;
        }
        if (c == PyStr.class) {
            return !((PyStr) o).value().isEmpty();
        }
        if (c == PyList.class) {
            return ((PyList) o).size() != 0;
        }
        if (c == PyTuple.class) {
            return ((PyTuple) o).size() != 0;
        }
        if (c == PyDict.class) {
            return ((PyDict) o).size() != 0;
        }
        if (c == PyFloat.class) {
            return ((PyFloat) o).value != 0.0;
        }
        PyType t = o.type();
        PyObject m = t.lookup(Slot.BOOL);
        if (m != null) {
            PyObject r = Call.callSpecial(m, o);
            if (!(r instanceof PyBool b)) {
                throw Errors.typeError("__bool__ should return bool, returned %s", r.type().tpName());
            }
            return b == PyBool.TRUE;
        }
        m = t.lookup(Slot.LEN);
        if (m != null) {
            return lenResult(Call.callSpecial(m, o)) != 0;
        }
        return true;
    }

    /** {@code len(o)}. */
    public static int len(PyObject o) {
        Class<?> c = o.getClass();
        if (c == PyList.class) {
            return ((PyList) o).size();
        }
        if (c == PyTuple.class) {
            return ((PyTuple) o).size();
        }
        if (c == PyStr.class) {
            return ((PyStr) o).length();
        }
        if (c == PyDict.class) {
            return ((PyDict) o).size();
        }
        PyObject m = o.type().lookup(Slot.LEN);
        if (m == null) {
            throw Errors.typeError("object of type '%s' has no len()", o.type().tpName());
        }
        return lenResult(Call.callSpecial(m, o));
    }

    /** {@code len(o)} for the builtin: any size up to sys.maxsize, as a range's can be. */
    public static long lenLong(PyObject o) {
        Class<?> c = o.getClass();
        if (c == PyList.class || c == PyTuple.class || c == PyStr.class || c == PyDict.class) {
            return len(o);
        }
        PyObject m = o.type().lookup(Slot.LEN);
        if (m == null) {
            return len(o);
        }
        PyObject i = index(Call.callSpecial(m, o));
        if (IntMath.signum(i) < 0) {
            throw Errors.valueError("__len__() should return >= 0");
        }
        if (!(i instanceof PyInt p)) {
            throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return p.value;
    }

    private static int lenResult(PyObject r) {
        PyObject i = index(r);
        if (IntMath.signum(i) < 0) {
            throw Errors.valueError("__len__() should return >= 0");
        }
        if (!(i instanceof PyInt p) || p.value > Integer.MAX_VALUE) {
            throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return (int) p.value;
    }

    /** {@code operator.index(o)}: an exact int. */
    public static PyObject index(PyObject o) {
        if (o.getClass() == PyInt.class || o.getClass() == PyBigInt.class) {
            return o;
        }
        if (IntMath.isInt(o)) {
            return IntMath.exact(o);
        }
        PyObject m = o.type().lookup(Slot.INDEX);
        if (m == null) {
            throw Errors.typeError("'%s' object cannot be interpreted as an integer", o.type().tpName());
        }
        PyObject r = Call.callSpecial(m, o);
        if (!IntMath.isInt(r)) {
            throw Errors.typeError("__index__ returned non-int (type %s)", r.type().tpName());
        }
        return IntMath.exact(r);
    }

    /** The index value as a long, or OverflowError with {@code message} when it does not fit. */
    public static long asIndexLong(PyObject o, String message) {
        if (o instanceof PyInt i) {
            return i.value;
        }
        PyObject v = index(o);
        if (v instanceof PyInt i) {
            return i.value;
        }
        throw Errors.overflowError(message);
    }

    /** A sequence index: IndexError "cannot fit 'int' into an index-sized integer" when too large. */
    public static long asSequenceIndex(PyObject o) {
        if (o instanceof PyInt i) {
            return i.value;
        }
        PyObject v = index(o);
        if (v instanceof PyInt i) {
            return i.value;
        }
        throw Errors.indexError("cannot fit '%s' into an index-sized integer", o.type().tpName());
    }

    /** The index value clamped to the long range (for slice-like bounds where huge means "the end"). */
    public static long asIndexClamped(PyObject o) {
        if (o instanceof PyInt i) {
            return i.value;
        }
        PyObject v = index(o);
        if (v instanceof PyInt i) {
            return i.value;
        }
        return ((PyBigInt) v).value.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /** {@code int(o)} for an object known to support __int__ or __index__. */
    public static PyObject toIntObject(PyObject o) {
        if (IntMath.isInt(o)) {
            return IntMath.exact(o);
        }
        PyObject m = o.type().lookup(Slot.INT);
        if (m != null) {
            PyObject r = Call.callSpecial(m, o);
            if (!IntMath.isInt(r)) {
                throw Errors.typeError("__int__ returned non-int (type %s)", r.type().tpName());
            }
            return IntMath.exact(r);
        }
        return index(o);
    }

    public static PyObject getItem(PyObject o, PyObject key) {
        PyObject m = o.type().lookup(Slot.GETITEM);
        if (m == null) {
            if (o instanceof PyType t) {
                PyObject cg = Attr.lookupSpecialOnType(t, "__class_getitem__");
                if (cg != null) {
                    return Call.call(cg, key);
                }
                throw Errors.typeError("type '%s' is not subscriptable", t.name());
            }
            throw Errors.typeError("'%s' object is not subscriptable", o.type().tpName());
        }
        return Call.callSpecial(m, o, key);
    }

    public static void setItem(PyObject o, PyObject key, PyObject value) {
        PyObject m = o.type().lookup(Slot.SETITEM);
        if (m == null) {
            throw Errors.typeError("'%s' object does not support item assignment", o.type().tpName());
        }
        Call.callSpecial(m, o, key, value);
    }

    public static void delItem(PyObject o, PyObject key) {
        if (o.getClass() == PyList.class && key.getClass() == PyInt.class) {
            // list.__delitem__ cannot be replaced, and an exact int is its own index
            ((PyList) o).delItem(((PyInt) key).value);
            return;
        }
        PyObject m = o.type().lookup(Slot.DELITEM);
        if (m == null) {
            throw Errors.typeError("'%s' object does not support item deletion", o.type().tpName());
        }
        Call.callSpecial(m, o, key);
    }

    /** {@code item in container}. */
    public static boolean contains(PyObject container, PyObject item) {
        // the exact builtin containers: their __contains__ cannot be replaced, so no look-up and
        // no bool object (CPython's PySequence_Contains reaches the C slot as directly)
        Class<?> c = container.getClass();
        if (c == PySet.class || c == PyFrozenSet.class) {
            return ((PySet) container).containsItem(item);
        }
        if (c == PyDict.class) {
            return ((PyDict) container).containsKey(item);
        }
        if (c == PyList.class) {
            return ((PyList) container).containsItem(item);
        }
        if (c == PyTuple.class) {
            return ((PyTuple) container).containsItem(item);
        }
        PyObject m = container.type().lookup(Slot.CONTAINS);
        if (m != null) {
            return isTrue(Call.callSpecial(m, container, item));
        }
        if (container.type().lookup(Slot.ITER) == null && container.type().lookup(Slot.GETITEM) == null) {
            throw Errors.typeError("argument of type '%s' is not iterable", container.type().tpName());
        }
        PyObject it = iter(container);
        for (PyObject x = next(it); x != null; x = next(it)) {
            if (x == item || Compare.eq(x, item)) {
                return true;
            }
        }
        return false;
    }

    /** {@code iter(o)}. */
    public static PyObject iter(PyObject o) {
        // the exact builtin iterables, whose __iter__ cannot be replaced: no look-up and no call
        // for the iterable of almost every for loop
        Class<?> c = o.getClass();
        if (c == PyList.class) {
            return new SequenceIterator.OfList((PyList) o);
        }
        if (c == PyRange.class) {
            return ((PyRange) o).iterator();
        }
        if (c == PyGenerator.class) {
            return o;
        }
        if (c == PyTuple.class) {
            PyObject[] items = ((PyTuple) o).itemsUnsafe();
            return new SequenceIterator.OfArray(items, items.length);
        }
        PyObject m = o.type().lookup(Slot.ITER);
        if (m != null && m != PyNone.NONE) {
            PyObject it = Call.callSpecial(m, o);
            if (!(it instanceof PyIterator) && it.type().lookup(Slot.NEXT) == null) {
                throw Errors.typeError("iter() returned non-iterator of type '%s'", it.type().tpName());
            }
            return it;
        }
        if (m == null && o.type().lookup(Slot.GETITEM) != null) {
            return new SequenceIterator.OfGetItem(o);
        }
        throw Errors.typeError("'%s' object is not iterable", o.type().tpName());
    }

    /** Counts next() calls; racy across threads on purpose: an occasional lost tick only delays a check. */
    private static int nextTicks;

    /** The next item of an iterator, or null when it is exhausted (StopIteration is absorbed). */
    public static PyObject next(PyObject it) {
        if ((++nextTicks & 0x3ff) == 0) {
            org.hotpy.core.interp.InterpreterState.checkCurrentInterrupt(); // embedding hook (issue 5): limits
        }
        if (it instanceof PyIterator pi) {
            return pi.next();
        }
        if (it instanceof Generatorlike g) {
            return g.nextOrNull();
        }
        PyObject m = it.type().lookup(Slot.NEXT);
        if (m == null) {
            throw Errors.typeError("'%s' object is not an iterator", it.type().tpName());
        }
        try {
            return Call.callSpecial(m, it);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.STOP_ITERATION)) {
                return null;
            }
            throw e;
        }
    }

    /** Implemented by generators so that loops can advance them without StopIteration. */
    public interface Generatorlike {
        PyObject nextOrNull();
    }

    /** {@code format(o, spec)}. */
    public static PyStr format(PyObject o, String spec) {
        if (spec.isEmpty() && o.getClass() == PyStr.class) {
            return (PyStr) o;
        }
        if (spec.isEmpty() && o.getClass() == PyInt.class) {
            return PyStr.of(Long.toString(((PyInt) o).value));
        }
        PyObject m = o.type().lookup(Slot.FORMAT);
        PyObject r = Call.callSpecial(m, o, PyStr.of(spec));
        if (!(r instanceof PyStr s)) {
            throw Errors.typeError("__format__ must return a str, not %s", r.type().tpName());
        }
        return s;
    }

    /** A str argument as a Java string, or TypeError "fname() argument 'name' must be str, not X". */
    public static String strArg(PyObject o, String argName, String fname) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw Errors.typeError("%s() argument '%s' must be str, not %s", fname, argName, Errors.argTypeName(o));
    }

    /** A hexadecimal identity for default reprs ({@code <X object at 0x...>}). */
    public static String idHex(PyObject o) {
        return Long.toHexString(ObjectIds.id(o));
    }

    /** {@code id(o)}: unique among live objects and stable for each. */
    public static long id(PyObject o) {
        return ObjectIds.id(o);
    }

    /** A BigInteger view of an int, for code that needs arbitrary precision. */
    public static BigInteger bigValue(PyObject o) {
        return IntMath.big(index(o));
    }
}
