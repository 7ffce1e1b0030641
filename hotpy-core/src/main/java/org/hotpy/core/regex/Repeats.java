package org.hotpy.core.regex;

import static org.hotpy.core.regex.Backtracking.J_MAX_UNTIL_1;
import static org.hotpy.core.regex.Backtracking.J_MAX_UNTIL_2;
import static org.hotpy.core.regex.Backtracking.J_MAX_UNTIL_3;
import static org.hotpy.core.regex.Backtracking.J_MIN_UNTIL_1;
import static org.hotpy.core.regex.Backtracking.J_MIN_UNTIL_2;
import static org.hotpy.core.regex.Backtracking.J_MIN_UNTIL_3;
import static org.hotpy.core.regex.Backtracking.J_POSS_1;
import static org.hotpy.core.regex.Backtracking.J_POSS_2;
import static org.hotpy.core.regex.Backtracking.J_REPEAT;
import static org.hotpy.core.regex.Matcher.CONTINUE;
import static org.hotpy.core.regex.Matcher.FAIL;
import static org.hotpy.core.regex.Matcher.SUCCESS;

/**
 * The general repeats of {@link Backtracking}: REPEAT with its MAX_UNTIL or MIN_UNTIL, which
 * keep a repeat context (count, and the position where the last iteration started, so an
 * iteration that matched the empty string ends the loop as in sre), and POSSESSIVE_REPEAT.
 */
final class Repeats {
    private Repeats() {}

    // REPEAT ... MAX_UNTIL / MIN_UNTIL: the general repeat, driven by a repeat context.

    static int repeat(Matcher m) {
        int rep = m.allocRepeat(m.pc);
        m.repeat = rep;
        m.aux = rep;
        m.statePtr = m.ptr;
        m.doJump(J_REPEAT, m.code[m.pc + 1], m.toplevel);
        return CONTINUE;
    }

    static int repeatResume(Matcher m, int ret) {
        m.repeat = m.repPrev[m.aux];
        m.repTop = m.aux;
        return ret;
    }

    static int maxUntil(Matcher m) {
        int rep = m.repeat;
        if (rep < 0) {
            throw new IllegalStateException("MAX_UNTIL without a repeat context");
        }
        m.aux = rep;
        m.statePtr = m.ptr;
        m.count = m.repCount[rep] + 1;
        int rpc = m.repPc[rep];
        if (m.count < m.code[rpc + 2]) {
            m.repCount[rep] = m.count;
            m.doJump(J_MAX_UNTIL_1, rpc + 4, m.toplevel);
            return CONTINUE;
        }
        // Another iteration, unless the last one matched the empty string (sre's last_ptr).
        if (m.count < m.code[rpc + 3] && m.statePtr != m.repLastPtr[rep]) {
            m.repCount[rep] = m.count;
            m.saveLastmark();
            m.markPush(m.ctxLastmark);
            m.dataPush(m.repLastPtr[rep]);
            m.repLastPtr[rep] = m.statePtr;
            m.doJump(J_MAX_UNTIL_2, rpc + 4, m.toplevel);
            return CONTINUE;
        }
        return maxUntilTail(m);
    }

    private static int maxUntilTail(Matcher m) {
        m.repeat = m.repPrev[m.aux];
        m.doJump(J_MAX_UNTIL_3, m.pc + 1, m.toplevel);
        return CONTINUE;
    }

    static int untilMinResume(Matcher m, int ret) {
        if (ret == SUCCESS) {
            return SUCCESS;
        }
        m.repCount[m.aux] = m.count - 1;
        m.statePtr = m.ptr;
        return FAIL;
    }

    static int maxUntilResume(Matcher m, int ret) {
        m.repLastPtr[m.aux] = m.dataPop();
        if (ret == SUCCESS) {
            m.markPopDiscard(m.ctxLastmark);
            return SUCCESS;
        }
        m.markPop(m.ctxLastmark);
        m.restoreLastmark();
        m.repCount[m.aux] = m.count - 1;
        m.statePtr = m.ptr;
        return maxUntilTail(m);
    }

    static int maxUntilTailResume(Matcher m, int ret) {
        m.repeat = m.aux;
        if (ret == SUCCESS) {
            return SUCCESS;
        }
        m.statePtr = m.ptr;
        return FAIL;
    }

    static int minUntil(Matcher m) {
        int rep = m.repeat;
        if (rep < 0) {
            throw new IllegalStateException("MIN_UNTIL without a repeat context");
        }
        m.aux = rep;
        m.statePtr = m.ptr;
        m.count = m.repCount[rep] + 1;
        int rpc = m.repPc[rep];
        if (m.count < m.code[rpc + 2]) {
            m.repCount[rep] = m.count;
            m.doJump(J_MIN_UNTIL_1, rpc + 4, m.toplevel);
            return CONTINUE;
        }
        // See if the tail matches first.
        m.repeat = m.repPrev[rep];
        m.saveLastmark();
        if (m.repeat >= 0) {
            m.markPush(m.ctxLastmark);
        }
        m.doJump(J_MIN_UNTIL_2, m.pc + 1, m.toplevel);
        return CONTINUE;
    }

    static int minUntilTailResume(Matcher m, int ret) {
        int repeatOfTail = m.repeat;
        int rep = m.aux;
        m.repeat = rep;
        if (ret == SUCCESS) {
            if (repeatOfTail >= 0) {
                m.markPopDiscard(m.ctxLastmark);
            }
            return SUCCESS;
        }
        if (repeatOfTail >= 0) {
            m.markPop(m.ctxLastmark);
        }
        m.restoreLastmark();
        m.statePtr = m.ptr;
        int rpc = m.repPc[rep];
        if (m.count >= m.code[rpc + 3] || m.statePtr == m.repLastPtr[rep]) {
            return FAIL;
        }
        m.repCount[rep] = m.count;
        m.dataPush(m.repLastPtr[rep]);
        m.repLastPtr[rep] = m.statePtr;
        m.doJump(J_MIN_UNTIL_3, rpc + 4, m.toplevel);
        return CONTINUE;
    }

    static int minUntilResume(Matcher m, int ret) {
        m.repLastPtr[m.aux] = m.dataPop();
        if (ret == SUCCESS) {
            return SUCCESS;
        }
        m.repCount[m.aux] = m.count - 1;
        m.statePtr = m.ptr;
        return FAIL;
    }

    // POSSESSIVE_REPEAT: each iteration is matched atomically (a child ending at SUCCESS).

    static int possessiveRepeat(Matcher m) {
        m.statePtr = m.ptr;
        m.count = 0;
        return possessiveMin(m);
    }

    private static int possessiveMin(Matcher m) {
        if (m.count < m.code[m.pc + 2]) {
            m.doJump(J_POSS_1, m.pc + 4, false);
            return CONTINUE;
        }
        m.ptr = MachineState.NULL;
        return possessiveLoop(m);
    }

    static int possessiveMinResume(Matcher m, int ret) {
        if (ret == SUCCESS) {
            m.count++;
            return possessiveMin(m);
        }
        m.statePtr = m.ptr;
        return FAIL;
    }

    private static int possessiveLoop(Matcher m) {
        if (m.count < m.code[m.pc + 3] && m.statePtr != m.ptr) {
            m.saveLastmark();
            m.markPush(m.ctxLastmark);
            m.ptr = m.statePtr;
            m.doJump(J_POSS_2, m.pc + 4, false);
            return CONTINUE;
        }
        return possessiveTail(m);
    }

    static int possessiveResume(Matcher m, int ret) {
        if (ret == SUCCESS) {
            m.markPopDiscard(m.ctxLastmark);
            m.count++;
            return possessiveLoop(m);
        }
        m.markPop(m.ctxLastmark);
        m.restoreLastmark();
        m.statePtr = m.ptr;
        return possessiveTail(m);
    }

    private static int possessiveTail(Matcher m) {
        m.pc = m.code[m.pc + 1];
        m.ptr = m.statePtr;
        return CONTINUE;
    }
}
