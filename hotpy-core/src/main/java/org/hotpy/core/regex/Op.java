package org.hotpy.core.regex;

/**
 * The matcher's instruction set: sre's opcodes, with absolute jump targets. Layouts (pc is the
 * opcode's index):
 * <pre>
 * LITERAL* c | IN set | AT code | MARK i | JUMP target | GROUPREF* group0
 * ANY | ANY_ALL | SUCCESS | FAILURE
 * BRANCH {next alt... JUMP end}* 0          (each record starts with the index of the next one)
 * REPEAT_ONE|MIN_REPEAT_ONE|POSSESSIVE_REPEAT_ONE tail min max item SUCCESS
 * REPEAT until min max body MAX_UNTIL|MIN_UNTIL
 * POSSESSIVE_REPEAT tail min max body SUCCESS
 * ATOMIC_GROUP tail body SUCCESS
 * ASSERT|ASSERT_NOT tail back body SUCCESS
 * GROUPREF_EXISTS group0 no yes... [JUMP end no...]
 * </pre>
 * Repeat bounds are clamped to {@code Integer.MAX_VALUE}, which stands for sre's MAXREPEAT.
 */
final class Op {
    static final int FAILURE = 0;
    static final int SUCCESS = 1;
    static final int ANY = 2;
    static final int ANY_ALL = 3;
    static final int ASSERT = 4;
    static final int ASSERT_NOT = 5;
    static final int AT = 6;
    static final int BRANCH = 7;
    static final int IN = 8;
    static final int JUMP = 9;
    static final int LITERAL = 10;
    static final int NOT_LITERAL = 11;
    static final int LITERAL_IGNORE = 12;
    static final int NOT_LITERAL_IGNORE = 13;
    static final int LITERAL_UNI_IGNORE = 14;
    static final int NOT_LITERAL_UNI_IGNORE = 15;
    static final int LITERAL_LOC_IGNORE = 16;
    static final int NOT_LITERAL_LOC_IGNORE = 17;
    static final int MARK = 18;
    static final int MAX_UNTIL = 19;
    static final int MIN_UNTIL = 20;
    static final int REPEAT = 21;
    static final int REPEAT_ONE = 22;
    static final int MIN_REPEAT_ONE = 23;
    static final int POSSESSIVE_REPEAT = 24;
    static final int POSSESSIVE_REPEAT_ONE = 25;
    static final int ATOMIC_GROUP = 26;
    static final int GROUPREF = 27;
    static final int GROUPREF_IGNORE = 28;
    static final int GROUPREF_UNI_IGNORE = 29;
    static final int GROUPREF_LOC_IGNORE = 30;
    static final int GROUPREF_EXISTS = 31;

    static final int AT_BEGINNING = 0;
    static final int AT_BEGINNING_LINE = 1;
    static final int AT_BEGINNING_STRING = 2;
    static final int AT_BOUNDARY = 3;
    static final int AT_NON_BOUNDARY = 4;
    static final int AT_END = 5;
    static final int AT_END_LINE = 6;
    static final int AT_END_STRING = 7;
    static final int AT_LOC_BOUNDARY = 8;
    static final int AT_LOC_NON_BOUNDARY = 9;
    static final int AT_UNI_BOUNDARY = 10;
    static final int AT_UNI_NON_BOUNDARY = 11;

    /** The "no upper bound" repeat count in compiled code. */
    static final int INF = Integer.MAX_VALUE;

    private Op() {}
}
