package org.hotpy.core.embed;

import java.util.List;

import org.hotpy.core.ast.Mod;
import org.hotpy.core.ast.Stmt;
import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.compiler.Compiler;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.interp.Frame;
import org.hotpy.core.interp.Interpreter;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.interp.SyntaxErrors;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.parser.Parser;
import org.hotpy.core.parser.SyntaxErrorException;
import org.hotpy.core.types.collection.PyDict;

/**
 * Compiling scripts for the embedder. A script whose last statement is an expression yields that
 * expression's value (as the JavaScript and Groovy engines do): the statements before it compile
 * as a module, the expression on its own, both with the positions of the original source so that
 * tracebacks name the right lines.
 *
 * @param body the statements (all of them when {@code tail} is null)
 * @param tail the trailing expression, or null
 */
record Scripts(CodeObject body, CodeObject tail) {

    static Scripts compile(String source, String fileName) {
        try {
            Mod mod = Parser.parse(source, fileName, Parser.Mode.EXEC);
            List<Stmt> stmts = ((Mod.Module) mod).body();
            if (!stmts.isEmpty() && stmts.get(stmts.size() - 1) instanceof Stmt.ExprStmt last) {
                CodeObject head = Compiler.compile(new Mod.Module(stmts.subList(0, stmts.size() - 1)), source, fileName);
                CodeObject tail = Compiler.compile(new Mod.Expression(last.value()), source, fileName);
                return new Scripts(head, tail);
            }
            return new Scripts(Compiler.compile(mod, source, fileName), null);
        } catch (SyntaxErrorException e) {
            throw SyntaxErrors.toPython(e);
        }
    }

    /** A single expression, for {@code eval}. */
    static Scripts expression(String source, String fileName) {
        try {
            return new Scripts(null, Compiler.compile(source.strip(), fileName, Compiler.Mode.EVAL));
        } catch (SyntaxErrorException e) {
            throw SyntaxErrors.toPython(e);
        }
    }

    /** Runs in {@code globals}; the trailing expression's value, or None. */
    PyObject run(InterpreterState st, PyDict globals) throws PyException {
        if (body != null) {
            Interpreter.execute(st, new Frame(body, null, globals, st.builtins(), globals));
        }
        return tail == null ? PyNone.NONE : Interpreter.execute(st, new Frame(tail, null, globals, st.builtins(), globals));
    }
}
