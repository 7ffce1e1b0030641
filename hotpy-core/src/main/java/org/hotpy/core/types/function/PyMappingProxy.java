package org.hotpy.core.types.function;

import java.util.Map;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.JavaMethod;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/**
 * {@code mappingproxy}: a read-only view of a mapping — of a type's namespace (a class's
 * {@code __dict__}) or of any other mapping.
 */
public final class PyMappingProxy extends PyObject {
    public static final PyType TYPE = PyType.builtin("mappingproxy", PyType.OBJECT, PyMappingProxy.class,
            FunctionTypeDefs.MAPPING_PROXY).notSubclassable();

    private final PyType ofType;
    private final PyObject mapping;

    public PyMappingProxy(PyType type) {
        this.ofType = type;
        this.mapping = null;
    }

    public PyMappingProxy(PyObject mapping) {
        this.ofType = null;
        this.mapping = mapping;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A snapshot dict of the contents (types keep their namespace in a Java map). */
    public PyDict snapshot() {
        if (ofType != null) {
            PyDict d = new PyDict();
            for (Map.Entry<String, PyObject> e : ofType.dict().entrySet()) {
                d.put(PyStr.of(e.getKey()), e.getValue());
            }
            return d;
        }
        if (mapping instanceof PyDict d) {
            return d;
        }
        PyDict d = new PyDict();
        org.hotpy.core.types.collection.DictMethods.update(d, mapping);
        return d;
    }

    private PyObject get(PyObject key) {
        if (ofType != null) {
            return key instanceof PyStr s ? ofType.dict().get(s.value()) : null;
        }
        if (mapping instanceof PyDict d) {
            return d.get(key);
        }
        return Protocols.contains(mapping, key) ? Protocols.getItem(mapping, key) : null;
    }

    static void define(TypeDef t) {
        t.newMethod("mapping", Fn.NEW);
        t.method1("__getitem__", "key, /", Fn.GETITEM);
        t.method2("get", "key, default=None, /", Fn.GET);
        t.method1("__contains__", "key, /", Fn.CONTAINS);
        t.method0("__len__", Fn.LEN);
        t.method0("__iter__", Fn.ITER);
        t.method0("keys", Fn.KEYS);
        t.method0("values", Fn.VALUES);
        t.method0("items", Fn.ITEMS);
        t.method0("copy", Fn.COPY);
        t.method0("__repr__", Fn.REPR);
        t.method0("__str__", Fn.STR);   // CPython: str of the mapping
        t.binary("__or__", Fn.OR);
    }

    private static PyObject newProxy(PyType cls, PyObject[] a) {
        if (a[0] instanceof org.hotpy.core.types.collection.PyList || a[0] instanceof org.hotpy.core.types.collection.PyTuple
                || a[0].type().lookup("keys") == null) {
            throw Errors.typeError("mappingproxy() argument must be a mapping, not %s", a[0].type().tpName());
        }
        return new PyMappingProxy(a[0]);
    }

    private static PyObject getitem(PyMappingProxy p, PyObject k) {
        PyObject v = p.get(k);
        if (v == null) {
            throw Errors.keyError(k);
        }
        return v;
    }

    /**
     * One constant per method and a switch per arity, not a lambda each: each lambda was linked
     * when a program first used the type (~0.25 ms apiece on JDK 17, with class-data sharing).
     */
    private enum Fn implements
            JavaMethod.M0<PyMappingProxy>, JavaMethod.M1<PyMappingProxy>, JavaMethod.M2<PyMappingProxy>,
            JavaMethod.MN<PyObject> {
        LEN, ITER, KEYS, VALUES, ITEMS, COPY, REPR, STR, GETITEM, CONTAINS, OR, GET, NEW;

        @Override
        public PyObject call(PyMappingProxy self) {
            return switch (this) {
                case LEN -> PyInt.of(self.snapshot().size());
                case ITER -> Protocols.iter(PyList.wrap(self.snapshot().keysArray()));
                case KEYS -> Call.callMethod(self.snapshot(), "keys");
                case VALUES -> Call.callMethod(self.snapshot(), "values");
                case ITEMS -> Call.callMethod(self.snapshot(), "items");
                case COPY -> self.snapshot().copy();
                case REPR -> PyStr.of("mappingproxy(" + Protocols.repr(self.snapshot()).value() + ")");
                case STR -> Protocols.str(self.snapshot());
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyMappingProxy self, PyObject a) {
            return switch (this) {
                case GETITEM -> getitem(self, a);
                case CONTAINS -> PyBool.of(self.get(a) != null);
                case OR -> { PyDict d = self.snapshot().copy(); org.hotpy.core.types.collection.DictMethods.update(d, a instanceof PyMappingProxy q ? q.snapshot() : a); yield d; }
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyMappingProxy self, PyObject a, PyObject b) {
            return switch (this) {
                case GET -> { PyObject v = self.get(a); yield v == null ? b : v; }
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyObject self, PyObject[] args) {
            return switch (this) {
                case NEW -> newProxy(((PyType) self), args);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }
    }
}
