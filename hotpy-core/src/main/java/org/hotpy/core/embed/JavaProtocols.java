package org.hotpy.core.embed;

import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyIterator;
import org.hotpy.core.types.exception.ExceptionTypes;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;

/**
 * The container protocols of {@link JavaObject}: {@code len}, indexing (negative indices count
 * from the end, as in Python), item assignment and deletion, {@code in}, iteration and truth,
 * for Java lists, maps, collections, arrays, iterables and iterators. Every operation acts on the
 * live Java object; Java exceptions become the matching Python ones.
 */
final class JavaProtocols {
    private JavaProtocols() {}

    static void define(TypeDef t) {
        t.method0("__len__", (JavaObject self) -> PyInt.of(len(self)));
        t.method0("__bool__", (JavaObject self) -> PyBool.of(truth(self)));
        t.method1("__getitem__", "key, /", JavaProtocols::getItem);
        t.method2("__setitem__", "key, value, /", (JavaObject self, PyObject k, PyObject v) -> {
            setItem(self, k, v);
            return PyNone.NONE;
        });
        t.method1("__delitem__", "key, /", (JavaObject self, PyObject k) -> {
            delItem(self, k);
            return PyNone.NONE;
        });
        t.method1("__contains__", "item, /", (JavaObject self, PyObject x) -> PyBool.of(contains(self, x)));
        t.method0("__iter__", JavaProtocols::iter);
        t.method0("__next__", (JavaObject self) -> {
            if (!self.isIterator()) {
                throw Errors.typeError("'%s' Java object is not an iterator", self.className());
            }
            PyObject v = new Items(self.in, (Iterator<?>) self.target()).next();
            if (v == null) {
                throw Errors.stopIteration(null);
            }
            return v;
        });
    }

    private static int len(JavaObject self) {
        Object o = self.target();
        if (o instanceof Collection<?> c) {
            return c.size();
        }
        if (o instanceof Map<?, ?> m) {
            return m.size();
        }
        if (self.isArray()) {
            return Array.getLength(o);
        }
        throw Errors.typeError("object of type '%s' has no len()", self.className());
    }

    private static boolean truth(JavaObject self) {
        Object o = self.target();
        if (o instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (o instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return !self.isArray() || Array.getLength(o) > 0;
    }

    /** A Python index into a Java sequence of {@code size} elements, or IndexError. */
    private static int index(JavaObject self, PyObject key, int size) {
        long i = Protocols.asIndexLong(key, "cannot fit 'int' into an index-sized integer");
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw Errors.of(ExceptionTypes.INDEX_ERROR, "Java %s index out of range", self.isArray() ? "array" : "list");
        }
        return (int) i;
    }

    private static PyObject getItem(JavaObject self, PyObject key) {
        Object o = self.target();
        try {
            if (o instanceof List<?> l) {
                return Conversions.toPython(self.in, l.get(index(self, key, l.size())));
            }
            if (self.isArray()) {
                return Conversions.toPython(self.in, Array.get(o, index(self, key, Array.getLength(o))));
            }
            if (o instanceof Map<?, ?> m) {
                Object k = mapKey(self, m, key);
                if (k == NO_KEY) {
                    throw Errors.withArgs(ExceptionTypes.KEY_ERROR, key);
                }
                return Conversions.toPython(self.in, m.get(k));
            }
        } catch (RuntimeException e) {
            throw rethrow(self, e);
        }
        throw Errors.typeError("'%s' Java object is not subscriptable", self.className());
    }

    @SuppressWarnings("unchecked")
    private static void setItem(JavaObject self, PyObject key, PyObject value) {
        Object o = self.target();
        try {
            if (o instanceof List<?> l) {
                ((List<Object>) l).set(index(self, key, l.size()), Conversions.toJava(self.in, value));
                return;
            }
            if (self.isArray()) {
                int i = index(self, key, Array.getLength(o));
                Array.set(o, i, TypedConversions.convert(self.in, value, o.getClass().getComponentType()));
                return;
            }
            if (o instanceof Map<?, ?> m) {
                ((Map<Object, Object>) m).put(Conversions.toJava(self.in, key), Conversions.toJava(self.in, value));
                return;
            }
        } catch (RuntimeException e) {
            throw rethrow(self, e);
        }
        throw Errors.typeError("'%s' Java object does not support item assignment", self.className());
    }

    private static void delItem(JavaObject self, PyObject key) {
        Object o = self.target();
        try {
            if (o instanceof List<?> l) {
                l.remove(index(self, key, l.size()));
                return;
            }
            if (o instanceof Map<?, ?> m) {
                Object k = mapKey(self, m, key);
                if (k == NO_KEY) {
                    throw Errors.withArgs(ExceptionTypes.KEY_ERROR, key);
                }
                m.remove(k);
                return;
            }
        } catch (RuntimeException e) {
            throw rethrow(self, e);
        }
        throw Errors.typeError("'%s' Java object does not support item deletion", self.className());
    }

    private static boolean contains(JavaObject self, PyObject x) {
        Object o = self.target();
        if (o instanceof Map<?, ?> m) {
            return mapKey(self, m, x) != NO_KEY;
        }
        if (o instanceof Collection<?> c && c.contains(Conversions.toJava(self.in, x))) {
            return true; // the fast answer; otherwise Python equality decides (1 == 1.0, Long 2 == Integer 2)
        }
        PyObject it = iter(self);
        for (PyObject v = Protocols.next(it); v != null; v = Protocols.next(it)) {
            if (v == x || org.hotpy.core.ops.Compare.eq(v, x)) {
                return true;
            }
        }
        return false;
    }

    private static final Object NO_KEY = new Object();

    /**
     * The key of {@code m} that Python's {@code key} denotes, or {@link #NO_KEY}. A Python int may
     * stand for a Long, Integer, Short or Byte key: Java's equals tells them apart, Python does not.
     */
    private static Object mapKey(JavaObject self, Map<?, ?> m, PyObject key) {
        Object k = Conversions.toJava(self.in, key);
        if (m.containsKey(k)) {
            return k;
        }
        if (k instanceof Long l) {
            for (Object alt : new Object[] {(int) (long) l, (short) (long) l, (byte) (long) l}) {
                if (((Number) alt).longValue() == l && m.containsKey(alt)) {
                    return alt;
                }
            }
        }
        return NO_KEY;
    }

    private static PyObject iter(JavaObject self) {
        Object o = self.target();
        if (o instanceof Map<?, ?> m) {
            return new Items(self.in, m.keySet().iterator());
        }
        if (o instanceof Iterable<?> i) {
            return new Items(self.in, i.iterator());
        }
        if (o instanceof Iterator<?>) {
            return self;
        }
        if (self.isArray()) {
            return new Items(self.in, new Iterator<Object>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < Array.getLength(o);
                }

                @Override
                public Object next() {
                    return Array.get(o, next++);
                }
            });
        }
        throw Errors.typeError("'%s' Java object is not iterable", self.className());
    }

    private static org.hotpy.core.errors.PyException rethrow(JavaObject self, RuntimeException e) {
        if (e instanceof org.hotpy.core.errors.PyException p) {
            return p;
        }
        return Exceptions.fromJava(self.in, e);
    }

    /** A Java iterator as a Python iterator (Java exceptions become Python ones). */
    static final class Items extends PyIterator {
        static final org.hotpy.core.model.PyType TYPE = org.hotpy.core.model.PyType.builtin("JavaIterator",
                org.hotpy.core.model.PyType.OBJECT, Items.class, PyIterator::defineIteratorMethods)
                .inModule("java").notSubclassable();

        private final Interop in;
        private final Iterator<?> it;

        Items(Interop in, Iterator<?> it) {
            this.in = in;
            this.it = it;
        }

        @Override
        public org.hotpy.core.model.PyType type() {
            return TYPE;
        }

        @Override
        public PyObject next() {
            try {
                return it.hasNext() ? Conversions.toPython(in, it.next()) : null;
            } catch (org.hotpy.core.errors.PyException e) {
                throw e;
            } catch (RuntimeException e) {
                throw Exceptions.fromJava(in, e);
            }
        }
    }
}
