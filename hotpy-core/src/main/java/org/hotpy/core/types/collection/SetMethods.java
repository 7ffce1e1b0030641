package org.hotpy.core.types.collection;

import org.hotpy.core.errors.Errors;
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
        t.newMethod("*args, **kwargs", (cls, a) -> cls == PySet.TYPE ? new PySet() : new PySet.Derived(cls));
        t.methodN("__init__", "iterable=?, /", (PySet s, PyObject[] a) -> {
            if (s.fill > 0) {
                s.clear(); // CPython's set_init clears only a set that has been used
            }
            if (a[0] != null) {
                addAll(s, a[0]);
            }
            return NONE;
        });
        t.unhashable();
        defineCommon(t);
        t.method1("add", "object, /", (PySet s, PyObject v) -> {
            s.add(v);
            return NONE;
        });
        t.method1("discard", "object, /", (PySet s, PyObject v) -> {
            s.discard(asKey(v));
            return NONE;
        });
        t.method1("remove", "object, /", (PySet s, PyObject v) -> {
            if (!s.discard(asKey(v))) {
                throw Errors.keyError(v);
            }
            return NONE;
        });
        t.method0("pop", (PySet s) -> {
            PyObject v = s.popAny();
            if (v == null) {
                throw Errors.keyError(PyStr.of("pop from an empty set"));
            }
            return v;
        });
        t.method0("clear", (PySet s) -> {
            s.clear();
            return NONE;
        });
        t.methodN("update", "*others", (PySet s, PyObject[] a) -> {
            for (PyObject o : ((PyTuple) a[0]).items) {
                addAll(s, o);
            }
            return NONE;
        });
        t.methodN("intersection_update", "*others", (PySet s, PyObject[] a) -> {
            PySet r = s;
            for (PyObject o : ((PyTuple) a[0]).items) {
                r = intersection(r, toSet(o), false);
            }
            s.copyFrom(r);
            return NONE;
        });
        t.methodN("difference_update", "*others", (PySet s, PyObject[] a) -> {
            for (PyObject o : ((PyTuple) a[0]).items) {
                for (PyObject e : Iteration.toArray(o)) {
                    s.discard(e);
                }
            }
            return NONE;
        });
        t.method1("symmetric_difference_update", "other, /", (PySet s, PyObject o) -> {
            symmetricInPlace(s, toSet(o));
            return NONE;
        });
        t.binary("__ior__", (PySet s, PyObject o) -> {
            if (!isSet(o)) {
                return NI;
            }
            s.addAll((PySet) o);
            return s;
        });
        t.binary("__iand__", (PySet s, PyObject o) -> {
            if (!isSet(o)) {
                return NI;
            }
            s.copyFrom(intersection(s, (PySet) o, false));
            return s;
        });
        t.binary("__isub__", (PySet s, PyObject o) -> {
            if (!isSet(o)) {
                return NI;
            }
            for (PyObject e : ((PySet) o).toArray()) {
                s.discard(e);
            }
            return s;
        });
        t.binary("__ixor__", (PySet s, PyObject o) -> {
            if (!isSet(o)) {
                return NI;
            }
            symmetricInPlace(s, (PySet) o);
            return s;
        });
        t.method0("copy", (PySet s) -> copy(s, false));
        t.constant("__class_getitem__", org.hotpy.core.types.function.GenericAliasSupport.classGetItem());
    }

    static void defineFrozenSet(TypeDef t) {
        t.newMethod("iterable=?, /", (cls, a) -> {
            if (cls == PyFrozenSet.TYPE && a[0] != null && a[0].getClass() == PyFrozenSet.class) {
                return a[0];
            }
            PyFrozenSet s = cls == PyFrozenSet.TYPE ? new PyFrozenSet() : new PyFrozenSet.Derived(cls);
            if (a[0] != null) {
                addAll(s, a[0]);
            }
            return s;
        });
        t.method0("__hash__", (PyFrozenSet s) -> PyInt.of(s.cachedHash()));
        defineCommon(t);
        t.method0("copy", (PySet s) -> s.getClass() == PyFrozenSet.class ? s : copy(s, true));
        t.constant("__class_getitem__", org.hotpy.core.types.function.GenericAliasSupport.classGetItem());
    }

    private static void defineCommon(TypeDef t) {
        t.method0("__len__", (PySet s) -> PyInt.of(s.size));
        t.method1("__contains__", "key, /", (PySet s, PyObject k) -> PyBool.of(s.containsItem(k)));
        t.method0("__iter__", (PySet s) -> new SetIterator(s));
        t.method0("__repr__", SetMethods::repr);
        t.methodN("union", "*others", (PySet s, PyObject[] a) -> {
            PySet r = copy(s, isFrozen(s));
            for (PyObject o : ((PyTuple) a[0]).items) {
                addAll(r, o);
            }
            return r;
        });
        t.methodN("intersection", "*others", (PySet s, PyObject[] a) -> {
            PySet r = copy(s, isFrozen(s));
            for (PyObject o : ((PyTuple) a[0]).items) {
                r = intersection(r, toSet(o), isFrozen(s));
            }
            return r;
        });
        t.methodN("difference", "*others", (PySet s, PyObject[] a) -> {
            PySet r = copy(s, isFrozen(s));
            for (PyObject o : ((PyTuple) a[0]).items) {
                for (PyObject e : Iteration.toArray(o)) {
                    r.discard(e);
                }
            }
            return r;
        });
        t.method1("symmetric_difference", "other, /", (PySet s, PyObject o) -> {
            PySet r = copy(s, isFrozen(s));
            symmetricInPlace(r, toSet(o));
            return r;
        });
        t.method1("issubset", "other, /", (PySet s, PyObject o) -> PyBool.of(subset(s, toSet(o))));
        t.method1("issuperset", "other, /", (PySet s, PyObject o) -> PyBool.of(subset(toSet(o), s)));
        t.method1("isdisjoint", "other, /", (PySet s, PyObject o) -> {
            for (PyObject e : Iteration.toArray(o)) {
                if (s.contains(e)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        t.binary("__or__", SetMethods::or);
        t.binary("__and__", SetMethods::and);
        // CPython's reflected forms are the same C function with the operands swapped: the
        // result takes the type of the left operand.
        t.binary("__ror__", (PySet s, PyObject o) -> isSet(o) ? or((PySet) o, s) : NI);
        t.binary("__rand__", (PySet s, PyObject o) -> isSet(o) ? and((PySet) o, s) : NI);
        t.binary("__rxor__", (PySet s, PyObject o) -> isSet(o) ? xor((PySet) o, s) : NI);
        t.binary("__sub__", (PySet s, PyObject o) -> {
            if (!isSet(o)) {
                return NI;
            }
            PySet r = copy(s, isFrozen(s));
            for (PyObject e : ((PySet) o).toArray()) {
                r.discard(e);
            }
            return r;
        });
        t.binary("__xor__", SetMethods::xor);
        t.binary("__rsub__", (PySet s, PyObject o) -> NI);
        t.binary("__eq__", (PySet s, PyObject o) -> isSet(o) ? PyBool.of(s.size == ((PySet) o).size && subset(s, (PySet) o)) : NI);
        t.binary("__ne__", (PySet s, PyObject o) -> isSet(o) ? PyBool.of(!(s.size == ((PySet) o).size && subset(s, (PySet) o))) : NI);
        t.binary("__le__", (PySet s, PyObject o) -> isSet(o) ? PyBool.of(subset(s, (PySet) o)) : NI);
        t.binary("__lt__", (PySet s, PyObject o) -> isSet(o) ? PyBool.of(s.size < ((PySet) o).size && subset(s, (PySet) o)) : NI);
        t.binary("__ge__", (PySet s, PyObject o) -> isSet(o) ? PyBool.of(subset((PySet) o, s)) : NI);
        t.binary("__gt__", (PySet s, PyObject o) -> isSet(o) ? PyBool.of(s.size > ((PySet) o).size && subset((PySet) o, s)) : NI);
        t.method0("__reduce__", (PySet s) -> PyTuple.of(isFrozen(s) ? PyFrozenSet.TYPE : PySet.TYPE,
                PyTuple.of(PyList.wrap(s.toArray())), NONE));
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

    static void addAll(PySet s, PyObject iterable) {
        if (iterable instanceof PySet o) {
            s.addAll(o);
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
        if (iterable instanceof PyDict d) {
            for (PyObject k : d.keysArray()) {
                s.add(k);
            }
            return;
        }
        Iteration.forEach(iterable, s::add);
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

    static PySet intersection(PySet a, PySet b, boolean frozen) {
        PySet r = frozen ? new PyFrozenSet() : new PySet();
        PySet small = a.size <= b.size ? a : b;
        PySet large = small == a ? b : a;
        for (PyObject e : small.toArray()) {
            if (large.contains(e)) {
                r.add(e);
            }
        }
        return r;
    }

    private static void symmetricInPlace(PySet s, PySet o) {
        for (PyObject e : o.toArray()) {
            if (!s.discard(e)) {
                s.add(e);
            }
        }
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
        r.addAll((PySet) o);
        return r;
    }

    private static PyObject and(PySet s, PyObject o) {
        return isSet(o) ? intersection(s, (PySet) o, isFrozen(s)) : NI;
    }

    private static PyObject xor(PySet s, PyObject o) {
        if (!isSet(o)) {
            return NI;
        }
        PySet r = copy(s, isFrozen(s));
        symmetricInPlace(r, (PySet) o);
        return r;
    }

    static final class SetIterator extends PyIterator {
        static final PyType TYPE = PyType.builtin("set_iterator", PyType.OBJECT, SetIterator.class,
                PyIterator::defineSizedIteratorMethods).notSubclassable();
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
}
