package org.hotpy.core.parser;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.hotpy.core.ast.Expr;
import org.hotpy.core.ast.Pos;
import org.hotpy.core.lexer.StringLiterals;
import org.hotpy.core.lexer.StringLiterals.Literal;
import org.hotpy.core.lexer.Token;

/**
 * Implicit concatenation of adjacent string tokens into one Constant or JoinedStr, as CPython
 * 3.11's {@code _PyPegen_concatenate_strings}: every part of the result carries the position of
 * the whole run of tokens, adjacent literal text merges into one Constant, and errors are
 * reported on the token after the strings (where CPython's parser stands when it decodes them).
 */
final class StringConcat {
    private final ExprParser parser;

    StringConcat(ExprParser parser) {
        this.parser = parser;
    }

    Expr concat(List<Token> toks) {
        Token first = toks.get(0);
        Token lastTok = toks.get(toks.size() - 1);
        Pos whole = new Pos(first.line(), first.col(), lastTok.endLine(), lastTok.endCol());
        Literal firstLit = StringLiterals.literal(first.text());
        boolean bytesMode = firstLit.bytes();
        // CPython marks every str Constant of the run with kind 'u' when the first token starts
        // with a lower-case 'u' (an upper-case 'U' does not count).
        String kind = first.text().charAt(0) == 'u' ? "u" : null;
        boolean fmode = false;
        List<Literal> lits = new ArrayList<>(toks.size());
        for (Token t : toks) {
            Literal lit = StringLiterals.literal(t.text());
            if (lit.bytes() && !isAscii(lit.body(t.text()))) {
                throw parser.errorAt(t, "bytes can only contain ASCII literal characters");
            }
            if (lit.bytes() != bytesMode) {
                throw parser.errorAt(parser.peek(), "cannot mix bytes and nonbytes literals");
            }
            fmode |= lit.fstring();
            lits.add(lit);
        }
        try {
            if (bytesMode) {
                return new Expr.Constant(whole, bytes(toks, lits), null);
            }
            if (!fmode) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < toks.size(); i++) {
                    Literal lit = lits.get(i);
                    sb.append(StringLiterals.decode(lit.body(toks.get(i).text()), lit.raw()));
                }
                return new Expr.Constant(whole, sb.toString(), kind);
            }
            FStrings.Parts parts = new FStrings.Parts(whole, whole, kind);
            for (int i = 0; i < toks.size(); i++) {
                Literal lit = lits.get(i);
                Token t = toks.get(i);
                if (lit.fstring()) {
                    new FStrings(parser, t, lit, whole).parse(parts);
                } else {
                    parts.literal(StringLiterals.decode(lit.body(t.text()), lit.raw()));
                }
            }
            return new Expr.JoinedStr(whole, parts.finish());
        } catch (StringLiterals.BadEscape e) {
            throw parser.errorAt(parser.peek(), e.getMessage());
        }
    }

    private static byte[] bytes(List<Token> toks, List<Literal> lits) throws StringLiterals.BadEscape {
        if (toks.size() == 1) {
            return StringLiterals.decodeBytes(lits.get(0).body(toks.get(0).text()), lits.get(0).raw());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < toks.size(); i++) {
            Literal lit = lits.get(i);
            out.writeBytes(StringLiterals.decodeBytes(lit.body(toks.get(i).text()), lit.raw()));
        }
        return out.toByteArray();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
