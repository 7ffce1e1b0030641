package org.hotpy.core.types.function;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.errors.Errors;
import org.hotpy.core.interp.Frame;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Attr;
import org.hotpy.core.ops.Descriptors;
import org.hotpy.core.types.text.PyStr;

/** {@code super(type, obj)} and the zero-argument form, which reads the calling frame. */
public final class PySuper extends PyObject {
    public static final PyType TYPE = PyType.builtin("super", PyType.OBJECT, PySuper.class,
            FunctionTypeDefs.SUPER);

    private final PyType thisType;
    private final PyObject obj;
    private final PyType objType;

    private PySuper(PyType thisType, PyObject obj, PyType objType) {
        this.thisType = thisType;
        this.obj = obj;
        this.objType = objType;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Looks {@code name} up in the MRO of the object's type after {@code thisType}; null when absent. */
    public PyObject lookup(String name) {
        if (objType != null && !name.equals("__class__")) {
            PyType[] mro = objType.mro();
            int i = 0;
            while (i < mro.length && mro[i] != thisType) {
                i++;
            }
            for (i++; i < mro.length; i++) {
                PyObject v = mro[i].dict().get(name);
                if (v != null) {
                    if (!Descriptors.hasGet(v)) {
                        return v;
                    }
                    if (obj == objType) {
                        return Descriptors.getFromType(v, objType);
                    }
                    return Descriptors.get(v, obj, objType);
                }
            }
        }
        return Attr.genericGet(this, name);
    }

    private static PySuper make(PyObject typeArg, PyObject objArg) {
        if (typeArg == null) {
            return zeroArg();
        }
        if (!(typeArg instanceof PyType t)) {
            throw Errors.typeError("super() argument 1 must be a type, not %s", typeArg.type().tpName());
        }
        if (objArg == null || objArg == PyNone.NONE) {
            return new PySuper(t, null, null);
        }
        return new PySuper(t, objArg, checkObj(t, objArg));
    }

    private static PyType checkObj(PyType t, PyObject obj) {
        if (obj instanceof PyType ot && ot.isSubtypeOf(t)) {
            return ot;
        }
        if (obj.type().isSubtypeOf(t)) {
            return obj.type();
        }
        PyObject cls = Attr.getOrNull(obj, "__class__");
        if (cls instanceof PyType ct && ct.isSubtypeOf(t)) {
            return ct;
        }
        throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    /** {@code super()} in a method: the {@code __class__} cell and the first argument of the caller. */
    private static PySuper zeroArg() {
        Frame f = InterpreterState.current().frame();
        if (f == null) {
            throw Errors.runtimeError("super(): no current frame");
        }
        CodeObject code = f.code;
        if (code.argCount == 0 && (code.flags & CodeObject.CO_VARARGS) == 0) {
            throw Errors.runtimeError("super(): no arguments");
        }
        PyObject first = f.stack[0];
        for (int k = 0; k < code.cellvars.length; k++) {
            if (code.cellToArg[k] == 0) {
                first = ((PyCell) f.stack[code.varnames.length + k]).value;
            }
        }
        if ((code.flags & CodeObject.CO_VARARGS) != 0 && code.argCount == 0 && first instanceof org.hotpy.core.types.collection.PyTuple tup) {
            first = tup.size() > 0 ? tup.get(0) : null;
        }
        if (first == null) {
            throw Errors.runtimeError("super(): arg[0] deleted");
        }
        int base = code.varnames.length + code.cellvars.length;
        for (int k = 0; k < code.freevars.length; k++) {
            if (code.freevars[k].equals("__class__")) {
                PyObject cls = ((PyCell) f.stack[base + k]).value;
                if (cls == null) {
                    throw Errors.runtimeError("super(): empty __class__ cell");
                }
                if (!(cls instanceof PyType t)) {
                    throw Errors.runtimeError("super(): __class__ is not a type (%s)", cls.type().tpName());
                }
                return new PySuper(t, first, checkObj(t, first));
            }
        }
        throw Errors.runtimeError("super(): __class__ cell not found");
    }

    static void define(TypeDef t) {
        t.newMethod("type=?, obj=?, /", (cls, a) -> make(a[0], a[1]));
        t.method1("__getattribute__", "name, /", (PySuper s, PyObject n) -> {
            String name = org.hotpy.core.model.ObjectMethods.attrName(n);
            PyObject v = s.lookup(name);
            if (v == null) {
                throw Errors.attributeError(s, name, "'super' object has no attribute '%s'", name);
            }
            return v;
        });
        t.method2("__get__", "instance, owner=None, /", (PySuper s, PyObject o, PyObject owner) ->
                s.obj != null || o == PyNone.NONE ? s : make(s.thisType, o));
        t.getter("__thisclass__", (PySuper s) -> s.thisType);
        t.getter("__self__", (PySuper s) -> s.obj == null ? PyNone.NONE : s.obj);
        t.getter("__self_class__", (PySuper s) -> s.objType == null ? PyNone.NONE : s.objType);
        t.method0("__repr__", (PySuper s) -> PyStr.of(s.objType == null
                ? "<super: <class '" + s.thisType.name() + "'>, NULL>"
                : "<super: <class '" + s.thisType.name() + "'>, <" + s.objType.name() + " object>>"));
    }
}
