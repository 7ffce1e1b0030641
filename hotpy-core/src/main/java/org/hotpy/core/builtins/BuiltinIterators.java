package org.hotpy.core.builtins;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.JavaMethod;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Slot;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyIterator;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.collection.SequenceIterator;
import org.hotpy.core.types.number.PyInt;

/** The iterator classes of the builtins module: enumerate, zip, map, filter, reversed. */
public final class BuiltinIterators {
    private BuiltinIterators() {}

    /** {@code enumerate(iterable, start=0)}. */
    public static final class Enumerate extends PyIterator {
        public static final PyType TYPE = PyType.builtin("enumerate", PyType.OBJECT, Enumerate.class,
                BuiltinTypeDefs.ENUMERATE).withExactCallCheck(new CallArguments());
        private final PyObject it;
        private long index;
        private PyObject bigIndex;

        Enumerate(PyObject it, PyObject start) {
            this.it = it;
            if (start instanceof PyInt i) {
                this.index = i.value;
            } else {
                this.bigIndex = start;
            }
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject next() {
            PyObject v = Protocols.next(it);
            if (v == null) {
                return null;
            }
            PyObject i;
            if (bigIndex != null) {
                i = bigIndex;
                bigIndex = org.hotpy.core.types.number.IntMath.add(bigIndex, PyInt.ONE);
            } else if (index == Long.MAX_VALUE) {
                i = PyInt.of(index);
                bigIndex = org.hotpy.core.types.number.IntMath.add(i, PyInt.ONE);
            } else {
                i = PyInt.of(index++);
            }
            return PyTuple.of(i, v);
        }

        /**
         * {@code enumerate(...)} itself, as CPython 3.11's enumerate_vectorcall checks it: by
         * counting arguments and naming the first unexpected keyword, never "(pos 1)"; once it
         * passes, {@code __new__} binds them as usual.
         */
        private static final class CallArguments implements PyType.CallCheck {
            @Override
            public void check(PyObject[] args, String[] kwnames) {
                int nkw = kwnames == null ? 0 : kwnames.length;
                int npos = args.length - nkw;
                if (args.length == 2) {
                    if (nkw == 1) {
                        expect(kwnames[0], "start");
                    } else if (nkw == 2) {
                        if (kwnames[0].equals("start")) {
                            expect(kwnames[1], "iterable");
                        } else {
                            expect(kwnames[0], "iterable");
                            expect(kwnames[1], "start");
                        }
                    }
                } else if (args.length == 1) {
                    if (nkw == 1) {
                        expect(kwnames[0], "iterable");
                    }
                } else if (npos == 0) {
                    throw Errors.typeError("enumerate() missing required argument 'iterable'");
                } else {
                    throw Errors.typeError("enumerate() takes at most 2 arguments (%d given)", args.length);
                }
            }

            private static void expect(String given, String name) {
                if (!given.equals(name)) {
                    throw Errors.typeError("'%s' is an invalid keyword argument for enumerate()", given);
                }
            }
        }

        static void define(TypeDef t) {
            t.newMethod("iterable, start=0", Fn.ENUMERATE);
            t.textSignature("iterable, start=0");
            PyIterator.defineIteratorMethods(t);
            t.constant("__class_getitem__", org.hotpy.core.types.function.GenericAliasSupport.classGetItem());
        }
    }

    /** {@code zip(*iterables, strict=False)}. */
    public static final class Zip extends PyIterator {
        public static final PyType TYPE = PyType.builtin("zip", PyType.OBJECT, Zip.class, BuiltinTypeDefs.ZIP);
        private final PyObject[] its;
        private final boolean strict;
        private boolean done;

        Zip(PyObject[] its, boolean strict) {
            this.its = its;
            this.strict = strict;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject next() {
            if (done || its.length == 0) {
                return null;
            }
            PyObject[] items = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject v = Protocols.next(its[i]);
                if (v == null) {
                    done = true;
                    if (strict) {
                        checkStrict(i);
                    }
                    return null;
                }
                items[i] = v;
            }
            return PyTuple.of(items);
        }

        private void checkStrict(int exhausted) {
            if (exhausted > 0) {
                throw Errors.valueError("zip() argument %d is shorter than argument%s%s", exhausted + 1,
                        exhausted == 1 ? " " : "s 1-", exhausted == 1 ? "1" : String.valueOf(exhausted));
            }
            for (int j = 1; j < its.length; j++) {
                if (Protocols.next(its[j]) != null) {
                    throw Errors.valueError("zip() argument %d is longer than argument%s%s", j + 1,
                            j == 1 ? " " : "s 1-", j == 1 ? "1" : String.valueOf(j));
                }
            }
        }

        static void define(TypeDef t) {
            // strict parsed by newZip, in CPython's order of checks (KeywordOnlyArgs)
            t.newMethod("*iterables, **kwargs", Fn.ZIP);
            PyIterator.defineIteratorMethods(t);
        }
    }

    /** {@code map(function, *iterables)}. */
    public static final class MapIter extends PyIterator {
        public static final PyType TYPE = PyType.builtin("map", PyType.OBJECT, MapIter.class, BuiltinTypeDefs.MAP);
        private final PyObject fn;
        private final PyObject[] its;

        MapIter(PyObject fn, PyObject[] its) {
            this.fn = fn;
            this.its = its;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject next() {
            PyObject[] args = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject v = Protocols.next(its[i]);
                if (v == null) {
                    return null;
                }
                args[i] = v;
            }
            return fn.call(args, null);
        }

        static void define(TypeDef t) {
            t.newMethod("*args", Fn.MAP);
            PyIterator.defineIteratorMethods(t);
        }
    }

    /** {@code filter(function or None, iterable)}. */
    public static final class FilterIter extends PyIterator {
        public static final PyType TYPE = PyType.builtin("filter", PyType.OBJECT, FilterIter.class, BuiltinTypeDefs.FILTER);
        private final PyObject fn;
        private final PyObject it;

        FilterIter(PyObject fn, PyObject it) {
            this.fn = fn;
            this.it = it;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject next() {
            for (PyObject v = Protocols.next(it); v != null; v = Protocols.next(it)) {
                boolean keep = fn == PyNone.NONE ? Protocols.isTrue(v) : Protocols.isTrue(Call.call(fn, v));
                if (keep) {
                    return v;
                }
            }
            return null;
        }

        static void define(TypeDef t) {
            t.newMethod("function, iterable, /", Fn.FILTER);
            PyIterator.defineIteratorMethods(t);
        }
    }

    /** {@code reversed(sequence)}: __reversed__, or indexing from the end. */
    public static final class Reversed extends PyIterator {
        public static final PyType TYPE = PyType.builtin("reversed", PyType.OBJECT, Reversed.class, BuiltinTypeDefs.REVERSED);
        private PyObject seq;
        private long index;

        Reversed(PyObject seq, long len) {
            this.seq = seq;
            this.index = len - 1;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject next() {
            if (seq == null || index < 0) {
                seq = null;
                return null;
            }
            return Protocols.getItem(seq, PyInt.of(index--));
        }

        @Override
        public int lengthHint() {
            return seq == null ? 0 : (int) (index + 1);
        }

        static PyObject create(PyObject seq) {
            PyObject r = seq.type().lookup(Slot.REVERSED);
            if (r != null) {
                if (r == PyNone.NONE) {
                    throw Errors.typeError("'%s' object is not reversible", seq.type().tpName());
                }
                return Call.callSpecial(r, seq);
            }
            if (seq.type().lookup(Slot.GETITEM) == null || seq.type().lookup(Slot.LEN) == null
                    || seq instanceof PyDict) {
                throw Errors.typeError("'%s' object is not reversible", seq.type().tpName());
            }
            return new Reversed(seq, Protocols.len(seq));
        }

        static void define(TypeDef t) {
            t.newMethod("sequence, /", Fn.REVERSED);
            t.textSignature("sequence, /");
            PyIterator.defineSizedIteratorMethods(t);
        }
    }

    /** {@code iter(callable, sentinel)}: calls until the sentinel comes back. */
    public static final class CallableIterator extends PyIterator {
        public static final PyType TYPE = PyType.builtin("callable_iterator", PyType.OBJECT, CallableIterator.class,
                BuiltinTypeDefs.CALLABLE_ITERATOR).notSubclassable();
        private PyObject fn;
        private final PyObject sentinel;

        CallableIterator(PyObject fn, PyObject sentinel) {
            this.fn = fn;
            this.sentinel = sentinel;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject next() {
            if (fn == null) {
                return null;
            }
            PyObject v;
            try {
                v = Call.call(fn);
            } catch (org.hotpy.core.errors.PyException e) {
                if (e.matches(org.hotpy.core.types.exception.ExceptionTypes.STOP_ITERATION)) {
                    fn = null;
                    return null;
                }
                throw e;
            }
            if (v == sentinel || org.hotpy.core.ops.Compare.eq(v, sentinel)) {
                fn = null;
                return null;
            }
            return v;
        }
    }

    /** All items of an iterable into a new list (the {@code list()} and {@code sorted()} helper). */
    static PyList toList(PyObject iterable) {
        PyList l = new PyList();
        org.hotpy.core.ops.Iteration.appendAll(iterable, l);
        return l;
    }

    /** {@code iter(o)} or {@code iter(callable, sentinel)}. */
    static PyObject iter(PyObject o, PyObject sentinel) {
        if (sentinel == null) {
            return Protocols.iter(o);
        }
        if (Call.callableOrNull(o) == null) {
            throw Errors.typeError("iter(v, w): v must be callable");
        }
        return new CallableIterator(o, sentinel);
    }

    static PyObject sequenceIter(PyObject o) {
        return new SequenceIterator.OfGetItem(o);
    }

    private static PyObject newZip(PyType cls, PyObject[] a) {
        PyObject[] iterables = ((PyTuple) a[0]).itemsUnsafe();
        PyObject[] its = new PyObject[iterables.length];
        for (int i = 0; i < its.length; i++) {
            its[i] = Protocols.iter(iterables[i]);
        }
        PyObject strict = KeywordOnlyArgs.parse("zip", (PyDict) a[1], "strict")[0];
        return new Zip(its, strict != null && Protocols.isTrue(strict));
    }

    private static PyObject newMap(PyType cls, PyObject[] a) {
        PyObject[] args = ((PyTuple) a[0]).itemsUnsafe();
        if (args.length < 2) {
            throw Errors.typeError("map() must have at least two arguments.");
        }
        PyObject[] its = new PyObject[args.length - 1];
        for (int i = 0; i < its.length; i++) {
            its[i] = Protocols.iter(args[i + 1]);
        }
        return new MapIter(args[0], its);
    }

    /**
     * One constant per method and a switch per arity, not a lambda each: each lambda was linked
     * when a program first used the type (~0.25 ms apiece on JDK 17, with class-data sharing).
     */
    private enum Fn implements JavaMethod.MN<PyObject> {
        ENUMERATE, ZIP, MAP, FILTER, REVERSED;

        @Override
        public PyObject call(PyObject self, PyObject[] args) {
            return switch (this) {
                case ENUMERATE -> new Enumerate(Protocols.iter(args[0]), Protocols.index(args[1]));
                case ZIP -> newZip(((PyType) self), args);
                case MAP -> newMap(((PyType) self), args);
                case FILTER -> new FilterIter(args[0], Protocols.iter(args[1]));
                case REVERSED -> Reversed.create(args[0]);
            };
        }
    }
}
