package org.hotpy.core.regex;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the parse tree into matcher code as CPython's {@code _compiler._compile} does: the same
 * operation for each node and flag combination (single-character repeats become REPEAT_ONE and
 * friends, others REPEAT with an UNTIL; cased literals under IGNORECASE become the *_IGNORE forms
 * or a folded set), since sre's observable behaviour follows from that choice.
 */
final class Compiler {
    private int[] code = new int[64];
    private int size;
    private final List<CharClass> sets = new ArrayList<>();
    /** Mark slots the code uses (2 per group it marks or refers to). */
    private int markSlots;

    private Compiler() {}

    /** Compiled code, its character sets, and how many mark slots matching it needs. */
    record Compiled(int[] code, List<CharClass> sets, int markSlots) {}

    static Compiled compile(Seq tree, int flags) {
        Compiler c = new Compiler();
        c.compileSeq(tree, flags);
        c.emit(Op.SUCCESS);
        return new Compiled(java.util.Arrays.copyOf(c.code, c.size), c.sets, c.markSlots);
    }

    private void usesGroup(int group) {
        markSlots = Math.max(markSlots, 2 * group);
    }

    private int emit(int v) {
        if (size == code.length) {
            code = java.util.Arrays.copyOf(code, size * 2);
        }
        code[size] = v;
        return size++;
    }

    private int addSet(CharClass cc) {
        sets.add(cc);
        return sets.size() - 1;
    }

    private static int clamp(long v) {
        return v >= Integer.MAX_VALUE ? Op.INF : (int) v;
    }

    static int combineFlags(int flags, int add, int del) {
        if ((add & RegexFlags.TYPE_FLAGS) != 0) {
            flags &= ~RegexFlags.TYPE_FLAGS;
        }
        return (flags | add) & ~del;
    }

    private void compileSeq(Seq seq, int flags) {
        for (Node n : seq.items) {
            compileNode(n, flags);
        }
    }

    private void compileNode(Node n, int flags) {
        if (n instanceof Node.Literal lit) {
            literal(lit.c(), false, flags);
        } else if (n instanceof Node.NotLiteral lit) {
            literal(lit.c(), true, flags);
        } else if (n instanceof Node.In in) {
            emit(Op.IN);
            emit(addSet(CharSets.build(in.items(), flags)));
        } else if (n instanceof Node.Any) {
            emit((flags & RegexFlags.DOTALL) != 0 ? Op.ANY_ALL : Op.ANY);
        } else if (n instanceof Node.Repeat r) {
            repeat(r, flags);
        } else if (n instanceof Node.Group g) {
            group(g, flags);
        } else if (n instanceof Node.Atomic a) {
            emit(Op.ATOMIC_GROUP);
            int tail = emit(0);
            compileSeq(a.body(), flags);
            emit(Op.SUCCESS);
            code[tail] = size;
        } else if (n instanceof Node.Assert a) {
            lookaround(a, flags);
        } else if (n instanceof Node.At at) {
            emit(Op.AT);
            emit(atCode(at.code(), flags));
        } else if (n instanceof Node.Branch b) {
            branch(b, flags);
        } else if (n instanceof Node.GroupRef ref) {
            usesGroup(ref.group());
            emit(groupRefOp(flags));
            emit(ref.group() - 1);
        } else if (n instanceof Node.GroupRefExists ge) {
            groupRefExists(ge, flags);
        }
    }

    private void literal(int c, boolean not, int flags) {
        if ((flags & RegexFlags.IGNORECASE) == 0) {
            emit(not ? Op.NOT_LITERAL : Op.LITERAL);
            emit(c);
        } else if ((flags & RegexFlags.LOCALE) != 0) {
            emit(not ? Op.NOT_LITERAL_LOC_IGNORE : Op.LITERAL_LOC_IGNORE);
            emit(c);
        } else if ((flags & RegexFlags.UNICODE) == 0) {
            boolean cased = CaseFolding.asciiIsCased(c);
            emit(!cased ? (not ? Op.NOT_LITERAL : Op.LITERAL)
                : (not ? Op.NOT_LITERAL_IGNORE : Op.LITERAL_IGNORE));
            emit(cased ? CaseFolding.asciiLower(c) : c);
        } else if (!CaseFolding.unicodeIsCased(c)) {
            emit(not ? Op.NOT_LITERAL : Op.LITERAL);
            emit(c);
        } else {
            int lo = CaseFolding.unicodeLower(c);
            if (CaseFolding.extraCases(lo) == null) {
                emit(not ? Op.NOT_LITERAL_UNI_IGNORE : Op.LITERAL_UNI_IGNORE);
                emit(lo);
            } else {
                emit(Op.IN);
                emit(addSet(CharSets.foldedLiteral(lo, not)));
            }
        }
    }

    /** sre's {@code _simple}: one single-character item, possibly in a flags-only group. */
    private static boolean simple(Seq body) {
        if (body.size() != 1) {
            return false;
        }
        Node n = body.get(0);
        if (n instanceof Node.Group g) {
            return g.group() == 0 && simple(g.body());
        }
        return n instanceof Node.Literal || n instanceof Node.NotLiteral || n instanceof Node.Any
            || n instanceof Node.In;
    }

    private void repeat(Node.Repeat r, int flags) {
        if ((flags & RegexFlags.TEMPLATE) != 0) {
            throw new RegexError("internal: unsupported template operator " + switch (r.kind()) {
                case MAX -> "MAX_REPEAT";
                case MIN -> "MIN_REPEAT";
                case POSSESSIVE -> "POSSESSIVE_REPEAT";
            });
        }
        boolean one = simple(r.body());
        int op = switch (r.kind()) {
            case MAX -> one ? Op.REPEAT_ONE : Op.REPEAT;
            case MIN -> one ? Op.MIN_REPEAT_ONE : Op.REPEAT;
            case POSSESSIVE -> one ? Op.POSSESSIVE_REPEAT_ONE : Op.POSSESSIVE_REPEAT;
        };
        emit(op);
        int skip = emit(0);
        emit(clamp(r.min()));
        emit(clamp(r.max()));
        compileSeq(r.body(), flags);
        if (op == Op.REPEAT) {
            code[skip] = size;
            emit(r.kind() == Node.RepeatKind.MAX ? Op.MAX_UNTIL : Op.MIN_UNTIL);
        } else {
            emit(Op.SUCCESS);
            code[skip] = size;
        }
    }

    private void group(Node.Group g, int flags) {
        usesGroup(g.group());
        if (g.group() > 0) {
            emit(Op.MARK);
            emit((g.group() - 1) * 2);
        }
        compileSeq(g.body(), combineFlags(flags, g.addFlags(), g.delFlags()));
        if (g.group() > 0) {
            emit(Op.MARK);
            emit((g.group() - 1) * 2 + 1);
        }
    }

    private void lookaround(Node.Assert a, int flags) {
        emit(a.negate() ? Op.ASSERT_NOT : Op.ASSERT);
        int tail = emit(0);
        if (a.dir() >= 0) {
            emit(0);
        } else {
            long[] w = a.body().width();
            if (w[0] != w[1]) {
                throw new RegexError("look-behind requires fixed-width pattern");
            }
            emit(clamp(w[0]));
        }
        compileSeq(a.body(), flags);
        emit(Op.SUCCESS);
        code[tail] = size;
    }

    private static int atCode(Node.AtCode at, int flags) {
        boolean multiline = (flags & RegexFlags.MULTILINE) != 0;
        return switch (at) {
            case BEGINNING -> multiline ? Op.AT_BEGINNING_LINE : Op.AT_BEGINNING;
            case END -> multiline ? Op.AT_END_LINE : Op.AT_END;
            case BEGINNING_STRING -> Op.AT_BEGINNING_STRING;
            case END_STRING -> Op.AT_END_STRING;
            case BOUNDARY -> (flags & RegexFlags.LOCALE) != 0 ? Op.AT_LOC_BOUNDARY
                : (flags & RegexFlags.UNICODE) != 0 ? Op.AT_UNI_BOUNDARY : Op.AT_BOUNDARY;
            case NON_BOUNDARY -> (flags & RegexFlags.LOCALE) != 0 ? Op.AT_LOC_NON_BOUNDARY
                : (flags & RegexFlags.UNICODE) != 0 ? Op.AT_UNI_NON_BOUNDARY : Op.AT_NON_BOUNDARY;
        };
    }

    private void branch(Node.Branch b, int flags) {
        emit(Op.BRANCH);
        List<Integer> jumps = new ArrayList<>();
        for (Seq alt : b.alternatives()) {
            int next = emit(0);
            compileSeq(alt, flags);
            emit(Op.JUMP);
            jumps.add(emit(0));
            code[next] = size;
        }
        emit(0);
        for (int j : jumps) {
            code[j] = size;
        }
    }

    private static int groupRefOp(int flags) {
        if ((flags & RegexFlags.IGNORECASE) == 0) {
            return Op.GROUPREF;
        }
        if ((flags & RegexFlags.LOCALE) != 0) {
            return Op.GROUPREF_LOC_IGNORE;
        }
        return (flags & RegexFlags.UNICODE) != 0 ? Op.GROUPREF_UNI_IGNORE : Op.GROUPREF_IGNORE;
    }

    private void groupRefExists(Node.GroupRefExists ge, int flags) {
        usesGroup(ge.group());
        emit(Op.GROUPREF_EXISTS);
        emit(ge.group() - 1);
        int no = emit(0);
        compileSeq(ge.yes(), flags);
        if (ge.no() != null) {
            emit(Op.JUMP);
            int end = emit(0);
            code[no] = size;
            compileSeq(ge.no(), flags);
            code[end] = size;
        } else {
            code[no] = size;
        }
    }
}
