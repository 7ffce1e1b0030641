package org.hotpy.core.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.compiler.Compiler;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.interp.Frame;
import org.hotpy.core.interp.Interpreter;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.interp.SyntaxErrors;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.ops.Call;
import org.hotpy.core.parser.SyntaxErrorException;
import org.hotpy.core.types.exception.ExceptionTypes;
import org.hotpy.core.types.text.PyStr;

/**
 * The interactive prompt: {@code >>>} and {@code ...}, expression values echoed, errors shown and
 * the session kept. A statement is complete when it compiles, unless it opened a block, which
 * ends at an empty line (CPython's codeop rules).
 */
final class Repl {
    private final InterpreterState st;
    private final PyModule main;

    Repl(InterpreterState st) {
        this.st = st;
        this.main = new PyModule("__main__");
        main.dict().putStr("__builtins__", st.builtinsModule());
        st.modules().putStr("__main__", main);
    }

    int run() {
        write("Python 3.11.7 (HotPy 0.1.0) on Java " + Runtime.version().feature() + "\n"
                + "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        StringBuilder buffer = new StringBuilder();
        while (true) {
            write(buffer.length() == 0 ? ">>> " : "... ");
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                return 1;
            }
            if (line == null) {
                write("\n");
                return 0;
            }
            buffer.append(line).append('\n');
            String src = buffer.toString();
            boolean blockOpen = src.lines().count() > 1 || line.stripTrailing().endsWith(":");
            CodeObject code;
            try {
                code = Compiler.compile(src, "<stdin>", Compiler.Mode.SINGLE);
            } catch (SyntaxErrorException e) {
                if (e.isIncompleteInput()) {
                    continue;
                }
                buffer.setLength(0);
                report(SyntaxErrors.toPython(e));
                continue;
            }
            if (blockOpen && !line.isBlank()) {
                continue; // a block ends with an empty line
            }
            buffer.setLength(0);
            try {
                Interpreter.execute(st, new Frame(code, null, main.dict(), st.builtins(), main.dict()));
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.SYSTEM_EXIT)) {
                    return Main.handleUncaught(st, e);
                }
                report(e);
            }
            flushOut();
        }
    }

    private void report(PyException e) {
        flushOut();
        Main.handleUncaught(st, e);
    }

    private void write(String s) {
        PyObject out = st.sysModule().get("stdout");
        Call.callMethod(out, "write", PyStr.of(s));
        flushOut();
    }

    private void flushOut() {
        Call.callMethod(st.sysModule().get("stdout"), "flush");
    }
}
