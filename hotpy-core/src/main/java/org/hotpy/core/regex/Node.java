package org.hotpy.core.regex;

import java.util.List;

/**
 * The parsed form of a pattern, one record per sre parse opcode ({@code LITERAL}, {@code IN},
 * {@code BRANCH}, {@code SUBPATTERN}, ...). Records give value equality exactly where sre's
 * {@code (op, av)} tuples have it: a node holding a {@link Seq} compares it by identity, as sre
 * compares its {@code SubPattern} objects. The parser's common-prefix rule relies on this.
 */
sealed interface Node {

    /** sre's MAXREPEAT: the "no upper bound" repeat count (and the bound on counts). */
    long MAXREPEAT = 4294967295L;

    record Literal(int c) implements Node {}

    record NotLiteral(int c) implements Node {}

    record Any() implements Node {}

    /** A character set; a {@link SetItem.Negate} can only be its first item. */
    record In(List<SetItem> items) implements Node {}

    record Branch(List<Seq> alternatives) implements Node {}

    /** {@code SUBPATTERN}: a group ({@code group > 0}) or a scoped-flags group ({@code 0}). */
    record Group(int group, int addFlags, int delFlags, Seq body) implements Node {}

    enum RepeatKind { MAX, MIN, POSSESSIVE }

    record Repeat(RepeatKind kind, long min, long max, Seq body) implements Node {}

    record Atomic(Seq body) implements Node {}

    enum AtCode { BEGINNING, BEGINNING_STRING, END, END_STRING, BOUNDARY, NON_BOUNDARY }

    record At(AtCode code) implements Node {}

    record GroupRef(int group) implements Node {}

    /** {@code (?(group)yes|no)}; {@code no} is {@code null} when absent. */
    record GroupRefExists(int group, Seq yes, Seq no) implements Node {}

    /** A lookaround: {@code dir} is 1 for lookahead, -1 for lookbehind. */
    record Assert(boolean negate, int dir, Seq body) implements Node {}

    /** Items of a character set. */
    sealed interface SetItem {
        record Lit(int c) implements SetItem {}

        record Range(int lo, int hi) implements SetItem {}

        /** A category: {@link Categories#DIGIT} etc., before flags select its variant. */
        record Category(int code) implements SetItem {}

        record Negate() implements SetItem {}
    }
}
