package org.hotpy.core.embed;

import java.lang.reflect.Type;
import java.util.AbstractList;
import java.util.RandomAccess;

import org.hotpy.core.model.PyObject;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.number.PyInt;

/**
 * A Python list as a live Java {@code List}: reads and writes go to the list as they happen,
 * under the interpreter's lock. Elements are converted on the way out (to {@code elem}, when the
 * view was made for a declared {@code List<E>}) and on the way in.
 */
final class ListView extends AbstractList<Object> implements RandomAccess, PythonView {
    private final Interop in;
    private final PyList list;
    private final Type elem;

    ListView(Interop in, PyList list, Type elem) {
        this.in = in;
        this.list = list;
        this.elem = elem;
    }

    @Override
    public Interop interop() {
        return in;
    }

    @Override
    public PyObject pythonObject() {
        return list;
    }

    private Object out(PyObject o) {
        return elem == Object.class ? Conversions.toJava(in, o) : TypedConversions.convert(in, o, elem);
    }

    @Override
    public Object get(int index) {
        return in.call(() -> {
            checkIndex(index, list.size());
            return out(list.get(index));
        });
    }

    @Override
    public int size() {
        return in.call(list::size);
    }

    @Override
    public Object set(int index, Object value) {
        return in.call(() -> {
            checkIndex(index, list.size());
            PyObject old = list.get(index);
            list.setItem(index, Conversions.toPython(in, value));
            return out(old);
        });
    }

    @Override
    public void add(int index, Object value) {
        in.call(() -> {
            if (index < 0 || index > list.size()) {
                throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + list.size());
            }
            Call.callMethod(list, "insert", PyInt.of(index), Conversions.toPython(in, value));
            return null;
        });
        modCount++;
    }

    @Override
    public Object remove(int index) {
        Object old = in.call(() -> {
            checkIndex(index, list.size());
            PyObject o = list.get(index);
            Protocols.delItem(list, PyInt.of(index));
            return out(o);
        });
        modCount++;
        return old;
    }

    @Override
    public void clear() {
        in.call(() -> {
            list.clear();
            return null;
        });
        modCount++;
    }

    static void checkIndex(int index, int size) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size);
        }
    }
}
