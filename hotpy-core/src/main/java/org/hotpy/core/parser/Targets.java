package org.hotpy.core.parser;

import java.util.ArrayList;
import java.util.List;
import org.hotpy.core.ast.Expr;
import org.hotpy.core.ast.ExprContext;

/**
 * Turning a parsed expression into an assignment or deletion target, and finding the part that
 * cannot be one (CPython's {@code _PyPegen_get_invalid_target} and {@code _PyPegen_get_expr_name}).
 */
final class Targets {
    /** Where a target appears; it decides the wording of the error (CPython's TARGETS_TYPE). */
    enum Kind { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS }

    private Targets() {
    }

    /** {@code e} with Store (or Del) context, or null when it contains an invalid target. */
    static Expr withContext(Expr e, ExprContext ctx) {
        if (e instanceof Expr.Name n) {
            return new Expr.Name(n.pos(), n.id(), ctx);
        }
        if (e instanceof Expr.Attribute a) {
            return new Expr.Attribute(a.pos(), a.value(), a.attr(), ctx);
        }
        if (e instanceof Expr.Subscript s) {
            return new Expr.Subscript(s.pos(), s.value(), s.slice(), ctx);
        }
        if (e instanceof Expr.Tuple t) {
            List<Expr> elts = all(t.elts(), ctx);
            return elts == null ? null : new Expr.Tuple(t.pos(), elts, ctx);
        }
        if (e instanceof Expr.ListExpr l) {
            List<Expr> elts = all(l.elts(), ctx);
            return elts == null ? null : new Expr.ListExpr(l.pos(), elts, ctx);
        }
        if (e instanceof Expr.Starred s && ctx == ExprContext.STORE) {
            Expr v = withContext(s.value(), ctx);
            return v == null ? null : new Expr.Starred(s.pos(), v, ctx);
        }
        return null;
    }

    private static List<Expr> all(List<Expr> elts, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr x : elts) {
            Expr y = withContext(x, ctx);
            if (y == null) {
                return null;
            }
            out.add(y);
        }
        return out;
    }

    /** The innermost sub-expression that makes {@code e} an invalid target, or null. */
    static Expr invalidTarget(Expr e, Kind kind) {
        if (e instanceof Expr.Tuple t) {
            return firstInvalid(t.elts(), kind);
        }
        if (e instanceof Expr.ListExpr l) {
            return firstInvalid(l.elts(), kind);
        }
        if (e instanceof Expr.Starred s) {
            return kind == Kind.DEL_TARGETS ? e : invalidTarget(s.value(), kind);
        }
        if (e instanceof Expr.Compare c) {
            // "for x in y" reaches here parsed as a comparison: look at its left side.
            if (kind == Kind.FOR_TARGETS) {
                return c.ops().get(0) == org.hotpy.core.ast.CmpOp.IN ? invalidTarget(c.left(), kind) : null;
            }
            return e;
        }
        if (e instanceof Expr.Name || e instanceof Expr.Subscript || e instanceof Expr.Attribute) {
            return null;
        }
        return e;
    }

    private static Expr firstInvalid(List<Expr> elts, Kind kind) {
        for (Expr x : elts) {
            Expr bad = invalidTarget(x, kind);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    /** How CPython names an expression in error messages. */
    static String exprName(Expr e) {
        if (e instanceof Expr.Constant c) {
            Object v = c.value();
            if (v == Expr.Singleton.NONE) {
                return "None";
            }
            if (v == Expr.Singleton.ELLIPSIS) {
                return "ellipsis";
            }
            if (v instanceof Boolean b) {
                return b ? "True" : "False";
            }
            return "literal";
        }
        return switch (e.getClass().getSimpleName()) {
            case "Attribute" -> "attribute";
            case "Subscript" -> "subscript";
            case "Starred" -> "starred";
            case "Name" -> "name";
            case "ListExpr" -> "list";
            case "Tuple" -> "tuple";
            case "Lambda" -> "lambda";
            case "Call" -> "function call";
            case "GeneratorExp" -> "generator expression";
            case "Yield", "YieldFrom" -> "yield expression";
            case "Await" -> "await expression";
            case "ListComp" -> "list comprehension";
            case "SetComp" -> "set comprehension";
            case "DictComp" -> "dict comprehension";
            case "Dict" -> "dict literal";
            case "Set" -> "set display";
            case "JoinedStr", "FormattedValue" -> "f-string expression";
            case "Compare" -> "comparison";
            case "IfExp" -> "conditional expression";
            case "NamedExpr" -> "named expression";
            default -> "expression"; // BoolOp, BinOp, UnaryOp
        };
    }
}
