package org.hotpy.core.types.function;

import org.hotpy.core.model.JavaMethod;
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
                FunctionTypeDefs.GENERIC_ALIAS).inModule("types");
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
                Fn.CLASS_GETITEM));
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

    static void define(TypeDef t) {
        t.newMethod("origin, args, /", Fn.NEW);
        t.callable();
        t.getter("__origin__", Fn.ORIGIN);
        t.getter("__args__", Fn.ARGS);
        t.getter("__parameters__", Fn.PARAMETERS);
        t.method0("__repr__", Fn.REPR);
        t.binary("__eq__", Fn.EQ);
        t.method0("__hash__", Fn.HASH);
        t.method1("__getattr__", "name, /", Fn.GETATTR);
        t.binary("__or__", Fn.OR);
        t.binary("__ror__", Fn.ROR);
        t.method1("__mro_entries__", "bases, /", Fn.MRO_ENTRIES);
        t.method1("__instancecheck__", "obj, /", Fn.INSTANCECHECK);
    }

    private static PyObject reprMethod(PyGenericAlias g) {
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
    }

    /**
     * One constant per method and a switch per arity, not a lambda each: each lambda was linked
     * when a program first used the type (~0.25 ms apiece on JDK 17, with class-data sharing).
     */
    private enum Fn implements
            JavaMethod.M0<PyGenericAlias>, JavaMethod.M1<PyGenericAlias>, JavaMethod.MN<PyObject>,
            PyBuiltinFunction.Body {
        ORIGIN, ARGS, PARAMETERS, REPR, HASH, EQ, GETATTR, OR, ROR, MRO_ENTRIES, INSTANCECHECK, NEW, CLASS_GETITEM;

        @Override
        public PyObject call(PyGenericAlias self) {
            return switch (this) {
                case ORIGIN -> self.origin;
                case ARGS -> self.args;
                case PARAMETERS -> PyTuple.EMPTY;
                case REPR -> reprMethod(self);
                case HASH -> PyInt.of(Protocols.hash(self.origin) ^ Protocols.hash(self.args));
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyGenericAlias self, PyObject a) {
            return switch (this) {
                case EQ -> a instanceof PyGenericAlias h
                        ? PyBool.of(Compare.eq(self.origin, h.origin) && Compare.eq(self.args, h.args))
                        : PyNotImplemented.INSTANCE;
                case GETATTR -> Attr.get(self.origin, ((PyStr) a).value());
                case OR -> org.hotpy.core.model.UnionTypes.union(self, a);
                case ROR -> org.hotpy.core.model.UnionTypes.union(a, self);
                case MRO_ENTRIES -> PyTuple.of(self.origin);
                case INSTANCECHECK -> {
                    throw org.hotpy.core.errors.Errors.typeError("isinstance() argument 2 cannot be a parameterized generic");
                }
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyObject self, PyObject[] args) {
            return switch (this) {
                case NEW -> {
                    PyGenericAlias g = new PyGenericAlias(args[0], args[1]);
                    g.type = ((PyType) self);
                    yield g;
                }
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyObject[] args) {
            return switch (this) {
                case CLASS_GETITEM -> new PyGenericAlias(args[0], args[1]);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }
    }
}
