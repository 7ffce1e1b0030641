package org.hotpy.core.builtins;

import java.util.ArrayList;
import java.util.List;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.interp.Frame;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.Slot;
import org.hotpy.core.ops.Attr;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Iteration;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.function.PyBuiltinFunction;

/** dir, vars, globals, locals. */
final class ReflectionBuiltins {
    private ReflectionBuiltins() {}

    /** One enum constant per function and one switch, not a lambda each: see BuiltinsModule.Core. */
    private enum Fn implements PyBuiltinFunction.Body {
        GLOBALS("globals", ""),
        LOCALS("locals", ""),
        VARS("vars", "object=?, /"),
        DIR("dir", "object=?, /");

        private final String pyName;
        private final String sig;

        Fn(String pyName, String sig) {
            this.pyName = pyName;
            this.sig = sig;
        }

        @Override
        public PyObject call(PyObject[] a) {
            return switch (this) {
                case GLOBALS -> currentFrame().globals;
                case LOCALS -> locals(currentFrame());
                case VARS -> vars(a[0]);
                case DIR -> dir(a[0]);
            };
        }
    }

    static void define(PyModule m) {
        for (Fn f : Fn.values()) {
            BuiltinsModule.def(m, f.pyName, f.sig, f);
        }
    }

    private static PyObject vars(PyObject o) {
        if (o == null) {
            return locals(currentFrame());
        }
        PyObject d = Attr.getOrNull(o, "__dict__");
        if (d == null) {
            throw Errors.typeError("vars() argument must have __dict__ attribute");
        }
        return d;
    }

    static Frame currentFrame() {
        Frame f = InterpreterState.current().frame();
        if (f == null) {
            throw Errors.systemError("no current frame");
        }
        return f;
    }

    static PyObject locals(Frame f) {
        if (f.locals != null) {
            return f.locals;
        }
        return Attr.get(f, "f_locals");
    }

    private static PyObject dir(PyObject o) {
        PyObject names;
        if (o == null) {
            PyObject loc = locals(currentFrame());
            names = loc instanceof PyDict d ? PyList.wrap(d.keysArray()) : Call.callMethod(loc, "keys");
        } else {
            PyObject m = o.type().lookup(Slot.DIR);
            if (m == null) {
                throw Errors.typeError("object does not provide __dir__");
            }
            names = Call.callSpecial(m, o);
        }
        List<PyObject> items = new ArrayList<>();
        Iteration.forEach(names, items::add);
        PyList l = PyList.wrap(items.toArray(new PyObject[0]));
        Call.callMethod(l, "sort");
        return l;
    }
}
