package org.hotpy.core.parser;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.hotpy.core.ast.BoolOp;
import org.hotpy.core.ast.CmpOp;
import org.hotpy.core.ast.Expr;
import org.hotpy.core.ast.ExprContext;
import org.hotpy.core.ast.Mod;
import org.hotpy.core.ast.Node;
import org.hotpy.core.ast.Operator;
import org.hotpy.core.ast.Pos;
import org.hotpy.core.ast.Stmt;
import org.hotpy.core.ast.UnaryOp;

/**
 * Prints an AST in the format of CPython 3.11's {@code ast.dump(node, include_attributes=...)},
 * so trees can be compared with CPython's as strings. Column offsets are code points (CPython
 * prints UTF-8 byte offsets; the two agree on ASCII lines).
 */
public final class AstDump {
    private static final Map<String, String> CLASS_NAMES = Map.ofEntries(
            Map.entry("BoolOpExpr", "BoolOp"), Map.entry("UnaryOpExpr", "UnaryOp"),
            Map.entry("ExprStmt", "Expr"), Map.entry("ListExpr", "List"),
            Map.entry("Arguments", "arguments"), Map.entry("Arg", "arg"),
            Map.entry("Keyword", "keyword"), Map.entry("Alias", "alias"),
            Map.entry("Comprehension", "comprehension"), Map.entry("WithItem", "withitem"),
            Map.entry("MatchCase", "match_case"));
    private static final Map<String, String> FIELD_NAMES = Map.of(
            "decoratorList", "decorator_list", "isAsync", "is_async", "kwDefaults", "kw_defaults",
            "formatSpec", "format_spec", "contextExpr", "context_expr",
            "optionalVars", "optional_vars", "kwdAttrs", "kwd_attrs", "kwdPatterns", "kwd_patterns");

    private final boolean attributes;
    private final StringBuilder out = new StringBuilder();

    private AstDump(boolean attributes) {
        this.attributes = attributes;
    }

    /** {@code ast.dump(tree, include_attributes=attributes)} of a Mod, statement, expression... */
    public static String dump(Object node, boolean attributes) {
        AstDump d = new AstDump(attributes);
        d.value(node);
        return d.out.toString();
    }

    private void value(Object v) {
        if (v == null) {
            out.append("None");
        } else if (v instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                value(list.get(i));
            }
            out.append(']');
        } else if (v instanceof Record r && !(v instanceof Expr.Imaginary)) {
            record(r);
        } else if (v instanceof ExprContext || v instanceof Operator || v instanceof CmpOp
                || v instanceof BoolOp || v instanceof UnaryOp) {
            out.append(enumName((Enum<?>) v)).append("()");
        } else {
            out.append(PyRepr.repr(v));
        }
    }

    private static String enumName(Enum<?> e) {
        StringBuilder sb = new StringBuilder();
        for (String part : e.name().split("_")) {
            sb.append(part.charAt(0)).append(part.substring(1).toLowerCase());
        }
        String s = sb.toString();
        return switch (s) {
            case "Uadd" -> "UAdd";
            case "Usub" -> "USub";
            case "Matmult" -> "MatMult";
            case "Floordiv" -> "FloorDiv";
            case "Lshift" -> "LShift";
            case "Rshift" -> "RShift";
            case "Bitor" -> "BitOr";
            case "Bitxor" -> "BitXor";
            case "Bitand" -> "BitAnd";
            case "Lt" -> "Lt";
            case "LtE", "Lte" -> "LtE";
            case "GtE", "Gte" -> "GtE";
            default -> s;
        };
    }

    private void record(Record r) {
        String simple = r.getClass().getSimpleName();
        String name = CLASS_NAMES.getOrDefault(simple, simple);
        if (r instanceof Stmt.FunctionDef f && f.isAsync()
                || r instanceof Stmt.For f2 && f2.isAsync()
                || r instanceof Stmt.With w && w.isAsync()) {
            name = "Async" + name;
        }
        if (r instanceof Stmt.Try t && t.star()) {
            name = "TryStar";
        }
        out.append(name).append('(');
        boolean first = true;
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            String field = c.getName();
            if (field.equals("pos") || field.equals("star")
                    || field.equals("isAsync") && !(r instanceof org.hotpy.core.ast.Comprehension)) {
                continue;
            }
            Object v = get(c, r);
            if (v == null) {
                continue;
            }
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append(FIELD_NAMES.getOrDefault(field, field)).append('=');
            if (v instanceof Boolean b && !(r instanceof Expr.Constant)
                    && !(r instanceof org.hotpy.core.ast.Pattern.MatchSingleton)) {
                out.append(b ? 1 : 0);
            } else {
                value(v);
            }
        }
        if (r instanceof Mod.Module) {
            out.append(first ? "" : ", ").append("type_ignores=[]");
        }
        if (attributes && r instanceof Node n) {
            Pos p = n.pos();
            out.append(first ? "" : ", ").append("lineno=").append(p.line())
                    .append(", col_offset=").append(p.col())
                    .append(", end_lineno=").append(p.endLine())
                    .append(", end_col_offset=").append(p.endCol());
        }
        out.append(')');
    }

    private static Object get(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }

    /** Python's repr() of the constant values the AST holds. */
    static final class PyRepr {
        private PyRepr() {
        }

        static String repr(Object v) {
            if (v instanceof String s) {
                return str(s);
            }
            if (v instanceof byte[] b) {
                return bytes(b);
            }
            if (v instanceof Boolean b) {
                return b ? "True" : "False";
            }
            if (v instanceof Long || v instanceof BigInteger || v instanceof Integer) {
                return v.toString();
            }
            if (v instanceof Double d) {
                return floatRepr(d);
            }
            if (v instanceof Expr.Imaginary im) {
                String s = floatRepr(im.imag());
                return (s.endsWith(".0") ? s.substring(0, s.length() - 2) : s) + "j";
            }
            if (v == Expr.Singleton.NONE) {
                return "None";
            }
            if (v == Expr.Singleton.ELLIPSIS) {
                return "Ellipsis";
            }
            return String.valueOf(v);
        }

        /** float.__repr__: shortest round-trip digits, fixed between 1e-4 and 1e16. */
        static String floatRepr(double d) {
            if (Double.isNaN(d)) {
                return "nan";
            }
            if (Double.isInfinite(d)) {
                return d > 0 ? "inf" : "-inf";
            }
            if (d == 0) {
                return (1 / d < 0) ? "-0.0" : "0.0";
            }
            BigDecimal bd = null;
            for (int prec = 0; prec < 17 && bd == null; prec++) {
                String s = String.format("%." + prec + "e", d);
                if (Double.parseDouble(s) == d) {
                    bd = new BigDecimal(s).stripTrailingZeros();
                }
            }
            if (bd == null) {
                bd = new BigDecimal(d).round(new java.math.MathContext(17)).stripTrailingZeros();
            }
            String digits = bd.unscaledValue().abs().toString();
            int exp = digits.length() - 1 - bd.scale();
            String sign = d < 0 ? "-" : "";
            if (exp >= 16 || exp < -4) {
                String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
                return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
            }
            String plain = bd.abs().toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }

        static String str(String s) {
            char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
            StringBuilder sb = new StringBuilder().append(q);
            s.codePoints().forEach(c -> {
                if (c == q || c == '\\') {
                    sb.append('\\').appendCodePoint(c);
                } else if (c == '\n') {
                    sb.append("\\n");
                } else if (c == '\r') {
                    sb.append("\\r");
                } else if (c == '\t') {
                    sb.append("\\t");
                } else if (c < 0x20 || c == 0x7f) {
                    sb.append(String.format("\\x%02x", c));
                } else if (c < 0x7f || isPrintable(c)) {
                    sb.appendCodePoint(c);
                } else if (c <= 0xff) {
                    sb.append(String.format("\\x%02x", c));
                } else if (c <= 0xffff) {
                    sb.append(String.format("\\u%04x", c));
                } else {
                    sb.append(String.format("\\U%08x", c));
                }
            });
            return sb.append(q).toString();
        }

        private static boolean isPrintable(int c) {
            return switch (Character.getType(c)) {
                case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                     Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                     Character.SPACE_SEPARATOR -> false;
                default -> true;
            };
        }

        static String bytes(byte[] b) {
            boolean hasSingle = false;
            boolean hasDouble = false;
            for (byte x : b) {
                hasSingle |= x == '\'';
                hasDouble |= x == '"';
            }
            char q = hasSingle && !hasDouble ? '"' : '\'';
            StringBuilder sb = new StringBuilder("b").append(q);
            for (byte x : b) {
                int c = x & 0xff;
                if (c == q || c == '\\') {
                    sb.append('\\').append((char) c);
                } else if (c == '\n') {
                    sb.append("\\n");
                } else if (c == '\r') {
                    sb.append("\\r");
                } else if (c == '\t') {
                    sb.append("\\t");
                } else if (c < 0x20 || c >= 0x7f) {
                    sb.append(String.format("\\x%02x", c));
                } else {
                    sb.append((char) c);
                }
            }
            return sb.append(q).toString();
        }
    }
}
