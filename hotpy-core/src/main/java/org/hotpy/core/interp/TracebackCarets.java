package org.hotpy.core.interp;

import org.hotpy.core.ast.Expr;
import org.hotpy.core.ast.Mod;
import org.hotpy.core.ast.Stmt;
import org.hotpy.core.parser.Parser;

/**
 * The position line under a traceback's source line, as CPython 3.11 prints it: {@code ^} under
 * the failing expression, or for a binary operation or a subscript {@code ~} under the operands
 * and {@code ^} under the operator or the brackets. Nothing is printed when the expression is the
 * whole line. Columns are code points, as the compiler records them.
 */
final class TracebackCarets {
    private TracebackCarets() {}

    /** Offsets in the segment where the highlighted part starts and ends. */
    private record Anchors(int leftEnd, int rightStart) {}

    /**
     * The caret line (without a newline) for the source {@code line}, or null when none is shown.
     */
    static String caretLine(String line, int lineNo, int col, int endLine, int endCol) {
        int[] cp = line.codePoints().toArray();
        int len = cp.length;
        if (col < 0 || endCol < 0 || col > len || endLine < lineNo) {
            return null;
        }
        int leading = 0;
        while (leading < len && isSpace(cp[leading])) {
            leading++;
        }
        int trailingEnd = len;
        while (trailingEnd > leading && isSpace(cp[trailingEnd - 1])) {
            trailingEnd--;
        }
        int strippedLength = trailingEnd - leading;
        int start = col;
        int end = Math.min(endCol, len);
        Anchors anchors = null;
        if (endLine == lineNo) {
            if (end < start) {
                return null;
            }
            anchors = anchors(new String(cp, start, end - start));
        } else {
            end = trailingEnd;
        }
        boolean partial = end - start < strippedLength
                || anchors != null && anchors.rightStart() - anchors.leftEnd() > 0;
        if (!partial || start < leading) {
            return null;
        }
        StringBuilder sb = new StringBuilder("    ");
        sb.append(" ".repeat(start - leading));
        if (anchors != null) {
            sb.append("~".repeat(anchors.leftEnd()));
            sb.append("^".repeat(anchors.rightStart() - anchors.leftEnd()));
            sb.append("~".repeat(Math.max(0, end - start - anchors.rightStart())));
        } else {
            sb.append("^".repeat(end - start));
        }
        return sb.toString();
    }

    private static Anchors anchors(String segment) {
        Mod tree;
        try {
            tree = Parser.parse(segment, "<segment>", Parser.Mode.EXEC);
        } catch (RuntimeException e) {
            return null; // not a complete expression on its own: plain carets, as CPython
        }
        if (!(tree instanceof Mod.Module m) || m.body().size() != 1
                || !(m.body().get(0) instanceof Stmt.ExprStmt es)) {
            return null;
        }
        int[] cp = segment.codePoints().toArray();
        if (es.value() instanceof Expr.BinOp b) {
            return binOpAnchors(cp, b);
        }
        if (es.value() instanceof Expr.Subscript s) {
            return subscriptAnchors(cp, s);
        }
        return null;
    }

    private static Anchors binOpAnchors(int[] cp, Expr.BinOp b) {
        int operatorStart = b.left().pos().endCol();
        int operatorEnd = b.right().pos().col();
        int offset = 0;
        while (operatorStart + offset < operatorEnd && isSpace(cp[operatorStart + offset])) {
            offset++;
        }
        int left = operatorStart + offset;
        int right = left + 1;
        if (left + 1 < operatorEnd && !isSpace(cp[left + 1])) {
            right++; // a two-character operator such as ** or //
        }
        while (left < cp.length && (isSpace(cp[left]) || cp[left] == ')' || cp[left] == '#')) {
            left++;
            right++;
        }
        return new Anchors(left, right);
    }

    private static Anchors subscriptAnchors(int[] cp, Expr.Subscript s) {
        int left = s.value().pos().endCol();
        int right = s.slice().pos().endCol() + 1;
        while (left < cp.length && cp[left] != '[') {
            left++;
        }
        while (right < cp.length && cp[right] != ']') {
            right++;
        }
        if (right < cp.length) {
            right++;
        }
        return new Anchors(left, right);
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
