package org.hotpy.core.model;

import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.text.PyStr;

/**
 * A module: a name and a namespace dict, which is also the globals of code run in it. Its
 * attributes are the dict's entries, so the dict's keys version guards cached module
 * attribute loads (LOAD_ATTR_MODULE) just as it guards global loads.
 */
public class PyModule extends PyObject implements HasDict {
    public static final PyType TYPE = PyType.builtin("module", PyType.OBJECT, PyModule.class, ModelTypeDefs.MODULE)
            .withInstanceDict().withInstantiator(ModelTypeDefs.MODULE);

    private final PyType type;
    private final PyDict dict;
    private boolean builtin;

    public PyModule(String name) {
        this(TYPE, name, new PyDict());
    }

    public PyModule(String name, PyDict dict) {
        this(TYPE, name, dict);
    }

    protected PyModule(PyType type, String name, PyDict dict) {
        this.type = type;
        this.dict = dict;
        if (dict.getStr("__name__") == null) {
            dict.putStr("__name__", PyStr.of(name));
        }
        if (dict.getStr("__doc__") == null) {
            dict.putStr("__doc__", PyNone.NONE);
        }
    }

    @Override
    public PyType type() {
        return type;
    }

    public PyDict dict() {
        return dict;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    @Override
    public void setDict(PyDict d) {
        throw org.hotpy.core.errors.Errors.typeError("readonly attribute");
    }

    /** The module's {@code __name__}. */
    public String name() {
        PyObject n = dict.getStr("__name__");
        return n instanceof PyStr s ? s.value() : "?";
    }

    /** Whether the module is implemented in Java ({@code <module 'math' (built-in)>}). */
    public boolean isBuiltin() {
        return builtin;
    }

    public PyModule markBuiltin() {
        this.builtin = true;
        return this;
    }

    public PyObject get(String name) {
        return dict.getStr(name);
    }

    public void put(String name, PyObject value) {
        dict.putStr(name, value);
    }

    @Override
    public String toString() {
        return "<module '" + name() + "'>";
    }
}
