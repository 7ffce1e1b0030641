package org.hotpy.api.trace;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the IR's rules and reports every violation with the instruction number, its text (values
 * named by index, as {@link Value#toString()}), and what is wrong:
 * <ul>
 * <li>SSA: each value is defined once (parameter, label value or result) and before every use;
 *     virtual placeholders are never operands;</li>
 * <li>operands match the op's signature (count, kinds, constants where required), the immediate
 *     matches the op, the result exists exactly when the op defines one, with the op's kind;
 *     feedback only on generic ops; {@code null} only in snapshots;</li>
 * <li>every instruction that needs a snapshot has one, and no other has; a snapshot has one frame
 *     per inlined call level plus one, inner frames name their function and the code their
 *     {@code enter_frame} named, and every value it names is a constant, defined before the
 *     instruction, or a virtual object of the snapshot (whose placeholder is not yet defined),
 *     except that no frame's local is a virtual object when the instruction shows its frames to
 *     Python code ({@link Instr#showsFrames()});</li>
 * <li>control: one terminator, last; at most one label, outside inlined calls; {@code jump} only in
 *     loop traces, with arguments matching the label values (or the parameters) in number and kind;
 *     {@code return} only in entry traces; {@code enter_frame}/{@code leave_frame} balanced.</li>
 * </ul>
 */
public final class TraceVerifier {
    private final Trace trace;
    private final List<String> problems = new ArrayList<>();
    private final boolean[] defined;
    private final Map<Value, Integer> definedAt = new IdentityHashMap<>();
    private final List<ObjRef> frameCodes = new ArrayList<>();
    private Instr label;
    private TracePrinter names;

    private TraceVerifier(Trace trace) {
        this.trace = trace;
        this.defined = new boolean[trace.valueCount()];
    }

    /** The problems found, empty if the trace is valid. */
    public static List<String> problems(Trace trace) {
        TraceVerifier v = new TraceVerifier(trace);
        v.run();
        return v.problems;
    }

    /** Throws {@link TraceVerificationException} listing every problem if the trace is invalid. */
    public static void verify(Trace trace) {
        List<String> ps = problems(trace);
        if (!ps.isEmpty()) {
            throw new TraceVerificationException(ps, TraceText.print(trace));
        }
    }

    private void run() {
        for (Value p : trace.params()) {
            define(p, -1);
        }
        List<Instr> instrs = trace.instructions();
        if (instrs.isEmpty() || !instrs.get(instrs.size() - 1).op().isTerminator()) {
            problems.add("the trace does not end with jump, exit or return");
        }
        for (Instr in : instrs) {
            check(in);
        }
        if (!frameCodes.isEmpty() && trace.terminator() != null && trace.terminator().op() != Op.EXIT) {
            problems.add("the trace ends inside " + frameCodes.size() + " inlined call(s) without leave_frame");
        }
    }

    private void check(Instr in) {
        int i = in.position();
        Op op = in.op();
        if (op.isTerminator() && i != trace.size() - 1) {
            report(in, op.textName() + " ends the trace but is not the last instruction");
        }
        checkImm(in);
        checkArgs(in);
        checkResult(in);
        if (in.feedback() != null && !op.takesFeedback()) {
            report(in, op.textName() + " takes no feedback");
        }
        boolean needs = op == Op.INTRINSIC ? in.imm() instanceof Intrinsic x && x.canRaise() : op.needsSnapshot();
        if (needs && in.snapshot() == null) {
            report(in, op.textName() + " needs a snapshot (it can exit or raise) but has none");
        } else if (!needs && in.snapshot() != null) {
            report(in, op.textName() + " cannot exit, so it must not have a snapshot");
        } else if (in.snapshot() != null) {
            checkSnapshot(in, in.snapshot());
        }
        control(in);
        for (Value lv : in.labelValues()) {
            define(lv, i);
        }
        if (in.result() != null) {
            define(in.result(), i);
        }
    }

    private void checkImm(Instr in) {
        try {
            Imm checked = InstrFactory.checkImm(in.op(), in.imm());
            if (checked != in.imm() && !(in.imm() == null && checked == Imm.Names.NONE)) {
                report(in, "bad immediate " + in.imm());
            }
        } catch (IllegalArgumentException e) {
            report(in, e.getMessage());
        }
    }

    private void checkArgs(Instr in) {
        Op op = in.op();
        List<Kind> intrinsicKinds = op == Op.INTRINSIC && in.imm() instanceof Intrinsic x ? x.argKinds() : null;
        int n = in.argCount();
        boolean countOk = intrinsicKinds != null ? n == intrinsicKinds.size() : op.acceptsArgCount(n);
        if (!countOk && op != Op.JUMP && op != Op.LABEL) {
            report(in, op.textName() + " takes " + (intrinsicKinds != null ? intrinsicKinds.size() + " operands"
                    : "operands \"" + op.signature() + "\"") + " but has " + n);
        }
        if (op == Op.BUILD_MAP && n % 2 != 0) {
            report(in, "build_map needs key/value pairs but has " + n + " operands");
        }
        for (int k = 0; k < n; k++) {
            Value v = in.arg(k);
            use(in, v, "operand " + k);
            if (!countOk) {
                continue;
            }
            Kind want = intrinsicKinds != null ? intrinsicKinds.get(k) : op.argKind(k);
            if (want != null && v.kind() != want) {
                report(in, "operand " + k + " is " + n(v) + " (" + v.kind() + ") but " + op.textName() + " needs " + want);
            }
            if (intrinsicKinds == null && op.argMustBeConstant(k) && !v.isConstant()) {
                report(in, "operand " + k + " of " + op.textName() + " must be a constant, not " + n(v));
            }
            if (v.isNull()) {
                report(in, "operand " + k + " is null, which may only fill snapshot slots");
            }
        }
    }

    private void use(Instr in, Value v, String where) {
        if (v.isConstant()) {
            return;
        }
        if (v.def() == Value.Def.VIRTUAL) {
            report(in, where + " is " + n(v) + ", which only snapshots describe (a virtual object); materialise it first");
        } else if (v.def() == Value.Def.UNDEFINED) {
            report(in, where + " is " + n(v) + ", which is never defined");
        } else if (!defined[v.index()]) {
            report(in, where + " is " + n(v) + ", used before its definition at instruction " + v.definition().position());
        }
    }

    private void checkResult(Instr in) {
        Op op = in.op();
        Kind want = op == Op.INTRINSIC && in.imm() instanceof Intrinsic x ? x.resultKind() : op.resultKind();
        Value r = in.result();
        if (want == null && r != null) {
            report(in, op.textName() + " defines no value, but the instruction defines " + r);
        } else if (want != null && r == null) {
            report(in, op.textName() + " defines a " + want + " value, but the instruction names none");
        } else if (want != null && r.kind() != want) {
            report(in, "the result " + n(r) + " is " + r.kind() + " but " + op.textName() + " defines " + want);
        }
    }

    private void control(Instr in) {
        switch (in.op()) {
            case LABEL -> {
                if (label != null) {
                    report(in, "a second label (the first is instruction " + label.position() + ")");
                }
                label = in;
                if (!frameCodes.isEmpty()) {
                    report(in, "label inside an inlined call");
                }
                if (in.labelValues().size() != in.argCount()) {
                    report(in, "label defines " + in.labelValues().size() + " values for " + in.argCount() + " arguments");
                } else {
                    matchKinds(in, in.labelValues(), "label value");
                }
            }
            case JUMP -> {
                if (trace.anchor().type() != Anchor.Type.LOOP) {
                    report(in, "jump in an entry trace (entry traces end with return or exit)");
                }
                if (!frameCodes.isEmpty()) {
                    report(in, "jump inside " + frameCodes.size() + " inlined call(s)");
                }
                List<Value> target = label != null ? label.labelValues() : trace.params();
                String what = label != null ? "label value" : "parameter";
                if (target.size() != in.argCount()) {
                    report(in, "jump passes " + in.argCount() + " values but there are " + target.size() + " " + what + "s");
                } else {
                    matchKinds(in, target, what);
                }
            }
            case RETURN -> {
                // A bridge (loop-anchored, straight-line) may return from its function's frame;
                // a loop body (after a label) ends with jump or exit.
                if (trace.anchor().type() != Anchor.Type.ENTRY && label != null) {
                    report(in, "return in a loop trace (loop traces end with jump or exit)");
                }
                if (!frameCodes.isEmpty()) {
                    report(in, "return inside " + frameCodes.size() + " inlined call(s); an inlined return is leave_frame");
                }
            }
            case ENTER_FRAME -> frameCodes.add(in.argCount() > 0 && in.arg(0).isConstant()
                    && in.arg(0).kind() == Kind.OBJECT ? in.arg(0).refValue() : null);
            case LEAVE_FRAME -> {
                if (frameCodes.isEmpty()) {
                    report(in, "leave_frame without a matching enter_frame");
                } else {
                    frameCodes.remove(frameCodes.size() - 1);
                }
            }
            default -> {
            }
        }
    }

    private void matchKinds(Instr in, List<Value> target, String what) {
        for (int k = 0; k < target.size(); k++) {
            if (target.get(k).kind() != in.arg(k).kind()) {
                report(in, "argument " + k + " is " + n(in.arg(k)) + " (" + in.arg(k).kind() + ") but " + what + " "
                        + n(target.get(k)) + " is " + target.get(k).kind());
            }
        }
    }

    private void checkSnapshot(Instr in, Snapshot s) {
        int depth = frameCodes.size();
        if (s.frames().size() != depth + 1) {
            report(in, "the snapshot has " + s.frames().size() + " frame(s) but the instruction is inside " + depth
                    + " inlined call(s), so it needs " + (depth + 1));
        }
        Set<Value> virtuals = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (VirtualObject vo : s.virtuals()) {
            Value v = vo.value();
            if (!virtuals.add(v)) {
                report(in, "the snapshot describes " + n(v) + " twice");
            }
            if (v.kind() != Kind.OBJECT || v.isConstant()) {
                report(in, "virtual object " + n(v) + " must be a non-constant OBJECT value");
            } else if (v.def() != Value.Def.VIRTUAL && v.def() != Value.Def.UNDEFINED && defined[v.index()]) {
                report(in, "the snapshot describes " + n(v) + " as virtual, but it is already defined");
            }
        }
        for (VirtualObject vo : s.virtuals()) {
            checkVirtualArgs(in, vo, virtuals);
        }
        for (int k = 0; k < s.frames().size(); k++) {
            FrameState f = s.frames().get(k);
            // Hand-written traces without a header have no real anchor, so only real anchors are checked.
            if (k == 0 && !trace.anchor().equals(Anchor.UNKNOWN) && !f.code().equals(trace.anchor().code())) {
                report(in, "snapshot frame 0 is in " + f.code().refName() + " but the trace is anchored in "
                        + trace.anchor().code().refName());
            }
            if (k > 0 && f.function() == null) {
                report(in, "snapshot frame " + k + " (inlined) does not name its function");
            }
            if (k > 0 && k - 1 < frameCodes.size() && frameCodes.get(k - 1) != null
                    && !frameCodes.get(k - 1).equals(f.code())) {
                report(in, "snapshot frame " + k + " is in " + f.code().refName() + " but enter_frame entered "
                        + frameCodes.get(k - 1).refName());
            }
            if (f.function() != null) {
                slot(in, f.function(), virtuals, "frame " + k + " function");
            }
            for (int j = 0; j < f.locals().size(); j++) {
                slot(in, f.locals().get(j), virtuals, "frame " + k + " local " + j);
                if (in.showsFrames() && virtuals.contains(f.locals().get(j))) {
                    report(in, "frame " + k + " local " + j + " is virtual " + n(f.locals().get(j))
                            + ", but the instruction shows its frames to Python code, which would see a copy;"
                            + " materialise it first");
                }
            }
            for (int j = 0; j < f.stack().size(); j++) {
                slot(in, f.stack().get(j), virtuals, "frame " + k + " stack slot " + j);
            }
        }
    }

    private void checkVirtualArgs(Instr in, VirtualObject vo, Set<Value> virtuals) {
        int n = vo.args().size();
        boolean ok = switch (vo.op()) {
            case NEW_INSTANCE -> n >= 2 && vo.args().get(0).isConstant() && vo.args().get(1).isConstant();
            case NEW_BOUND_METHOD -> n == 2;
            default -> true;
        };
        if (!ok) {
            report(in, "virtual " + n(vo.value()) + " = " + vo.op().textName() + " has bad operands " + vo.args().stream().map(this::n).toList());
        }
        for (Value a : vo.args()) {
            slot(in, a, virtuals, "a field of virtual " + vo.value());
        }
    }

    private void slot(Instr in, Value v, Set<Value> virtuals, String where) {
        if (v.isConstant() || virtuals.contains(v)) {
            return;
        }
        if (v.def() == Value.Def.VIRTUAL || v.def() == Value.Def.UNDEFINED || !defined[v.index()]) {
            report(in, "the snapshot's " + where + " is " + n(v) + ", which is not defined before the instruction"
                    + " and is not a virtual object of the snapshot");
        }
    }

    private void define(Value v, int at) {
        if (v.def() == Value.Def.CONSTANT) {
            problems.add("instruction " + at + ": a constant cannot be defined");
            return;
        }
        if (defined[v.index()]) {
            Integer first = definedAt.get(v);
            problems.add((at < 0 ? "parameter " + n(v) : "instruction " + at + " (" + printer().text(trace.instruction(at)) + ")")
                    + ": " + n(v) + " is defined twice (first " + (first == null || first < 0 ? "as a parameter"
                            : "by instruction " + first) + ")");
            return;
        }
        defined[v.index()] = true;
        definedAt.put(v, at);
    }

    private void report(Instr in, String msg) {
        problems.add("instruction " + in.position() + " (" + printer().text(in) + "): " + msg);
    }

    private TracePrinter printer() {
        if (names == null) {
            names = TracePrinter.namedFor(trace);
        }
        return names;
    }

    /** A value named as in the printed trace. */
    private String n(Value v) {
        return printer().text(v);
    }
}
