package org.hotpy.core.types.collection;

import org.hotpy.core.model.HasDict;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyNotImplemented;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Compare;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.ops.ReprGuard;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.text.PyStr;

/** {@code types.SimpleNamespace}: attribute access over a dict, with a keyword constructor. */
public class PySimpleNamespace extends PyObject implements HasDict {
    public static final PyType TYPE = PyType.builtin("SimpleNamespace", PyType.OBJECT, PySimpleNamespace.class,
            CollectionTypeDefs.SIMPLE_NAMESPACE)
            .inModule("types").withInstanceDict().withInstantiator(CollectionTypeDefs.SIMPLE_NAMESPACE);

    private final PyType type;
    private PyDict dict = new PyDict();

    public PySimpleNamespace() {
        this(TYPE);
    }

    PySimpleNamespace(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    @Override
    public void setDict(PyDict d) {
        this.dict = d;
    }

    static void define(TypeDef t) {
        t.newMethod("*args, **kwargs", (cls, a) -> new PySimpleNamespace(cls));
        t.methodN("__init__", "mapping_or_iterable=?, /, **kwargs", (PySimpleNamespace s, PyObject[] a) -> {
            if (a[0] != null) {
                DictMethods.update(s.dict, a[0]);
            }
            s.dict.putAll((PyDict) a[1]);
            return PyNone.NONE;
        });
        t.getter("__dict__", (PySimpleNamespace s) -> s.dict);
        t.method0("__repr__", (PySimpleNamespace s) -> {
            String name = s.type == TYPE ? "namespace" : s.type.name();
            if (!ReprGuard.enter(s)) {
                return PyStr.of(name + "(...)");
            }
            try {
                StringBuilder sb = new StringBuilder(name).append('(');
                boolean first = true;
                for (PyObject[] kv : s.dict.itemsSnapshot()) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(Protocols.str(kv[0]).value()).append('=').append(Protocols.repr(kv[1]).value());
                }
                return PyStr.of(sb.append(')').toString());
            } finally {
                ReprGuard.exit(s);
            }
        });
        t.binary("__eq__", (PySimpleNamespace s, PyObject o) -> o instanceof PySimpleNamespace n
                ? PyBool.of(Compare.eq(s.dict, n.dict)) : PyNotImplemented.INSTANCE);
        t.unhashable();
    }
}
