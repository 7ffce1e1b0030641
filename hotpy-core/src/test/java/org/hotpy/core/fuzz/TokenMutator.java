package org.hotpy.core.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Token-level mutations of a program: delete a token, duplicate one (a copy inserted after
 * another token), swap two tokens, or truncate the program after a token. One to three edits
 * per mutant. Most mutants are syntax errors; to reach the compiler's and the runtime's deeper
 * paths too, most swaps exchange two tokens of the same class (two names, two numbers,
 * two operators...), which usually leaves a program that runs and does something else.
 */
final class TokenMutator {
    private TokenMutator() {}

    /** The kinds of edit, named in failure reports. */
    enum Edit { DELETE, DUPLICATE, SWAP, TRUNCATE }

    /** A mutant and the edits that made it. */
    record Mutant(String source, List<String> edits) {}

    static Mutant mutate(List<TokenSplitter.Piece> original, Random rnd) {
        List<TokenSplitter.Piece> pieces = new ArrayList<>(original);
        List<String> edits = new ArrayList<>();
        int count = 1 + (rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(2) : 0);
        for (int k = 0; k < count; k++) {
            List<Integer> tokens = tokenIndexes(pieces);
            if (tokens.isEmpty()) {
                break;
            }
            Edit e = pick(rnd);
            int i = tokens.get(rnd.nextInt(tokens.size()));
            String text = pieces.get(i).text();
            switch (e) {
                case DELETE -> pieces.remove(i);
                case DUPLICATE -> {
                    int j = near(tokens, i, rnd);
                    pieces.add(j + 1, new TokenSplitter.Piece(text, true));
                    pieces.add(j + 1, new TokenSplitter.Piece(" ", false));
                }
                case SWAP -> {
                    int j = rnd.nextInt(10) < 7 ? sameClass(pieces, tokens, i, rnd) : near(tokens, i, rnd);
                    pieces.set(i, pieces.get(j));
                    pieces.set(j, new TokenSplitter.Piece(text, true));
                }
                case TRUNCATE -> pieces.subList(i + 1, pieces.size()).clear();
            }
            edits.add(e + " " + quote(text) + " at piece " + i);
        }
        StringBuilder sb = new StringBuilder();
        for (TokenSplitter.Piece p : pieces) {
            sb.append(p.text());
        }
        return new Mutant(sb.toString(), edits);
    }

    /** Truncation ends every run early, so it is rarer than the local edits. */
    private static Edit pick(Random rnd) {
        int r = rnd.nextInt(10);
        return r < 3 ? Edit.DELETE : r < 6 ? Edit.DUPLICATE : r < 9 ? Edit.SWAP : Edit.TRUNCATE;
    }

    private static List<Integer> tokenIndexes(List<TokenSplitter.Piece> pieces) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).token()) {
                out.add(i);
            }
        }
        return out;
    }

    /** Another token's piece index: within eight tokens of {@code i} most of the time, else anywhere. */
    private static int near(List<Integer> tokens, int i, Random rnd) {
        if (rnd.nextInt(10) < 3) {
            return tokens.get(rnd.nextInt(tokens.size()));
        }
        int at = tokens.indexOf(i);
        int j = Math.max(0, Math.min(tokens.size() - 1, at + rnd.nextInt(17) - 8));
        return tokens.get(j);
    }

    /** A random token of the same class as piece {@code i} (itself when it is the only one). */
    private static int sameClass(List<TokenSplitter.Piece> pieces, List<Integer> tokens, int i, Random rnd) {
        char cls = TokenSplitter.tokenClass(pieces.get(i).text());
        List<Integer> same = new ArrayList<>();
        for (int t : tokens) {
            if (TokenSplitter.tokenClass(pieces.get(t).text()) == cls) {
                same.add(t);
            }
        }
        return same.get(rnd.nextInt(same.size()));
    }

    private static String quote(String s) {
        String t = s.length() > 40 ? s.substring(0, 40) + "..." : s;
        return "'" + t.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "'";
    }
}
