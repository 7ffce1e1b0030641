package org.hotpy.core.lexer;

import static org.hotpy.core.lexer.TokenKind.*;

/** Operator recognition by character, longest match first, without allocating. */
final class Operators {
    private Operators() {
    }

    static TokenKind three(int c, int c1, int c2) {
        if (c2 != '=' && !(c == '.' && c1 == '.' && c2 == '.')) {
            return null;
        }
        if (c == '.' && c1 == '.') {
            return ELLIPSIS;
        }
        if (c == c1) {
            return switch (c) {
                case '*' -> DOUBLESTAREQUAL;
                case '/' -> DOUBLESLASHEQUAL;
                case '<' -> LEFTSHIFTEQUAL;
                case '>' -> RIGHTSHIFTEQUAL;
                default -> null;
            };
        }
        return null;
    }

    static TokenKind two(int c, int c1) {
        if (c1 == '=') {
            return switch (c) {
                case '=' -> EQEQUAL;
                case '!' -> NOTEQUAL;
                case '<' -> LESSEQUAL;
                case '>' -> GREATEREQUAL;
                case '+' -> PLUSEQUAL;
                case '-' -> MINEQUAL;
                case '*' -> STAREQUAL;
                case '/' -> SLASHEQUAL;
                case '%' -> PERCENTEQUAL;
                case '&' -> AMPEREQUAL;
                case '|' -> VBAREQUAL;
                case '^' -> CIRCUMFLEXEQUAL;
                case '@' -> ATEQUAL;
                case ':' -> COLONEQUAL;
                default -> null;
            };
        }
        if (c == c1) {
            return switch (c) {
                case '*' -> DOUBLESTAR;
                case '/' -> DOUBLESLASH;
                case '<' -> LEFTSHIFT;
                case '>' -> RIGHTSHIFT;
                default -> null;
            };
        }
        if (c == '-' && c1 == '>') {
            return RARROW;
        }
        // "<>" is tokenized as NOTEQUAL (PEP 401); the parser rejects its spelling.
        return c == '<' && c1 == '>' ? NOTEQUAL : null;
    }

    static TokenKind one(int c) {
        return switch (c) {
            case '(' -> LPAR;
            case ')' -> RPAR;
            case '[' -> LSQB;
            case ']' -> RSQB;
            case ':' -> COLON;
            case ',' -> COMMA;
            case ';' -> SEMI;
            case '+' -> PLUS;
            case '-' -> MINUS;
            case '*' -> STAR;
            case '/' -> SLASH;
            case '|' -> VBAR;
            case '&' -> AMPER;
            case '<' -> LESS;
            case '>' -> GREATER;
            case '=' -> EQUAL;
            case '.' -> DOT;
            case '%' -> PERCENT;
            case '{' -> LBRACE;
            case '}' -> RBRACE;
            case '~' -> TILDE;
            case '^' -> CIRCUMFLEX;
            case '@' -> AT;
            default -> null;
        };
    }
}
