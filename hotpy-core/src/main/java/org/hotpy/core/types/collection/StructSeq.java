package org.hotpy.core.types.collection;

import java.util.function.Consumer;

import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.text.PyStr;

/**
 * A named tuple implemented in Java ({@code sys.version_info}, {@code sys.float_info} …): a tuple
 * whose type has one read-only attribute per field and CPython's repr.
 */
public final class StructSeq extends PyTuple {
    private final PyType type;
    /** Fields that are attributes only, not tuple items (time.struct_time's tm_zone, tm_gmtoff). */
    private final PyObject[] extras;

    private StructSeq(PyType type, PyObject[] items, PyObject[] extras) {
        super(items);
        this.type = type;
        this.extras = extras;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** Declares a struct sequence type {@code module.name} with these fields. */
    public static PyType declare(String module, String name, String... fields) {
        return declareWithExtras(module, name, fields.length, fields);
    }

    /** Like {@link #declare}, with only the first {@code visible} fields being tuple items. */
    public static PyType declareWithExtras(String module, String name, int visible, String... fields) {
        PyType[] holder = new PyType[1];
        holder[0] = PyType.builtin(name, PyTuple.TYPE, StructSeq.class, new Definer(module, name, visible, fields, holder))
                .inModule(module).notSubclassable();
        return holder[0];
    }

    /**
     * Fills a struct sequence type's dict on first use. A record, not a lambda: sys declares its
     * struct sequences at every start-up, and linking a lambda there cost more than loading this.
     */
    private record Definer(String module, String name, int visible, String[] fields, PyType[] holder)
            implements Consumer<TypeDef> {
        @Override
        public void accept(TypeDef t) {
            for (int i = 0; i < fields.length; i++) {
                int index = i;
                t.getter(fields[i], (StructSeq s) -> index < visible ? s.get(index)
                        : s.extras.length > index - visible ? s.extras[index - visible] : org.hotpy.core.model.PyNone.NONE);
            }
            t.newMethod("sequence, dict=None", (cls, a) -> {
                PyObject[] all = org.hotpy.core.ops.Iteration.toArray(a[0]);
                if (all.length < visible || all.length > fields.length) {
                    throw org.hotpy.core.errors.Errors.typeError("%s.%s() takes a %d-sequence (%d-sequence given)",
                            module, name, visible, all.length);
                }
                return withExtras(holder[0], all, visible);
            });
            t.method0("__repr__", (PyTuple s) -> {
                StringBuilder sb = new StringBuilder(module).append('.').append(name).append('(');
                for (int i = 0; i < visible; i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(fields[i]).append('=').append(Protocols.repr(s.get(i)).value());
                }
                return PyStr.of(sb.append(')').toString());
            });
        }
    }

    public static StructSeq of(PyType type, PyObject... items) {
        return new StructSeq(type, items, new PyObject[0]);
    }

    /** A value whose first {@code visible} items are the tuple and the rest extra attributes. */
    public static StructSeq withExtras(PyType type, PyObject[] all, int visible) {
        return new StructSeq(type, java.util.Arrays.copyOf(all, visible),
                java.util.Arrays.copyOfRange(all, Math.min(visible, all.length), all.length));
    }
}
