package org.hotpy.core.types.collection;

import org.hotpy.core.errors.PyException;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.exception.ExceptionTypes;
import org.hotpy.core.types.number.PyInt;

/** Iterators over sequences: arrays (tuple), lists (live), reversed lists, and __getitem__ sequences. */
public final class SequenceIterator {
    private SequenceIterator() {}

    /** Over a fixed array: tuples. */
    public static final class OfArray extends PyIterator {
        public static final PyType TYPE = PyType.builtin("tuple_iterator", PyType.OBJECT, OfArray.class,
                CollectionTypeDefs.SIZED_ITERATOR).notSubclassable();
        private final PyObject[] items;
        private final int n;
        private int i;

        public OfArray(PyObject[] items, int n) {
            this.items = items;
            this.n = n;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject next() {
            return i < n ? items[i++] : null;
        }

        @Override
        public int lengthHint() {
            return n - i;
        }
    }

    /** Over a list, seeing appends made during iteration as CPython does. */
    public static final class OfList extends PyIterator {
        public static final PyType TYPE = PyType.builtin("list_iterator", PyType.OBJECT, OfList.class,
                CollectionTypeDefs.SIZED_ITERATOR).notSubclassable();
        private PyList list;
        private int i;

        public OfList(PyList list) {
            this.list = list;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject next() {
            PyList l = list;
            if (l != null && i < l.size) {
                return l.items[i++];
            }
            list = null; // exhausted iterators stay exhausted
            return null;
        }

        @Override
        public int lengthHint() {
            return list == null ? 0 : list.size - i;
        }
    }

    /** {@code reversed(list)}. */
    public static final class ReversedList extends PyIterator {
        public static final PyType TYPE = PyType.builtin("list_reverseiterator", PyType.OBJECT, ReversedList.class,
                CollectionTypeDefs.SIZED_ITERATOR).notSubclassable();
        private final PyList list;
        private int i;

        public ReversedList(PyList list) {
            this.list = list;
            this.i = list.size - 1;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject next() {
            if (i >= 0 && i < list.size) {
                return list.items[i--];
            }
            i = -1;
            return null;
        }

        @Override
        public int lengthHint() {
            return i >= 0 && i < list.size ? i + 1 : 0;
        }
    }

    /** The {@code __getitem__} fallback of {@code iter()}: indices 0, 1, … until IndexError or StopIteration. */
    public static final class OfGetItem extends PyIterator {
        public static final PyType TYPE = PyType.builtin("iterator", PyType.OBJECT, OfGetItem.class,
                CollectionTypeDefs.ITERATOR).notSubclassable();
        private PyObject seq;
        private long i;

        public OfGetItem(PyObject seq) {
            this.seq = seq;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject next() {
            if (seq == null) {
                return null;
            }
            try {
                return Protocols.getItem(seq, PyInt.of(i++));
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.INDEX_ERROR) || e.matches(ExceptionTypes.STOP_ITERATION)) {
                    seq = null;
                    return null;
                }
                throw e;
            }
        }
    }
}
