package org.hotpy.core.lexer;

import java.util.HashMap;
import java.util.Map;

/**
 * Kinds of token, named as in CPython's {@code token} module. Hard keywords get their own kind
 * (the lexer recognises them, as CPython's parser does before any rule runs); soft keywords
 * ({@code match}, {@code case}, {@code _}) stay {@link #NAME}.
 */
public enum TokenKind {
    ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT,
    /** A newline that does not end a logical line; only emitted with trivia on. */
    NL,
    /** A comment; only emitted with trivia on. */
    COMMENT,
    /** A character CPython's tokenizer reports as {@code ERRORTOKEN} ({@code $ ? ! `}). */
    ERRORTOKEN,

    LPAR("("), RPAR(")"), LSQB("["), RSQB("]"), COLON(":"), COMMA(","), SEMI(";"), PLUS("+"),
    MINUS("-"), STAR("*"), SLASH("/"), VBAR("|"), AMPER("&"), LESS("<"), GREATER(">"), EQUAL("="),
    DOT("."), PERCENT("%"), LBRACE("{"), RBRACE("}"), EQEQUAL("=="), NOTEQUAL("!="),
    LESSEQUAL("<="), GREATEREQUAL(">="), TILDE("~"), CIRCUMFLEX("^"), LEFTSHIFT("<<"),
    RIGHTSHIFT(">>"), DOUBLESTAR("**"), PLUSEQUAL("+="), MINEQUAL("-="), STAREQUAL("*="),
    SLASHEQUAL("/="), PERCENTEQUAL("%="), AMPEREQUAL("&="), VBAREQUAL("|="),
    CIRCUMFLEXEQUAL("^="), LEFTSHIFTEQUAL("<<="), RIGHTSHIFTEQUAL(">>="),
    DOUBLESTAREQUAL("**="), DOUBLESLASH("//"), DOUBLESLASHEQUAL("//="), AT("@"), ATEQUAL("@="),
    RARROW("->"), ELLIPSIS("..."), COLONEQUAL(":="),

    FALSE("False", true), NONE("None", true), TRUE("True", true), AND("and", true),
    AS("as", true), ASSERT("assert", true), ASYNC("async", true), AWAIT("await", true),
    BREAK("break", true), CLASS("class", true), CONTINUE("continue", true), DEF("def", true),
    DEL("del", true), ELIF("elif", true), ELSE("else", true), EXCEPT("except", true),
    FINALLY("finally", true), FOR("for", true), FROM("from", true), GLOBAL("global", true),
    IF("if", true), IMPORT("import", true), IN("in", true), IS("is", true),
    LAMBDA("lambda", true), NONLOCAL("nonlocal", true), NOT("not", true), OR("or", true),
    PASS("pass", true), RAISE("raise", true), RETURN("return", true), TRY("try", true),
    WHILE("while", true), WITH("with", true), YIELD("yield", true);

    private static final Map<String, TokenKind> KEYWORDS = new HashMap<>();
    private static final Map<String, TokenKind> OPERATORS = new HashMap<>();

    static {
        for (TokenKind k : values()) {
            if (k.keyword) {
                KEYWORDS.put(k.text, k);
            } else if (k.text != null) {
                OPERATORS.put(k.text, k);
            }
        }
    }

    /** The fixed spelling of an operator or keyword; null for the other kinds. */
    public final String text;
    private final boolean keyword;

    TokenKind() {
        this(null, false);
    }

    TokenKind(String text) {
        this(text, false);
    }

    TokenKind(String text, boolean keyword) {
        this.text = text;
        this.keyword = keyword;
    }

    public boolean isKeyword() {
        return keyword;
    }

    public boolean isOperator() {
        return text != null && !keyword;
    }

    /** The hard keyword spelt {@code name}, or null. */
    public static TokenKind keyword(String name) {
        return KEYWORDS.get(name);
    }

    /** The operator spelt {@code op}, or null. */
    public static TokenKind operator(String op) {
        return OPERATORS.get(op);
    }
}
