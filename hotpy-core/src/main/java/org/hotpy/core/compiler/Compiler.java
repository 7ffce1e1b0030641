package org.hotpy.core.compiler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.hotpy.core.ast.Arg;
import org.hotpy.core.ast.Arguments;
import org.hotpy.core.ast.Expr;
import org.hotpy.core.ast.Mod;
import org.hotpy.core.ast.Pos;
import org.hotpy.core.ast.Stmt;
import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Opcode;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.parser.Parser;
import org.hotpy.core.parser.SyntaxErrorException;
import org.hotpy.core.types.text.PyStr;

/**
 * Compiles an AST into code objects: the symbol table first, then one {@link Unit} per
 * module, class, function, lambda and comprehension, each assembled into a {@link CodeObject}.
 * Statements are compiled by {@link StmtGen}, expressions by {@link ExprGen}, match patterns by
 * {@link PatternGen}.
 */
public final class Compiler {
    /** What {@code compile()}'s mode argument asks for. */
    public enum Mode { EXEC, EVAL, SINGLE }

    final String filename;
    final CompileErrors errors;
    final SymbolTable symbols;
    private final Deque<Unit> units = new ArrayDeque<>();
    Unit u;
    final StmtGen stmts;
    final ExprGen exprs;
    final PatternGen patterns;
    /** {@code from __future__ import annotations}: annotations are kept as their source text. */
    private boolean futureAnnotations;

    private Compiler(String filename, String source) {
        this.filename = filename;
        this.errors = new CompileErrors(filename, source);
        this.symbols = new SymbolTable(errors);
        this.stmts = new StmtGen(this);
        this.exprs = new ExprGen(this);
        this.patterns = new PatternGen(this);
    }

    /** Parses and compiles source text; syntax errors surface as {@link SyntaxErrorException}. */
    public static CodeObject compile(String source, String filename, Mode mode) {
        Parser.Mode pm = mode == Mode.EVAL ? Parser.Mode.EVAL : mode == Mode.SINGLE ? Parser.Mode.SINGLE : Parser.Mode.EXEC;
        Mod mod = Parser.parse(source, filename, pm);
        return compile(mod, source, filename);
    }

    /** Compiles an already parsed module. {@code source} gives the text of lines in error messages. */
    public static CodeObject compile(Mod mod, String source, String filename) {
        Compiler c = new Compiler(filename, source);
        c.futureAnnotations = mod instanceof Mod.Module m && hasFutureAnnotations(m.body());
        c.symbols.build(mod);
        return c.compileModule(mod);
    }

    /** Future imports come first, after the docstring; CPython honours only those. */
    private static boolean hasFutureAnnotations(List<Stmt> body) {
        int i = 0;
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant k
                && k.value() instanceof String) {
            i = 1;
        }
        for (; i < body.size(); i++) {
            if (!(body.get(i) instanceof Stmt.ImportFrom f) || !"__future__".equals(f.module()) || f.level() != 0) {
                return false;
            }
            if (f.names().stream().anyMatch(a -> a.name().equals("annotations"))) {
                return true;
            }
        }
        return false;
    }

    /** Pushes an annotation: its value, or under the future import its text (CPython 3.11). */
    void annotation(Expr e) {
        if (!futureAnnotations) {
            exprs.expr(e);
            return;
        }
        String text = AnnotationText.of(e);
        if (text == null) {
            throw error(e.pos(), "this kind of expression in an annotation under "
                    + "'from __future__ import annotations' is not supported by HotPy");
        }
        loadConst(PyStr.of(text));
    }

    boolean futureAnnotations() {
        return futureAnnotations;
    }

    private CodeObject compileModule(Mod mod) {
        Scope top = symbols.top();
        enterUnit(top, "<module>", "<module>", 1);
        if (mod instanceof Mod.Module m) {
            stmts.body(m.body(), true);
            if (!u.lastIsTerminal()) {
                u.pos = Pos.NONE;
                loadConst(PyNone.NONE);
                u.emit(Opcode.RETURN_VALUE);
            }
        } else if (mod instanceof Mod.Interactive m) {
            u.interactive = true;
            stmts.body(m.body(), false);
            loadConst(PyNone.NONE);
            u.emit(Opcode.RETURN_VALUE);
        } else if (mod instanceof Mod.Expression e) {
            exprs.expr(e.body());
            u.emit(Opcode.RETURN_VALUE);
        }
        return exitUnit();
    }

    // ---- units ---------------------------------------------------------------------------

    Unit enterUnit(Scope scope, String name, String qualname, int firstLine) {
        Unit nu = new Unit(scope, name, qualname, firstLine);
        if (scope.kind == Scope.Kind.FUNCTION) {
            for (String p : scope.params) {
                nu.varname(p);
            }
            for (var e : scope.access.entrySet()) {
                if (e.getValue() == Scope.Access.LOCAL || e.getValue() == Scope.Access.CELL) {
                    if (e.getValue() == Scope.Access.LOCAL) {
                        nu.varname(e.getKey());
                    }
                }
            }
        }
        List<String> cells = new ArrayList<>(scope.cells);
        java.util.Collections.sort(cells);
        if (scope.needsClassClosure) {
            cells.add(0, "__class__");
        }
        nu.cellvars.addAll(cells);
        List<String> frees = new ArrayList<>(scope.frees);
        java.util.Collections.sort(frees);
        nu.freevars.addAll(frees);
        if (u != null) {
            units.push(u);
        }
        u = nu;
        return nu;
    }

    CodeObject exitUnit() {
        Unit done = u;
        u = units.isEmpty() ? null : units.pop();
        if (done.freevars.isEmpty() && done.cellvars.isEmpty()) {
            done.flags |= CodeObject.CO_NOFREE;
        }
        return Assembler.assemble(done, filename);
    }

    /** The qualified name of a definition {@code name} made in the current unit. */
    String qualname(String name) {
        if (u == null || u.scope.kind == Scope.Kind.MODULE) {
            return name;
        }
        Scope.Access a = u.scope.accessOf(name);
        if (u.scope.kind == Scope.Kind.FUNCTION && a != Scope.Access.GLOBAL_EXPLICIT) {
            return u.qualname + ".<locals>." + name;
        }
        if (a == Scope.Access.GLOBAL_EXPLICIT) {
            return name;
        }
        return u.qualname + "." + name;
    }

    // ---- emitting helpers ------------------------------------------------------------------

    void loadConst(org.hotpy.core.model.PyObject value) {
        u.emit(Opcode.LOAD_CONST, u.constant(value, Constants.key(value)));
    }

    String mangle(String name) {
        return Mangling.mangle(u.scope.className, name);
    }

    /** Emits the load, store or delete of a name according to its scope. */
    void nameOp(String rawName, int kind) {
        String name = mangle(rawName);
        Scope.Access a = u.scope.accessOf(name);
        Scope.Kind sk = u.scope.kind;
        Opcode op;
        int arg;
        switch (a) {
            case FREE:
            case CELL:
                arg = u.derefIndex(name);
                if (kind == LOAD && sk == Scope.Kind.CLASS && a == Scope.Access.FREE) {
                    op = Opcode.LOAD_CLASSDEREF; // the class namespace first, then the enclosing cell
                } else {
                    op = kind == LOAD ? Opcode.LOAD_DEREF : kind == STORE ? Opcode.STORE_DEREF : Opcode.DELETE_DEREF;
                }
                break;
            case LOCAL:
                if (sk == Scope.Kind.FUNCTION) {
                    op = kind == LOAD ? Opcode.LOAD_FAST : kind == STORE ? Opcode.STORE_FAST : Opcode.DELETE_FAST;
                    arg = u.varname(name);
                } else {
                    op = kind == LOAD ? Opcode.LOAD_NAME : kind == STORE ? Opcode.STORE_NAME : Opcode.DELETE_NAME;
                    arg = u.name(name);
                }
                break;
            case GLOBAL_EXPLICIT:
                op = kind == LOAD ? Opcode.LOAD_GLOBAL : kind == STORE ? Opcode.STORE_GLOBAL : Opcode.DELETE_GLOBAL;
                arg = u.name(name);
                break;
            default: // implicit global
                if (sk == Scope.Kind.FUNCTION) {
                    op = kind == LOAD ? Opcode.LOAD_GLOBAL : kind == STORE ? Opcode.STORE_GLOBAL : Opcode.DELETE_GLOBAL;
                } else {
                    op = kind == LOAD ? Opcode.LOAD_NAME : kind == STORE ? Opcode.STORE_NAME : Opcode.DELETE_NAME;
                }
                arg = u.name(name);
                break;
        }
        u.emit(op, arg);
    }

    static final int LOAD = 0;
    static final int STORE = 1;
    static final int DELETE = 2;

    /**
     * Makes a function object from {@code code} on the stack: pushes the closure cells, then
     * MAKE_FUNCTION with the flags for what the caller already pushed.
     */
    void makeClosure(CodeObject code, int flags) {
        if (code.freevars.length > 0) {
            for (String free : code.freevars) {
                // a free variable of the child is a cell or free variable here (or the class cell)
                int ix;
                if (u.cellvars.contains(free) || u.freevars.contains(free)) {
                    ix = u.derefIndex(free);
                } else {
                    throw new IllegalStateException("closure variable " + free + " not found in " + u.qualname);
                }
                u.emit(Opcode.LOAD_CLOSURE, ix);
            }
            u.emit(Opcode.BUILD_TUPLE, code.freevars.length);
            flags |= 0x08;
        }
        u.emit(Opcode.LOAD_CONST, u.uniqueConstant(code));
        u.emit(Opcode.MAKE_FUNCTION, flags);
    }

    /** Pushes defaults and keyword defaults of a signature; returns the MAKE_FUNCTION flags. */
    int defaults(Arguments a) {
        int flags = 0;
        if (!a.defaults().isEmpty()) {
            for (Expr d : a.defaults()) {
                exprs.expr(d);
            }
            u.emit(Opcode.BUILD_TUPLE, a.defaults().size());
            flags |= 0x01;
        }
        int nkw = 0;
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            Expr d = a.kwDefaults().get(i);
            if (d != null) {
                loadConst(PyStr.of(mangle(a.kwonlyargs().get(i).arg())));
                exprs.expr(d);
                nkw++;
            }
        }
        if (nkw > 0) {
            u.emit(Opcode.BUILD_MAP, nkw);
            flags |= 0x02;
        }
        return flags;
    }

    /** Pushes the annotations of a signature as a flat tuple of name, value pairs (0x04), if any. */
    int annotations(Arguments a, Expr returns) {
        int n = 0;
        List<Arg> all = new ArrayList<>();
        all.addAll(a.posonlyargs());
        all.addAll(a.args());
        if (a.vararg() != null) {
            all.add(a.vararg());
        }
        all.addAll(a.kwonlyargs());
        if (a.kwarg() != null) {
            all.add(a.kwarg());
        }
        for (Arg p : all) {
            if (p.annotation() != null) {
                loadConst(PyStr.of(mangle(p.arg())));
                annotation(p.annotation());
                n += 2;
            }
        }
        if (returns != null) {
            loadConst(PyStr.of("return"));
            annotation(returns);
            n += 2;
        }
        if (n == 0) {
            return 0;
        }
        u.emit(Opcode.BUILD_TUPLE, n);
        return 0x04;
    }

    /** Sets the parameter counts and flags of a function unit. */
    void signature(Unit fu, Arguments a, Scope scope) {
        fu.argCount = a.posonlyargs().size() + a.args().size();
        fu.posOnlyArgCount = a.posonlyargs().size();
        fu.kwOnlyArgCount = a.kwonlyargs().size();
        fu.flags |= CodeObject.CO_OPTIMIZED | CodeObject.CO_NEWLOCALS;
        if (a.vararg() != null) {
            fu.flags |= CodeObject.CO_VARARGS;
        }
        if (a.kwarg() != null) {
            fu.flags |= CodeObject.CO_VARKEYWORDS;
        }
        if (scope.node instanceof Stmt.FunctionDef fd && fd.isAsync()) {
            fu.flags |= scope.isGenerator ? CodeObject.CO_ASYNC_GENERATOR : CodeObject.CO_COROUTINE;
        } else if (scope.isGenerator) {
            fu.flags |= CodeObject.CO_GENERATOR;
        }
        if (scope.parent != null && scope.parent.kind == Scope.Kind.FUNCTION) {
            fu.flags |= CodeObject.CO_NESTED;
        }
    }

    /** Compiles a function body into a code object. */
    CodeObject functionCode(Object node, String name, Arguments args, List<Stmt> body, Expr lambdaBody, int line) {
        Scope scope = symbols.scopeOf(node);
        String qual = qualname(name);
        Unit fu = enterUnit(scope, name, qual, line);
        signature(fu, args, scope);
        if (lambdaBody != null) {
            fu.uniqueConstant(PyNone.NONE); // lambdas have no docstring; keep slot 0 as for functions
            exprs.expr(lambdaBody);
            if (scope.isGenerator) {
                u.emit(Opcode.POP_TOP);
                loadConst(PyNone.NONE);
            }
            u.emit(Opcode.RETURN_VALUE);
        } else {
            String doc = StmtGen.docstring(body);
            fu.uniqueConstant(doc == null ? PyNone.NONE : PyStr.of(doc));
            stmts.body(body, false);
            if (!u.lastIsTerminal()) {
                u.pos = Pos.NONE;
                loadConst(PyNone.NONE);
                u.emit(Opcode.RETURN_VALUE);
            }
        }
        return exitUnit();
    }

    SyntaxErrorException error(Pos pos, String format, Object... args) {
        return errors.at(pos, format, args);
    }
}
