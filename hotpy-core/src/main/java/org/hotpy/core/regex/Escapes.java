package org.hotpy.core.regex;

import static org.hotpy.core.regex.Tokenizer.ESC;
import static org.hotpy.core.regex.Tokenizer.NONE;

import java.util.ArrayList;
import java.util.List;

/**
 * Escapes and character sets: CPython's {@code _escape}, {@code _class_escape} and the set branch
 * of {@code _parse}, including the octal-versus-backreference rules.
 */
final class Escapes {
    private static final String HEX = "0123456789abcdefABCDEF";
    private static final String OCT = "01234567";
    private static final String DIGITS = "0123456789";

    private final Parser parser;
    private final Tokenizer src;

    Escapes(Parser parser) {
        this.parser = parser;
        this.src = parser.src;
    }

    private static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int simpleEscape(int c) {
        return switch (c) {
            case 'a' -> 7;
            case 'b' -> 8;
            case 'f' -> 12;
            case 'n' -> 10;
            case 'r' -> 13;
            case 't' -> 9;
            case 'v' -> 11;
            case '\\' -> '\\';
            default -> -1;
        };
    }

    private static Node categoryEscape(int c) {
        int cat = switch (c) {
            case 'd' -> Categories.DIGIT;
            case 'D' -> Categories.NOT_DIGIT;
            case 's' -> Categories.SPACE;
            case 'S' -> Categories.NOT_SPACE;
            case 'w' -> Categories.WORD;
            case 'W' -> Categories.NOT_WORD;
            default -> -1;
        };
        return cat < 0 ? null : new Node.In(List.of(new Node.SetItem.Category(cat)));
    }

    /** An escape outside a set ({@code tok} is an escape token). */
    Node escape(int tok) {
        int c = tok & ~ESC;
        switch (c) {
            case 'A': return new Node.At(Node.AtCode.BEGINNING_STRING);
            case 'b': return new Node.At(Node.AtCode.BOUNDARY);
            case 'B': return new Node.At(Node.AtCode.NON_BOUNDARY);
            case 'Z': return new Node.At(Node.AtCode.END_STRING);
            default: break;
        }
        Node cat = categoryEscape(c);
        if (cat != null) {
            return cat;
        }
        int simple = simpleEscape(c);
        if (simple >= 0) {
            return new Node.Literal(simple);
        }
        StringBuilder esc = new StringBuilder("\\").appendCodePoint(c);
        int lit = codeEscape(c, esc);
        if (lit >= 0) {
            return new Node.Literal(lit);
        }
        if (c == '0') {
            src.getWhile(2, OCT, esc);
            return new Node.Literal(Integer.parseInt(esc.substring(1), 8));
        }
        if (c >= '1' && c <= '9') {
            return digitEscape(esc);
        }
        if (isAsciiLetter(c)) {
            throw src.error("bad escape " + esc, esc.length());
        }
        return new Node.Literal(c);
    }

    /**
     * The escapes both contexts share: x, u, U and N after a backslash. Returns the code, or -1
     * when {@code c} starts none of them (or u, U, N in a bytes pattern).
     */
    private int codeEscape(int c, StringBuilder esc) {
        if (c == 'x') {
            return hexEscape(esc, 2);
        }
        if (!src.isText) {
            return -1;
        }
        if (c == 'u') {
            return hexEscape(esc, 4);
        }
        if (c == 'U') {
            int v = hexEscape(esc, 8);
            if (v < 0 || v > Character.MAX_CODE_POINT) {
                throw src.error("bad escape " + esc, esc.length());
            }
            return v;
        }
        if (c == 'N') {
            return namedEscape();
        }
        return -1;
    }

    private int hexEscape(StringBuilder esc, int digits) {
        src.getWhile(digits, HEX, esc);
        if (esc.length() != digits + 2) {
            throw src.error("incomplete escape " + esc, esc.length());
        }
        return (int) Long.parseLong(esc.substring(2), 16);
    }

    private int namedEscape() {
        if (!src.match('{')) {
            throw src.error("missing {", 0);
        }
        int[] name = src.getUntil('}', "character name");
        int cp = UnicodeNames.lookup(PyText.str(name));
        if (cp < 0) {
            throw src.error("undefined character name " + PyText.repr(name), name.length + 4);
        }
        return cp;
    }

    /** {@code \1}..{@code \99} backreferences, or three-digit octal escapes. */
    private Node digitEscape(StringBuilder esc) {
        int next = src.peek();
        if (next != NONE && DIGITS.indexOf(next) >= 0) {
            esc.append((char) src.get());
            int n2 = src.peek();
            if (OCT.indexOf(esc.charAt(1)) >= 0 && OCT.indexOf(esc.charAt(2)) >= 0
                && n2 != NONE && OCT.indexOf(n2) >= 0) {
                esc.append((char) src.get());
                int v = Integer.parseInt(esc.substring(1), 8);
                if (v > 0377) {
                    throw src.error("octal escape value " + esc + " outside of range 0-0o377",
                        esc.length());
                }
                return new Node.Literal(v);
            }
        }
        int group = Integer.parseInt(esc.substring(1));
        if (group < parser.groups()) {
            if (!parser.checkGroup(group)) {
                throw src.error("cannot refer to an open group", esc.length());
            }
            parser.checkLookbehindGroup(group);
            return new Node.GroupRef(group);
        }
        throw src.error("invalid group reference " + group, esc.length() - 1);
    }

    /** An escape inside a set: a Lit or a Category item. */
    Node.SetItem classEscape(int tok) {
        int c = tok & ~ESC;
        int simple = simpleEscape(c);
        if (simple >= 0) {
            return new Node.SetItem.Lit(simple);
        }
        Node cat = categoryEscape(c);
        if (cat != null) {
            return ((Node.In) cat).items().get(0);
        }
        StringBuilder esc = new StringBuilder("\\").appendCodePoint(c);
        int lit = codeEscape(c, esc);
        if (lit >= 0) {
            return new Node.SetItem.Lit(lit);
        }
        if (c >= '0' && c <= '7') {
            src.getWhile(2, OCT, esc);
            int v = Integer.parseInt(esc.substring(1), 8);
            if (v > 0377) {
                throw src.error("octal escape value " + esc + " outside of range 0-0o377",
                    esc.length());
            }
            return new Node.SetItem.Lit(v);
        }
        if (c == '8' || c == '9' || isAsciiLetter(c)) {
            throw src.error("bad escape " + esc, esc.length());
        }
        return new Node.SetItem.Lit(c);
    }

    /** A set, after its '['. */
    Node parseSet() {
        int here = src.tell() - 1;
        List<Node.SetItem> set = new ArrayList<>();
        if (src.peek() == '[') {
            src.warn("FutureWarning", "Possible nested set at position " + src.tell());
        }
        boolean negate = src.match('^');
        while (true) {
            int tok = src.get();
            if (tok == NONE) {
                throw src.error("unterminated character set", src.tell() - here);
            }
            if (tok == ']' && !set.isEmpty()) {
                break;
            }
            if ((tok & ESC) == 0 && !set.isEmpty() && "-&~|".indexOf(tok) >= 0 && src.peek() == tok) {
                src.warn("FutureWarning", "Possible set " + setOperation(tok) + " at position "
                    + (src.tell() - 1));
            }
            Node.SetItem code1 = (tok & ESC) != 0 ? classEscape(tok) : new Node.SetItem.Lit(tok);
            if (!src.match('-')) {
                set.add(code1);
                continue;
            }
            int that = src.get();
            if (that == NONE) {
                throw src.error("unterminated character set", src.tell() - here);
            }
            if (that == ']') {
                set.add(code1);
                set.add(new Node.SetItem.Lit('-'));
                break;
            }
            if (that == '-') {
                src.warn("FutureWarning", "Possible set difference at position " + (src.tell() - 2));
            }
            Node.SetItem code2 = (that & ESC) != 0 ? classEscape(that) : new Node.SetItem.Lit(that);
            set.add(range(tok, that, code1, code2));
        }
        set = Parser.uniq(set);
        if (set.size() == 1 && set.get(0) instanceof Node.SetItem.Lit lit) {
            return negate ? new Node.NotLiteral(lit.c()) : new Node.Literal(lit.c());
        }
        if (negate) {
            set.add(0, new Node.SetItem.Negate());
        }
        return new Node.In(set);
    }

    private static String setOperation(int c) {
        return switch (c) {
            case '-' -> "difference";
            case '&' -> "intersection";
            case '~' -> "symmetric difference";
            default -> "union";
        };
    }

    private Node.SetItem range(int tok, int that, Node.SetItem code1, Node.SetItem code2) {
        if (code1 instanceof Node.SetItem.Lit a && code2 instanceof Node.SetItem.Lit b
            && b.c() >= a.c()) {
            return new Node.SetItem.Range(a.c(), b.c());
        }
        throw src.error("bad character range " + Tokenizer.text(tok) + "-" + Tokenizer.text(that),
            Tokenizer.length(tok) + 1 + Tokenizer.length(that));
    }
}
