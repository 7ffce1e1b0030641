package org.hotpy.core.builtins;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Call;
import org.hotpy.core.types.exception.ExceptionTypes;
import org.hotpy.core.types.text.PyStr;

/**
 * The names CPython's {@code site} adds to builtins: {@code exit} and {@code quit}
 * ({@code _sitebuiltins.Quitter}: calling one raises SystemExit, its repr says how to leave the
 * REPL) and {@code copyright}, {@code credits}, {@code license} ({@code _sitebuiltins._Printer}:
 * its repr is the text, calling it prints it).
 */
final class SiteBuiltins {
    private SiteBuiltins() {}

    static final PyType QUITTER = PyType.builtin("Quitter", PyType.OBJECT, Quitter.class, BuiltinTypeDefs.QUITTER)
            .inModule("_sitebuiltins").notSubclassable();
    static final PyType PRINTER = PyType.builtin("_Printer", PyType.OBJECT, Printer.class, BuiltinTypeDefs.PRINTER)
            .inModule("_sitebuiltins").notSubclassable();

    static void define(PyModule m) {
        m.put("exit", new Quitter("exit"));
        m.put("quit", new Quitter("quit"));
        m.put("copyright", new Printer("Copyright (c) HotPy authors.\nAll Rights Reserved.\n\n"
                + "Python is a trademark of the Python Software Foundation."));
        m.put("credits", new Printer("    HotPy for Java: an optimising Python 3.11 interpreter for the JVM.\n"
                + "    Thanks to the CPython, PyPy and GraalPy projects for their designs."));
        m.put("license", new Printer("Type license() to see the full license text"));
        m.put("__spec__", PyNone.NONE);
        m.put("__loader__", PyNone.NONE);
        m.put("__package__", PyStr.EMPTY);
    }

    static final class Quitter extends PyObject {
        private final String name;

        Quitter(String name) {
            this.name = name;
        }

        @Override
        public PyType type() {
            return QUITTER;
        }

        static void define(TypeDef t) {
            t.method0("__repr__", (Quitter q) -> PyStr.of("Use " + q.name + "() or Ctrl-D (i.e. EOF) to exit"));
            t.methodN("__call__", "code=None", (Quitter q, PyObject[] a) -> {
                PyObject stdin = InterpreterState.current().sysModule().get("stdin");
                try {
                    if (stdin != null && stdin != PyNone.NONE) {
                        Call.callMethod(stdin, "close");   // as CPython's Quitter does
                    }
                } catch (RuntimeException e) {
                    // a stdin that cannot be closed does not stop the exit
                }
                throw Errors.withArgs(ExceptionTypes.SYSTEM_EXIT,
                        a[0] == PyNone.NONE ? new PyObject[0] : new PyObject[] {a[0]});
            });
        }
    }

    static final class Printer extends PyObject {
        private final String text;

        Printer(String text) {
            this.text = text;
        }

        @Override
        public PyType type() {
            return PRINTER;
        }

        static void define(TypeDef t) {
            t.method0("__repr__", (Printer p) -> PyStr.of(p.text));
            t.method0("__call__", (Printer p) -> {
                PyObject out = InterpreterState.current().sysModule().get("stdout");
                Call.callMethod(out, "write", PyStr.of(p.text + "\n"));
                return PyNone.NONE;
            });
        }
    }
}
