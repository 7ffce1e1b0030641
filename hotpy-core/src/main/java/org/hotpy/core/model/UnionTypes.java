package org.hotpy.core.model;

import java.util.ArrayList;
import java.util.List;

import org.hotpy.core.ops.Compare;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyFrozenSet;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/** {@code X | Y} on types ({@code types.UnionType}, PEP 604). */
public final class UnionTypes {
    private UnionTypes() {}

    /** An {@code int | str} object. */
    public static final class PyUnion extends PyObject {
        public static final PyType TYPE = PyType.builtin("UnionType", PyType.OBJECT, PyUnion.class, ModelTypeDefs.UNION)
                .notSubclassable().inModule("types");
        public final PyTuple args;

        PyUnion(PyTuple args) {
            this.args = args;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    private static boolean unionable(PyObject o) {
        // CPython's is_unionable: typing's own forms answer through their __or__/__ror__ instead
        return o instanceof PyType || o == PyNone.NONE || o instanceof PyUnion
                || o.type().name().equals("GenericAlias");
    }

    /** {@code a | b}, or NotImplemented when either side cannot take part in a union. */
    public static PyObject union(PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b)) {
            return PyNotImplemented.INSTANCE;
        }
        List<PyObject> items = new ArrayList<>();
        add(items, a);
        add(items, b);
        if (items.size() == 1) {
            return items.get(0);
        }
        return new PyUnion(PyTuple.of(items));
    }

    private static void add(List<PyObject> items, PyObject o) {
        if (o instanceof PyUnion u) {
            for (PyObject x : u.args.itemsUnsafe()) {
                add(items, x);
            }
            return;
        }
        PyObject v = o == PyNone.NONE ? PyNone.TYPE : o;
        for (PyObject x : items) {
            if (x == v) {
                return;
            }
        }
        items.add(v);
    }

    static void define(TypeDef t) {
        t.getter("__args__", (PyUnion u) -> u.args);
        t.method0("__repr__", (PyUnion u) -> {
            StringBuilder sb = new StringBuilder();
            for (PyObject x : u.args.itemsUnsafe()) {
                if (sb.length() > 0) {
                    sb.append(" | ");
                }
                if (x == PyNone.TYPE) {
                    sb.append("None");
                } else if (x instanceof PyType ty) {
                    String mod = ty.moduleName();
                    sb.append(mod.equals("builtins") ? ty.qualname() : mod + "." + ty.qualname());
                } else {
                    sb.append(Protocols.repr(x).value());
                }
            }
            return PyStr.of(sb.toString());
        });
        t.binary("__or__", (PyUnion u, PyObject o) -> union(u, o));
        t.binary("__ror__", (PyUnion u, PyObject o) -> union(o, u));
        t.binary("__eq__", (PyUnion u, PyObject o) -> o instanceof PyUnion v
                ? PyBool.of(Compare.eq(frozen(u), frozen(v))) : PyNotImplemented.INSTANCE);
        t.method0("__hash__", (PyUnion u) -> PyInt.of(Protocols.hash(frozen(u))));
    }

    private static PyFrozenSet frozen(PyUnion u) {
        PyFrozenSet s = new PyFrozenSet();
        for (PyObject x : u.args.itemsUnsafe()) {
            s.add(x);
        }
        return s;
    }
}
