package org.hotpy.core.builtins;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.modules.io.TextStream;
import org.hotpy.core.ops.Attr;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.function.PyBuiltinFunction;
import org.hotpy.core.types.text.PyStr;

/** print, input and open. */
final class IoBuiltins {
    private IoBuiltins() {}

    /** One enum constant per function and one switch, not a lambda each: see BuiltinsModule.Core. */
    private enum Fn implements PyBuiltinFunction.Body {
        PRINT("print", "*args, sep=' ', end='\\n', file=None, flush=False"),
        INPUT("input", "prompt='', /"),
        OPEN("open", "file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None");

        private final String pyName;
        private final String sig;

        Fn(String pyName, String sig) {
            this.pyName = pyName;
            this.sig = sig;
        }

        @Override
        public PyObject call(PyObject[] a) {
            return switch (this) {
                case PRINT -> print(a);
                case INPUT -> input(a);
                case OPEN -> org.hotpy.core.modules.io.FileOpener.open(InterpreterState.current(), a);
            };
        }
    }

    static void define(PyModule m, InterpreterState st) {
        for (Fn f : Fn.values()) {
            BuiltinsModule.def(m, f.pyName, f.sig, f);
        }
    }

    private static String text(PyObject o, String what) {
        if (o == PyNone.NONE) {
            return null;
        }
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("%s must be None or a string, not %s", what, o.type().tpName());
        }
        return s.value();
    }

    private static PyObject print(PyObject[] a) {
        PyTuple args = (PyTuple) a[0];
        String sep = text(a[1], "sep");
        String end = text(a[2], "end");
        if (sep == null) {
            sep = " ";
        }
        if (end == null) {
            end = "\n";
        }
        PyObject file = a[3];
        InterpreterState st = InterpreterState.current();
        if (file == PyNone.NONE) {
            file = st.sysModule().get("stdout");
            if (file == null || file == PyNone.NONE) {
                return PyNone.NONE;
            }
        }
        PyObject[] items = args.itemsUnsafe();
        if (file instanceof TextStream ts && ts.type() == TextStream.TYPE && ts.hasNoInstanceAttributes()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(Protocols.str(items[i]).value());
            }
            sb.append(end);
            ts.write(sb.toString());
            if (Protocols.isTrue(a[4])) {
                ts.flush();
            }
        } else {
            // CPython writes each piece with its own write() call; file-like objects can tell.
            PyObject write = org.hotpy.core.ops.Attr.get(file, "write");
            PyStr sepStr = PyStr.of(sep);
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    Call.call(write, sepStr);
                }
                Call.call(write, Protocols.str(items[i]));
            }
            Call.call(write, PyStr.of(end));
            if (Protocols.isTrue(a[4])) {
                Call.callMethod(file, "flush");
            }
        }
        return PyNone.NONE;
    }

    private static PyObject input(PyObject[] a) {
        InterpreterState st = InterpreterState.current();
        PyObject out = st.sysModule().get("stdout");
        if (a[0] instanceof PyStr p && !p.value().isEmpty()) {
            Call.callMethod(out, "write", p);
        }
        if (out != null && out != PyNone.NONE) {
            TextStream.callFlush(out);
        }
        PyObject in = st.sysModule().get("stdin");
        if (in == null || in == PyNone.NONE) {
            throw Errors.runtimeError("input(): lost sys.stdin");
        }
        PyObject line = Call.callMethod(in, "readline");
        String s = Protocols.str(line).value();
        if (s.isEmpty()) {
            throw Errors.eofError("EOF when reading a line");
        }
        if (s.endsWith("\n")) {
            s = s.substring(0, s.length() - 1);
        }
        return PyStr.of(s);
    }

    static PyObject attr(PyObject o, String name) {
        return Attr.get(o, name);
    }
}
