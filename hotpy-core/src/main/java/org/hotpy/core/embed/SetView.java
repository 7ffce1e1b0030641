package org.hotpy.core.embed;

import java.lang.reflect.Type;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;

import org.hotpy.core.model.PyObject;
import org.hotpy.core.types.collection.PySet;

/**
 * A Python set as a live Java {@code Set} (a frozenset as an unmodifiable one). Membership uses
 * Python's hash and equality; iteration walks a snapshot, with {@code Iterator.remove} writing through.
 */
final class SetView extends AbstractSet<Object> implements PythonView {
    private final Interop in;
    private final PySet set;
    private final Type elem;
    private final boolean mutable;

    SetView(Interop in, PySet set, Type elem, boolean mutable) {
        this.in = in;
        this.set = set;
        this.elem = elem;
        this.mutable = mutable;
    }

    @Override
    public Interop interop() {
        return in;
    }

    @Override
    public PyObject pythonObject() {
        return set;
    }

    private Object out(PyObject o) {
        return elem == Object.class ? Conversions.toJava(in, o) : TypedConversions.convert(in, o, elem);
    }

    private void checkMutable() {
        if (!mutable) {
            throw new UnsupportedOperationException("a frozenset cannot be changed");
        }
    }

    @Override
    public int size() {
        return in.call(set::size);
    }

    @Override
    public boolean contains(Object o) {
        return in.call(() -> set.contains(Conversions.toPython(in, o)));
    }

    @Override
    public boolean add(Object o) {
        checkMutable();
        return in.call(() -> set.add(Conversions.toPython(in, o)));
    }

    @Override
    public boolean remove(Object o) {
        checkMutable();
        return in.call(() -> set.discard(Conversions.toPython(in, o)));
    }

    @Override
    public void clear() {
        checkMutable();
        in.call(() -> {
            set.clear();
            return null;
        });
    }

    @Override
    public Iterator<Object> iterator() {
        PyObject[] items = in.call(set::toArray);
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < items.length;
            }

            @Override
            public Object next() {
                if (next >= items.length) {
                    throw new NoSuchElementException();
                }
                PyObject o = items[next++];
                return in.call(() -> out(o));
            }

            @Override
            public void remove() {
                if (next == 0) {
                    throw new IllegalStateException("next() has not been called");
                }
                checkMutable();
                PyObject o = items[next - 1];
                in.call(() -> set.discard(o));
            }
        };
    }
}
