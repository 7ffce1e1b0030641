package org.hotpy.core.types.function;

import java.util.Map;

import org.hotpy.core.errors.Errors;
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
        t.newMethod("mapping", (cls, a) -> {
            if (a[0] instanceof org.hotpy.core.types.collection.PyList || a[0] instanceof org.hotpy.core.types.collection.PyTuple
                    || a[0].type().lookup("keys") == null) {
                throw Errors.typeError("mappingproxy() argument must be a mapping, not %s", a[0].type().tpName());
            }
            return new PyMappingProxy(a[0]);
        });
        t.method1("__getitem__", "key, /", (PyMappingProxy p, PyObject k) -> {
            PyObject v = p.get(k);
            if (v == null) {
                throw Errors.keyError(k);
            }
            return v;
        });
        t.method2("get", "key, default=None, /", (PyMappingProxy p, PyObject k, PyObject d) -> {
            PyObject v = p.get(k);
            return v == null ? d : v;
        });
        t.method1("__contains__", "key, /", (PyMappingProxy p, PyObject k) -> PyBool.of(p.get(k) != null));
        t.method0("__len__", (PyMappingProxy p) -> PyInt.of(p.snapshot().size()));
        t.method0("__iter__", (PyMappingProxy p) -> Protocols.iter(PyList.wrap(p.snapshot().keysArray())));
        t.method0("keys", (PyMappingProxy p) -> Call.callMethod(p.snapshot(), "keys"));
        t.method0("values", (PyMappingProxy p) -> Call.callMethod(p.snapshot(), "values"));
        t.method0("items", (PyMappingProxy p) -> Call.callMethod(p.snapshot(), "items"));
        t.method0("copy", (PyMappingProxy p) -> p.snapshot().copy());
        t.method0("__repr__", (PyMappingProxy p) -> PyStr.of("mappingproxy(" + Protocols.repr(p.snapshot()).value() + ")"));
        t.method0("__str__", (PyMappingProxy p) -> Protocols.str(p.snapshot()));   // CPython: str of the mapping
        t.binary("__or__", (PyMappingProxy p, PyObject o) -> {
            PyDict d = p.snapshot().copy();
            org.hotpy.core.types.collection.DictMethods.update(d, o instanceof PyMappingProxy q ? q.snapshot() : o);
            return d;
        });
    }
}
