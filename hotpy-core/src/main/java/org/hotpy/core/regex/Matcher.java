package org.hotpy.core.regex;

import java.util.function.BooleanSupplier;

/**
 * sre's matching machine. {@link #run} is {@code SRE(match)}: it executes code from a pc and
 * returns whether the pattern matched there. Each operation follows the semantics of the
 * corresponding {@code sre_lib.h} case: where sre calls a child context (DO_JUMP) we push the
 * running context on an explicit stack and start the child; when a context returns, the one below
 * resumes at its jump label with the result ({@link #resume}). Captures, repeat counts and the
 * zero-width-iteration guard are saved and restored at exactly the points sre saves them, which is
 * what makes group results and lastindex agree with CPython.
 */
final class Matcher extends MachineState {
    static final int FAIL = 0;
    static final int SUCCESS = 1;
    static final int CONTINUE = 2;

    Matcher(Program prog, RegexSubject text, int end, BooleanSupplier canceller) {
        super(prog, text, end, canceller);
    }

    /** Matches from {@code pc0} at {@link #statePtr}; on success statePtr is the end. */
    boolean run(int pc0, boolean top) {
        int base = fp;
        pc = pc0;
        ptr = statePtr;
        toplevel = top;
        int ret = exec();
        while (true) {
            if (fp == base) {
                return ret == SUCCESS;
            }
            int r = resume(popFrame(), ret);
            ret = r == CONTINUE ? exec() : r;
        }
    }

    /** Runs the current context until it returns FAIL or SUCCESS. */
    private int exec() {
        final int[] code = this.code;
        final RegexSubject text = this.text;
        final int end = this.end;
        int pc = this.pc;
        int ptr = this.ptr;
        while (true) {
            if (--budget < 0) {
                checkCancelled();
            }
            int op = code[pc];
            switch (op) {
                case Op.LITERAL:
                    if (ptr >= end || text.at(ptr) != code[pc + 1]) {
                        return FAIL;
                    }
                    pc += 2;
                    ptr++;
                    break;
                case Op.IN:
                    if (ptr >= end || !sets[code[pc + 1]].contains(text.at(ptr))) {
                        return FAIL;
                    }
                    pc += 2;
                    ptr++;
                    break;
                case Op.NOT_LITERAL:
                case Op.LITERAL_IGNORE:
                case Op.NOT_LITERAL_IGNORE:
                case Op.LITERAL_UNI_IGNORE:
                case Op.NOT_LITERAL_UNI_IGNORE:
                case Op.LITERAL_LOC_IGNORE:
                case Op.NOT_LITERAL_LOC_IGNORE:
                    if (ptr >= end || !literalMatches(op, code[pc + 1], text.at(ptr))) {
                        return FAIL;
                    }
                    pc += 2;
                    ptr++;
                    break;
                case Op.ANY:
                    if (ptr >= end || text.at(ptr) == '\n') {
                        return FAIL;
                    }
                    pc++;
                    ptr++;
                    break;
                case Op.ANY_ALL:
                    if (ptr >= end) {
                        return FAIL;
                    }
                    pc++;
                    ptr++;
                    break;
                case Op.MARK:
                    mark(code[pc + 1], ptr);
                    pc += 2;
                    break;
                case Op.AT:
                    if (!atPosition(ptr, code[pc + 1])) {
                        return FAIL;
                    }
                    pc += 2;
                    break;
                case Op.JUMP:
                    pc = code[pc + 1];
                    break;
                case Op.SUCCESS:
                    if (!successAllowed(ptr)) {
                        return FAIL;
                    }
                    statePtr = ptr;
                    return SUCCESS;
                case Op.FAILURE:
                    return FAIL;
                case Op.GROUPREF:
                case Op.GROUPREF_IGNORE:
                case Op.GROUPREF_UNI_IGNORE:
                case Op.GROUPREF_LOC_IGNORE:
                    ptr = groupRef(op, code[pc + 1], ptr);
                    if (ptr < 0) {
                        return FAIL;
                    }
                    pc += 2;
                    break;
                case Op.GROUPREF_EXISTS:
                    pc = groupMatched(code[pc + 1]) ? pc + 3 : code[pc + 2];
                    break;
                default:
                    this.pc = pc;
                    this.ptr = ptr;
                    int r = Backtracking.start(this, op);
                    if (r != CONTINUE) {
                        return r;
                    }
                    pc = this.pc;
                    ptr = this.ptr;
            }
        }
    }

    private int resume(int jump, int ret) {
        return Backtracking.resume(this, jump, ret);
    }

    static boolean literalMatches(int op, int c, int ch) {
        return switch (op) {
            case Op.LITERAL -> ch == c;
            case Op.NOT_LITERAL -> ch != c;
            case Op.LITERAL_IGNORE -> CaseFolding.asciiLower(ch) == c;
            case Op.NOT_LITERAL_IGNORE -> CaseFolding.asciiLower(ch) != c;
            case Op.LITERAL_UNI_IGNORE -> CaseFolding.unicodeLower(ch) == c;
            case Op.NOT_LITERAL_UNI_IGNORE -> CaseFolding.unicodeLower(ch) != c;
            case Op.LITERAL_LOC_IGNORE -> locIgnore(c, ch);
            case Op.NOT_LITERAL_LOC_IGNORE -> !locIgnore(c, ch);
            default -> throw new IllegalStateException("not a literal op " + op);
        };
    }

    /** sre's {@code char_loc_ignore}. */
    private static boolean locIgnore(int c, int ch) {
        return ch == c || CaseFolding.localeLower(ch) == c || CaseFolding.localeUpper(ch) == c;
    }

    /** sre's {@code SRE(at)}; position 0 is the real beginning of the string, not pos. */
    boolean atPosition(int at, int atCode) {
        switch (atCode) {
            case Op.AT_BEGINNING:
            case Op.AT_BEGINNING_STRING:
                return at == 0;
            case Op.AT_BEGINNING_LINE:
                return at == 0 || text.at(at - 1) == '\n';
            case Op.AT_END:
                return (end - at == 1 && text.at(at) == '\n') || at == end;
            case Op.AT_END_LINE:
                // sre reads the character even past endpos (pos > endpos); past the string it
                // reads the terminating NUL.
                return at == end || (at < text.length() && text.at(at) == '\n');
            case Op.AT_END_STRING:
                return at == end;
            default:
                return boundary(at, atCode);
        }
    }

    private boolean boundary(int at, int atCode) {
        if (end == 0) {
            return false;  // sre: no boundary when beginning == end
        }
        boolean unicode = atCode == Op.AT_UNI_BOUNDARY || atCode == Op.AT_UNI_NON_BOUNDARY;
        boolean before = at > 0 && isWord(text.at(at - 1), unicode);
        boolean here = at < end && isWord(text.at(at), unicode);
        boolean positive = atCode == Op.AT_BOUNDARY || atCode == Op.AT_LOC_BOUNDARY
            || atCode == Op.AT_UNI_BOUNDARY;
        return positive ? before != here : before == here;
    }

    private static boolean isWord(int c, boolean unicode) {
        return unicode ? Categories.isUnicodeWord(c) : Categories.isAsciiWord(c);
    }

    /** GROUPREF*: the position after the backreference at {@code at}, or -1. */
    private int groupRef(int op, int g, int at) {
        int i = 2 * g;
        if (i >= lastmark) {
            return -1;
        }
        int p = marks[i];
        int e = marks[i + 1];
        if (p < 0 || e < 0 || e < p) {
            return -1;
        }
        while (p < e) {
            if (at >= end || !sameChar(op, text.at(at), text.at(p))) {
                return -1;
            }
            p++;
            at++;
        }
        return at;
    }

    private static boolean sameChar(int op, int a, int b) {
        return switch (op) {
            case Op.GROUPREF -> a == b;
            case Op.GROUPREF_IGNORE -> CaseFolding.asciiLower(a) == CaseFolding.asciiLower(b);
            case Op.GROUPREF_UNI_IGNORE -> CaseFolding.unicodeLower(a) == CaseFolding.unicodeLower(b);
            default -> CaseFolding.localeLower(a) == CaseFolding.localeLower(b);
        };
    }

    /** sre's {@code SRE(count)}: how many times the one-character item at {@code itemPc} repeats
     * from {@code from}, up to {@code max}. */
    int countItems(int itemPc, int from, int max) {
        int limit = max < end - from ? from + max : end;
        if (from >= limit) {
            return 0;
        }
        int op = code[itemPc];
        int arg = code[itemPc + 1];
        int p;
        switch (op) {
            case Op.IN:
                p = text.span(sets[arg], from, limit);
                break;
            case Op.ANY:
                p = text.find('\n', from, limit);
                break;
            case Op.ANY_ALL:
                p = limit;
                break;
            case Op.LITERAL:
                p = text.span(arg, from, limit);
                break;
            case Op.NOT_LITERAL:
                p = text.find(arg, from, limit);
                break;
            default:
                p = from;
                while (p < limit && literalMatches(op, arg, text.at(p))) {
                    p++;
                }
        }
        return p - from;
    }
}
