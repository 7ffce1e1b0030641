package org.hotpy.core.trace;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.hotpy.api.trace.Trace;
import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Opcode;
import org.hotpy.core.types.collection.PyDict;

/**
 * Tier 2's state for one code object, hung on {@link CodeObject#traces}: the compiled traces
 * anchored at its instructions (loop headers and bridge starts), its function-entry trace, the
 * recorded entry trace call inlining splices in, and how often recording failed where. Created
 * on the first hook call for the code, which also arms its counters.
 */
final class CodeTraces {
    /** Failed recordings at one anchor before the recorder stops trying there. */
    static final int MAX_ATTEMPTS = 4;

    final CodeObject code;
    final Tier2 owner;
    private CompiledTrace[] byPc;
    private byte[] attempts;
    /** Counter run-outs still to let pass at each pc before recording there again (exponential back-off). */
    private short[] skips;
    CompiledTrace entry;
    int entryAttempts;
    /** The last recorded entry trace of this code (unoptimised), for inlining, and the globals it read. */
    Trace calleeTrace;
    PyDict calleeGlobals;
    /**
     * Per anchor ({@link #anchorKey}), the functions its traces call rather than inline, because an
     * exit inside their inlined body kept failing (see {@link RetryPolicy#callInstead}); null until one is.
     */
    private Map<Integer, Set<CodeObject>> calledNotInlined;
    /**
     * Per anchor ({@link #anchorKey}), how its last attempt failed, where a new recording that
     * fails the same way is predicted to keep failing (see {@link RetryPolicy#failedAsBefore}); null
     * until one failed so.
     */
    private Map<Integer, String> lastFailure;
    /** Selective mode's state for this code ({@link LoopSelection}), made at its first back-edge run-out. */
    private LoopSelection selection;

    private CodeTraces(CodeObject code, Tier2 owner) {
        this.code = code;
        this.owner = owner;
    }

    /**
     * The state of {@code code} for {@code t2}, created (and the code's counters armed) on first
     * use; null when another interpreter's tier 2 owns the code (tier 2 then leaves it alone).
     */
    static CodeTraces of(CodeObject code, Tier2 t2) {
        Object o = code.traces;
        if (o instanceof CodeTraces ct) {
            return ct.owner == t2 ? ct : null;
        }
        CodeTraces ct = new CodeTraces(code, t2);
        code.traces = ct;
        ct.arm(t2.settings());
        return ct;
    }

    /**
     * Sets every back-edge counter to the loop threshold and the entry counter to the entry
     * threshold. In selective mode nothing is traced at entries, and the back-edge counters stay as
     * tier 1 set them: a loop is first looked at ({@link LoopCandidates}) when tier 1's counter
     * runs out ({@link LoopSelection}).
     */
    private void arm(TraceSettings s) {
        if (s.selective()) {
            code.entryCounter = Integer.MAX_VALUE;
            return;
        }
        int[] insns = code.code;
        short loop = (short) Math.min(Short.MAX_VALUE, s.loopThreshold() - 1);
        for (int pc = 0; pc < insns.length; pc++) {
            if ((insns[pc] & 0xff) == Opcode.JUMP_BACKWARD.ordinal()) {
                code.counters[pc] = loop;
            }
        }
        code.entryCounter = Recorder.canRecordEntry(code) ? s.entryThreshold() - 1 : Integer.MAX_VALUE;
    }

    /** The trace anchored at {@code pc}, or null. */
    CompiledTrace at(int pc) {
        CompiledTrace[] t = byPc;
        return t == null ? null : t[pc];
    }

    void install(int pc, CompiledTrace t) {
        if (byPc == null) {
            byPc = new CompiledTrace[code.code.length];
        }
        byPc[pc] = t;
    }

    /** Forgets {@code t} wherever it is installed. */
    void remove(CompiledTrace t) {
        if (entry == t) {
            entry = null;
        }
        if (byPc != null && t.anchorPc < byPc.length && byPc[t.anchorPc] == t) {
            byPc[t.anchorPc] = null;
        }
    }

    /**
     * Counts a failed recording (or a dropped trace) at {@code pc}; true while the recorder should
     * try again later. The next try waits 2, 4, 8... times as long, so code that keeps producing
     * traces that fail or do not pay off spends ever less time in the recorder.
     */
    boolean failedAt(int pc) {
        if (attempts == null) {
            attempts = new byte[code.code.length];
            skips = new short[code.code.length];
        }
        int n = ++attempts[pc];
        skips[pc] = (short) ((1 << Math.min(n, 14)) - 1);
        return n < MAX_ATTEMPTS;
    }

    /** Stops recording at {@code pc} for good. */
    void giveUpAt(int pc) {
        failedAt(pc);
        attempts[pc] = MAX_ATTEMPTS;
    }

    /** Whether recording at {@code pc} should wait for another counter run-out (consumes one wait). */
    boolean backingOff(int pc) {
        if (skips == null || skips[pc] == 0) {
            return false;
        }
        skips[pc]--;
        return true;
    }

    /** The key of an anchor in {@link #callInstead}: -1 for the function entry, else its pc. */
    static int anchorKey(boolean entry, int pc) {
        return entry ? -1 : pc;
    }

    /** Traces at the anchor {@code key} are to call {@code callee} rather than inline it; false if they did already. */
    boolean callInstead(int key, CodeObject callee) {
        if (calledNotInlined == null) {
            calledNotInlined = new HashMap<>();
        }
        return calledNotInlined.computeIfAbsent(key, k -> new HashSet<>()).add(callee);
    }

    /** The functions (by code) that traces at the anchor {@code key} call rather than inline; empty if none. */
    Set<CodeObject> calledInstead(int key) {
        Set<CodeObject> s = calledNotInlined == null ? null : calledNotInlined.get(key);
        return s == null ? Set.of() : s;
    }

    /** Notes how the last attempt at the anchor {@code key} failed (a recording's stop, a dropped trace's shape). */
    void failed(int key, String how) {
        if (lastFailure == null) {
            lastFailure = new HashMap<>();
        }
        lastFailure.put(key, how);
    }

    /** A trace was installed at the anchor {@code key}: its last attempt did not fail. */
    void succeeded(int key) {
        if (lastFailure != null) {
            lastFailure.remove(key);
        }
    }

    /** Whether the last attempt at the anchor {@code key} failed as {@code how} says. */
    boolean failedAs(int key, String how) {
        return lastFailure != null && how.equals(lastFailure.get(key));
    }

    /** Selective mode's state for this code. */
    LoopSelection selection() {
        if (selection == null) {
            selection = new LoopSelection(code);
        }
        return selection;
    }

    /** Whether the recorder gave up at {@code pc}. */
    boolean gaveUpAt(int pc) {
        return attempts != null && attempts[pc] >= MAX_ATTEMPTS;
    }
}
