package org.hotpy.core.types.function;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.errors.Errors;
import org.hotpy.core.interp.Calls;
import org.hotpy.core.model.JavaMethod;
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
            FunctionTypeDefs.FUNCTION).notSubclassable();

    public CodeObject code;
    /**
     * Frames of this function's finished calls, kept for its next calls (see
     * {@code org.hotpy.core.interp.FrameReuse}): the first {@link #spareFrames}, or null.
     */
    public org.hotpy.core.interp.Frame[] spares;
    public int spareFrames;
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

    static void define(TypeDef t) {
        t.callable();
        t.method2("__get__", "instance, owner=None, /", Fn.GET);
        t.method0("__repr__", Fn.REPR);
        t.getset("__name__", Fn.NAME, Fn.NAME);
        t.getset("__qualname__", Fn.QUALNAME, Fn.QUALNAME);
        t.getset("__defaults__", Fn.DEFAULTS, Fn.DEFAULTS);
        t.getset("__kwdefaults__", Fn.KWDEFAULTS, Fn.KWDEFAULTS);
        t.getset("__code__", Fn.CODE, Fn.CODE);
        t.getter("__globals__", Fn.GLOBALS);
        t.getter("__builtins__", Fn.BUILTINS);
        t.getter("__closure__", Fn.CLOSURE);
        t.getset("__annotations__", Fn.ANNOTATIONS, Fn.ANNOTATIONS);
        t.getset("__module__", Fn.MODULE, Fn.MODULE);
        t.getset("__doc__", Fn.DOC, Fn.DOC);
        t.getset("__dict__", Fn.DICT, Fn.DICT);
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

    private static void setName(PyFunction f, PyObject v) {
        f.name = strValue(v, "__name__");
    }

    private static void setQualname(PyFunction f, PyObject v) {
        f.qualname = strValue(v, "__qualname__");
    }

    private static void setDefaults(PyFunction f, PyObject v) {
        if (v == null || v == PyNone.NONE) {
            f.defaults = null;
        } else if (v instanceof PyTuple tup) {
            f.defaults = tup.toArray();
        } else {
            throw Errors.typeError("__defaults__ must be set to a tuple object");
        }
    }

    private static void setKwdefaults(PyFunction f, PyObject v) {
        if (v == null || v == PyNone.NONE) {
            f.kwdefaults = null;
        } else if (v instanceof PyDict d) {
            f.kwdefaults = d;
        } else {
            throw Errors.typeError("__kwdefaults__ must be set to a dict object");
        }
    }

    private static void setCode(PyFunction f, PyObject v) {
        if (!(v instanceof CodeObject c)) {
            throw Errors.typeError("__code__ must be set to a code object");
        }
        f.code = c;
    }

    private static PyObject annotations(PyFunction f) {
        if (f.annotations == null) {
            f.annotations = new PyDict();
        }
        return f.annotations;
    }

    private static void setDictValue(PyFunction f, PyObject v) {
        if (!(v instanceof PyDict d)) {
            throw Errors.typeError("__dict__ must be set to a dictionary, not a '%s'", v.type().tpName());
        }
        f.dict = d;
    }

    /**
     * One constant per method and a switch per arity, not a lambda each: each lambda was linked
     * when a program first used the type (~0.25 ms apiece on JDK 17, with class-data sharing).
     */
    private enum Fn implements
            JavaMethod.M0<PyFunction>, JavaMethod.M2<PyFunction>, JavaMethod.Setter<PyFunction> {
        REPR, NAME, QUALNAME, DEFAULTS, KWDEFAULTS, CODE, GLOBALS, BUILTINS, CLOSURE, ANNOTATIONS, MODULE,
        DOC, DICT, GET;

        @Override
        public PyObject call(PyFunction self) {
            return switch (this) {
                case REPR -> PyStr.of("<function " + self.qualname + " at 0x" + Protocols.idHex(self) + ">");
                case NAME -> PyStr.of(self.name);
                case QUALNAME -> PyStr.of(self.qualname);
                case DEFAULTS -> self.defaults == null ? PyNone.NONE : PyTuple.of(self.defaults.clone());
                case KWDEFAULTS -> self.kwdefaults == null ? PyNone.NONE : self.kwdefaults;
                case CODE -> self.code;
                case GLOBALS -> self.globals;
                case BUILTINS -> self.builtins;
                case CLOSURE -> self.closure == null ? PyNone.NONE : PyTuple.of(self.closure.clone());
                case ANNOTATIONS -> annotations(self);
                case MODULE -> self.module;
                case DOC -> self.doc;
                case DICT -> self.getDict();
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyFunction self, PyObject a, PyObject b) {
            return switch (this) {
                case GET -> a == PyNone.NONE ? self : new PyBoundMethod(self, a);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public void set(PyFunction self, PyObject value) {
            switch (this) {
                case NAME -> setName(self, value);
                case QUALNAME -> setQualname(self, value);
                case DEFAULTS -> setDefaults(self, value);
                case KWDEFAULTS -> setKwdefaults(self, value);
                case CODE -> setCode(self, value);
                case ANNOTATIONS -> self.annotations = value;
                case MODULE -> self.module = value;
                case DOC -> self.doc = value == null ? PyNone.NONE : value;
                case DICT -> setDictValue(self, value);
                default -> throw new IllegalStateException(name() + " has no setter");
            }
        }
    }
}
