package org.hotpy.core.regex;

import java.util.ArrayList;
import java.util.List;

/**
 * sre's {@code SubPattern}: a sequence of nodes with a cached width. Like a SubPattern it knows
 * its parse state's group widths (for backreferences). Equality is identity, as for sre's
 * SubPattern objects.
 */
final class Seq {
    final List<Node> items;
    /** Widths of the groups of the parse that made this sequence, by group number. */
    private final List<long[]> groupWidths;
    private long[] width;

    Seq(List<long[]> groupWidths) {
        this.groupWidths = groupWidths;
        this.items = new ArrayList<>();
    }

    Seq(List<long[]> groupWidths, List<Node> items) {
        this.groupWidths = groupWidths;
        this.items = new ArrayList<>(items);
    }

    int size() {
        return items.size();
    }

    Node get(int i) {
        return items.get(i);
    }

    /**
     * sre's {@code getwidth()}: the (min, max) number of characters a match consumes, each clamped
     * as CPython clamps (min to MAXREPEAT - 1, max to MAXREPEAT).
     */
    long[] width() {
        if (width != null) {
            return width;
        }
        long lo = 0;
        long hi = 0;
        for (Node n : items) {
            long[] w = nodeWidth(n, groupWidths);
            lo = sat(lo + w[0]);
            hi = sat(hi + w[1]);
        }
        width = new long[] {Math.min(lo, Node.MAXREPEAT - 1), Math.min(hi, Node.MAXREPEAT)};
        return width;
    }

    private static long[] nodeWidth(Node n, List<long[]> gw) {
        if (n instanceof Node.Branch b) {
            long i = Node.MAXREPEAT - 1;
            long j = 0;
            for (Seq alt : b.alternatives()) {
                long[] w = alt.width();
                i = Math.min(i, w[0]);
                j = Math.max(j, w[1]);
            }
            return new long[] {i, j};
        } else if (n instanceof Node.Atomic a) {
            return a.body().width();
        } else if (n instanceof Node.Group g) {
            return g.body().width();
        } else if (n instanceof Node.Repeat r) {
            long[] w = r.body().width();
            return new long[] {satMul(w[0], r.min()), satMul(w[1], r.max())};
        } else if (n instanceof Node.Literal || n instanceof Node.NotLiteral
            || n instanceof Node.Any || n instanceof Node.In) {
            return new long[] {1, 1};
        } else if (n instanceof Node.GroupRef ref) {
            return gw.get(ref.group());
        } else if (n instanceof Node.GroupRefExists ge) {
            long[] w = ge.yes().width();
            long i = w[0];
            long j = w[1];
            if (ge.no() != null) {
                long[] v = ge.no().width();
                i = Math.min(i, v[0]);
                j = Math.max(j, v[1]);
            } else {
                i = 0;
            }
            return new long[] {i, j};
        }
        return new long[] {0, 0};  // At and Assert consume nothing
    }

    private static long sat(long v) {
        return v < 0 ? Long.MAX_VALUE : v;
    }

    private static long satMul(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
