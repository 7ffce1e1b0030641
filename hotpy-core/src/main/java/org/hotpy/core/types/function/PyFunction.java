package org.hotpy.core.types.function;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.errors.Errors;
import org.hotpy.core.interp.Calls;
import org.hotpy.core.model.HasDict;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.text.PyStr;

/** A Python function: code plus the globals, defaults and closure it was created with. */
public final class PyFunction extends PyObject implements HasDict {
    public static final PyType TYPE = PyType.builtin("function", PyType.OBJECT, PyFunction.class,
            PyFunction::define).notSubclassable();

    public CodeObject code;
    public final PyDict globals;
    public final PyDict builtins;
    public String name;
    public String qualname;
    /** Positional defaults (for the last parameters), or null. */
    public PyObject[] defaults;
    /** Keyword-only defaults, or null. */
    public PyDict kwdefaults;
    /** Cells for the code's free variables, or null. */
    public final PyCell[] closure;
    public PyObject annotations;
    public PyObject module;
    public PyObject doc = PyNone.NONE;
    private PyDict dict;

    public PyFunction(CodeObject code, PyDict globals, PyDict builtins, PyCell[] closure) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.name = code.name;
        this.qualname = code.qualname;
        this.closure = closure;
        PyObject m = globals.getStr("__name__");
        this.module = m == null ? PyNone.NONE : m;
        // The compiler reserves a function code's first constant for its docstring (or None).
        if ((code.flags & CodeObject.CO_NEWLOCALS) != 0 && code.consts.length > 0) {
            this.doc = code.consts[0];
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return Calls.callFunction(this, args, kwnames);
    }

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public void setDict(PyDict d) {
        this.dict = d;
    }

    private static void define(TypeDef t) {
        t.callable();
        t.method2("__get__", "instance, owner=None, /", (PyFunction f, PyObject obj, PyObject owner) ->
                obj == PyNone.NONE ? f : new PyBoundMethod(f, obj));
        t.method0("__repr__", (PyFunction f) -> PyStr.of("<function " + f.qualname + " at 0x" + Protocols.idHex(f) + ">"));
        t.getset("__name__", (PyFunction f) -> PyStr.of(f.name), (PyFunction f, PyObject v) -> {
            f.name = strValue(v, "__name__");
        });
        t.getset("__qualname__", (PyFunction f) -> PyStr.of(f.qualname), (PyFunction f, PyObject v) -> {
            f.qualname = strValue(v, "__qualname__");
        });
        t.getset("__defaults__", (PyFunction f) -> f.defaults == null ? PyNone.NONE : PyTuple.of(f.defaults.clone()),
                (PyFunction f, PyObject v) -> {
                    if (v == null || v == PyNone.NONE) {
                        f.defaults = null;
                    } else if (v instanceof PyTuple tup) {
                        f.defaults = tup.toArray();
                    } else {
                        throw Errors.typeError("__defaults__ must be set to a tuple object");
                    }
                });
        t.getset("__kwdefaults__", (PyFunction f) -> f.kwdefaults == null ? PyNone.NONE : f.kwdefaults,
                (PyFunction f, PyObject v) -> {
                    if (v == null || v == PyNone.NONE) {
                        f.kwdefaults = null;
                    } else if (v instanceof PyDict d) {
                        f.kwdefaults = d;
                    } else {
                        throw Errors.typeError("__kwdefaults__ must be set to a dict object");
                    }
                });
        t.getset("__code__", (PyFunction f) -> f.code, (PyFunction f, PyObject v) -> {
            if (!(v instanceof CodeObject c)) {
                throw Errors.typeError("__code__ must be set to a code object");
            }
            f.code = c;
        });
        t.getter("__globals__", (PyFunction f) -> f.globals);
        t.getter("__builtins__", (PyFunction f) -> f.builtins);
        t.getter("__closure__", (PyFunction f) -> f.closure == null ? PyNone.NONE : PyTuple.of(f.closure.clone()));
        t.getset("__annotations__", (PyFunction f) -> {
            if (f.annotations == null) {
                f.annotations = new PyDict();
            }
            return f.annotations;
        }, (PyFunction f, PyObject v) -> f.annotations = v);
        t.getset("__module__", (PyFunction f) -> f.module, (PyFunction f, PyObject v) -> f.module = v);
        t.getset("__doc__", (PyFunction f) -> f.doc, (PyFunction f, PyObject v) -> f.doc = v == null ? PyNone.NONE : v);
        t.getset("__dict__", PyFunction::getDict, (PyFunction f, PyObject v) -> {
            if (!(v instanceof PyDict d)) {
                throw Errors.typeError("__dict__ must be set to a dictionary, not a '%s'", v.type().tpName());
            }
            f.dict = d;
        });
    }

    private static String strValue(PyObject v, String attr) {
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError("%s must be set to a string object", attr);
        }
        return s.value();
    }

    @Override
    public String toString() {
        return "<function " + qualname + ">";
    }
}
