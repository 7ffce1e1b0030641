package org.hotpy.core.lexer;

import java.math.BigInteger;
import org.hotpy.core.ast.Expr;
import org.hotpy.core.parser.SyntaxErrorException;

/**
 * Reads one numeric literal, following the structure of CPython 3.11's tokenizer so that the
 * same inputs fail with the same message at the same column. {@code p} plays the part of the
 * tokenizer's {@code cur}: {@link #next()} reads and advances, {@link #backup()} steps back, and
 * an error is reported at the current {@code p} (CPython's offset is the count of characters
 * consumed on the line).
 */
final class NumberScanner {
    private final SourceText src;
    private final int start;
    private final int line;
    private final int lineStart;
    private int p;

    NumberScanner(SourceText src, int start, int line, int lineStart) {
        this.src = src;
        this.start = start;
        this.p = start;
        this.line = line;
        this.lineStart = lineStart;
    }

    Token scan(Lexer lx) {
        int c = next();
        if (c == '.') {
            fraction(next());
        } else if (c == '0') {
            zero(next());
        } else {
            afterInteger(decimalTail());
        }
        return lx.numberToken(start, p, value(src.substring(start, p)));
    }

    private int next() {
        int c = src.at(p);
        p++;
        return c;
    }

    private void backup() {
        p--;
    }

    private SyntaxErrorException err(String msg) {
        int off = p - lineStart;
        return src.error(msg, line, off, off);
    }

    private void zero(int c) {
        switch (c) {
            case 'x', 'X' -> radix(16, "hexadecimal");
            case 'o', 'O' -> radix(8, "octal");
            case 'b', 'B' -> radix(2, "binary");
            default -> leadingZeros(c);
        }
    }

    private void leadingZeros(int c) {
        while (true) {
            if (c == '_') {
                c = next();
                if (!Lexer.isDigit(c)) {
                    backup();
                    throw err("invalid decimal literal");
                }
            }
            if (c != '0') {
                break;
            }
            c = next();
        }
        int zerosEnd = p;
        boolean nonzero = false;
        if (Lexer.isDigit(c)) {
            nonzero = true;
            c = decimalTail();
        }
        if (c == '.' || c == 'e' || c == 'E' || c == 'j' || c == 'J' || !nonzero) {
            afterInteger(c);
            return;
        }
        backup();
        throw src.error("leading zeros in decimal integer literals are not permitted; "
                + "use an 0o prefix for octal integers", line, start - lineStart + 1,
                zerosEnd - lineStart);
    }

    /** After the integer part: a fraction, an exponent, {@code j}, or the end. */
    private void afterInteger(int c) {
        if (c == '.') {
            fraction(next());
        } else if (c == 'e' || c == 'E') {
            exponent(c);
        } else if (c == 'j' || c == 'J') {
            imaginary();
        } else {
            verifyEnd(c, "decimal");
            backup();
        }
    }

    private void fraction(int c) {
        if (Lexer.isDigit(c)) {
            c = decimalTail();
        }
        if (c == 'e' || c == 'E') {
            exponent(c);
        } else if (c == 'j' || c == 'J') {
            imaginary();
        } else {
            verifyEnd(c, "decimal");
            backup();
        }
    }

    private void exponent(int e) {
        int c = next();
        if (c == '+' || c == '-') {
            c = next();
            if (!Lexer.isDigit(c)) {
                backup();
                throw err("invalid decimal literal");
            }
        } else if (!Lexer.isDigit(c)) {
            // "1else": the number ends before the 'e' (CPython warns; "1ex" is an error).
            backup();
            verifyEnd(e, "decimal");
            backup();
            return;
        }
        c = decimalTail();
        if (c == 'j' || c == 'J') {
            imaginary();
        } else {
            verifyEnd(c, "decimal");
            backup();
        }
    }

    private void imaginary() {
        int c = next();
        verifyEnd(c, "imaginary");
        backup();
    }

    /** Reads digits with single underscores between them; returns the first other char read. */
    private int decimalTail() {
        while (true) {
            int c;
            do {
                c = next();
            } while (Lexer.isDigit(c));
            if (c != '_') {
                return c;
            }
            c = next();
            if (!Lexer.isDigit(c)) {
                backup();
                throw err("invalid decimal literal");
            }
        }
    }

    private void radix(int base, String kind) {
        int c = next();
        do {
            if (c == '_') {
                c = next();
            }
            if (!isDigitOf(c, base)) {
                if (base < 10 && Lexer.isDigit(c)) {
                    throw err("invalid digit '" + (char) c + "' in " + kind + " literal");
                }
                backup();
                throw err("invalid " + kind + " literal");
            }
            do {
                c = next();
            } while (isDigitOf(c, base));
        } while (c == '_');
        if (base < 10 && Lexer.isDigit(c)) {
            throw err("invalid digit '" + (char) c + "' in " + kind + " literal");
        }
        verifyEnd(c, kind);
        backup();
    }

    private static boolean isDigitOf(int c, int base) {
        if (base == 16) {
            return Lexer.isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
        }
        return c >= '0' && c < '0' + base;
    }

    /**
     * CPython's verify_end_of_number: a literal directly followed by a keyword that can follow
     * a number in valid code ("1if x else y") is accepted; any other identifier character is
     * "invalid ... literal". {@code c} has just been read.
     */
    private void verifyEnd(int c, String kind) {
        boolean keyword = switch (c) {
            case 'a' -> lookahead("nd");
            case 'e' -> lookahead("lse");
            case 'f' -> lookahead("or");
            case 'o' -> lookahead("r");
            case 'n' -> lookahead("ot");
            case 'i' -> {
                int c2 = src.at(p);
                yield c2 == 'f' || c2 == 'n' || c2 == 's';
            }
            default -> false;
        };
        if (!keyword && isPotentialIdentifierChar(c)) {
            backup();
            throw err("invalid " + kind + " literal");
        }
    }

    private boolean lookahead(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            if (src.at(p + i) != rest.charAt(i)) {
                return false;
            }
        }
        return !isPotentialIdentifierChar(src.at(p + rest.length()));
    }

    static boolean isPotentialIdentifierChar(int c) {
        return Lexer.isAsciiLetter(c) || Lexer.isDigit(c) || c == '_' || c >= 128;
    }

    /** The value of a literal the scanner accepted. */
    static Object value(String text) {
        String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        if (s.length() > 1 && s.charAt(0) == '0') {
            char k = Character.toLowerCase(s.charAt(1));
            if (k == 'x' || k == 'o' || k == 'b') {
                return integer(s.substring(2), k == 'x' ? 16 : k == 'o' ? 8 : 2);
            }
        }
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            return new Expr.Imaginary(Double.parseDouble(s.substring(0, s.length() - 1)));
        }
        if (s.indexOf('.') >= 0 || s.indexOf('e') >= 0 || s.indexOf('E') >= 0) {
            return Double.parseDouble(s);
        }
        return integer(s, 10);
    }

    private static Object integer(String digits, int radix) {
        if (digits.length() <= (radix == 10 ? 18 : radix == 16 ? 15 : radix == 8 ? 20 : 62)) {
            return Long.parseLong(digits, radix);
        }
        BigInteger b = new BigInteger(digits, radix);
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }
}
