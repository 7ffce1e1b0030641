package org.hotpy.core.compiler;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hotpy.core.ast.Alias;
import org.hotpy.core.ast.Arg;
import org.hotpy.core.ast.Arguments;
import org.hotpy.core.ast.Comprehension;
import org.hotpy.core.ast.ExceptHandler;
import org.hotpy.core.ast.Expr;
import org.hotpy.core.ast.ExprContext;
import org.hotpy.core.ast.Keyword;
import org.hotpy.core.ast.MatchCase;
import org.hotpy.core.ast.Mod;
import org.hotpy.core.ast.Node;
import org.hotpy.core.ast.Pattern;
import org.hotpy.core.ast.Pos;
import org.hotpy.core.ast.Stmt;
import org.hotpy.core.ast.WithItem;

/**
 * Builds the scopes of a module and decides, for every name in every scope, whether it is
 * local, global, free or a cell (CPython's symtable.c: a visiting pass, then an analysis pass
 * that walks the scopes top-down with the names bound in enclosing functions).
 */
final class SymbolTable {
    private final Map<Object, Scope> scopes = new IdentityHashMap<>();
    private final CompileErrors errors;
    private Scope current;
    private Scope top;
    /** Above zero while visiting a comprehension's iterable, where CPython forbids a walrus. */
    private int compIterDepth;

    SymbolTable(CompileErrors errors) {
        this.errors = errors;
    }

    Scope top() {
        return top;
    }

    /** The scope created for a function, class, lambda or comprehension node. */
    Scope scopeOf(Object node) {
        return scopes.get(node);
    }

    void build(Mod mod) {
        top = new Scope(Scope.Kind.MODULE, "top", null, null);
        scopes.put(mod, top);
        current = top;
        if (mod instanceof Mod.Module m) {
            stmts(m.body());
        } else if (mod instanceof Mod.Interactive m) {
            stmts(m.body());
        } else if (mod instanceof Mod.Expression e) {
            expr(e.body());
        }
        analyze(top, new HashSet<>(), new HashSet<>(), new HashSet<>());
    }

    private Scope enter(Scope.Kind kind, String name, Object key, Node node, int line) {
        Scope s = new Scope(kind, name, node, current);
        s.line = line;
        s.className = kind == Scope.Kind.CLASS ? name : current.className;
        current.children.add(s);
        scopes.put(key, s);
        current = s;
        return s;
    }

    private void exit() {
        current = current.parent;
    }

    private String mangle(String name) {
        return Mangling.mangle(current.className, name);
    }

    /**
     * Binds {@code name} in the current scope. {@code pos} is where CPython reports an error about
     * the binding: the name itself for targets, the whole statement or function for imports,
     * definitions and parameters.
     */
    private void def(String name, int flag, Pos pos) {
        if (name.equals("__debug__")) {
            throw errors.at(pos, "cannot assign to __debug__");
        }
        String n = mangle(name);
        int old = current.flagsOf(n);
        if ((flag & Scope.DEF_PARAM) != 0 && (old & Scope.DEF_PARAM) != 0) {
            throw errors.at(pos, "duplicate argument '%s' in function definition", name);
        }
        current.add(n, flag);
    }

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        if (s instanceof Stmt.FunctionDef fd) {
            def(fd.name(), Scope.DEF_LOCAL, fd.pos());
            exprs(fd.decoratorList());
            argumentDefaults(fd.args());
            annotations(fd.args(), fd.returns());
            Scope f = enter(Scope.Kind.FUNCTION, fd.name(), fd, fd, fd.pos().line());
            parameters(f, fd.args());
            stmts(fd.body());
            exit();
        } else if (s instanceof Stmt.ClassDef cd) {
            def(cd.name(), Scope.DEF_LOCAL, cd.pos());
            exprs(cd.bases());
            for (Keyword k : cd.keywords()) {
                expr(k.value());
            }
            exprs(cd.decoratorList());
            enter(Scope.Kind.CLASS, cd.name(), cd, cd, cd.pos().line());
            stmts(cd.body());
            exit();
        } else if (s instanceof Stmt.Return r) {
            if (r.value() != null) {
                expr(r.value());
            }
        } else if (s instanceof Stmt.Delete d) {
            exprs(d.targets());
        } else if (s instanceof Stmt.Assign a) {
            exprs(a.targets());
            expr(a.value());
        } else if (s instanceof Stmt.AugAssign a) {
            expr(a.target());
            expr(a.value());
        } else if (s instanceof Stmt.AnnAssign a) {
            if (a.target() instanceof Expr.Name n) {
                int f = current.flagsOf(mangle(n.id()));
                if ((f & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0 && a.simple()) {
                    throw errors.at(a.pos(), "annotated name '%s' can't be %s", n.id(),
                            (f & Scope.DEF_GLOBAL) != 0 ? "global" : "nonlocal");
                }
                def(n.id(), a.simple() ? Scope.DEF_LOCAL | Scope.DEF_ANNOT : Scope.DEF_LOCAL, a.pos());
            } else {
                expr(a.target());
            }
            if (current.kind != Scope.Kind.FUNCTION) {
                expr(a.annotation());
            }
            if (a.value() != null) {
                expr(a.value());
            }
        } else if (s instanceof Stmt.For f) {
            expr(f.target());
            expr(f.iter());
            stmts(f.body());
            stmts(f.orelse());
        } else if (s instanceof Stmt.While w) {
            expr(w.test());
            stmts(w.body());
            stmts(w.orelse());
        } else if (s instanceof Stmt.If i) {
            expr(i.test());
            stmts(i.body());
            stmts(i.orelse());
        } else if (s instanceof Stmt.With w) {
            for (WithItem item : w.items()) {
                expr(item.contextExpr());
                if (item.optionalVars() != null) {
                    expr(item.optionalVars());
                }
            }
            stmts(w.body());
        } else if (s instanceof Stmt.Match m) {
            expr(m.subject());
            for (MatchCase c : m.cases()) {
                pattern(c.pattern());
                if (c.guard() != null) {
                    expr(c.guard());
                }
                stmts(c.body());
            }
        } else if (s instanceof Stmt.Raise r) {
            if (r.exc() != null) {
                expr(r.exc());
            }
            if (r.cause() != null) {
                expr(r.cause());
            }
        } else if (s instanceof Stmt.Try t) {
            stmts(t.body());
            for (ExceptHandler h : t.handlers()) {
                if (h.type() != null) {
                    expr(h.type());
                }
                if (h.name() != null) {
                    def(h.name(), Scope.DEF_LOCAL, h.pos());
                }
                stmts(h.body());
            }
            stmts(t.orelse());
            stmts(t.finalbody());
        } else if (s instanceof Stmt.Assert a) {
            expr(a.test());
            if (a.msg() != null) {
                expr(a.msg());
            }
        } else if (s instanceof Stmt.Import imp) {
            for (Alias a : imp.names()) {
                String name = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
                def(name, Scope.DEF_IMPORT, imp.pos());
            }
        } else if (s instanceof Stmt.ImportFrom imp) {
            for (Alias a : imp.names()) {
                if (a.name().equals("*")) {
                    if (current.kind != Scope.Kind.MODULE) {
                        throw errors.at(a.pos(), "import * only allowed at module level");
                    }
                    continue;
                }
                def(a.asname() != null ? a.asname() : a.name(), Scope.DEF_IMPORT, imp.pos());
            }
        } else if (s instanceof Stmt.Global g) {
            declare(g.names(), Scope.DEF_GLOBAL, g.pos(), "global");
        } else if (s instanceof Stmt.Nonlocal nl) {
            if (current.kind == Scope.Kind.MODULE) {
                throw errors.at(nl.pos(), "nonlocal declaration not allowed at module level");
            }
            declare(nl.names(), Scope.DEF_NONLOCAL, nl.pos(), "nonlocal");
        } else if (s instanceof Stmt.ExprStmt e) {
            expr(e.value());
        }
    }

    private void declare(List<String> names, int flag, Pos pos, String what) {
        for (String name : names) {
            String n = mangle(name);
            int old = current.flagsOf(n);
            // CPython's order of checks; an import before the declaration is allowed
            if ((old & Scope.DEF_PARAM) != 0) {
                throw errors.at(pos, "name '%s' is parameter and %s", name, what);
            }
            if ((old & Scope.USE) != 0) {
                throw errors.at(pos, "name '%s' is used prior to %s declaration", name, what);
            }
            if ((old & Scope.DEF_ANNOT) != 0) {
                throw errors.at(pos, "annotated name '%s' can't be %s", name, what);
            }
            if ((old & Scope.DEF_LOCAL) != 0) {
                throw errors.at(pos, "name '%s' is assigned to before %s declaration", name, what);
            }
            current.directives.putIfAbsent(n, pos);
            int other = flag == Scope.DEF_GLOBAL ? Scope.DEF_NONLOCAL : Scope.DEF_GLOBAL;
            if ((old & other) != 0) {
                // reported where the name's first declaration is, as CPython's error_at_directive
                throw errors.at(current.directives.get(n), "name '%s' is nonlocal and global", name);
            }
            current.add(n, flag);
        }
    }

    private void parameters(Scope f, Arguments a) {
        for (Arg p : a.posonlyargs()) {
            param(f, p);
        }
        for (Arg p : a.args()) {
            param(f, p);
        }
        for (Arg p : a.kwonlyargs()) {
            param(f, p);
        }
        if (a.vararg() != null) {
            f.hasVarargs = true;
            param(f, a.vararg());
        }
        if (a.kwarg() != null) {
            f.hasVarkw = true;
            param(f, a.kwarg());
        }
    }

    private void param(Scope f, Arg p) {
        def(p.arg(), Scope.DEF_PARAM, "__debug__".equals(p.arg()) && f.node != null ? f.node.pos() : p.pos());
        f.params.add(mangle(p.arg()));
    }

    private void argumentDefaults(Arguments a) {
        exprs(a.defaults());
        for (Expr e : a.kwDefaults()) {
            if (e != null) {
                expr(e);
            }
        }
    }

    private void annotations(Arguments a, Expr returns) {
        for (List<Arg> group : List.of(a.posonlyargs(), a.args(), a.kwonlyargs())) {
            for (Arg p : group) {
                if (p.annotation() != null) {
                    expr(p.annotation());
                }
            }
        }
        if (a.vararg() != null && a.vararg().annotation() != null) {
            expr(a.vararg().annotation());
        }
        if (a.kwarg() != null && a.kwarg().annotation() != null) {
            expr(a.kwarg().annotation());
        }
        if (returns != null) {
            expr(returns);
        }
    }

    private void exprs(List<Expr> es) {
        for (Expr e : es) {
            if (e != null) {
                expr(e);
            }
        }
    }

    private void expr(Expr e) {
        if (e instanceof Expr.Name n) {
            if (n.ctx() == ExprContext.LOAD) {
                current.add(mangle(n.id()), Scope.USE);
                if (n.id().equals("super") && current.isFunction()) {
                    current.add("__class__", Scope.USE); // zero-argument super() needs the class cell
                }
            } else {
                if (n.ctx() == ExprContext.DEL && n.id().equals("__debug__")) {
                    throw errors.at(n.pos(), "cannot delete __debug__");
                }
                def(n.id(), Scope.DEF_LOCAL, n.pos());
            }
        } else if (e instanceof Expr.BoolOpExpr b) {
            exprs(b.values());
        } else if (e instanceof Expr.NamedExpr ne) {
            if (compIterDepth > 0) {
                throw errors.at(ne.pos(), "assignment expression cannot be used in a comprehension iterable expression");
            }
            expr(ne.value());
            namedExprTarget((Expr.Name) ne.target());
        } else if (e instanceof Expr.BinOp b) {
            expr(b.left());
            expr(b.right());
        } else if (e instanceof Expr.UnaryOpExpr u) {
            expr(u.operand());
        } else if (e instanceof Expr.Lambda l) {
            argumentDefaults(l.args());
            Scope f = enter(Scope.Kind.FUNCTION, "<lambda>", l, l, l.pos().line());
            f.isLambda = true;
            parameters(f, l.args());
            expr(l.body());
            exit();
        } else if (e instanceof Expr.IfExp i) {
            expr(i.test());
            expr(i.body());
            expr(i.orelse());
        } else if (e instanceof Expr.Dict d) {
            exprs(d.keys());
            exprs(d.values());
        } else if (e instanceof Expr.Set s) {
            exprs(s.elts());
        } else if (e instanceof Expr.ListComp c) {
            comprehension(c, "<listcomp>", c.generators(), c.elt(), null);
        } else if (e instanceof Expr.SetComp c) {
            comprehension(c, "<setcomp>", c.generators(), c.elt(), null);
        } else if (e instanceof Expr.DictComp c) {
            comprehension(c, "<dictcomp>", c.generators(), c.key(), c.value());
        } else if (e instanceof Expr.GeneratorExp c) {
            comprehension(c, "<genexpr>", c.generators(), c.elt(), null);
        } else if (e instanceof Expr.Await a) {
            expr(a.value());
        } else if (e instanceof Expr.Yield y) {
            yieldHere(y.pos());
            if (y.value() != null) {
                expr(y.value());
            }
        } else if (e instanceof Expr.YieldFrom y) {
            yieldHere(y.pos());
            expr(y.value());
        } else if (e instanceof Expr.Compare c) {
            expr(c.left());
            exprs(c.comparators());
        } else if (e instanceof Expr.Call c) {
            expr(c.func());
            exprs(c.args());
            for (Keyword k : c.keywords()) {
                expr(k.value());
            }
        } else if (e instanceof Expr.FormattedValue f) {
            expr(f.value());
            if (f.formatSpec() != null) {
                expr(f.formatSpec());
            }
        } else if (e instanceof Expr.JoinedStr j) {
            exprs(j.values());
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value());
        } else if (e instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.slice());
        } else if (e instanceof Expr.Starred s) {
            expr(s.value());
        } else if (e instanceof Expr.ListExpr l) {
            exprs(l.elts());
        } else if (e instanceof Expr.Tuple t) {
            exprs(t.elts());
        } else if (e instanceof Expr.Slice s) {
            if (s.lower() != null) {
                expr(s.lower());
            }
            if (s.upper() != null) {
                expr(s.upper());
            }
            if (s.step() != null) {
                expr(s.step());
            }
        }
    }

    private void yieldHere(Pos pos) {
        if (current.kind != Scope.Kind.FUNCTION) {
            throw errors.at(pos, "'yield' outside function");
        }
        if (current.isComprehension) {
            throw errors.at(pos, "'yield' inside %s", describeComprehension(current.name));
        }
        current.isGenerator = true;
    }

    private static String describeComprehension(String name) {
        switch (name) {
            case "<listcomp>": return "list comprehension";
            case "<setcomp>": return "set comprehension";
            case "<dictcomp>": return "dict comprehension";
            default: return "generator expression";
        }
    }

    /** A walrus inside a comprehension binds in the nearest enclosing function or module scope. */
    private void namedExprTarget(Expr.Name target) {
        if (!current.isComprehension) {
            def(target.id(), Scope.DEF_LOCAL, target.pos());
            return;
        }
        Scope s = current;
        while (s.isComprehension) {
            if (s.flags.containsKey(target.id()) && (s.flagsOf(target.id()) & Scope.DEF_COMP_ITER) != 0) {
                throw errors.at(target.pos(),
                        "assignment expression cannot rebind comprehension iteration variable '%s'", target.id());
            }
            s = s.parent;
        }
        if (s.kind == Scope.Kind.CLASS) {
            throw errors.at(target.pos(), "assignment expression within a comprehension cannot be used in a class body");
        }
        String n = target.id();
        if (s.kind == Scope.Kind.FUNCTION) {
            if ((s.flagsOf(n) & Scope.DEF_GLOBAL) == 0) {
                s.add(n, Scope.DEF_LOCAL);
            }
        } else {
            s.add(n, Scope.DEF_GLOBAL);
        }
        Scope c = current;
        while (c != s) {
            c.add(n, s.kind == Scope.Kind.FUNCTION && (s.flagsOf(n) & Scope.DEF_GLOBAL) == 0
                    ? Scope.DEF_NONLOCAL : Scope.DEF_GLOBAL);
            c = c.parent;
        }
    }

    private void comprehension(Expr node, String name, List<Comprehension> gens, Expr elt, Expr value) {
        // The first iterable is evaluated in the enclosing scope (PEP 289).
        iterable(gens.get(0).iter());
        Scope c = enter(Scope.Kind.FUNCTION, name, node, node, node.pos().line());
        c.isComprehension = true;
        c.params.add(".0");
        c.add(".0", Scope.DEF_PARAM);
        if (node instanceof Expr.GeneratorExp) {
            c.isGenerator = true;
        }
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            if (g.isAsync()) {
                throw errors.at(node.pos(), "asynchronous comprehension outside of an asynchronous function");
            }
            compTarget(g.target());
            if (i > 0) {
                iterable(g.iter());
            }
            exprs(g.ifs());
        }
        expr(elt);
        if (value != null) {
            expr(value);
        }
        exit();
    }

    private void iterable(Expr iter) {
        compIterDepth++;
        try {
            expr(iter);
        } finally {
            compIterDepth--;
        }
    }

    private void compTarget(Expr t) {
        if (t instanceof Expr.Name n) {
            def(n.id(), Scope.DEF_LOCAL | Scope.DEF_COMP_ITER, n.pos());
        } else if (t instanceof Expr.Tuple tup) {
            for (var x : tup.elts()) {
                compTarget(x);
            }
        } else if (t instanceof Expr.ListExpr l) {
            for (var x : l.elts()) {
                compTarget(x);
            }
        } else if (t instanceof Expr.Starred s) {
            compTarget(s.value());
        } else {
            expr(t);
        }
    }

    private void pattern(Pattern p) {
        if (p instanceof Pattern.MatchValue v) {
            expr(v.value());
        } else if (p instanceof Pattern.MatchSequence s) {
            for (var x : s.patterns()) {
                pattern(x);
            }
        } else if (p instanceof Pattern.MatchMapping m) {
            exprs(m.keys());
            for (var x : m.patterns()) {
                pattern(x);
            }
            if (m.rest() != null) {
                def(m.rest(), Scope.DEF_LOCAL, m.pos());
            }
        } else if (p instanceof Pattern.MatchClass c) {
            expr(c.cls());
            for (var x : c.patterns()) {
                pattern(x);
            }
            for (var x : c.kwdPatterns()) {
                pattern(x);
            }
        } else if (p instanceof Pattern.MatchStar s) {
            if (s.name() != null) {
                def(s.name(), Scope.DEF_LOCAL, s.pos());
            }
        } else if (p instanceof Pattern.MatchAs a) {
            if (a.pattern() != null) {
                pattern(a.pattern());
            }
            if (a.name() != null) {
                def(a.name(), Scope.DEF_LOCAL, a.pos());
            }
        } else if (p instanceof Pattern.MatchOr o) {
            for (var x : o.patterns()) {
                pattern(x);
            }
        }
    }

    // ---- analysis -------------------------------------------------------------------------

    /**
     * Resolves every name of {@code s}. {@code bound}: names bound in enclosing function scopes;
     * {@code globals}: names declared global in enclosing scopes; {@code free} collects the free
     * variables of {@code s} and its children that the parent must provide.
     */
    private void analyze(Scope s, Set<String> bound, Set<String> globals, Set<String> free) {
        Set<String> local = new HashSet<>();
        Set<String> newGlobals = new HashSet<>(globals);
        Set<String> newFree = new HashSet<>();
        for (Map.Entry<String, Integer> e : s.flags.entrySet()) {
            analyzeName(s, e.getKey(), e.getValue(), bound, local, newFree, newGlobals);
        }
        Set<String> childBound = new HashSet<>();
        if (s.kind == Scope.Kind.FUNCTION) {
            childBound.addAll(bound);
            childBound.addAll(local);
            newGlobals.removeAll(local);
        } else if (s.kind == Scope.Kind.CLASS) {
            childBound.addAll(bound);
            childBound.add("__class__"); // the implicit class cell seen by methods
        }
        Set<String> childFree = new HashSet<>();
        for (Scope child : s.children) {
            analyze(child, childBound, newGlobals, childFree);
        }
        for (String name : childFree) {
            if (s.kind == Scope.Kind.FUNCTION && local.contains(name)) {
                s.access.put(name, Scope.Access.CELL);
                s.cells.add(name);
            } else if (s.kind == Scope.Kind.CLASS && name.equals("__class__")) {
                s.needsClassClosure = true;
            } else {
                newFree.add(name); // passes through this scope to the one that binds it
            }
        }
        if (s.kind != Scope.Kind.MODULE) {
            for (String name : newFree) {
                s.frees.add(name);
                Scope.Access a = s.access.get(name);
                if (a == null || a == Scope.Access.GLOBAL_IMPLICIT) {
                    s.access.put(name, Scope.Access.FREE);
                }
            }
        }
        free.addAll(newFree);
    }

    private void analyzeName(Scope s, String name, int flags, Set<String> bound, Set<String> local,
                             Set<String> free, Set<String> globals) {
        if ((flags & Scope.DEF_GLOBAL) != 0) {
            s.access.put(name, Scope.Access.GLOBAL_EXPLICIT);
            globals.add(name);
        } else if ((flags & Scope.DEF_NONLOCAL) != 0) {
            if (!bound.contains(name)) {
                Node n = s.node;
                Pos at = s.directives.getOrDefault(name, n == null ? Pos.NONE : n.pos());
                throw errors.at(at, "no binding for nonlocal '%s' found", name);
            }
            s.access.put(name, Scope.Access.FREE);
            free.add(name);
        } else if ((flags & Scope.DEF_BOUND) != 0) {
            s.access.put(name, Scope.Access.LOCAL);
            local.add(name);
            globals.remove(name);
        } else if (bound.contains(name) && s.kind != Scope.Kind.MODULE) {
            s.access.put(name, Scope.Access.FREE);
            free.add(name);
        } else if (globals.contains(name)) {
            s.access.put(name, Scope.Access.GLOBAL_IMPLICIT);
        } else {
            s.access.put(name, s.kind == Scope.Kind.FUNCTION ? Scope.Access.GLOBAL_IMPLICIT : Scope.Access.LOCAL);
        }
    }
}
