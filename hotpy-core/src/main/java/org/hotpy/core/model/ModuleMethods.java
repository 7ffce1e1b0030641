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
        t.newMethod("*args, **kwargs", Fn.NEW);
        t.methodN("__init__", "name, doc=None", Fn.INIT);
        t.getter("__dict__", Fn.DICT);
        t.method0("__repr__", Fn.REPR);
        t.method0("__dir__", Fn.DIR);
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

    private static PyObject init(PyModule m, PyObject[] a) {
        if (!(a[0] instanceof PyStr)) {
            throw Errors.typeError("module.__init__() argument 'name' must be str, not %s", Errors.argTypeName(a[0]));
        }
        m.dict().putStr("__name__", a[0]);
        m.dict().putStr("__doc__", a[1]);
        return PyNone.NONE;
    }

    private static PyObject dir(PyModule m) {
        PyObject custom = m.dict().getStr("__dir__");
        if (custom != null) {
            return org.hotpy.core.ops.Call.call(custom);
        }
        PyObject[] keys = m.dict().keysArray();
        return PyList.wrap(keys);
    }

    /**
     * One constant per method and a switch per arity, not a lambda each: each lambda was linked
     * when a program first used the type (~0.25 ms apiece on JDK 17, with class-data sharing).
     */
    private enum Fn implements JavaMethod.M0<PyModule>, JavaMethod.MN<PyObject> {
        DICT, REPR, DIR, NEW, INIT;

        @Override
        public PyObject call(PyModule self) {
            return switch (this) {
                case DICT -> self.dict();
                case REPR -> repr(self);
                case DIR -> dir(self);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyObject self, PyObject[] args) {
            return switch (this) {
                case NEW -> ((PyType) self) == PyModule.TYPE
                        ? new PyModule("?")
                        : ((PyType) self).instantiator.create(((PyType) self));
                case INIT -> init(((PyModule) self), args);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }
    }
}
