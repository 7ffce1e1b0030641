package org.hotpy.core.compiler;

import java.math.BigInteger;
import java.util.List;

import org.hotpy.core.ast.Arg;
import org.hotpy.core.ast.Arguments;
import org.hotpy.core.ast.BoolOp;
import org.hotpy.core.ast.Comprehension;
import org.hotpy.core.ast.Expr;
import org.hotpy.core.ast.Keyword;
import org.hotpy.core.ast.Operator;
import org.hotpy.core.ast.UnaryOp;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.number.FloatFormatter;
import org.hotpy.core.types.number.PyComplex;
import org.hotpy.core.types.text.PyBytes;
import org.hotpy.core.types.text.StrRepr;

/**
 * The text of an annotation under {@code from __future__ import annotations}: the expression
 * written back from its AST with CPython's rules ({@code ast_unparse.c}): minimal parentheses by
 * precedence, {@code repr} of constants, infinities as {@code 1e309}.
 */
final class AnnotationText {
    private AnnotationText() {}

    // CPython's precedence levels, lowest first.
    private static final int TUPLE = 0;
    private static final int TEST = 1;
    private static final int OR = 2;
    private static final int AND = 3;
    private static final int NOT = 4;
    private static final int CMP = 5;
    private static final int BOR = 6;
    private static final int BXOR = 7;
    private static final int BAND = 8;
    private static final int SHIFT = 9;
    private static final int ARITH = 10;
    private static final int TERM = 11;
    private static final int FACTOR = 12;
    private static final int POWER = 13;
    private static final int AWAIT = 14;
    private static final int ATOM = 15;

    /** An expression this writer does not handle (f-strings, yields): the compiler reports it. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** The annotation's text, or null when the expression is of a kind not written back here. */
    static String of(Expr e) {
        StringBuilder sb = new StringBuilder();
        try {
            expr(sb, e, TEST);
        } catch (Unsupported u) {
            return null;
        }
        return sb.toString();
    }

    private static void expr(StringBuilder sb, Expr e, int level) {
        if (e instanceof Expr.BoolOpExpr b) {
            int pr = b.op() == BoolOp.AND ? AND : OR;
            open(sb, level > pr);
            join(sb, b.values(), b.op() == BoolOp.AND ? " and " : " or ", pr + 1);
            close(sb, level > pr);
        } else if (e instanceof Expr.BinOp b) {
            binOp(sb, b, level);
        } else if (e instanceof Expr.UnaryOpExpr u) {
            int pr = u.op() == UnaryOp.NOT ? NOT : FACTOR;
            open(sb, level > pr);
            sb.append(u.op() == UnaryOp.NOT ? "not " : u.op().symbol);
            expr(sb, u.operand(), pr);
            close(sb, level > pr);
        } else if (e instanceof Expr.Lambda l) {
            open(sb, level > TEST);
            sb.append("lambda");
            arguments(sb, l.args());
            sb.append(": ");
            expr(sb, l.body(), TEST);
            close(sb, level > TEST);
        } else if (e instanceof Expr.IfExp i) {
            open(sb, level > TEST);
            expr(sb, i.body(), TEST + 1);
            sb.append(" if ");
            expr(sb, i.test(), TEST + 1);
            sb.append(" else ");
            expr(sb, i.orelse(), TEST);
            close(sb, level > TEST);
        } else {
            operand(sb, e, level);
        }
    }

    /** Displays, comprehensions, calls, constants and the postfix forms. */
    private static void operand(StringBuilder sb, Expr e, int level) {
        if (e instanceof Expr.Dict d) {
            dict(sb, d);
        } else if (e instanceof Expr.Set s) {
            sb.append('{');
            join(sb, s.elts(), ", ", TEST);
            sb.append('}');
        } else if (e instanceof Expr.ListComp c) {
            comprehension(sb, "[", c.elt(), null, c.generators(), "]");
        } else if (e instanceof Expr.SetComp c) {
            comprehension(sb, "{", c.elt(), null, c.generators(), "}");
        } else if (e instanceof Expr.DictComp c) {
            comprehension(sb, "{", c.key(), c.value(), c.generators(), "}");
        } else if (e instanceof Expr.GeneratorExp g) {
            comprehension(sb, "(", g.elt(), null, g.generators(), ")");
        } else if (e instanceof Expr.Await a) {
            open(sb, level > AWAIT);
            sb.append("await ");
            expr(sb, a.value(), ATOM);
            close(sb, level > AWAIT);
        } else if (e instanceof Expr.Compare c) {
            open(sb, level > CMP);
            expr(sb, c.left(), CMP + 1);
            for (int i = 0; i < c.ops().size(); i++) {
                sb.append(' ').append(c.ops().get(i).symbol).append(' ');
                expr(sb, c.comparators().get(i), CMP + 1);
            }
            close(sb, level > CMP);
        } else {
            primary(sb, e, level);
        }
    }

    /** Calls, constants, names, attribute and subscript forms, starred items, tuples and slices. */
    private static void primary(StringBuilder sb, Expr e, int level) {
        if (e instanceof Expr.Call c) {
            call(sb, c);
        } else if (e instanceof Expr.Constant c) {
            constant(sb, c);
        } else if (e instanceof Expr.Attribute a) {
            expr(sb, a.value(), ATOM);
            // "1 .real": a space keeps an int literal's dot from reading as a decimal point
            boolean intLiteral = a.value() instanceof Expr.Constant k
                    && (k.value() instanceof Long || k.value() instanceof BigInteger);
            sb.append(intLiteral ? " ." : ".").append(a.attr());
        } else if (e instanceof Expr.Subscript s) {
            expr(sb, s.value(), ATOM);
            sb.append('[');
            if (s.slice() instanceof Expr.Tuple t && !t.elts().isEmpty()) {
                join(sb, t.elts(), ", ", TUPLE);
                if (t.elts().size() == 1) {
                    sb.append(',');
                }
            } else {
                expr(sb, s.slice(), TUPLE);
            }
            sb.append(']');
        } else if (e instanceof Expr.Starred s) {
            sb.append('*');
            expr(sb, s.value(), BOR);
        } else if (e instanceof Expr.Name n) {
            sb.append(n.id());
        } else if (e instanceof Expr.ListExpr l) {
            sb.append('[');
            join(sb, l.elts(), ", ", TEST);
            sb.append(']');
        } else if (e instanceof Expr.Tuple t) {
            tuple(sb, t, level);
        } else if (e instanceof Expr.Slice s) {
            if (s.lower() != null) {
                expr(sb, s.lower(), TEST);
            }
            sb.append(':');
            if (s.upper() != null) {
                expr(sb, s.upper(), TEST);
            }
            if (s.step() != null) {
                sb.append(':');
                expr(sb, s.step(), TEST);
            }
        } else {
            throw new Unsupported();
        }
    }

    private static void open(StringBuilder sb, boolean parens) {
        if (parens) {
            sb.append('(');
        }
    }

    private static void close(StringBuilder sb, boolean parens) {
        if (parens) {
            sb.append(')');
        }
    }

    private static void join(StringBuilder sb, List<Expr> items, String sep, int level) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(sep);
            }
            expr(sb, items.get(i), level);
        }
    }

    private static void binOp(StringBuilder sb, Expr.BinOp b, int level) {
        int pr = switch (b.op()) {
            case ADD, SUB -> ARITH;
            case MULT, MATMULT, DIV, MOD, FLOORDIV -> TERM;
            case LSHIFT, RSHIFT -> SHIFT;
            case BITOR -> BOR;
            case BITXOR -> BXOR;
            case BITAND -> BAND;
            case POW -> POWER;
        };
        // ** groups to the right, every other operator to the left
        int rightAssoc = b.op() == Operator.POW ? 1 : 0;
        open(sb, level > pr);
        expr(sb, b.left(), pr + rightAssoc);
        sb.append(' ').append(b.op().symbol).append(' ');
        expr(sb, b.right(), pr + 1 - rightAssoc);
        close(sb, level > pr);
    }

    private static void tuple(StringBuilder sb, Expr.Tuple t, int level) {
        if (t.elts().isEmpty()) {
            sb.append("()");
            return;
        }
        open(sb, level > TUPLE);
        join(sb, t.elts(), ", ", TEST);
        if (t.elts().size() == 1) {
            sb.append(',');
        }
        close(sb, level > TUPLE);
    }

    private static void dict(StringBuilder sb, Expr.Dict d) {
        sb.append('{');
        for (int i = 0; i < d.values().size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Expr k = d.keys().get(i);
            if (k == null) {
                sb.append("**");
                expr(sb, d.values().get(i), BOR);
            } else {
                expr(sb, k, TEST);
                sb.append(": ");
                expr(sb, d.values().get(i), TEST);
            }
        }
        sb.append('}');
    }

    private static void comprehension(StringBuilder sb, String open, Expr elt, Expr value,
            List<Comprehension> gens, String close) {
        sb.append(open);
        expr(sb, elt, TEST);
        if (value != null) {
            sb.append(": ");
            expr(sb, value, TEST);
        }
        for (Comprehension g : gens) {
            sb.append(g.isAsync() ? " async for " : " for ");
            expr(sb, g.target(), TUPLE);
            sb.append(" in ");
            expr(sb, g.iter(), TEST + 1);
            for (Expr cond : g.ifs()) {
                sb.append(" if ");
                expr(sb, cond, TEST + 1);
            }
        }
        sb.append(close);
    }

    private static void call(StringBuilder sb, Expr.Call c) {
        expr(sb, c.func(), ATOM);
        if (c.args().size() == 1 && c.keywords().isEmpty() && c.args().get(0) instanceof Expr.GeneratorExp g) {
            expr(sb, g, TEST); // f(x for x in y): the call's parentheses serve the generator
            return;
        }
        sb.append('(');
        boolean first = true;
        for (Expr a : c.args()) {
            sb.append(first ? "" : ", ");
            first = false;
            expr(sb, a, TEST);
        }
        for (Keyword k : c.keywords()) {
            sb.append(first ? "" : ", ");
            first = false;
            sb.append(k.arg() == null ? "**" : k.arg() + "=");
            expr(sb, k.value(), TEST);
        }
        sb.append(')');
    }

    private static void arguments(StringBuilder sb, Arguments a) {
        int positional = a.posonlyargs().size() + a.args().size();
        int firstDefault = positional - a.defaults().size();
        String sep = " ";
        for (int i = 0; i < positional; i++) {
            Arg p = i < a.posonlyargs().size() ? a.posonlyargs().get(i) : a.args().get(i - a.posonlyargs().size());
            sb.append(sep).append(p.arg());
            sep = ", ";
            if (i >= firstDefault) {
                sb.append('=');
                expr(sb, a.defaults().get(i - firstDefault), TEST);
            }
            if (i == a.posonlyargs().size() - 1) {
                sb.append(", /");
            }
        }
        if (a.vararg() != null || !a.kwonlyargs().isEmpty()) {
            sb.append(sep).append('*').append(a.vararg() == null ? "" : a.vararg().arg());
            sep = ", ";
        }
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            sb.append(sep).append(a.kwonlyargs().get(i).arg());
            Expr d = a.kwDefaults().get(i);
            if (d != null) {
                sb.append('=');
                expr(sb, d, TEST);
            }
        }
        if (a.kwarg() != null) {
            sb.append(sep).append("**").append(a.kwarg().arg());
        }
    }

    private static void constant(StringBuilder sb, Expr.Constant c) {
        Object v = c.value();
        if (v instanceof String s) {
            sb.append(c.kind() != null ? c.kind() : "").append(StrRepr.repr(s));
        } else if (v instanceof Double d) {
            sb.append(Double.isInfinite(d) ? (d < 0 ? "-1e309" : "1e309") : FloatFormatter.repr(d));
        } else if (v instanceof Expr.Imaginary im) {
            sb.append(Double.isInfinite(im.imag()) ? "1e309j" : PyComplex.repr(0.0, im.imag()));
        } else if (v instanceof byte[] b) {
            sb.append(Protocols.repr(new PyBytes(b)).value());
        } else if (v instanceof Boolean b) {
            sb.append(b ? "True" : "False");
        } else if (v == Expr.Singleton.NONE) {
            sb.append("None");
        } else if (v == Expr.Singleton.ELLIPSIS) {
            sb.append("...");
        } else {
            sb.append(v); // Long or BigInteger: decimal digits
        }
    }
}
