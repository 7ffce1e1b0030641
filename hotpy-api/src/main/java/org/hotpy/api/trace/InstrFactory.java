package org.hotpy.api.trace;

import java.util.List;

/** Makes instructions for builders and editors, checking them against the {@link Op} table. */
final class InstrFactory {
    private InstrFactory() {
    }

    /** The result kind of {@code op} with immediate {@code imm}, or {@code null}. */
    static Kind resultKind(Op op, Imm imm) {
        return op == Op.INTRINSIC ? ((Intrinsic) imm).resultKind() : op.resultKind();
    }

    /**
     * A checked instruction. {@code result} is the value to define (re-defining a value whose
     * instruction was removed) or {@code null} for a fresh one.
     */
    static Instr make(Values values, Op op, Imm imm, Feedback feedback, Snapshot snapshot, List<Value> args,
            Value result) {
        if (op == Op.LABEL || op.isTerminator()) {
            throw new IllegalArgumentException(op.textName() + " is not emitted: use the builder's label/jump/exit/ret");
        }
        imm = checkImm(op, imm);
        Value[] a = args.toArray(new Value[0]);
        checkArgs(op, imm, a);
        if (snapshot == null && needsSnapshot(op, imm)) {
            throw new IllegalArgumentException(op.textName() + " needs a snapshot");
        }
        if (snapshot != null && !needsSnapshot(op, imm)) {
            throw new IllegalArgumentException(op.textName() + " takes no snapshot");
        }
        if (feedback != null && feedback.isEmpty()) {
            feedback = null;
        }
        if (feedback != null && !op.takesFeedback()) {
            throw new IllegalArgumentException(op.textName() + " takes no feedback");
        }
        Kind rk = resultKind(op, imm);
        if (result != null && result.kind() != rk) {
            throw new IllegalArgumentException(op.textName() + " defines a " + rk + ", not " + result + " ("
                    + result.kind() + ")");
        }
        Value r = result != null ? result : rk == null ? null : values.fresh(rk, Value.Def.RESULT);
        return new Instr(op, imm, a, r, null, feedback, snapshot);
    }

    static boolean needsSnapshot(Op op, Imm imm) {
        return op == Op.INTRINSIC ? ((Intrinsic) imm).canRaise() : op.needsSnapshot();
    }

    static Imm checkImm(Op op, Imm imm) {
        Class<?> want = switch (op.immKind()) {
            case NONE -> null;
            case BINARY_OPERATOR -> BinaryOperator.class;
            case COMPARE_OPERATOR -> CompareOperator.class;
            case NAME -> Imm.Name.class;
            case INDEX -> Imm.Index.class;
            case NAMES -> Imm.Names.class;
            case INTRINSIC -> Intrinsic.class;
        };
        if (op.immKind() == Op.ImmKind.NAMES && imm == null) {
            return Imm.Names.NONE;
        }
        if (want == null ? imm != null : !want.isInstance(imm)) {
            throw new IllegalArgumentException(op.textName() + " takes "
                    + (want == null ? "no immediate" : "a " + want.getSimpleName()) + ", not " + imm);
        }
        return imm;
    }

    private static void checkArgs(Op op, Imm imm, Value[] a) {
        List<Kind> intrinsicKinds = op == Op.INTRINSIC ? ((Intrinsic) imm).argKinds() : null;
        boolean countOk = intrinsicKinds != null ? a.length == intrinsicKinds.size() : op.acceptsArgCount(a.length);
        if (!countOk) {
            throw new IllegalArgumentException(op.textName() + " cannot take " + a.length + " operands (signature \""
                    + (intrinsicKinds != null ? intrinsicKinds : op.signature()) + "\")");
        }
        for (int i = 0; i < a.length; i++) {
            Value v = a[i];
            if (v == null) {
                throw new IllegalArgumentException(op.textName() + ": operand " + i + " is null");
            }
            Kind want = intrinsicKinds != null ? intrinsicKinds.get(i) : op.argKind(i);
            if (want != null && v.kind() != want) {
                throw new IllegalArgumentException(op.textName() + ": operand " + i + " is " + v + " (" + v.kind()
                        + ") but must be " + want);
            }
            if (intrinsicKinds == null && op.argMustBeConstant(i) && !v.isConstant()) {
                throw new IllegalArgumentException(op.textName() + ": operand " + i + " must be a constant, not " + v);
            }
        }
    }
}
