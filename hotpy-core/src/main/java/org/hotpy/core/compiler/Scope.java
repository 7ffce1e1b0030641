package org.hotpy.core.compiler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hotpy.core.ast.Node;

/**
 * One block of the symbol table: a module, class, function, lambda or comprehension, with
 * what each name means inside it once {@link SymbolTable} has analysed the whole tree.
 */
final class Scope {
    enum Kind { MODULE, CLASS, FUNCTION }

    /** How a name is accessed in a block (CPython's symbol scopes). */
    enum Access { LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL }

    static final int DEF_LOCAL = 1;
    static final int DEF_PARAM = 2;
    static final int DEF_GLOBAL = 4;
    static final int DEF_NONLOCAL = 8;
    static final int USE = 16;
    static final int DEF_IMPORT = 32;
    /** Bound by a walrus in a comprehension: really bound in the enclosing function. */
    static final int DEF_COMP_ITER = 64;
    /** Annotated as a simple name ({@code x: int}): can no longer be declared global or nonlocal. */
    static final int DEF_ANNOT = 128;
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    final Kind kind;
    final String name;
    final Node node;
    final Scope parent;
    final Map<String, Integer> flags = new LinkedHashMap<>();
    final Map<String, Access> access = new LinkedHashMap<>();
    /** Where each name was first declared global or nonlocal (CPython reports errors there). */
    final Map<String, org.hotpy.core.ast.Pos> directives = new java.util.HashMap<>();
    final List<String> params = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    final Set<String> cells = new LinkedHashSet<>();
    final Set<String> frees = new LinkedHashSet<>();
    boolean isGenerator;
    boolean isComprehension;
    boolean isLambda;
    boolean hasVarargs;
    boolean hasVarkw;
    /** A class whose methods use {@code super()} or {@code __class__}: it needs the implicit cell. */
    boolean needsClassClosure;
    /** Private name mangling prefix: the innermost enclosing class name, or null. */
    String className;
    int line;

    Scope(Kind kind, String name, Node node, Scope parent) {
        this.kind = kind;
        this.name = name;
        this.node = node;
        this.parent = parent;
    }

    boolean isFunction() {
        return kind == Kind.FUNCTION;
    }

    void add(String n, int flag) {
        Integer f = flags.get(n); // not merge(n, flag, (a, b) -> a | b): compiling then links no lambda
        flags.put(n, f == null ? flag : f | flag);
    }

    int flagsOf(String n) {
        Integer f = flags.get(n);
        return f == null ? 0 : f;
    }

    Access accessOf(String n) {
        Access a = access.get(n);
        if (a != null) {
            return a;
        }
        // Names never seen here (e.g. introduced by the compiler) are implicit globals.
        return kind == Kind.FUNCTION ? Access.GLOBAL_IMPLICIT : Access.LOCAL;
    }

    @Override
    public String toString() {
        return kind + " " + name + " " + access;
    }
}
