package org.hotpy.core.types.collection;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.JavaMethod;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyNotImplemented;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Iteration;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.ops.ReprGuard;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/** The methods of {@code set} and {@code frozenset}. */
final class SetMethods {
    private SetMethods() {}

    private static final PyObject NONE = PyNone.NONE;
    private static final PyObject NI = PyNotImplemented.INSTANCE;

    static void defineSet(TypeDef t) {
        t.newMethod("*args, **kwargs", Fn.NEW);
        t.methodN("__init__", "iterable=?, /", Fn.INIT);
        t.unhashable();
        defineCommon(t);
        t.method1("add", "object, /", Fn.ADD);
        t.method1("discard", "object, /", Fn.DISCARD);
        t.method1("remove", "object, /", Fn.REMOVE);
        t.method0("pop", Fn.POP);
        t.method0("clear", Fn.CLEAR);
        t.methodN("update", "*others", Fn.UPDATE);
        t.methodN("intersection_update", "*others", Fn.INTERSECTION_UPDATE);
        t.methodN("difference_update", "*others", Fn.DIFFERENCE_UPDATE);
        t.method1("symmetric_difference_update", "other, /", Fn.SYMMETRIC_DIFFERENCE_UPDATE);
        t.binary("__ior__", Fn.IOR);
        t.binary("__iand__", Fn.IAND);
        t.binary("__isub__", Fn.ISUB);
        t.binary("__ixor__", Fn.IXOR);
        t.method0("copy", Fn.COPY);
        t.constant("__class_getitem__", org.hotpy.core.types.function.GenericAliasSupport.classGetItem());
    }

    static void defineFrozenSet(TypeDef t) {
        t.newMethod("iterable=?, /", Fn.NEW_FROZENSET);
        t.method0("__hash__", Fn.HASH);
        defineCommon(t);
        t.method0("copy", Fn.FROZENSET_COPY);
        t.constant("__class_getitem__", org.hotpy.core.types.function.GenericAliasSupport.classGetItem());
    }

    private static void defineCommon(TypeDef t) {
        t.method0("__len__", Fn.LEN);
        t.method1("__contains__", "key, /", Fn.CONTAINS);
        t.method0("__iter__", Fn.ITER);
        t.method0("__repr__", Fn.REPR);
        t.methodN("union", "*others", Fn.UNION);
        t.methodN("intersection", "*others", Fn.INTERSECTION);
        t.methodN("difference", "*others", Fn.DIFFERENCE);
        t.method1("symmetric_difference", "other, /", Fn.SYMMETRIC_DIFFERENCE);
        t.method1("issubset", "other, /", Fn.ISSUBSET);
        t.method1("issuperset", "other, /", Fn.ISSUPERSET);
        t.method1("isdisjoint", "other, /", Fn.ISDISJOINT);
        t.binary("__or__", Fn.OR);
        t.binary("__and__", Fn.AND);
        // CPython's reflected forms are the same C function with the operands swapped: the
        // result takes the type of the left operand.
        t.binary("__ror__", Fn.ROR);
        t.binary("__rand__", Fn.RAND);
        t.binary("__rxor__", Fn.RXOR);
        t.binary("__sub__", Fn.SUB);
        t.binary("__xor__", Fn.XOR);
        t.binary("__rsub__", Fn.RSUB);
        t.binary("__eq__", Fn.EQ);
        t.binary("__ne__", Fn.NE);
        t.binary("__le__", Fn.LE);
        t.binary("__lt__", Fn.LT);
        t.binary("__ge__", Fn.GE);
        t.binary("__gt__", Fn.GT);
        t.method0("__reduce__", Fn.REDUCE);
    }

    private static boolean isSet(PyObject o) {
        return o instanceof PySet;
    }

    private static boolean isFrozen(PySet s) {
        return s instanceof PyFrozenSet;
    }

    /** A set used as a key of another set is looked up as the equal frozenset, as CPython does. */
    static PyObject asKey(PyObject k) {
        if (k instanceof PySet s && !(k instanceof PyFrozenSet)) {
            return new PyFrozenSet(s);
        }
        return k;
    }

    /** {@code s.update(iterable)} for one iterable, as CPython's set_update_internal. */
    static void addAll(PySet s, PyObject iterable) {
        if (iterable instanceof PySet o) {
            s.merge(o);
            return;
        }
        Class<?> c = iterable.getClass();
        if (c == PyList.class) {
            // as the list iterator does: size and items re-read after each add, which may run
            // Python __eq__/__hash__ that change the list (a subclass may override __iter__)
            PyList l = (PyList) iterable;
            for (int i = 0; i < l.size; i++) {
                s.add(l.items[i]);
            }
            return;
        }
        if (c == PyTuple.class) {
            for (PyObject e : ((PyTuple) iterable).items) {
                s.add(e);
            }
            return;
        }
        if (c == PyDict.class) {
            s.mergeDictKeys((PyDict) iterable);
            return;
        }
        Iteration.addAll(iterable, s);
    }

    static PySet toSet(PyObject o) {
        if (o instanceof PySet s) {
            return s;
        }
        PySet s = new PySet();
        addAll(s, o);
        return s;
    }

    static PySet copy(PySet s, boolean frozen) {
        return frozen ? new PyFrozenSet(s) : new PySet(s);
    }

    /**
     * {@code so & other} as CPython's set_intersection builds it (the order of the result depends
     * on it): with a set, the elements of the smaller one (of {@code other} when the sizes are
     * equal) that the larger contains, in table order; else those of the iterable that {@code so}
     * contains, in iteration order.
     */
    static PySet intersection(PySet so, PyObject other, boolean frozen) {
        if (so == other) {
            return copy(so, frozen);
        }
        PySet r = frozen ? new PyFrozenSet() : new PySet();
        if (other instanceof PySet o) {
            PySet walk = o;
            PySet probe = so;
            if (o.size > so.size) {
                walk = so;
                probe = o;
            }
            for (int i = 0; i < walk.table.length; i++) {
                PyObject e = walk.slot(i);
                if (e != null) {
                    long h = walk.hashes[i];
                    if (probe.find(e, h) >= 0) {
                        r.add(e, h);
                    }
                }
            }
            return r;
        }
        PyObject it = Protocols.iter(other);
        for (PyObject e = Protocols.next(it); e != null; e = Protocols.next(it)) {
            long h = PyDict.hashOf(e);
            if (so.find(e, h) >= 0) {
                r.add(e, h);
            }
        }
        return r;
    }

    /** {@code so.intersection(*others)}: each step intersects the previous result, as CPython. */
    private static PySet intersectionMulti(PySet so, PyObject[] others, boolean frozen) {
        if (others.length == 0) {
            return copy(so, frozen);
        }
        PySet r = so;
        for (PyObject o : others) {
            r = intersection(r, o, frozen);
        }
        return r;
    }

    /** {@code so - other} as CPython's set_difference builds it. */
    static PySet difference(PySet so, PyObject other, boolean frozen) {
        int otherSize;
        if (other instanceof PySet o) {
            otherSize = o.size;
        } else if (other.getClass() == PyDict.class) {
            otherSize = ((PyDict) other).size();
        } else {
            return copyAndDifference(so, other, frozen);
        }
        if ((so.size >> 2) > otherSize) {
            return copyAndDifference(so, other, frozen);
        }
        PySet r = frozen ? new PyFrozenSet() : new PySet();
        for (int i = 0; i < so.table.length; i++) {
            PyObject e = so.slot(i);
            if (e != null) {
                long h = so.hashes[i];
                boolean in = other instanceof PySet o ? o.find(e, h) >= 0 : ((PyDict) other).containsKey(e);
                if (!in) {
                    r.add(e, h);
                }
            }
        }
        return r;
    }

    private static PySet copyAndDifference(PySet so, PyObject other, boolean frozen) {
        PySet r = copy(so, frozen);
        differenceUpdate(r, other);
        return r;
    }

    /** {@code so -= other} as CPython's set_difference_update_internal, resize at the end included. */
    static void differenceUpdate(PySet so, PyObject other) {
        if (so == other) {
            so.clear();
            return;
        }
        if (other instanceof PySet o) {
            if ((o.size >> 3) > so.size) {
                o = intersection(so, o, false);
            }
            for (int i = 0; i < o.table.length; i++) {
                PyObject e = o.slot(i);
                if (e != null) {
                    so.discard(e, o.hashes[i]);
                }
            }
        } else {
            PyObject it = Protocols.iter(other);
            for (PyObject e = Protocols.next(it); e != null; e = Protocols.next(it)) {
                so.discard(e);
            }
        }
        so.compactAfterRemovals();
    }

    /** {@code so ^= other} as CPython's set_symmetric_difference_update. */
    static void symmetricInPlace(PySet so, PyObject other) {
        if (so == other) {
            so.clear();
            return;
        }
        if (other.getClass() == PyDict.class) {
            for (PyObject k : ((PyDict) other).keysArray()) {
                long h = PyDict.hashOf(k);
                if (!so.discard(k, h)) {
                    so.add(k, h);
                }
            }
            return;
        }
        PySet o = toSet(other);
        for (int i = 0; i < o.table.length; i++) {
            PyObject e = o.slot(i);
            if (e != null) {
                long h = o.hashes[i];
                if (!so.discard(e, h)) {
                    so.add(e, h);
                }
            }
        }
    }

    /** {@code so ^ other}: CPython copies {@code other} and updates the copy with {@code so}. */
    static PySet symmetricDifference(PySet so, PyObject other, boolean frozen) {
        PySet r = frozen ? new PyFrozenSet() : new PySet();
        addAll(r, other);
        symmetricInPlace(r, so);
        return r;
    }

    static boolean subset(PySet a, PySet b) {
        if (a.size > b.size) {
            return false;
        }
        for (PyObject e : a.toArray()) {
            if (!b.contains(e)) {
                return false;
            }
        }
        return true;
    }

    private static PyObject repr(PySet s) {
        String name = s.type().name();
        boolean exact = s.getClass() == PySet.class;
        if (s.size == 0) {
            return PyStr.of(name + "()");
        }
        if (!ReprGuard.enter(s)) {
            return PyStr.of(name + "(...)");
        }
        try {
            StringBuilder sb = new StringBuilder();
            if (!exact) {
                sb.append(name).append('(');
            }
            sb.append('{');
            PyObject[] items = s.toArray();
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Protocols.repr(items[i]).value());
            }
            sb.append('}');
            if (!exact) {
                sb.append(')');
            }
            return PyStr.of(sb.toString());
        } finally {
            ReprGuard.exit(s);
        }
    }

    /** Iterator over a set in table order, detecting size changes as CPython does. */
    private static PyObject or(PySet s, PyObject o) {
        if (!isSet(o)) {
            return NI;
        }
        PySet r = copy(s, isFrozen(s));
        if (o != s) {
            r.merge((PySet) o);
        }
        return r;
    }

    private static PyObject and(PySet s, PyObject o) {
        return isSet(o) ? intersection(s, (PySet) o, isFrozen(s)) : NI;
    }

    private static PyObject xor(PySet s, PyObject o) {
        if (!isSet(o)) {
            return NI;
        }
        return symmetricDifference(s, o, isFrozen(s));
    }

    static final class SetIterator extends PyIterator {
        static final PyType TYPE = PyType.builtin("set_iterator", PyType.OBJECT, SetIterator.class,
                CollectionTypeDefs.SIZED_ITERATOR).notSubclassable();
        private final PySet set;
        private final int expectedSize;
        private PyObject[] table;
        private int i;

        SetIterator(PySet set) {
            this.set = set;
            this.expectedSize = set.size;
            this.table = set.table;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject next() {
            if (table == null) {
                return null;
            }
            if (set.size != expectedSize) {
                table = null;
                throw Errors.runtimeError("Set changed size during iteration");
            }
            while (i < table.length) {
                PyObject e = set.slot(i++);
                if (e != null) {
                    return e;
                }
            }
            table = null;
            return null;
        }

        @Override
        public int lengthHint() {
            return set.size;
        }
    }

    private static PyObject init(PySet s, PyObject[] a) {
        if (s.fill > 0) {
            s.clear(); // CPython's set_init clears only a set that has been used
        }
        if (a[0] != null) {
            addAll(s, a[0]);
        }
        return NONE;
    }

    private static PyObject remove(PySet s, PyObject v) {
        if (!s.discard(asKey(v))) {
            throw Errors.keyError(v);
        }
        return NONE;
    }

    private static PyObject pop(PySet s) {
        PyObject v = s.popAny();
        if (v == null) {
            throw Errors.keyError(PyStr.of("pop from an empty set"));
        }
        return v;
    }

    private static PyObject update(PySet s, PyObject[] a) {
        for (PyObject o : ((PyTuple) a[0]).items) {
            addAll(s, o);
        }
        return NONE;
    }

    private static PyObject intersectionUpdate(PySet s, PyObject[] a) {
        s.copyFrom(intersectionMulti(s, ((PyTuple) a[0]).items, false));
        return NONE;
    }

    private static PyObject differenceUpdate(PySet s, PyObject[] a) {
        for (PyObject o : ((PyTuple) a[0]).items) {
            differenceUpdate(s, o);
        }
        return NONE;
    }

    private static PyObject ior(PySet s, PyObject o) {
        if (!isSet(o)) {
            return NI;
        }
        s.merge((PySet) o);
        return s;
    }

    private static PyObject iand(PySet s, PyObject o) {
        if (!isSet(o)) {
            return NI;
        }
        s.copyFrom(intersection(s, (PySet) o, false));
        return s;
    }

    private static PyObject isub(PySet s, PyObject o) {
        if (!isSet(o)) {
            return NI;
        }
        differenceUpdate(s, o);
        return s;
    }

    private static PyObject ixor(PySet s, PyObject o) {
        if (!isSet(o)) {
            return NI;
        }
        symmetricInPlace(s, (PySet) o);
        return s;
    }

    static PyObject newFrozenSet(PyType cls, PyObject[] a) {
        if (cls == PyFrozenSet.TYPE && a[0] != null && a[0].getClass() == PyFrozenSet.class) {
            return a[0];
        }
        PyFrozenSet s = cls == PyFrozenSet.TYPE ? new PyFrozenSet() : new PyFrozenSet.Derived(cls);
        if (a[0] != null) {
            addAll(s, a[0]);
        }
        return s;
    }

    private static PyObject union(PySet s, PyObject[] a) {
        PySet r = copy(s, isFrozen(s));
        for (PyObject o : ((PyTuple) a[0]).items) {
            if (o != s) {
                addAll(r, o);
            }
        }
        return r;
    }

    private static PyObject intersectionMethod(PySet s, PyObject[] a) {
        return intersectionMulti(s, ((PyTuple) a[0]).items, isFrozen(s));
    }

    private static PyObject difference(PySet s, PyObject[] a) {
        PyObject[] others = ((PyTuple) a[0]).items;
        if (others.length == 0) {
            return copy(s, isFrozen(s));
        }
        PySet r = difference(s, others[0], isFrozen(s));
        for (int i = 1; i < others.length; i++) {
            differenceUpdate(r, others[i]);
        }
        return r;
    }

    private static PyObject isdisjoint(PySet s, PyObject o) {
        for (PyObject e : Iteration.toArray(o)) {
            if (s.contains(e)) {
                return PyBool.FALSE;
            }
        }
        return PyBool.TRUE;
    }

    private static PyObject sub(PySet s, PyObject o) {
        if (!isSet(o)) {
            return NI;
        }
        return difference(s, o, isFrozen(s));
    }

    /**
     * One constant per method and a switch per arity, not a lambda each: each lambda was linked
     * when a program first used the type (~0.25 ms apiece on JDK 17, with class-data sharing).
     */
    private enum Fn implements JavaMethod.M0<PySet>, JavaMethod.M1<PySet>, JavaMethod.MN<PyObject> {
        POP, CLEAR, COPY, HASH, FROZENSET_COPY, LEN, ITER, REPR, REDUCE, ADD, DISCARD, REMOVE,
        SYMMETRIC_DIFFERENCE_UPDATE, IOR, IAND, ISUB, IXOR, CONTAINS, SYMMETRIC_DIFFERENCE, ISSUBSET,
        ISSUPERSET, ISDISJOINT, OR, AND, ROR, RAND, RXOR, SUB, XOR, RSUB, EQ, NE, LE, LT, GE, GT, NEW, INIT,
        UPDATE, INTERSECTION_UPDATE, DIFFERENCE_UPDATE, NEW_FROZENSET, UNION, INTERSECTION, DIFFERENCE;

        @Override
        public PyObject call(PySet self) {
            return switch (this) {
                case POP -> pop(self);
                case CLEAR -> { self.clear(); yield NONE; }
                case COPY -> copy(self, false);
                case HASH -> PyInt.of(((PyFrozenSet) self).cachedHash());
                case FROZENSET_COPY -> self.getClass() == PyFrozenSet.class ? self : copy(self, true);
                case LEN -> PyInt.of(self.size);
                case ITER -> new SetIterator(self);
                case REPR -> repr(self);
                case REDUCE -> PyTuple.of(isFrozen(self) ? PyFrozenSet.TYPE : PySet.TYPE, PyTuple.of(PyList.wrap(self.toArray())), NONE);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PySet self, PyObject a) {
            return switch (this) {
                case ADD -> { self.add(a); yield NONE; }
                case DISCARD -> { self.discard(asKey(a)); yield NONE; }
                case REMOVE -> remove(self, a);
                case SYMMETRIC_DIFFERENCE_UPDATE -> { symmetricInPlace(self, a); yield NONE; }
                case IOR -> ior(self, a);
                case IAND -> iand(self, a);
                case ISUB -> isub(self, a);
                case IXOR -> ixor(self, a);
                case CONTAINS -> PyBool.of(self.containsItem(a));
                case SYMMETRIC_DIFFERENCE -> symmetricDifference(self, a, isFrozen(self));
                case ISSUBSET -> PyBool.of(subset(self, toSet(a)));
                case ISSUPERSET -> PyBool.of(subset(toSet(a), self));
                case ISDISJOINT -> isdisjoint(self, a);
                case OR -> or(self, a);
                case AND -> and(self, a);
                case ROR -> isSet(a) ? or((PySet) a, self) : NI;
                case RAND -> isSet(a) ? and((PySet) a, self) : NI;
                case RXOR -> isSet(a) ? xor((PySet) a, self) : NI;
                case SUB -> sub(self, a);
                case XOR -> xor(self, a);
                case RSUB -> NI;
                case EQ -> isSet(a) ? PyBool.of(self.size == ((PySet) a).size && subset(self, (PySet) a)) : NI;
                case NE -> isSet(a) ? PyBool.of(!(self.size == ((PySet) a).size && subset(self, (PySet) a))) : NI;
                case LE -> isSet(a) ? PyBool.of(subset(self, (PySet) a)) : NI;
                case LT -> isSet(a) ? PyBool.of(self.size < ((PySet) a).size && subset(self, (PySet) a)) : NI;
                case GE -> isSet(a) ? PyBool.of(subset((PySet) a, self)) : NI;
                case GT -> isSet(a) ? PyBool.of(self.size > ((PySet) a).size && subset((PySet) a, self)) : NI;
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyObject self, PyObject[] args) {
            return switch (this) {
                case NEW -> ((PyType) self) == PySet.TYPE ? new PySet() : new PySet.Derived(((PyType) self));
                case INIT -> init(((PySet) self), args);
                case UPDATE -> update(((PySet) self), args);
                case INTERSECTION_UPDATE -> intersectionUpdate(((PySet) self), args);
                case DIFFERENCE_UPDATE -> differenceUpdate(((PySet) self), args);
                case NEW_FROZENSET -> newFrozenSet(((PyType) self), args);
                case UNION -> union(((PySet) self), args);
                case INTERSECTION -> intersectionMethod(((PySet) self), args);
                case DIFFERENCE -> difference(((PySet) self), args);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }
    }
}
