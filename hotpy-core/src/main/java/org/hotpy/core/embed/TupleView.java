package org.hotpy.core.embed;

import java.lang.reflect.Type;
import java.util.AbstractList;
import java.util.RandomAccess;

import org.hotpy.core.model.PyObject;
import org.hotpy.core.types.collection.PyTuple;

/** A Python tuple as an unmodifiable Java {@code List} (elements converted on the way out). */
final class TupleView extends AbstractList<Object> implements RandomAccess, PythonView {
    private final Interop in;
    private final PyTuple tuple;
    private final Type elem;

    TupleView(Interop in, PyTuple tuple, Type elem) {
        this.in = in;
        this.tuple = tuple;
        this.elem = elem;
    }

    @Override
    public Interop interop() {
        return in;
    }

    @Override
    public PyObject pythonObject() {
        return tuple;
    }

    @Override
    public Object get(int index) {
        ListView.checkIndex(index, tuple.size());
        return in.call(() -> elem == Object.class ? Conversions.toJava(in, tuple.get(index))
                : TypedConversions.convert(in, tuple.get(index), elem));
    }

    @Override
    public int size() {
        return tuple.size();
    }
}
