package org.hotpy.core.model;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.text.PyStr;

/** The attributes of {@code module} objects. */
final class ModuleMethods {
    private ModuleMethods() {}

    static void define(TypeDef t) {
        // module.__new__ allocates an empty module (subclass layouts included); __init__ names it.
        t.newMethod("*args, **kwargs", (cls, a) -> cls == PyModule.TYPE
                ? new PyModule("?") : cls.instantiator.create(cls));
        t.methodN("__init__", "name, doc=None", (PyModule m, PyObject[] a) -> {
            if (!(a[0] instanceof PyStr)) {
                throw Errors.typeError("module.__init__() argument 'name' must be str, not %s", Errors.argTypeName(a[0]));
            }
            m.dict().putStr("__name__", a[0]);
            m.dict().putStr("__doc__", a[1]);
            return PyNone.NONE;
        });
        t.getter("__dict__", (PyModule m) -> m.dict());
        t.method0("__repr__", ModuleMethods::repr);
        t.method0("__dir__", (PyModule m) -> {
            PyObject custom = m.dict().getStr("__dir__");
            if (custom != null) {
                return org.hotpy.core.ops.Call.call(custom);
            }
            PyObject[] keys = m.dict().keysArray();
            return PyList.wrap(keys);
        });
    }

    private static PyObject repr(PyModule m) {
        PyDict d = m.dict();
        String name = m.name();
        PyObject file = d.getStr("__file__");
        if (file instanceof PyStr f) {
            return PyStr.of("<module '" + name + "' from '" + f.value() + "'>");
        }
        if (m.isBuiltin()) {
            return PyStr.of("<module '" + name + "' (built-in)>");
        }
        return PyStr.of("<module '" + name + "'>");
    }
}
