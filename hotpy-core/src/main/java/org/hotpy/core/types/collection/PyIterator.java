package org.hotpy.core.types.collection;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.JavaMethod;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.TypeDef;

/**
 * Base of the iterators implemented in Java. {@link #next()} returns null at the end instead of
 * raising StopIteration, so {@code for} loops over builtin iterables never create exceptions;
 * only a Python-level {@code __next__} call turns the end into StopIteration.
 */
public abstract class PyIterator extends PyObject {

    /** The next item, or null when exhausted. */
    public abstract PyObject next();

    /** {@code __length_hint__}, or -1 when unknown. */
    public int lengthHint() {
        return -1;
    }

    /**
     * The iterator protocol plus {@code __length_hint__}, for iterators that know how many items
     * are left (those overriding {@link #lengthHint()}), as CPython's list, tuple, range, dict
     * and set iterators do.
     */
    public static void defineSizedIteratorMethods(TypeDef t) {
        defineIteratorMethods(t);
        t.method0("__length_hint__", Fn.LENGTH_HINT);
    }

    /** Fills the {@code __iter__}/{@code __next__} protocol of a Java iterator type. */
    public static void defineIteratorMethods(TypeDef t) {
        t.method0("__iter__", Fn.ITER);
        t.method0("__next__", Fn.NEXT);
    }

    private static PyObject nextMethod(PyIterator self) {
        PyObject v = self.next();
        if (v == null) {
            throw Errors.stopIteration(null);
        }
        return v;
    }

    /**
     * One constant per method and a switch per arity, not a lambda each: each lambda was linked
     * when a program first used the type (~0.25 ms apiece on JDK 17, with class-data sharing).
     */
    private enum Fn implements JavaMethod.M0<PyIterator> {
        LENGTH_HINT, ITER, NEXT;

        @Override
        public PyObject call(PyIterator self) {
            return switch (this) {
                case LENGTH_HINT -> org.hotpy.core.types.number.PyInt.of(Math.max(0, self.lengthHint()));
                case ITER -> self;
                case NEXT -> nextMethod(self);
            };
        }
    }
}
