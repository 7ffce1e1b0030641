package org.hotpy.core.types.function;

import org.hotpy.core.model.PyNotImplemented;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Attr;
import org.hotpy.core.ops.Compare;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/** {@code list[int]} and friends: {@code types.GenericAlias} (PEP 585). */
public final class GenericAliasSupport {
    private GenericAliasSupport() {}

    /** A parameterised builtin collection type. */
    public static final class PyGenericAlias extends PyObject {
        public static final PyType TYPE = PyType.builtin("GenericAlias", PyType.OBJECT, PyGenericAlias.class,
                GenericAliasSupport::define).inModule("types");
        final PyObject origin;
        final PyTuple args;
        /** GenericAlias, or a Python subclass (collections.abc's Callable alias has no instance dict). */
        private PyType type = TYPE;

        public PyGenericAlias(PyObject origin, PyObject args) {
            this.origin = origin;
            this.args = args instanceof PyTuple t ? t : PyTuple.of(args);
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            return origin.call(a, kw);
        }
    }

    /** The {@code __class_getitem__} class method shared by the builtin collections. */
    public static PyObject classGetItem() {
        return new PyClassMethod(PyBuiltinFunction.of("__class_getitem__", "cls, item, /",
                a -> new PyGenericAlias(a[0], a[1])));
    }

    private static String reprItem(PyObject o) {
        if (o instanceof PyType t) {
            String mod = t.moduleName();
            return mod.equals("builtins") ? t.qualname() : mod + "." + t.qualname();
        }
        if (o == org.hotpy.core.model.PyEllipsis.INSTANCE) {
            return "...";
        }
        return Protocols.repr(o).value();
    }

    private static void define(TypeDef t) {
        t.newMethod("origin, args, /", (cls, a) -> {
            PyGenericAlias g = new PyGenericAlias(a[0], a[1]);
            g.type = cls;
            return g;
        });
        t.callable();
        t.getter("__origin__", (PyGenericAlias g) -> g.origin);
        t.getter("__args__", (PyGenericAlias g) -> g.args);
        t.getter("__parameters__", (PyGenericAlias g) -> PyTuple.EMPTY);
        t.method0("__repr__", (PyGenericAlias g) -> {
            StringBuilder sb = new StringBuilder(reprItem(g.origin)).append('[');
            PyObject[] items = g.args.itemsUnsafe();
            if (items.length == 0) {
                sb.append("()");
            }
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(reprItem(items[i]));
            }
            return PyStr.of(sb.append(']').toString());
        });
        t.binary("__eq__", (PyGenericAlias g, PyObject o) -> o instanceof PyGenericAlias h
                ? PyBool.of(Compare.eq(g.origin, h.origin) && Compare.eq(g.args, h.args)) : PyNotImplemented.INSTANCE);
        t.method0("__hash__", (PyGenericAlias g) -> PyInt.of(Protocols.hash(g.origin) ^ Protocols.hash(g.args)));
        t.method1("__getattr__", "name, /", (PyGenericAlias g, PyObject n) -> Attr.get(g.origin, ((PyStr) n).value()));
        t.binary("__or__", (PyGenericAlias g, PyObject o) -> org.hotpy.core.model.UnionTypes.union(g, o));
        t.binary("__ror__", (PyGenericAlias g, PyObject o) -> org.hotpy.core.model.UnionTypes.union(o, g));
        t.method1("__mro_entries__", "bases, /", (PyGenericAlias g, PyObject b) -> PyTuple.of(g.origin));
        t.method1("__instancecheck__", "obj, /", (PyGenericAlias g, PyObject o) -> {
            throw org.hotpy.core.errors.Errors.typeError("isinstance() argument 2 cannot be a parameterized generic");
        });
    }
}
