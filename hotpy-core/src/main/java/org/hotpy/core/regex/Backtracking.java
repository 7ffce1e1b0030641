package org.hotpy.core.regex;

import static org.hotpy.core.regex.Matcher.CONTINUE;
import static org.hotpy.core.regex.Matcher.FAIL;
import static org.hotpy.core.regex.Matcher.SUCCESS;

/**
 * The operations of {@link Matcher} that call child contexts (BRANCH, the repeats, atomic groups
 * and lookarounds), each split at sre's jump labels: {@link #start} runs an operation up to its
 * first child call, {@link #resume} continues it when that child returns. Both return
 * {@code CONTINUE} (run on at {@code m.pc}), {@code SUCCESS} or {@code FAIL}.
 */
final class Backtracking {
    static final int J_BRANCH = 1;
    static final int J_REPEAT_ONE_1 = 2;
    static final int J_REPEAT_ONE_2 = 3;
    static final int J_MIN_REPEAT_ONE = 4;
    static final int J_REPEAT = 5;
    static final int J_MAX_UNTIL_1 = 6;
    static final int J_MAX_UNTIL_2 = 7;
    static final int J_MAX_UNTIL_3 = 8;
    static final int J_MIN_UNTIL_1 = 9;
    static final int J_MIN_UNTIL_2 = 10;
    static final int J_MIN_UNTIL_3 = 11;
    static final int J_POSS_1 = 12;
    static final int J_POSS_2 = 13;
    static final int J_ATOMIC = 14;
    static final int J_ASSERT = 15;
    static final int J_ASSERT_NOT = 16;

    private Backtracking() {}

    static int start(Matcher m, int op) {
        return switch (op) {
            case Op.BRANCH -> branch(m);
            case Op.REPEAT_ONE -> repeatOne(m);
            case Op.MIN_REPEAT_ONE -> minRepeatOne(m);
            case Op.POSSESSIVE_REPEAT_ONE -> possessiveRepeatOne(m);
            case Op.REPEAT -> Repeats.repeat(m);
            case Op.MAX_UNTIL -> Repeats.maxUntil(m);
            case Op.MIN_UNTIL -> Repeats.minUntil(m);
            case Op.POSSESSIVE_REPEAT -> Repeats.possessiveRepeat(m);
            case Op.ATOMIC_GROUP -> atomicGroup(m);
            case Op.ASSERT -> assertion(m);
            case Op.ASSERT_NOT -> assertNot(m);
            default -> throw new IllegalStateException("bad opcode " + op + " at " + m.pc);
        };
    }

    static int resume(Matcher m, int jump, int ret) {
        return switch (jump) {
            case J_BRANCH -> branchResume(m, ret);
            case J_REPEAT_ONE_1, J_REPEAT_ONE_2 -> repeatOneResume(m, ret, jump);
            case J_MIN_REPEAT_ONE -> minRepeatOneResume(m, ret);
            case J_REPEAT -> Repeats.repeatResume(m, ret);
            case J_MAX_UNTIL_1, J_MIN_UNTIL_1 -> Repeats.untilMinResume(m, ret);
            case J_MAX_UNTIL_2 -> Repeats.maxUntilResume(m, ret);
            case J_MAX_UNTIL_3 -> Repeats.maxUntilTailResume(m, ret);
            case J_MIN_UNTIL_2 -> Repeats.minUntilTailResume(m, ret);
            case J_MIN_UNTIL_3 -> Repeats.minUntilResume(m, ret);
            case J_POSS_1 -> Repeats.possessiveMinResume(m, ret);
            case J_POSS_2 -> Repeats.possessiveResume(m, ret);
            case J_ATOMIC -> atomicResume(m, ret);
            case J_ASSERT -> assertResume(m, ret);
            case J_ASSERT_NOT -> assertNotResume(m, ret);
            default -> throw new IllegalStateException("bad jump " + jump);
        };
    }

    // BRANCH: try each alternative in order; m.pc walks the alternative records.

    private static int branch(Matcher m) {
        m.saveLastmark();
        if (m.repeat >= 0) {
            m.markPush(m.ctxLastmark);
        }
        m.pc++;
        return branchTry(m);
    }

    private static int branchTry(Matcher m) {
        int[] code = m.code;
        int ptr = m.ptr;
        for (int alt = m.pc; code[alt] != 0; alt = code[alt]) {
            int first = code[alt + 1];
            // sre skips alternatives whose first literal or set cannot match here.
            if (first == Op.LITERAL && (ptr >= m.end || m.text.at(ptr) != code[alt + 2])) {
                continue;
            }
            if (first == Op.IN
                && (ptr >= m.end || !m.sets[code[alt + 2]].contains(m.text.at(ptr)))) {
                continue;
            }
            m.statePtr = ptr;
            m.pc = alt;
            m.doJump(J_BRANCH, alt + 1, m.toplevel);
            return CONTINUE;
        }
        if (m.repeat >= 0) {
            m.markPopDiscard(m.ctxLastmark);
        }
        return FAIL;
    }

    private static int branchResume(Matcher m, int ret) {
        if (ret == SUCCESS) {
            if (m.repeat >= 0) {
                m.markPopDiscard(m.ctxLastmark);
            }
            return SUCCESS;
        }
        if (m.repeat >= 0) {
            m.markPopKeep(m.ctxLastmark);
        }
        m.restoreLastmark();
        m.pc = m.code[m.pc];
        return branchTry(m);
    }

    // REPEAT_ONE: greedy single-character repeat; count = items taken, backs off one at a time.

    private static int repeatOne(Matcher m) {
        int[] code = m.code;
        int pc = m.pc;
        int min = code[pc + 2];
        if (min > m.end - m.ptr) {
            return FAIL;
        }
        int n = m.countItems(pc + 4, m.ptr, code[pc + 3]);
        m.ptr += n;
        m.count = n;
        if (n < min) {
            return FAIL;
        }
        int tail = code[pc + 1];
        if (code[tail] == Op.SUCCESS) {
            // sre would try SUCCESS at each count from n down; only the greedy one can pass.
            if (!m.successAllowed(m.ptr)) {
                return FAIL;
            }
            m.statePtr = m.ptr;
            return SUCCESS;
        }
        m.saveLastmark();
        if (m.repeat >= 0) {
            m.markPush(m.ctxLastmark);
        }
        return repeatOneTry(m);
    }

    private static int repeatOneTry(Matcher m) {
        int[] code = m.code;
        int min = code[m.pc + 2];
        int tail = code[m.pc + 1];
        if (code[tail] == Op.LITERAL) {
            // sre: skip positions where the tail's first literal cannot match.
            int chr = code[tail + 1];
            while (m.count >= min && (m.ptr >= m.end || m.text.at(m.ptr) != chr)) {
                m.ptr--;
                m.count--;
            }
        }
        if (m.count < min) {
            if (m.repeat >= 0) {
                m.markPopDiscard(m.ctxLastmark);
            }
            return FAIL;
        }
        m.statePtr = m.ptr;
        m.doJump(code[tail] == Op.LITERAL ? J_REPEAT_ONE_1 : J_REPEAT_ONE_2, tail, m.toplevel);
        return CONTINUE;
    }

    private static int repeatOneResume(Matcher m, int ret, int jump) {
        if (ret == SUCCESS) {
            if (m.repeat >= 0) {
                m.markPopDiscard(m.ctxLastmark);
            }
            return SUCCESS;
        }
        if (m.repeat >= 0) {
            m.markPopKeep(m.ctxLastmark);
        }
        m.restoreLastmark();
        m.ptr--;
        m.count--;
        return repeatOneTry(m);
    }

    // MIN_REPEAT_ONE: lazy single-character repeat; takes one more item after each failure.

    private static int minRepeatOne(Matcher m) {
        int[] code = m.code;
        int pc = m.pc;
        int min = code[pc + 2];
        if (min > m.end - m.ptr) {
            return FAIL;
        }
        m.statePtr = m.ptr;
        if (min == 0) {
            m.count = 0;
        } else {
            int n = m.countItems(pc + 4, m.ptr, min);
            if (n < min) {
                return FAIL;
            }
            m.count = n;
            m.ptr += n;
        }
        if (code[code[pc + 1]] == Op.SUCCESS && m.successAllowed(m.ptr)) {
            m.statePtr = m.ptr;
            return SUCCESS;
        }
        m.saveLastmark();
        if (m.repeat >= 0) {
            m.markPush(m.ctxLastmark);
        }
        return minRepeatOneTry(m);
    }

    private static int minRepeatOneTry(Matcher m) {
        if (m.count <= m.code[m.pc + 3]) {
            m.statePtr = m.ptr;
            m.doJump(J_MIN_REPEAT_ONE, m.code[m.pc + 1], m.toplevel);
            return CONTINUE;
        }
        if (m.repeat >= 0) {
            m.markPopDiscard(m.ctxLastmark);
        }
        return FAIL;
    }

    private static int minRepeatOneResume(Matcher m, int ret) {
        if (ret == SUCCESS) {
            if (m.repeat >= 0) {
                m.markPopDiscard(m.ctxLastmark);
            }
            return SUCCESS;
        }
        if (m.repeat >= 0) {
            m.markPopKeep(m.ctxLastmark);
        }
        m.restoreLastmark();
        m.statePtr = m.ptr;
        if (m.countItems(m.pc + 4, m.ptr, 1) == 0) {
            if (m.repeat >= 0) {
                m.markPopDiscard(m.ctxLastmark);
            }
            return FAIL;
        }
        m.ptr++;
        m.count++;
        return minRepeatOneTry(m);
    }

    private static int possessiveRepeatOne(Matcher m) {
        int[] code = m.code;
        int pc = m.pc;
        int min = code[pc + 2];
        if (min > m.end - m.ptr) {
            return FAIL;
        }
        int n = m.countItems(pc + 4, m.ptr, code[pc + 3]);
        if (n < min) {
            return FAIL;
        }
        m.ptr += n;
        m.pc = code[pc + 1];
        return CONTINUE;
    }

    private static int atomicGroup(Matcher m) {
        m.statePtr = m.ptr;
        m.doJump(J_ATOMIC, m.pc + 2, false);
        return CONTINUE;
    }

    private static int atomicResume(Matcher m, int ret) {
        if (ret != SUCCESS) {
            m.statePtr = m.ptr;
            return FAIL;
        }
        m.pc = m.code[m.pc + 1];
        m.ptr = m.statePtr;
        return CONTINUE;
    }

    // ASSERT / ASSERT_NOT: a lookbehind starts its child `back` characters earlier.

    private static int assertion(Matcher m) {
        int back = m.code[m.pc + 2];
        if (m.ptr < back) {
            return FAIL;
        }
        m.statePtr = m.ptr - back;
        m.doJump(J_ASSERT, m.pc + 3, false);
        return CONTINUE;
    }

    private static int assertResume(Matcher m, int ret) {
        if (ret != SUCCESS) {
            return FAIL;
        }
        m.pc = m.code[m.pc + 1];
        return CONTINUE;
    }

    private static int assertNot(Matcher m) {
        int back = m.code[m.pc + 2];
        if (m.ptr >= back) {
            m.statePtr = m.ptr - back;
            m.saveLastmark();
            if (m.repeat >= 0) {
                m.markPush(m.ctxLastmark);
            }
            m.doJump(J_ASSERT_NOT, m.pc + 3, false);
            return CONTINUE;
        }
        m.pc = m.code[m.pc + 1];
        return CONTINUE;
    }

    private static int assertNotResume(Matcher m, int ret) {
        if (ret == SUCCESS) {
            if (m.repeat >= 0) {
                m.markPopDiscard(m.ctxLastmark);
            }
            return FAIL;
        }
        if (m.repeat >= 0) {
            m.markPop(m.ctxLastmark);
        }
        m.restoreLastmark();
        m.pc = m.code[m.pc + 1];
        return CONTINUE;
    }
}
