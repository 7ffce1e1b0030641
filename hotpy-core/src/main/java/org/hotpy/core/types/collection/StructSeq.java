package org.hotpy.core.types.collection;

import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.text.PyStr;

/**
 * A named tuple implemented in Java ({@code sys.version_info}, {@code sys.float_info} …): a tuple
 * whose type has one read-only attribute per field and CPython's repr.
 */
public final class StructSeq extends PyTuple {
    private final PyType type;

    private StructSeq(PyType type, PyObject[] items) {
        super(items);
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** Declares a struct sequence type {@code module.name} with these fields. */
    public static PyType declare(String module, String name, String... fields) {
        PyType[] holder = new PyType[1];
        holder[0] = PyType.builtin(name, PyTuple.TYPE, StructSeq.class, t -> {
            for (int i = 0; i < fields.length; i++) {
                int index = i;
                t.getter(fields[i], (PyTuple s) -> s.get(index));
            }
            t.method0("__repr__", (PyTuple s) -> {
                StringBuilder sb = new StringBuilder(module).append('.').append(name).append('(');
                for (int i = 0; i < fields.length; i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(fields[i]).append('=').append(Protocols.repr(s.get(i)).value());
                }
                return PyStr.of(sb.append(')').toString());
            });
        }).inModule(module).notSubclassable();
        return holder[0];
    }

    public static StructSeq of(PyType type, PyObject... items) {
        return new StructSeq(type, items);
    }
}
