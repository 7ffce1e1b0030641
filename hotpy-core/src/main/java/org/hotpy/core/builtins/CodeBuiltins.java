package org.hotpy.core.builtins;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.compiler.Compiler;
import org.hotpy.core.errors.Errors;
import org.hotpy.core.interp.Frame;
import org.hotpy.core.interp.Interpreter;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.interp.SyntaxErrors;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.Slot;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.parser.SyntaxErrorException;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.text.PyByteArray;
import org.hotpy.core.types.function.PyBuiltinFunction;
import org.hotpy.core.types.text.PyBytes;
import org.hotpy.core.types.text.PyStr;

/** compile, eval, exec and __import__. */
final class CodeBuiltins {
    private CodeBuiltins() {}

    /** One enum constant per function and one switch, not a lambda each: see BuiltinsModule.Core. */
    private enum Fn implements PyBuiltinFunction.Body {
        COMPILE("compile", "source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1"),
        EVAL("eval", "source, globals=None, locals=None, /"),
        EXEC("exec", "source, globals=None, locals=None, /, *, closure=None");

        private final String pyName;
        private final String sig;

        Fn(String pyName, String sig) {
            this.pyName = pyName;
            this.sig = sig;
        }

        @Override
        public PyObject call(PyObject[] a) {
            return switch (this) {
                case COMPILE -> {
                    long flags = Protocols.asIndexLong(a[3], "flags");
                    if ((flags & 0x400) != 0) {
                        throw Errors.notSupported("compile() to an abstract syntax tree (ast.PyCF_ONLY_AST)");
                    }
                    yield compile(a[0], a[1], a[2]);
                }
                case EVAL -> run(a[0], a[1], a[2], true);
                case EXEC -> {
                    run(a[0], a[1], a[2], false);
                    yield PyNone.NONE;
                }
            };
        }
    }

    /** {@code __import__}, which belongs to one interpreter's import system. */
    private record Import(InterpreterState st) implements PyBuiltinFunction.Body {
        @Override
        public PyObject call(PyObject[] a) {
            return st.imports().builtinImportCall(a);
        }
    }

    static void define(PyModule m, InterpreterState st) {
        for (Fn f : Fn.values()) {
            BuiltinsModule.def(m, f.pyName, f.sig, f);
        }
        PyObject imp = PyBuiltinFunction.of("__import__", "name, globals=None, locals=None, fromlist=(), level=0",
                new Import(st)).inModule(m);
        m.put("__import__", imp);
        st.imports().setBuiltinImport(imp);
    }

    private static String sourceText(PyObject src, String fname) {
        if (src instanceof PyStr s) {
            return s.value();
        }
        if (src instanceof PyBytes || src instanceof PyByteArray) {
            return org.hotpy.core.lexer.SourceDecoder.decode(PyBytes.bytesLike(src, fname), "<string>");
        }
        throw Errors.typeError("%s() arg 1 must be a string, bytes or code object", fname);
    }

    static PyObject compile(PyObject source, PyObject filename, PyObject mode) {
        String fn = Protocols.strArg(filename, "filename", "compile");
        String md = Protocols.strArg(mode, "mode", "compile");
        Compiler.Mode cm = switch (md) {
            case "exec" -> Compiler.Mode.EXEC;
            case "eval" -> Compiler.Mode.EVAL;
            case "single" -> Compiler.Mode.SINGLE;
            default -> throw Errors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        };
        if (source instanceof CodeObject c) {
            return c;
        }
        String text = sourceText(source, "compile");
        if (text.indexOf('\0') >= 0) {
            throw Errors.valueError("source code string cannot contain null bytes");
        }
        try {
            return Compiler.compile(text, fn, cm);
        } catch (SyntaxErrorException e) {
            throw SyntaxErrors.toPython(e);
        }
    }

    private static PyObject run(PyObject source, PyObject globals, PyObject locals, boolean isEval) {
        String fname = isEval ? "eval" : "exec";
        Frame caller = InterpreterState.current().frame();
        PyDict g;
        if (globals == PyNone.NONE) {
            g = caller == null ? new PyDict() : caller.globals;
            if (locals == PyNone.NONE && caller != null) {
                locals = caller.locals != null ? caller.locals : ReflectionBuiltins.locals(caller);
            }
        } else if (globals instanceof PyDict d) {
            g = d;
        } else {
            throw Errors.typeError(isEval ? "globals must be a real dict; try eval(expr, {}, mapping)"
                    : "exec() globals must be a dict, not %s", globals.type().tpName());
        }
        if (locals == PyNone.NONE) {
            locals = g;
        } else if (locals.type().lookup(Slot.GETITEM) == null) {
            throw Errors.typeError(isEval ? "locals must be a mapping" : "locals must be a mapping");
        }
        InterpreterState st = InterpreterState.current();
        if (g.getStr("__builtins__") == null) {
            g.putStr("__builtins__", st.builtinsModule());
        }
        CodeObject code;
        if (source instanceof CodeObject c) {
            code = c;
        } else {
            String text = sourceText(source, fname);
            if (isEval) {
                text = text.stripLeading();
            }
            try {
                code = Compiler.compile(text, "<string>", isEval ? Compiler.Mode.EVAL : Compiler.Mode.EXEC);
            } catch (SyntaxErrorException e) {
                throw SyntaxErrors.toPython(e);
            }
        }
        Frame f = new Frame(code, null, g, builtinsOf(g, st), locals);
        return Interpreter.execute(st, f);
    }

    /** The builtins a globals dict names in {@code __builtins__}, else the interpreter's. */
    static PyDict builtinsOf(PyDict g, InterpreterState st) {
        PyObject b = g.getStr("__builtins__");
        if (b instanceof PyModule m) {
            return m.dict();
        }
        if (b instanceof PyDict d) {
            return d;
        }
        return st.builtins();
    }
}
