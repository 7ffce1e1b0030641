package org.hotpy.core.ast;

import java.util.List;

/** Expressions ({@code expr} in CPython's ASDL). Optional children are {@code null} when absent. */
public sealed interface Expr extends Node {

    record BoolOpExpr(Pos pos, BoolOp op, List<Expr> values) implements Expr {}

    record NamedExpr(Pos pos, Expr target, Expr value) implements Expr {}

    record BinOp(Pos pos, Expr left, Operator op, Expr right) implements Expr {}

    record UnaryOpExpr(Pos pos, UnaryOp op, Expr operand) implements Expr {}

    record Lambda(Pos pos, Arguments args, Expr body) implements Expr {}

    record IfExp(Pos pos, Expr test, Expr body, Expr orelse) implements Expr {}

    /** A dict display; a {@code null} key marks a {@code **mapping} entry whose value is the mapping. */
    record Dict(Pos pos, List<Expr> keys, List<Expr> values) implements Expr {}

    record Set(Pos pos, List<Expr> elts) implements Expr {}

    record ListComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}

    record SetComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}

    record DictComp(Pos pos, Expr key, Expr value, List<Comprehension> generators) implements Expr {}

    record GeneratorExp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}

    record Await(Pos pos, Expr value) implements Expr {}

    record Yield(Pos pos, Expr value) implements Expr {}

    record YieldFrom(Pos pos, Expr value) implements Expr {}

    record Compare(Pos pos, Expr left, List<CmpOp> ops, List<Expr> comparators) implements Expr {}

    record Call(Pos pos, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {}

    /**
     * One replacement field of an f-string. {@code conversion} is -1 (none) or one of
     * {@code 's'}, {@code 'r'}, {@code 'a'}; {@code formatSpec} is a {@link JoinedStr} or null.
     */
    record FormattedValue(Pos pos, Expr value, int conversion, Expr formatSpec) implements Expr {}

    record JoinedStr(Pos pos, List<Expr> values) implements Expr {}

    /**
     * A literal. {@code value} is one of: {@link Long} or {@link java.math.BigInteger} (int),
     * {@link Double} (float), {@link Imaginary} (complex literal such as {@code 2j}),
     * {@link String} (str), {@code byte[]} (bytes), {@link Boolean}, {@link Singleton#NONE} or
     * {@link Singleton#ELLIPSIS}. {@code kind} is "u" for a u-prefixed string, else null.
     */
    record Constant(Pos pos, Object value, String kind) implements Expr {}

    /** The imaginary part of a complex literal ({@code 2j} is {@code Imaginary(2.0)}). */
    record Imaginary(double imag) {}

    /** Constant values that are not Java values. */
    enum Singleton { NONE, ELLIPSIS }

    record Attribute(Pos pos, Expr value, String attr, ExprContext ctx) implements Expr {}

    record Subscript(Pos pos, Expr value, Expr slice, ExprContext ctx) implements Expr {}

    record Starred(Pos pos, Expr value, ExprContext ctx) implements Expr {}

    record Name(Pos pos, String id, ExprContext ctx) implements Expr {}

    record ListExpr(Pos pos, List<Expr> elts, ExprContext ctx) implements Expr {}

    record Tuple(Pos pos, List<Expr> elts, ExprContext ctx) implements Expr {}

    record Slice(Pos pos, Expr lower, Expr upper, Expr step) implements Expr {}
}
